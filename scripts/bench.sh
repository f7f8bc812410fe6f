#!/usr/bin/env bash
# Builds the release preset with the benchmarks (tests/bench, in build/bench) and runs them,
# each printing its table: the measured path, its baseline from the same run, the ratio and
# the target (docs/benchmarks.md says what each measures and how to read it). The machine
# should be otherwise idle; every figure is still a ratio against a baseline measured in
# alternating rounds, because shared machines rarely are.
# Usage: scripts/bench.sh [BENCH...]   (default: scan ledger webhooks refunds startup)
#        REFUNDDESK_BENCH_BUILD=DIR picks another build folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REFUNDDESK_BENCH_BUILD:-$root/build/bench}"
cd "$root"

benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(scan ledger webhooks refunds startup)
targets=()
for bench in "${benches[@]}"; do
    targets+=("bench_$bench")
done

"$root/scripts/install-dependencies.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    # The release preset's options, with the tests folder (where the benches live) switched on.
    cmake --preset release -B "$build" -DREFUNDDESK_BUILD_TESTS=ON
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for bench in "${benches[@]}"; do
    echo
    echo "## bench_$bench"
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_$bench"
done
