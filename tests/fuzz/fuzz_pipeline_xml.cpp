// libFuzzer target: the whole pipeline as `tolk parse` runs it (load_document from a file, then
// document_akn), with the XML serialised and re-parsed.
// The checks are in fuzz_checks.h; tests/fuzz/README.md says how to run it.
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tolk::fuzz::Failures f;
  tolk::fuzz::run_pipeline(data, size, tolk::fuzz::scratch_path(), f);
  tolk::fuzz::abort_on(f);
  return 0;
}
