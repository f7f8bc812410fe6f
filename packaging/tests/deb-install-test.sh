#!/usr/bin/env bash
# The .deb, end to end: build it with cpack from the build tree under test, check it with
# lintian (any error fails), install it with apt-get into a clean Debian root made by
# debootstrap, so that apt resolves the dependencies the package declares, and run the
# programs there. Registered with ctest as packaging_deb_install (packaging/tests/).
#
# Usage: deb-install-test.sh BUILD_DIR VERSION WORK_DIR CACHE_DIR
#   WORK_DIR   scratch space; the Debian root lives here and is removed at the end
#   CACHE_DIR  kept between runs: the debootstrapped base root (as a tar) and apt's downloads,
#              so that a second run downloads nothing; delete it to test from scratch
# Environment: REFUNDDESK_DEBIAN_MIRROR (default: the Debian mirror in this machine's apt
# sources), REFUNDDESK_DEB_TEST_BUDGET_S (default 1380: the script gives up, cleaning up,
# before ctest's TIMEOUT of 1500 s would kill it).
set -euo pipefail
. "$(dirname "$0")/cpack-package.sh"

if [ $# -ne 4 ]; then
    echo "usage: $0 BUILD_DIR VERSION WORK_DIR CACHE_DIR" >&2
    exit 2
fi
build_dir=$(realpath "$1")
version=$2
work=$(realpath -m "$3")
cache=$(realpath -m "$4")
suite=bookworm
started=$(date +%s)
deadline=$((started + ${REFUNDDESK_DEB_TEST_BUDGET_S:-1380}))

# debootstrap, mount and chroot need root.
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        exec sudo -n --preserve-env=REFUNDDESK_DEBIAN_MIRROR,REFUNDDESK_DEB_TEST_BUDGET_S -- "$0" "$@"
    fi
    echo "FAIL: needs root (debootstrap, mount, chroot) and sudo is not installed" >&2
    exit 1
fi

for tool in cpack lintian debootstrap dpkg-deb dpkg-shlibdeps flock chroot; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/debian-packages.txt)" >&2; exit 1; }
done

step() { echo "== [$(($(date +%s) - started)) s] $*"; }

# Runs a command with what is left of the budget, so that a hanging download ends in a
# failure with a clean-up rather than in ctest killing the script.
limited() {
    local left=$((deadline - $(date +%s)))
    if [ "$left" -le 0 ]; then
        echo "FAIL: out of time before: $*" >&2
        return 1
    fi
    # 9>&-: the run's lock stays with this script, not with what a killed run leaves behind.
    timeout --kill-after=10 "$left" "$@" 9>&-
}

mounts_below() {
    # /proc/mounts escapes blanks as \040; the paths used here have none.
    awk -v dir="$1" '$2 == dir || index($2, dir "/") == 1 { print $2 }' /proc/mounts | sort -r
}

