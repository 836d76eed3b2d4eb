#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) in build-fuzz/ and runs each one for
# TOLK_FUZZ_SECONDS seconds (default 30), two at a time, seeded from corpus/ and tests/fixtures/.
# Exits non-zero when a target finds a crash, a hang, a leak or a broken promise; the input is then
# in build-fuzz/findings/<target>/ (turn it into a regression test: tests/fuzz/README.md).
#
#   tests/fuzz/run_smoke.sh                     # the smoke run of tools/test.sh, about 3 minutes
#   TOLK_FUZZ_SECONDS=600 tests/fuzz/run_smoke.sh decode layout   # longer, chosen targets
#
# Environment: TOLK_FUZZ_SECONDS (per target), TOLK_FUZZ_JOBS (targets at once; default: the
# number of cores, at most 2), TOLK_FUZZ_BUILD (build directory; default build-fuzz),
# TOLK_FUZZ_KEEP=1 keeps the inputs each run found in build-fuzz/corpus/<target>/ for the next run
# (without it a run starts from the seeds alone, in build-fuzz/smoke-corpus/<target>/),
# TOLK_FUZZ_CONTINUE=1 goes on after a finding (libFuzzer's -fork=1 -ignore_crashes=1 ...), for the
# long runs: every finding is then in build-fuzz/findings/<target>/ at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
seconds=${TOLK_FUZZ_SECONDS:-30}
build=${TOLK_FUZZ_BUILD:-build-fuzz}
jobs=${TOLK_FUZZ_JOBS:-$(nproc)}
[ "$jobs" -gt 2 ] && [ -z "${TOLK_FUZZ_JOBS:-}" ] && jobs=2
cxx=${CXX_FUZZ:-clang++-14}
cc=${CC_FUZZ:-clang-14}

if ! command -v "$cxx" >/dev/null; then
  echo "run_smoke.sh: $cxx not found (Debian packages clang-14 and libclang-rt-14-dev)" >&2
  exit 2
fi

echo "== fuzz build ($build, $cxx, ASan + UBSan + libFuzzer)"
mkdir -p "$build/logs"
cmake -S tests/fuzz -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/logs/configure.log" 2>&1 || {
  cat "$build/logs/configure.log" >&2
  exit 2
}
cmake --build "$build" -j "$(nproc)" >"$build/logs/build.log" 2>&1 || {
  tail -40 "$build/logs/build.log" >&2
  exit 2
}

# The targets that were built (fuzz_align and fuzz_workbook only once the alignment and the
# workbook writer are in the library).
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for t in decode layout decision publication protocol pipeline_xml align workbook; do
    [ -x "$build/fuzz_$t" ] && targets+=("$t")
  done
fi

export TOLK_RULES="$repo/rules"
# Leaks are failures; so is every UBSan report (the build also has -fno-sanitize-recover).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# libxlsxwriter's own small leaks (tools/lsan.supp says which) are not tolk's.
[ -f tools/lsan.supp ] && export LSAN_OPTIONS="suppressions=$repo/tools/lsan.supp:print_suppressions=0"

# The largest corpus document is 33 KB: inputs up to 40 KB let the fuzzer keep whole documents.
# -rss_limit_mb and -timeout make memory blow-ups and hangs failures; -malloc_limit_mb a single
# allocation of more than the whole limit.
run_one() {
  local t=$1
  # A kept corpus grows from run to run; a smoke run starts from the seeds in a directory of its own.
  local work="$build/smoke-corpus/$t" findings="$build/findings/$t" log="$build/logs/$t.log"
  if [ "${TOLK_FUZZ_KEEP:-0}" = 1 ]; then work="$build/corpus/$t"; else rm -rf "$work"; fi
  rm -rf "$findings"
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  local seeds=(corpus tests/fixtures)
  [ -d "tests/fuzz/regressions" ] && seeds+=(tests/fuzz/regressions)
  if [ "$t" = align ]; then
    # Pairs for the alignment: the first 250 lines of each version of the decision, joined by the
    # separator fuzz_align splits at (the whole pair would be longer than -max_len).
    mkdir -p "$build/seeds/align"
    { head -n 250 corpus/decisions/vnp-272-2025.sv.txt; printf '\n====\n'
      head -n 250 corpus/decisions/vnp-272-2025.fi.txt; } >"$build/seeds/align/decision-pair.txt"
    seeds+=("$build/seeds/align")
  fi
  local extra=()
  [ "${TOLK_FUZZ_CONTINUE:-0}" = 1 ] &&
    extra=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  local rc=0
  "$build/fuzz_$t" "$work" "${seeds[@]}" "${extra[@]}" \
    -dict=tests/fuzz/tolk.dict -max_len=40000 -max_total_time="$seconds" \
    -timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1 || rc=$?
  local execs peak found
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  peak=$(grep -m1 'stat::peak_rss_mb' "$log" | awk '{print $2}' || true)
  if [ -z "$execs" ]; then  # -fork=1 prints "#N: cov: ..." lines instead of final stats
    execs=$(grep -E '^#[0-9]+:' "$log" | tail -1 | sed -E 's/^#([0-9]+):.*/\1/' || true)
  fi
  found=$(find "$findings" -type f | wc -l)
  if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "FAIL fuzz_$t: exit $rc after ${execs:-?} executions; $found input(s) in $findings/, log $log"
    grep -E 'ERROR|broken promise|runtime error|^  [^ ]' "$log" | head -20 | sed 's/^/    /'
    return 1
  fi
  echo "ok   fuzz_$t: ${seconds}s, ${execs:-?} executions${peak:+, peak RSS $peak MB}"
}

echo "== fuzzing ${targets[*]}: ${seconds}s each, $jobs at a time"
failed=0
pids=()
names=()
for t in "${targets[@]}"; do
  if [ ! -x "$build/fuzz_$t" ]; then
    echo "FAIL fuzz_$t: not built"
    failed=1
    continue
  fi
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit "$failed"
