#!/usr/bin/env bash
# Installs what Earshot needs to build, run and test on Debian 12 (bookworm).
# Non-interactive and idempotent: it only calls apt-get when something is missing.
# As root it calls apt-get directly (a fresh machine has no sudo); otherwise through sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    # The test command checks formatting with clang-format 14 (bookworm's default).
    clang-format
    # Qt 6.4 and QtKeychain: the platform. Qt6Charts' CMake config needs Qt6OpenGL,
    # and Gui's needs XKB; --no-install-recommends would leave both out.
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins qt6-svg-dev libqt6svg6 libgl1-mesa-dev
    qtkeychain-qt6-dev libsimdjson-dev
    # The bulk writes of a window go through the sqlite3 C API (core/storage/BulkStatement).
    libsqlite3-dev
    # The tests: an X server for the demo's screenshots, a D-Bus session with a Secret
    # Service, and a font for offscreen rendering.
    xvfb xauth gnome-keyring dbus fonts-dejavu-core
    # `cpack -G DEB`: CPack finds the binaries to hand to dpkg-shlibdeps with `file`.
    file
    # The metrics tests run `promtool check metrics` on what /metrics serves; bookworm ships
    # promtool only in the prometheus package (its server is not needed, and with systemd
    # the package starts it on :9090).
    prometheus
    # [storage] backend = postgresql: Qt's driver, and a server that the storage tests start
    # themselves in a temporary folder (tests/support/PostgresServer).
    libqt6sql6-psql postgresql
    # TestHeadlessNetworkCut drops a console's packets to the server (nft, in a network
    # namespace of the test's own).
    nftables
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo -E)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