# Removes a Debian root: first every process still running inside it (a daemon a maintainer
# script started), then every mount below it, deepest first; it is deleted only when nothing is
# mounted there any more, and never across file systems.
remove_root() {
    local dir=$1 proc pid mount
    [ -e "$dir" ] || return 0
    for proc in /proc/[0-9]*; do
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$dir" ]; then
            pid=${proc#/proc/}
            echo "stopping process $pid left in $dir"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    while read -r mount; do
        [ -n "$mount" ] || continue
        umount "$mount" 2>/dev/null || umount --lazy "$mount"
    done < <(mounts_below "$dir")
    if [ -n "$(mounts_below "$dir")" ]; then
        echo "FAIL: still mounted below $dir, not deleting it:" >&2
        mounts_below "$dir" >&2
        return 1
    fi
    rm -rf --one-file-system "$dir"
}

mkdir -p "$work" "$cache/apt-archives/partial"
# One run at a time per work directory.
exec 9>"$work.lock"
flock --wait 60 9 || { echo "FAIL: another run holds $work.lock" >&2; exit 1; }

root="$work/root"
base_build="$work/base"
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    remove_root "$root" || status=1
    remove_root "$base_build" || status=1
    rm -rf "$work/cpack/_CPack_Packages"
    step "done, exit status $status"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A run that was killed (ctest's TIMEOUT) could not clean up: do it now.
remove_root "$root"
remove_root "$base_build"

mirror=${REFUNDDESK_DEBIAN_MIRROR:-}
security_mirror=""
if [ -z "$mirror" ] && command -v apt-get >/dev/null; then
    mirror=$(apt-get indextargets --format '$(REPO_URI) $(CODENAME)' 'Created-By: Packages' 2>/dev/null |
        awk -v s="$suite" '$2 == s { print $1; exit }')
    security_mirror=$(apt-get indextargets --format '$(REPO_URI) $(CODENAME)' 'Created-By: Packages' 2>/dev/null |
        awk -v s="$suite-security" '$2 == s { print $1; exit }')
fi
mirror=${mirror:-http://deb.debian.org/debian/}
step "Debian mirror: $mirror ${security_mirror:+(security: $security_mirror)}"

step "building the .deb with cpack from $build_dir"
rm -rf "$work/cpack"
cpack_package DEB "$build_dir" "$work/cpack" "refunddesk_${version}-*_*.deb"
deb=$package
dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
    if ! grep -Eq "(^|, )$needed( |,|$)" <<<"$depends"; then
        echo "FAIL: Depends lacks $needed" >&2
        exit 1
    fi
done

step "lintian"
# lintian warns about running as root and then works as usual; that line is not a finding.
lintian_status=0
limited lintian --tag-display-limit 0 --display-level '>=pedantic' "$deb" >"$work/lintian.log" 2>&1 ||
    lintian_status=$?
grep -v 'running with root privileges is not recommended' "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log" || [ "$lintian_status" -ne 0 ]; then
    echo "FAIL: lintian reports errors (exit status $lintian_status)" >&2
    exit 1
fi

base_tar="$cache/$suite-minbase-root.tar"
if [ ! -f "$base_tar" ]; then
    step "debootstrap --variant=minbase $suite (once; kept in $base_tar)"
    limited debootstrap --variant=minbase "$suite" "$base_build" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 30 "$work/debootstrap.log"
        echo "FAIL: debootstrap" >&2
        exit 1
    }
    rm -f "$base_build"/var/cache/apt/archives/*.deb
    tar -C "$base_build" --numeric-owner -cf "$base_tar.part" .
    mv "$base_tar.part" "$base_tar"
    remove_root "$base_build"
fi

step "unpacking the clean $suite root"
# The root lives in memory (about 800 MB when installed): dpkg runs faster there, and removing
# it is an unmount instead of deleting some 20000 files.
mkdir "$root"
mount -t tmpfs -o size=3g,mode=755 refunddesk-deb-test "$root"
tar -C "$root" --numeric-owner -xpf "$base_tar"
{
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -z "$security_mirror" ] || echo "deb $security_mirror $suite-security main"
} >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No service may start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
mount -t proc proc "$root/proc"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"

in_root() {
    limited chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
apt_options=(-o APT::Sandbox::User=root -o Dpkg::Options::=--force-unsafe-io -q)

step "apt-get install ./$(basename "$deb") (dependencies from $mirror)"
in_root apt-get "${apt_options[@]}" update >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    echo "FAIL: apt-get update in the Debian root" >&2
    exit 1
}
in_root apt-get "${apt_options[@]}" install -y --no-install-recommends "/tmp/$(basename "$deb")" \
    >>"$work/apt.log" 2>&1 || {
    tail -n 40 "$work/apt.log"
    echo "FAIL: apt-get install of the .deb" >&2
    exit 1
}
grep -E '^(Need to get|[0-9]+ upgraded)' "$work/apt.log" || true

step "running the installed programs"
failures=0
check() {
    local what=$1 pattern=$2 output=$3
    if grep -Eq "$pattern" <<<"$output"; then
        echo "ok: $what"
    else
        echo "FAIL: $what: expected /$pattern/ in:" >&2
        echo "$output" >&2
        failures=$((failures + 1))
    fi
}
version_re=${version//./\\.}
output=$(in_root env QT_QPA_PLATFORM=offscreen refunddesk --version 2>&1) || true
check "refunddesk --version" "^refunddesk $version_re( \\(git [0-9a-f]+\\))?$" "$output"
output=$(in_root refundctl --help 2>&1) || true
check "refundctl --help: usage" '^Usage: refundctl \[options\] command$' "$output"
check "refundctl --help: refund command" '^  refund --gateway G ' "$output"
check "refundctl --help: audit verify" '^  audit verify$' "$output"
output=$(in_root refundctl --version 2>&1) || true
check "refundctl --version" "^refundctl $version_re( \\(git [0-9a-f]+\\))?$" "$output"
output=$(in_root refund-sandbox --version 2>&1) || true
check "refund-sandbox --version" "^refund-sandbox $version_re( \\(git [0-9a-f]+\\))?$" "$output"
# What Qt loads at run time came in through the declared dependencies.
plugin_packages=(libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins gstreamer1.0-plugins-base fonts-dejavu-core)
output=$(in_root dpkg-query -W -f '${Package} ${Status}\n' "${plugin_packages[@]}" 2>&1) || true
if [ "$(grep -c ' install ok installed$' <<<"$output")" -eq ${#plugin_packages[@]} ]; then
    echo "ok: ${plugin_packages[*]} installed"
else
    echo "FAIL: not every one of ${plugin_packages[*]} is installed:" >&2
    echo "$output" >&2
    failures=$((failures + 1))
fi
for file in /usr/share/applications/org.refunddesk.RefundDesk.desktop \
    /usr/share/metainfo/org.refunddesk.RefundDesk.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/org.refunddesk.RefundDesk.png \
    /usr/share/icons/hicolor/scalable/apps/org.refunddesk.RefundDesk.svg \
    /usr/share/man/man1/refundctl.1.gz /usr/share/man/man1/refund-sandbox.1.gz \
    /usr/share/man/man1/refunddesk.1.gz /usr/share/doc/refunddesk/copyright; do
    if [ -f "$root$file" ]; then echo "ok: $file"; else echo "FAIL: $file missing" >&2; failures=$((failures + 1)); fi
done

if [ "$failures" -ne 0 ]; then
    echo "FAIL: $failures check(s) failed" >&2
    exit 1
fi
step "the .deb installs into a clean $suite and its programs run"
