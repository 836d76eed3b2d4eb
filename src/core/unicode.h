// Small Unicode helpers over UTF-8 strings, backed by ICU, so that no stage needs to think in
// bytes when it means characters. Inputs must be valid UTF-8 (the decode stage guarantees it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tolk {

std::string nfc(std::string_view utf8);
// Whether `utf8` is in NFC already (nfc() would return it unchanged).
bool is_nfc(std::string_view utf8);
std::string to_lower(std::string_view utf8);
// Appends the lower case of `utf8` to `out` (what to_lower returns), without a string of its own.
void append_lower(std::string& out, std::string_view utf8);

// Number of code points.
std::size_t char_count(std::string_view utf8);
// Number of UTF-16 code units (what Excel counts).
std::size_t utf16_length(std::string_view utf8);

// The first / last code point, or 0 for an empty string.
char32_t first_char(std::string_view utf8);
char32_t last_char(std::string_view utf8);

// ASCII is answered inline: most characters of a Swedish or Finnish text are, and ICU's property
// lookup costs more than the test.
bool is_letter_slow(char32_t c);
bool is_upper_slow(char32_t c);
bool is_lower_slow(char32_t c);
bool is_digit_slow(char32_t c);
bool is_space_slow(char32_t c);

inline bool is_letter(char32_t c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : is_letter_slow(c);
}
bool is_mark(char32_t c);  // a combining mark (general category M)
inline bool is_upper(char32_t c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_slow(c);
}
inline bool is_lower(char32_t c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : is_lower_slow(c);
}
inline bool is_digit(char32_t c) {
  return c < 0x80 ? c >= '0' && c <= '9' : is_digit_slow(c);
}
// Whether `s` has an ASCII digit, what RE2's \d matches: a cheap test before a regex that needs
// one. (std::string::find_first_of("0123456789") asks memchr once a byte.)
inline bool has_ascii_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}
// Unicode white space, including no-break space.
inline bool is_space(char32_t c) {
  return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : is_space_slow(c);
}

// `s` without leading and trailing Unicode white space.
std::string_view trim(std::string_view s);
std::string_view trim_end(std::string_view s);
// Runs of white space replaced by one ASCII space, ends trimmed.
std::string collapse_spaces(std::string_view s);

// 'A'-'Z' to 'a'-'z', every other byte as it is: lower-casing that needs no tables.
inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}
// Lowers the ASCII and Latin-1 letters (U+00C0 to U+00DE, lead byte C3) at the start of `s` into
// `out`, byte for byte (they keep their length), up to the first other character; returns the
// number of bytes done, s.size() when that is all of `s`. `out` has room for s.size() bytes.
inline std::size_t lower_latin1_prefix(char* out, std::string_view s) {
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out[i] = ascii_lower(static_cast<char>(b));
      continue;
    }
    if (b != 0xC3 || i + 1 == s.size()) break;
    const auto b2 = static_cast<unsigned char>(s[i + 1]);
    if ((b2 & 0xC0) != 0x80) break;
    out[i] = static_cast<char>(b);
    out[i + 1] = static_cast<char>(b2 <= 0x9E && b2 != 0x97 ? b2 + 0x20 : b2);  // not U+00D7 ×
    ++i;
  }
  return i;
}

// `w` lowered, without an allocation when it is ASCII and Latin-1 letters that fit in `buf`;
// else in `spill`. The view lives as long as both and until the next call with them.
template <std::size_t N>
std::string_view lowered(std::string_view w, char (&buf)[N], std::string& spill) {
  if (w.size() <= N && lower_latin1_prefix(buf, w) == w.size()) return {buf, w.size()};
  spill.clear();
  append_lower(spill, w);
  return spill;
}

// Whether lower-casing may change the length of `s`: not when it is ASCII and Latin-1 letters
// (U+00C0 to U+00FF, lead byte C3), which lower in place: what most Swedish and Finnish words are.
inline bool lowering_may_change_length(std::string_view s) {
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xC0 && b != 0xC3) return true;  // a lead byte other than C3
  }
  return false;
}

// A set of ASCII bytes to search for, as std::string_view::find_first_of does, but with one
// table lookup a byte (find_first_of searches its set with memchr for every byte of the text).
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) has_[static_cast<unsigned char>(c)] = true;
  }
  // The bytes `first` to `last`, both included.
  static constexpr ByteSet range(unsigned char first, unsigned char last) {
    ByteSet s("");
    for (unsigned b = first; b <= last; ++b) s.has_[b] = true;
    return s;
  }
  // This set without the bytes of `other`.
  constexpr ByteSet except(const ByteSet& other) const {
    ByteSet s = *this;
    for (std::size_t b = 0; b < 256; ++b) s.has_[b] = s.has_[b] && !other.has_[b];
    return s;
  }
  constexpr bool has(char c) const { return has_[static_cast<unsigned char>(c)]; }
  // The first byte of `s` at or after `from` that is in the set, npos if none.
  constexpr std::size_t find_in(std::string_view s, std::size_t from = 0) const {
    for (std::size_t i = from; i < s.size(); ++i)
      if (has(s[i])) return i;
    return std::string_view::npos;
  }
  // The last byte of `s` that is in the set, npos if none.
  constexpr std::size_t rfind_in(std::string_view s) const {
    for (std::size_t i = s.size(); i-- > 0;)
      if (has(s[i])) return i;
    return std::string_view::npos;
  }

 private:
  bool has_[256] = {};
};

// The bytes a white-space character (is_space) can begin with: ASCII white space, and the lead
// bytes of the others (C2: U+0085 and U+00A0, E1: U+1680, E2: U+2000 to U+205F, E3: U+3000). A
// byte outside the set begins no white space: a scan need not decode the character to know it.
inline constexpr ByteSet kSpaceStart(" \t\n\v\f\r\xC2\xE1\xE2\xE3");

// Appends the UTF-8 encoding of `c`.
void append_utf8(std::string& out, char32_t c);

char32_t next_char_slow(std::string_view s, std::size_t& i);
// Decodes the code point at byte `i` of valid UTF-8 and advances `i` past it; U+FFFD for a
// malformed sequence.
inline char32_t next_char(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return next_char_slow(s, i);
}

// The length in bytes of the white-space character at byte `i` of `text`, 0 if there is none.
inline std::size_t space_length_at(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (!kSpaceStart.has(text[i])) return 0;
  if (b < 0x80) return 1;
  std::size_t j = i;
  return is_space_slow(next_char_slow(text, j)) ? j - i : 0;
}

}  // namespace tolk
