// libFuzzer target: the follow-up workbook (tolk track) of the document in the input, written with
// libxlsxwriter and read back. Built only when src/emit/tracker.cpp is in tolk_lib
// (tests/fuzz/CMakeLists.txt checks).
// The checks are in fuzz_checks.h; tests/fuzz/README.md says how to run it.
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tolk::fuzz::Failures f;
  tolk::fuzz::run_workbook(data, size, tolk::fuzz::scratch_path(0), tolk::fuzz::scratch_path(3), f);
  tolk::fuzz::abort_on(f);
  return 0;
}
