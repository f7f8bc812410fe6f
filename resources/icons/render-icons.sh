#!/bin/sh
# Renders the application icon from org.refunddesk.RefundDesk.svg into the files the builds
# use as they are: the hicolor PNGs (Linux packages, window icon), refunddesk.ico (Windows)
# and RefundDesk.icns (macOS). Needs rsvg-convert (librsvg2-bin) and python3;
# run it after editing the SVG and commit the results.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" org.refunddesk.RefundDesk.svg \
        -o "hicolor/${size}x${size}/org.refunddesk.RefundDesk.png"
done

# ICO: a directory of (width, height, ..., length, offset) entries, then the PNGs.
# ICNS: "icns", the file length, then one (type, length, PNG) entry per size.
python3 - <<'PY'
import struct
def png(size):
    with open(f"hicolor/{size}x{size}/org.refunddesk.RefundDesk.png", "rb") as f:
        return f.read()

sizes = [16, 24, 32, 48, 64, 256]
images = [png(size) for size in sizes]
offset = 6 + 16 * len(sizes)
directory = b""
for size, data in zip(sizes, images):
    directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("refunddesk.ico", "wb") as ico:
    ico.write(struct.pack("<HHH", 0, 1, len(sizes)) + directory + b"".join(images))

entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024)]
body = b""
for kind, size in entries:
    data = png(size)
    body += kind.encode() + struct.pack(">I", len(data) + 8) + data
with open("RefundDesk.icns", "wb") as icns:
    icns.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
# 1024 is only for the macOS icon; hicolor stops at 512.
rm -r hicolor/1024x1024
