// core/io: reading with a limit, and the atomic write.
#include "core/io.h"

#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

fs::path temp_path(const std::string& name) {
  return fs::temp_directory_path() /
         ("tolk-io-test-" + std::to_string(std::random_device{}()) + "-" + name);
}

TEST(ReadFileBytes, ReadsTheWholeFileWithoutLimit) {
  const fs::path p = temp_path("whole");
  const std::string data(200000, 'x');
  std::ofstream(p, std::ios::binary) << data;
  std::uintmax_t size = 0;
  EXPECT_EQ(read_file_bytes(p.string(), std::numeric_limits<std::size_t>::max() - 1, &size), data);
  EXPECT_EQ(size, data.size());
  fs::remove(p);
}

// A file over the limit is read only up to the limit and one byte, and its whole size is told.
TEST(ReadFileBytes, StopsOneByteAfterTheLimitAndTellsTheWholeSize) {
  const fs::path p = temp_path("limit");
  std::ofstream(p, std::ios::binary) << std::string(300000, 'y');
  std::uintmax_t size = 0;
  EXPECT_EQ(read_file_bytes(p.string(), 1000, &size).size(), 1001u);
  EXPECT_EQ(size, 300000u);
  EXPECT_EQ(read_file_bytes(p.string(), 300000, &size).size(), 300000u);
  EXPECT_EQ(read_file_bytes(p.string(), 0, &size).size(), 1u);
  fs::remove(p);
}

TEST(ReadFileBytes, MissingFileAndDirectoryAreErrorsNamingThePath) {
  const fs::path p = temp_path("missing");
  try {
    read_file_bytes(p.string());
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(p.string()), std::string::npos) << e.what();
  }
  EXPECT_THROW(read_file_bytes(fs::temp_directory_path().string()), std::runtime_error);
}

TEST(WriteFileAtomic, ReplacesTheFileAndLeavesNoTemporary) {
  const fs::path dir = temp_path("dir");
  fs::create_directory(dir);
  write_file_atomic(dir / "a.xml", "old");
  write_file_atomic(dir / "a.xml", "new");
  EXPECT_EQ(read_file_bytes((dir / "a.xml").string()), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  EXPECT_THROW(write_file_atomic(dir / "no-such-dir" / "a.xml", "x"), std::runtime_error);
  fs::remove_all(dir);
}

// What a writer killed before its rename left beside its output goes when the output is written
// again: only that, never a running writer's temporary file or any other file.
TEST(WriteFileAtomic, RemovesWhatAKilledWriterOfTheSameFileLeft) {
  const fs::path dir = temp_path("stale");
  fs::create_directory(dir);
  const std::string gone = std::to_string(test::gone_process());
  const std::vector<std::string> kept = {"a.xml.tmp-1",              // process 1 runs
                                         "b.xml.tmp-" + gone,        // another output's
                                         "a.xml.tmp-" + gone + "x",  // not a process id
                                         "a.xml.tmp-", "a.xml.bak"};
  for (const std::string& name : kept) std::ofstream(dir / name) << "x";
  std::ofstream(dir / ("a.xml.tmp-" + gone)) << "half";
  write_file_atomic(dir / "a.xml", "whole");
  EXPECT_FALSE(fs::exists(dir / ("a.xml.tmp-" + gone)));
  for (const std::string& name : kept) EXPECT_TRUE(fs::exists(dir / name)) << name;
  EXPECT_EQ(read_file_bytes((dir / "a.xml").string()), "whole");
  // A batch's outputs (written deferred) leave the sweep to the batch: one scan, not one each.
  std::ofstream(dir / ("c.xml.tmp-" + gone)) << "half";
  write_file_atomic(dir / "c.xml", "whole", Durability::deferred);
  EXPECT_TRUE(fs::exists(dir / ("c.xml.tmp-" + gone)));
  EXPECT_EQ(remove_stale_temporaries(dir / "c.xml"), 1u);
  EXPECT_EQ(remove_stale_temporaries(dir / "c.xml"), 0u);
  fs::remove_all(dir);
}

// The batch's sweep of its output folder asks this of every file there.
TEST(WriteFileAtomic, TellsATemporaryFileAGoneWriterLeft) {
  const std::string gone = std::to_string(test::gone_process());
  EXPECT_TRUE(is_stale_temporary("out/a.xml.tmp-" + gone));
  EXPECT_TRUE(is_stale_temporary("a.xml.tmp-1.tmp-" + gone));  // of an output "a.xml.tmp-1"
  EXPECT_FALSE(is_stale_temporary("a.xml.tmp-1"));             // process 1 runs
  EXPECT_FALSE(is_stale_temporary(temporary_path("a.xml")));   // this process's own
  EXPECT_FALSE(is_stale_temporary("a.xml.tmp-" + gone + "x"));
  EXPECT_FALSE(is_stale_temporary("a.xml.tmp-"));
  EXPECT_FALSE(is_stale_temporary(".tmp-" + gone));  // no output's name before it
  EXPECT_FALSE(is_stale_temporary("a.xml"));
}

TEST(WriteFileAtomic, DeferredWritesAreFlushedTogether) {
  const fs::path dir = temp_path("dir");
  fs::create_directory(dir);
  write_file_atomic(dir / "a.xml", "old", Durability::deferred);
  write_file_atomic(dir / "a.xml", "new", Durability::deferred);
  write_file_atomic(dir / "b.xml", "b", Durability::deferred);
  EXPECT_EQ(read_file_bytes((dir / "a.xml").string()), "new");
  EXPECT_EQ(read_file_bytes((dir / "b.xml").string()), "b");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2);
  sync_filesystem(dir);
  EXPECT_THROW(write_file_atomic(dir / "no-such-dir" / "a.xml", "x", Durability::deferred),
               std::runtime_error);
  EXPECT_THROW(sync_filesystem(dir / "no-such-dir"), std::runtime_error);
  EXPECT_THROW(sync_filesystem(dir / "a.xml"), std::runtime_error);  // a file, not a folder
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tolk
