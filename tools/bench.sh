#!/usr/bin/env bash
# Benchmarks: builds in Release (build-bench/) and runs every benchmark, printing its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DTOLK_BUILD_BENCH=ON -DTOLK_BUILD_TESTS=ON
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
build-bench/tests/bench/align_bench --benchmark_min_time=0.2
