// libFuzzer target: the Swedish-Finnish alignment and its XML writer. The input is split in two
// (at "\n====\n", else in the middle) and each half loaded as a document. Built only when
// src/align/align.cpp is in tolk_lib (tests/fuzz/CMakeLists.txt checks).
// The checks are in fuzz_checks.h; tests/fuzz/README.md says how to run it.
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tolk::fuzz::Failures f;
  tolk::fuzz::run_align(data, size, tolk::fuzz::scratch_path(1), tolk::fuzz::scratch_path(2), f);
  tolk::fuzz::abort_on(f);
  return 0;
}
