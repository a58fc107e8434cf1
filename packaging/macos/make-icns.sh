#!/usr/bin/env bash
# Regenerates earshot.icns (the macOS bundle and disk image icon) from the one icon source,
# resources/icons/earshot.svg, with Debian tools: rsvg-convert (librsvg2-bin) renders each
# size, png2icns (icnsutils) packs them. The .icns is committed, so macOS builds need neither.
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || {
        echo "make-icns: needs $tool (apt-get install librsvg2-bin icnsutils)" >&2
        exit 2
    }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pngs=()
for size in 16 32 48 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$tmp/earshot_$size.png" ../../resources/icons/earshot.svg
    pngs+=("$tmp/earshot_$size.png")
done
png2icns earshot.icns "${pngs[@]}" >/dev/null
echo "make-icns: wrote $(pwd)/earshot.icns ($(stat -c %s earshot.icns) bytes)"
