#!/bin/bash
# Makes packaging/windows/earshot.ico (16 to 256 px) from resources/icons/earshot.svg with
# Debian tools: rsvg-convert (librsvg2-bin) renders each size, icotool (icoutils) packs
# them, the 256 px one as PNG as Windows expects. Run it again when the SVG changes and
# commit the result; the build uses the committed .ico and needs neither tool.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/earshot.svg"
for tool in rsvg-convert icotool; do
    command -v "$tool" >/dev/null || { echo "make-icon: $tool missing (apt-get install librsvg2-bin icoutils)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
small=()
for size in 16 20 24 32 40 48 64 128; do
    rsvg-convert -w "$size" -h "$size" -o "$tmp/$size.png" "$svg"
    small+=("$tmp/$size.png")
done
rsvg-convert -w 256 -h 256 -o "$tmp/256.png" "$svg"
icotool -c -o "$here/earshot.ico" "${small[@]}" -r "$tmp/256.png"
icotool -l "$here/earshot.ico"
