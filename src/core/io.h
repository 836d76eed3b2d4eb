// File input and output. I/O failures are exceptions (std::runtime_error naming the path and
// the system's reason); what a file contains is never judged here.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tolk {

// The whole file as bytes; "-" reads standard input.
std::string read_file_bytes(const std::string& path);

// Writes `data` to a temporary file beside `path`, flushes it and renames it over `path`, so a
// reader sees either the old file or the new one, never half of one.
void write_file_atomic(const std::filesystem::path& path, std::string_view data);

}  // namespace tolk
