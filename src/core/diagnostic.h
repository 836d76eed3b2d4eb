// Diagnostics: problems a user's input can cause, reported as values.
//
// Promise: every stage reports what it could not read or had to guess as a Diagnostic and goes on
// where it can; nothing is dropped silently. A diagnostic names the file and the place (a 1-based
// line and column, or a byte offset for problems found before there are lines) and carries a
// stable code that tests and scripts may match on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tolk {

enum class Severity { note, warning, error };

struct Diagnostic {
  std::string file;                       // display name of the input ("-" for stdin)
  std::size_t line = 0;                   // 1-based; 0 when the problem has no line
  std::size_t column = 0;                 // 1-based, in characters; 0 when unknown
  std::optional<std::size_t> byte_offset; // set for problems found in raw bytes
  Severity severity = Severity::error;
  std::string code;     // stable identifier such as "decode.binary"
  std::string message;  // one sentence, for people
};

using Diagnostics = std::vector<Diagnostic>;

const char* severity_name(Severity s);

// "file:12:3: error [layout.x]: message" or "file: byte 17: error [decode.y]: message".
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const Diagnostics& diags);

}  // namespace tolk
