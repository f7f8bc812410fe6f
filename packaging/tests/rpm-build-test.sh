#!/usr/bin/env bash
# The .rpm: cpack -G RPM builds it from the build tree under test, and rpm lists exactly the
# expected files and the declared requirements. Registered with ctest as packaging_rpm_build.
# Usage: rpm-build-test.sh BUILD_DIR VERSION WORK_DIR
set -euo pipefail
. "$(dirname "$0")/cpack-package.sh"

if [ $# -ne 3 ]; then
    echo "usage: $0 BUILD_DIR VERSION WORK_DIR" >&2
    exit 2
fi
build_dir=$(realpath "$1")
version=$2
work=$(realpath -m "$3")

for tool in cpack rpm rpmbuild; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/debian-packages.txt)" >&2; exit 1; }
done

rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work/_CPack_Packages"' EXIT

cpack_package RPM "$build_dir" "$work" "refunddesk-${version}-1.*.rpm"

app_id=org.refunddesk.RefundDesk
expected=$(
    {
        printf '%s\n' /usr/bin/refunddesk /usr/bin/refundctl /usr/bin/refund-sandbox \
            "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
            "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            /usr/share/man/man1/refunddesk.1.gz /usr/share/man/man1/refundctl.1.gz \
            /usr/share/man/man1/refund-sandbox.1.gz \
            /usr/share/doc/refunddesk /usr/share/doc/refunddesk/copyright
        for size in 16 24 32 48 64 128 256 512; do
            echo "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        done
    } | LC_ALL=C sort
)
listed=$(rpm -qpl "$package" 2>/dev/null | LC_ALL=C sort)
if [ "$listed" != "$expected" ]; then
    echo "FAIL: rpm -qpl differs from the expected files (< expected, > listed):" >&2
    diff <(echo "$expected") <(echo "$listed") >&2 || true
    exit 1
fi
echo "ok: rpm -qpl lists the $(wc -l <<<"$listed") expected files"

requires=$(rpm -qpR "$package" 2>/dev/null)
for needed in 'qt6-qtbase-gui' 'qt6-qtbase-postgresql' 'gstreamer1-plugins-base' 'libQt6Core\.so\.6\(Qt_6\)'; do
    if ! grep -Eq "^$needed" <<<"$requires"; then
        echo "FAIL: the rpm does not require /$needed/; it requires:" >&2
        echo "$requires" >&2
        exit 1
    fi
done
echo "ok: requires the Qt plugins' packages and the libraries rpm found"

if [ "$(rpm -qp --queryformat '%{VERSION}' "$package" 2>/dev/null)" != "$version" ]; then
    echo "FAIL: the rpm's version is not $version" >&2
    exit 1
fi
echo "ok: version $version"
