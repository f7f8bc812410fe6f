#!/usr/bin/env bash
# Takes the README's screenshots: runs `refunddesk --demo --screenshot-tour` under Xvfb on a
# fixed 1280x800 screen, where the demo walks itself through every screen and saves a PNG of
# each, and puts them in docs/screenshots/. Needs Debian's xvfb package (and, for Chinese,
# a CJK font such as fonts-wqy-microhei).
# Usage: scripts/screenshots.sh [--language CODE] [BUILD_DIR]   (default: build/dev, built
# first when missing). With --language de, ms or zh_CN the tour runs in that language and a
# few of its screens go to docs/screenshots/CODE/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
language=""
if [ "${1:-}" = "--language" ]; then
    language="${2:?--language needs a code: de, ms or zh_CN}"
    shift 2
fi
build="${1:-$root/build/dev}"
app="$build/app/refunddesk/refunddesk"
out="$root/docs/screenshots${language:+/$language}"
# The screens shown per language in the README; English keeps the whole tour.
translated_shots=(02-counter-search 03-sale-partial-refund 04-result-succeeded 09-back-office-refunds)

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "scripts/screenshots.sh needs xvfb-run: apt-get install xvfb" >&2
    exit 1
fi
if [ ! -x "$app" ]; then
    [ $# -eq 0 ] || { echo "no refunddesk in $build" >&2; exit 1; }
    "$root/scripts/build.sh" dev
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
# A clean, fixed environment: no user preferences, no keychain, the same fonts and scale
# every time, times in UTC.
xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp" \
    env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0 \
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" LANG=C.UTF-8 TZ=UTC \
    "$app" --demo --appearance light ${language:+--language "$language"} --screenshot-tour "$work/shots"

mkdir -p "$out"
rm -f "$out"/*.png
if [ -z "$language" ]; then
    cp "$work"/shots/*.png "$out/"
else
    for shot in "${translated_shots[@]}"; do
        cp "$work/shots/$shot.png" "$out/"
    done
fi
echo "Screenshots in $out:"
ls -1 "$out"
