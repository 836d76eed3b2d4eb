#include "core/unicode.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace tolk {
namespace {

TEST(Unicode, NfcComposesCombiningMarks) {
  EXPECT_EQ(nfc("va\xCC\x88lfa\xCC\x88rd"), "välfärd");  // a + U+0308
  EXPECT_EQ(nfc("hyvinvointi"), "hyvinvointi");
}

TEST(Unicode, LowerCaseHandlesSwedishAndFinnishLetters) {
  EXPECT_EQ(to_lower("ÅTGÄRDSREKOMMENDATIONER"), "åtgärdsrekommendationer");
  EXPECT_EQ(to_lower("PÖYTÄKIRJA"), "pöytäkirja");
}

TEST(Unicode, CountsCharactersAndUtf16Units) {
  EXPECT_EQ(char_count("på"), 2u);
  EXPECT_EQ(utf16_length("a\xF0\x9F\x98\x80"), 3u);  // U+1F600 is a surrogate pair
}

TEST(Unicode, ClassifiesLetters) {
  EXPECT_TRUE(is_upper(first_char("Ärendenummer")));
  EXPECT_TRUE(is_lower(first_char("överblick")));
  EXPECT_EQ(last_char("hälsovården–"), U'\u2013');
}

TEST(Unicode, TrimsAndCollapsesUnicodeSpace) {
  EXPECT_EQ(trim("\u00A0 Tid: \t"), "Tid:");
  EXPECT_EQ(collapse_spaces(" Juha   Jolkkonen \t sektordirektör "), "Juha Jolkkonen sektordirektör");
}

TEST(Text, SplitsLinesAndFormatsSpans) {
  auto lines = split_lines("a\n\nb");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(format_span({17, 19}), "17-19");
  EXPECT_EQ(format_span({4, 4}), "4");
}

}  // namespace
}  // namespace tolk
