#include "core/unicode.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

TEST(Unicode, AsciiDigitsAreWhatRe2CallsDigits) {
  EXPECT_TRUE(has_ascii_digit("kl. 9"));
  EXPECT_TRUE(has_ascii_digit("0"));
  EXPECT_FALSE(has_ascii_digit(""));
  EXPECT_FALSE(has_ascii_digit("fem samarbetsområden"));
  EXPECT_FALSE(has_ascii_digit("\u0663 \uFF15"));  // Arabic-Indic three, fullwidth five: no \d
  EXPECT_TRUE(is_digit(U'\u0663'));
}

TEST(Unicode, CountsCharactersAndUtf16Units) {
  EXPECT_EQ(char_count("på"), 2u);
  EXPECT_EQ(char_count("Tavoitteena on että 🙂 kunta–ÖÄÅ"), 31u);
  EXPECT_EQ(utf16_length("a\xF0\x9F\x98\x80"), 3u);  // U+1F600 is a surrogate pair
}

TEST(Unicode, ClassifiesLetters) {
  EXPECT_TRUE(is_upper(first_char("Ärendenummer")));
  EXPECT_TRUE(is_lower(first_char("överblick")));
  EXPECT_EQ(last_char("hälsovården–"), U'\u2013');
}

// The ASCII and Latin-1 shortcuts answer what ICU answers, for every code point they cover and
// the first ones after them.
TEST(Unicode, ShortcutsAgreeWithIcu) {
  for (UChar32 c = 0; c < 0x800; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const auto ch = static_cast<char32_t>(c);
    EXPECT_EQ(is_letter(ch), static_cast<bool>(u_isalpha(c))) << c;
    EXPECT_EQ(is_digit(ch), static_cast<bool>(u_isdigit(c))) << c;
    EXPECT_EQ(is_lower(ch), static_cast<bool>(u_islower(c))) << c;
    EXPECT_EQ(is_upper(ch), u_isupper(c) || u_istitle(c)) << c;
    EXPECT_EQ(is_space(ch), u_isUWhiteSpace(c) || c == 0xA0) << c;
    std::string s;
    append_utf8(s, ch);
    std::size_t i = 0;
    EXPECT_EQ(next_char(s, i), ch);
    EXPECT_EQ(i, s.size());
    icu::UnicodeString u(c);
    u.toLower(icu::Locale::getRoot());
    std::string lower;
    u.toUTF8String(lower);
    EXPECT_EQ(to_lower(s), lower) << c;
    // What classify's function-word lookup relies on: no one- or two-byte character is shorter
    // lowered.
    EXPECT_GE(lower.size(), s.size()) << c;
    // What the hyphenation evidence relies on: a character lowering_may_change_length() lets
    // through keeps its length.
    if (!lowering_may_change_length(s)) {
      EXPECT_EQ(lower.size(), s.size()) << c;
    }
  }
}

// kSpaceStart holds the first byte of every white-space character, and space_length_at()
// agrees with is_space() for every code point of the Basic Multilingual Plane.
TEST(Unicode, WhiteSpaceIsFoundByItsFirstByte) {
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const auto ch = static_cast<char32_t>(c);
    std::string s;
    append_utf8(s, ch);
    if (is_space(ch)) {
      EXPECT_TRUE(kSpaceStart.has(s[0])) << c;
    }
    EXPECT_EQ(space_length_at(s + "x", 0), is_space(ch) ? s.size() : 0u) << c;
  }
}

// Whole strings: the in-place ASCII and Latin-1 part, then ICU's, then ICU's whole-string path.
TEST(Unicode, LowerCaseOfMixedText) {
  for (std::string s :
       {"ÅTGÄRD ×2 Ÿ", "Ärende ĆWIEK", "VÄLFÄRD ΣΟΦΙΑ", "İSTANBUL", "Ö\xEF\xBF\xBDÄ"}) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    u.toLower(icu::Locale::getRoot());
    std::string expected;
    u.toUTF8String(expected);
    EXPECT_EQ(to_lower(s), expected) << s;
    std::string appended = "x";
    append_lower(appended, s);
    EXPECT_EQ(appended, "x" + expected) << s;
  }
}

TEST(Unicode, TrimsAndCollapsesUnicodeSpace) {
  EXPECT_EQ(trim("\u00A0 Tid: \t"), "Tid:");
  EXPECT_EQ(collapse_spaces(" Juha   Jolkkonen \t sektordirektör "),
            "Juha Jolkkonen sektordirektör");
  EXPECT_EQ(collapse_spaces("a\u00A0\u2003b\u3000c–d"), "a b c–d");
  EXPECT_EQ(collapse_spaces(" \t "), "");
  EXPECT_EQ(collapse_spaces(""), "");
  EXPECT_EQ(collapse_spaces("ord"), "ord");
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
