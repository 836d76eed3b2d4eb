#include "core/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace tolk {

namespace {

const icu::Normalizer2& nfc_normaliser() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
  return *n;
}

}  // namespace

// Checked and normalised in UTF-8 itself: most texts are NFC already, and a round trip through
// UTF-16 would cost more than the check.
bool is_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfc_normaliser().isNormalizedUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return yes && U_SUCCESS(status);
}

std::string nfc(std::string_view utf8) {
  if (is_nfc(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  std::string result;
  icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(utf8.size()));
  nfc_normaliser().normalizeUTF8(
      0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
  return result;
}

std::string to_lower(std::string_view utf8) {
  std::string out;
  append_lower(out, utf8);
  return out;
}

void append_lower(std::string& out, std::string_view utf8) {
  // ASCII and Latin-1 letters (C3 80-C3 9E: "ÅÄÖ") keep their length when lowered: written in
  // place, as far as the text has only them.
  const std::size_t base = out.size();
  out.resize(base + utf8.size());
  std::size_t i = lower_latin1_prefix(out.data() + base, utf8);
  if (i == utf8.size()) return;
  out.resize(base + i);
  // The rest code point by code point with ICU's simple mapping, which is the full one of the
  // root locale except for U+0130 (one character to two) and capital sigma (depends on the next
  // letter): those take ICU's whole-string path.
  while (i < utf8.size()) {
    const std::size_t start = i;
    const char32_t c = next_char(utf8, i);
    if (c == 0x130 || c == 0x3A3) {
      icu::UnicodeString s =
          icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
      s.toLower(icu::Locale::getRoot());
      out.resize(base);
      s.toUTF8String(out);
      return;
    }
    const char32_t lower = c < 0x80 ? static_cast<char32_t>(ascii_lower(static_cast<char>(c)))
                                    : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (lower == c && c != 0xFFFD)
      out.append(utf8, start, i - start);
    else
      append_utf8(out, lower);
  }
}

char32_t next_char_slow(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::size_t char_count(std::string_view utf8) {
  // Every byte but a continuation byte (10xxxxxx) begins a character. (A loop the compiler
  // vectorises: faster than eight bytes at a time by hand.)
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

std::size_t utf16_length(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size();) n += next_char(utf8, i) > 0xFFFF ? 2 : 1;
  return n;
}

char32_t first_char(std::string_view utf8) {
  std::size_t i = 0;
  return utf8.empty() ? 0 : next_char(utf8, i);
}

char32_t last_char(std::string_view utf8) {
  if (utf8.empty()) return 0;
  std::size_t i = utf8.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) --i;
  return next_char(utf8, i);
}

bool is_mark(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}
bool is_letter_slow(char32_t c) {
  // Latin-1 letters ("äöå", "ÄÖÅ"): U+00C0-U+00FF but for × and ÷, and ª, µ, º.
  if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_upper_slow(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool is_lower_slow(char32_t c) {
  return u_islower(static_cast<UChar32>(c));
}
bool is_digit_slow(char32_t c) {
  return u_isdigit(static_cast<UChar32>(c));
}
bool is_space_slow(char32_t c) {
  if (c < 0x100) return c == 0x85 || c == 0xA0;  // Latin-1: "äö" are no space
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xA0 || c == 0x202F;
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty()) {
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    std::size_t j = i;
    if (!is_space(next_char(s, j))) break;
    s = s.substr(0, i);
  }
  return s;
}

std::string_view trim(std::string_view s) {
  s = trim_end(s);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    if (!is_space(next_char(s, j))) break;
    i = j;
  }
  return s.substr(i);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    bool space = false;
    while (i < s.size()) {  // white space
      std::size_t j = i;
      if (!is_space(next_char(s, j))) break;
      i = j;
      space = true;
    }
    const std::size_t start = i;
    while (i < s.size()) {  // the word after it, copied whole
      std::size_t j = i;
      if (is_space(next_char(s, j))) break;
      i = j;
    }
    if (i == start) break;
    if (space && !out.empty()) out += ' ';
    out.append(s, start, i - start);
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t len = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), err);
  if (err) return;
  out.append(buf, static_cast<std::size_t>(len));
}

}  // namespace tolk
