#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo are valid, and the metainfo's newest release is
# the project's version. Registered with ctest as packaging_metadata.
# Usage: metadata-test.sh VERSION DESKTOP_FILE METAINFO_FILE
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 VERSION DESKTOP_FILE METAINFO_FILE" >&2
    exit 2
fi
version=$1
desktop=$2
metainfo=$3

for tool in appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/debian-packages.txt)" >&2; exit 1; }
done

desktop-file-validate "$desktop"
echo "ok: desktop-file-validate $(basename "$desktop")"
# --no-net: the test runs offline; a warning fails it like an error.
appstreamcli validate --no-net "$metainfo"

newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest <release> in $(basename "$metainfo") is '$newest', the project's version is $version" >&2
    echo "      (add a <release> entry when the version in CMakeLists.txt changes)" >&2
    exit 1
fi
echo "ok: newest release $newest"
