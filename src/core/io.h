// File input and output. I/O failures are exceptions (std::runtime_error naming the path and
// the system's reason); what a file contains is never judged here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>

namespace tolk {

// The file's bytes; "-" reads standard input. No more than `limit` + 1 bytes are read, so that a
// caller can refuse a file over its limit without holding all of it in memory. `size`, when
// given, gets the file's whole size where the system knows it (a regular file), else the number
// of bytes read.
std::string read_file_bytes(const std::string& path,
                            std::size_t limit = std::numeric_limits<std::size_t>::max() - 1,
                            std::uintmax_t* size = nullptr);

// When a written file is on disk (survives a crash of the machine, not only of the program).
enum class Durability {
  // Flushed to disk (fsync) before write_file_atomic returns: for a single output.
  now,
  // Left to the system's write-back: for the many outputs of one run, made durable together by
  // one sync_filesystem() before whatever records them as done. A flush per file costs more than
  // writing it (a journal commit each, one at a time whatever the number of threads).
  deferred,
};

// Writes `data` to a temporary file beside `path` and renames it over `path`, so a reader sees
// either the old file or the new one, never half of one, even when the program is killed.
void write_file_atomic(const std::filesystem::path& path, std::string_view data,
                       Durability durability = Durability::now);

// The temporary file beside `path` that a writer fills before renaming it over `path`:
// "<path>.tmp-<process id>". A run killed before its rename leaves it; is_temporary_file() tells
// any such file from an output, is_stale_temporary() one that no running writer will complete.
std::filesystem::path temporary_path(const std::filesystem::path& path);
bool is_temporary_file(const std::filesystem::path& path);
// Whether `path` is a temporary file (temporary_path()) whose writer no longer runs: it was
// killed before its rename, and nothing will complete the file. A running writer's file is not
// (a process id that another process has taken since keeps the file until a later run).
bool is_stale_temporary(const std::filesystem::path& path);
// Removes the temporary files of `path` that writers killed before their rename left behind:
// "<path>.tmp-<process id>" of a process that no longer runs (a running writer's is kept, and so
// is any other file). Returns how many it removed. Cheap for one output, a scan of its folder:
// write_file_atomic() calls it for outputs written with Durability::now; a batch sweeps its
// output folder once instead, with is_stale_temporary().
std::size_t remove_stale_temporaries(const std::filesystem::path& path);

// Flushes to disk every file written so far on the file system that holds `dir` (syncfs(2)):
// the deferred outputs of a run, at once.
void sync_filesystem(const std::filesystem::path& dir);

}  // namespace tolk
