// Work on indexes 0..count-1 spread over threads. Each call of `body` must touch only what its
// index owns (its own slot of a result vector), so that results do not depend on the threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tolk {

// The number of worker threads `jobs` asks for: itself, or the number of cores for 0.
inline unsigned worker_count(unsigned jobs) {
  return jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

// Calls body(i) for every i < count on up to `jobs` threads (the caller's included; 0: one per
// core), the next free thread taking the next index; returns when all are done.
// An exception from `body` (an I/O failure) is thrown again here, in the caller's thread, once
// every thread has stopped: once it is caught no further index starts, those under way finish.
// (Left to a thread of its own it would end the program.)
template <class Body>
void parallel_for(std::size_t count, unsigned jobs, Body body) {
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;  // the first one; guarded by failure_mutex
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        body(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;
      }
    }
  };
  std::vector<std::thread> pool;
  const std::size_t threads = std::min<std::size_t>(worker_count(jobs), count);
  for (std::size_t k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace tolk
