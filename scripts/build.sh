#!/usr/bin/env bash
# Configures (once) and builds one CMake preset; incremental and quiet when nothing changed.
# Usage: scripts/build.sh [PRESET]   (default: dev)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-dev}"
cd "$root"

if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j "$(nproc)"
