// libFuzzer target: the protocol parser and its Akoma Ntoso writer, on any text (not only texts
// classified as protocols).
// The checks are in fuzz_checks.h; tests/fuzz/README.md says how to run it.
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tolk::fuzz::Failures f;
  tolk::fuzz::run_protocol(data, size, f);
  tolk::fuzz::abort_on(f);
  return 0;
}
