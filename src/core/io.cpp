#include "core/io.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace tolk {

namespace {
[[noreturn]] void fail(const std::string& what, const std::string& path) {
  throw std::runtime_error(what + " " + path + ": " + std::strerror(errno));
}
}  // namespace

std::string read_file_bytes(const std::string& path, std::size_t limit, std::uintmax_t* size) {
  const bool stdin_input = path == "-";
  std::error_code ec;
  if (!stdin_input && std::filesystem::is_directory(path, ec)) {
    errno = EISDIR;
    fail("cannot read", path);
  }
  std::ifstream file;
  if (!stdin_input) {
    file.open(path, std::ios::binary);
    if (!file) fail("cannot open", path);
  }
  std::istream& in = stdin_input ? std::cin : file;
  // The size of a regular file (file_size() fails for anything else): one allocation of the
  // right size instead of a doubling string, and the whole size of a file read only in part.
  std::optional<std::uintmax_t> known;
  if (!stdin_input) {
    const std::uintmax_t n = std::filesystem::file_size(path, ec);
    if (!ec) known = n;
  }
  std::string data;
  if (known) data.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(*known, limit) + 1));
  char buffer[1 << 16];
  while (data.size() <= limit) {
    const std::size_t want = std::min(sizeof buffer, limit + 1 - data.size());
    in.read(buffer, static_cast<std::streamsize>(want));
    data.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) fail("cannot read", stdin_input ? "standard input" : path);
  if (size) *size = known && *known > data.size() ? *known : data.size();
  return data;
}

namespace {

// What temporary_path() puts between an output's file name and the writer's process id.
constexpr std::string_view kTemporaryInfix = ".tmp-";

// A temporary file's name taken apart: the output's file name and the writer's process id.
// Nothing for a name that temporary_path() does not make.
struct TemporaryName {
  std::string output;
  pid_t writer = 0;
};

std::optional<TemporaryName> parse_temporary_name(const std::string& name) {
  const std::size_t at = name.rfind(kTemporaryInfix);
  if (at == std::string::npos || at == 0) return std::nullopt;
  const std::string digits = name.substr(at + kTemporaryInfix.size());
  if (digits.empty() || digits.size() > 9 ||
      digits.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return TemporaryName{name.substr(0, at), static_cast<pid_t>(std::stol(digits))};
}

// Whether process `pid` has ended (and is not this one). kill(pid, 0) sends nothing: ESRCH says
// no such process (EPERM: one that is not ours).
bool gone(pid_t pid) {
  return pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

std::filesystem::path temporary_path(const std::filesystem::path& path) {
  std::filesystem::path tmp = path;
  tmp += std::string(kTemporaryInfix) + std::to_string(::getpid());
  return tmp;
}

bool is_temporary_file(const std::filesystem::path& path) {
  return path.filename().string().find(kTemporaryInfix) != std::string::npos;
}

bool is_stale_temporary(const std::filesystem::path& path) {
  const auto name = parse_temporary_name(path.filename().string());
  return name && gone(name->writer);
}

std::size_t remove_stale_temporaries(const std::filesystem::path& path) {
  const std::string output = path.filename().string();
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::vector<std::filesystem::path> stale;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    // "a.xml.tmp-<pid>", not "a.xml.tmp-<pid>.tmp-<pid>" of an output named "a.xml.tmp-<pid>"
    const auto name = parse_temporary_name(it->path().filename().string());
    if (name && name->output == output && gone(name->writer)) stale.push_back(it->path());
  }
  std::size_t removed = 0;
  for (const auto& p : stale) removed += std::filesystem::remove(p, ec) ? 1 : 0;
  return removed;
}

void write_file_atomic(const std::filesystem::path& path, std::string_view data,
                       Durability durability) {
  if (durability == Durability::now) remove_stale_temporaries(path);
  const std::filesystem::path tmp = temporary_path(path);
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) fail("cannot create", tmp.string());
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = (std::fflush(f) == 0) && ok;
  if (durability == Durability::now) ok = (::fsync(::fileno(f)) == 0) && ok;
  int saved = errno;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    std::remove(tmp.c_str());
    errno = saved ? saved : EIO;
    fail("cannot write", path.string());
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    saved = errno;
    std::remove(tmp.c_str());
    errno = saved;
    fail("cannot replace", path.string());
  }
}

void sync_filesystem(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail("cannot open", dir.string());
  const bool ok = ::syncfs(fd) == 0;
  const int saved = errno;
  ::close(fd);
  errno = saved;
  if (!ok) fail("cannot flush the file system of", dir.string());
}

}  // namespace tolk
