#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, and runs ctest twice, once in a normal
# build (build/) and once with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/); then
# every libFuzzer target for a bounded smoke time (tests/fuzz/run_smoke.sh, 15 s each).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh

# Release, and line tables only in the sanitizer build: full debug information made the links of
# the two builds take minutes of the 15 the whole command may take on 2 cores (a failure is
# debugged in a build of one's own).
echo "== normal build"
tools/build.sh build -DCMAKE_BUILD_TYPE=Release -DTOLK_WERROR=ON
(cd build && ctest --output-on-failure -j "$(nproc)")

echo "== ASan + UBSan build"
tools/build.sh build-asan -DTOLK_SANITIZE=ON -DTOLK_WERROR=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG=-g1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$(nproc)")

echo "== fuzzing smoke run"
# 15 s a target keeps the whole command under 15 minutes on 2 cores (it took 12 to 14 minutes
# with 20 s, as the machine's other load varied); a longer run is in the README.
TOLK_FUZZ_SECONDS=${TOLK_FUZZ_SECONDS:-15} tests/fuzz/run_smoke.sh
