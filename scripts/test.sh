#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test through ctest.
# Usage: scripts/test.sh [PRESET...]   (default: dev; `scripts/test.sh asan` runs every test
# under AddressSanitizer + UndefinedBehaviorSanitizer, `scripts/test.sh dev asan` both)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(dev)

"$root/scripts/install-dependencies.sh"
cd "$root"
for preset in "${presets[@]}"; do
    echo "== RefundDesk: building and testing preset '$preset'"
    "$root/scripts/build.sh" "$preset"
    ctest --preset "$preset" -j "$(nproc)"
done
