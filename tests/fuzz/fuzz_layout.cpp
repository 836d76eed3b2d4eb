// libFuzzer target: layout and classify, with the text report: decoded bytes to blocks, debris, kinds and languages.
// The checks are in fuzz_checks.h; tests/fuzz/README.md says how to run it.
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tolk::fuzz::Failures f;
  tolk::fuzz::run_layout(data, size, f);
  tolk::fuzz::abort_on(f);
  return 0;
}
