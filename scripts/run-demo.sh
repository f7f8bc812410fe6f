#!/usr/bin/env bash
# README command 1: install what is missing, build, and start RefundDesk in demo mode.
# Extra arguments go to refunddesk (e.g. --help).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-dependencies.sh"
"$root/scripts/build.sh" dev

app="$root/build/dev/app/refunddesk/refunddesk"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting RefundDesk under a virtual X server (xvfb-run)." >&2
    echo "On a desktop, run this from a graphical session to see the window." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo "$@"
fi
exec "$app" --demo "$@"
