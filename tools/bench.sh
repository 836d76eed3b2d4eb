#!/usr/bin/env bash
# Benchmarks: builds in Release (build-bench/) and runs every benchmark, printing its figures:
# the stages in MB/s on corpus/ (stage_bench), the alignment's accuracy and its time on synthetic
# pairs of 1,000 to 10,000 paragraphs (align_bench), and tolk batch end to end on generated
# corpora of 1x to 1000x the size of corpus/ with one and two threads (batch_bench; the corpora
# are generated once into build-bench/bench-corpus/, 130 MB at 1000x).
#
#   tools/bench.sh                      # everything, about 10 minutes on 2 cores
#   TOLK_BENCH_SCALES=1,10 tools/bench.sh   # smaller end-to-end runs only
#   TOLK_BENCH_REPEAT=1 tools/bench.sh      # one end-to-end run of each kind (3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DTOLK_BUILD_BENCH=ON -DTOLK_BUILD_TESTS=ON
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo
echo "== stages"
# Five repetitions of each: the median is the figure, the coefficient of variation (cv) says how
# much the machine's other load moved it.
build-bench/tests/bench/stage_bench --benchmark_min_time=0.5 --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true
echo
echo "== alignment"
build-bench/tests/bench/align_bench --benchmark_min_time=0.2 --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true
echo
echo "== tolk batch end to end (the fastest of ${TOLK_BENCH_REPEAT:-3} alternating runs each)"
build-bench/tests/bench/batch_bench --scales "${TOLK_BENCH_SCALES:-1,10,100,1000}" \
  --repeat "${TOLK_BENCH_REPEAT:-3}"
