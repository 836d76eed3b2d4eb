// The decoded text of one input file: what the decode stage promises every later stage.
//
// Promise: `utf8` is valid UTF-8 in Unicode NFC, lines end in "\n" only (no CR), there are no
// NUL bytes and no form feeds. Line numbers counted over `utf8` equal the line numbers of the
// source file, so every later stage can point back into the file the user has.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tolk {

enum class Encoding { utf8, utf8_bom, utf16le, utf16be, windows1252, iso8859_1 };

const char* encoding_name(Encoding e);

struct Text {
  std::string file;      // display name of the input
  std::string utf8;      // see the promise above
  Encoding encoding = Encoding::utf8;
  bool had_crlf = false;  // the source used CRLF or CR line ends
  // 1-based lines that begin a new page because the source had a form feed at their start (or,
  // for a form feed in the middle of a line, on them).
  std::vector<std::size_t> form_feed_lines;
};

// A 1-based, inclusive range of source lines.
struct LineSpan {
  std::size_t first = 0;
  std::size_t last = 0;
  friend bool operator==(const LineSpan&, const LineSpan&) = default;
};

// "17" or "17-19".
std::string format_span(LineSpan s);

// The lines of `text` without their "\n"; line i (1-based) is element i-1.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace tolk
