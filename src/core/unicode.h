// Small Unicode helpers over UTF-8 strings, backed by ICU, so that no stage needs to think in
// bytes when it means characters. Inputs must be valid UTF-8 (the decode stage guarantees it).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tolk {

std::string nfc(std::string_view utf8);
std::string to_lower(std::string_view utf8);

// Number of code points.
std::size_t char_count(std::string_view utf8);
// Number of UTF-16 code units (what Excel counts).
std::size_t utf16_length(std::string_view utf8);

// The first / last code point, or 0 for an empty string.
char32_t first_char(std::string_view utf8);
char32_t last_char(std::string_view utf8);

bool is_letter(char32_t c);
bool is_mark(char32_t c);  // a combining mark (general category M)
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);  // Unicode white space, including no-break space

// `s` without leading and trailing Unicode white space.
std::string_view trim(std::string_view s);
std::string_view trim_end(std::string_view s);
// Runs of white space replaced by one ASCII space, ends trimmed.
std::string collapse_spaces(std::string_view s);

// 'A'-'Z' to 'a'-'z', every other byte as it is: lower-casing that needs no tables.
inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}
// Whether `s` has a byte outside ASCII (lower-casing may then change its length).
inline bool has_non_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Appends the UTF-8 encoding of `c`.
void append_utf8(std::string& out, char32_t c);

// Decodes the code point at byte `i` of valid UTF-8 and advances `i` past it.
char32_t next_char(std::string_view s, std::size_t& i);

}  // namespace tolk
