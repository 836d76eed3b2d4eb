// Tests for parallel_for: every index once, and a failure in any thread comes back to the caller.
#include "core/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace tolk {
namespace {

TEST(ParallelFor, EveryIndexOnceOnAnyNumberOfThreads) {
  for (unsigned jobs : {1u, 2u, 7u}) {
    std::vector<int> seen(1000, 0);
    parallel_for(seen.size(), jobs, [&](std::size_t i) { ++seen[i]; });
    EXPECT_EQ(seen, std::vector<int>(1000, 1)) << jobs << " threads";
  }
  parallel_for(0, 2, [](std::size_t) { FAIL() << "no index in an empty range"; });
}

// An exception in a worker thread would end the program (std::terminate); it is thrown again in
// the caller once every thread has stopped, and on one thread no index starts after it.
TEST(ParallelFor, AFailureInAnyThreadIsThrownToTheCaller) {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<std::size_t> started{0};
    try {
      parallel_for(10000, jobs, [&](std::size_t i) {
        ++started;
        if (i == 5) throw std::runtime_error("cannot write xml/a.xml");
      });
      ADD_FAILURE() << "nothing thrown with " << jobs << " threads";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "cannot write xml/a.xml");
    }
    // (With more threads the others may finish many indexes before the failure is seen.)
    if (jobs == 1) {
      EXPECT_EQ(started.load(), 6u);
    }
  }
}

}  // namespace
}  // namespace tolk
