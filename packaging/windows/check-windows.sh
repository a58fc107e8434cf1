#!/bin/bash
# Proves the Windows form of Earshot on this Debian 12 machine: cross-builds earshot.exe
# (Release) against the shared Qt 6.4.2 MinGW-w64 build, makes the NSIS installer with
# CPack, installs it silently into a fresh wine prefix and, from the installed folder, runs
# --version, --help, --check-config, `--headless --once` against the fake Genesys Cloud and
# fake PagerDuty (one scripted episode: exactly one trigger must be accepted) and the demo
# window under Xvfb (screenshots of the Queues table and the Charts tab). It then upgrades
# in place with a newer-numbered installer, uninstalls silently, and checks that the program
# folder and the Start-menu entry are gone and the user's data is kept. Prints one summary
# line; exits non-zero at the first failed step.
#
#   bash packaging/windows/check-windows.sh
#
# Needs root (or sudo) for apt-get and to unpack the toolchain at /opt (once). Environment:
#   QT_MINGW_TARBALL   the toolchain (default: ../shared/toolchains/windows/ beside the clone,
#                      then /work/shared/toolchains/windows/)
#   CHECK_WINDOWS_DIR  where the wine prefix, logs and screenshots go
#                      (default: build-windows/check/ in the clone)
# The Windows build is build-windows/ in the clone (as in the README), the Linux build of
# the fakes build-windows-fakes/.
#
# The installer stub is 64-bit (makensis -XTarget amd64-unicode, set in CPackWindows.cmake),
# so 64-bit wine runs it and no i386 architecture or wine32 is needed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_win=$repo/build-windows
build_fakes=$repo/build-windows-fakes
work=${CHECK_WINDOWS_DIR:-$build_win/check}
mkdir -p "$work"
work=$(cd "$work" && pwd)
rm -rf "$work"/wineprefix.* "$work/logs" "$work/screenshots"
log=$work/logs
shots=$work/screenshots
mkdir -p "$log" "$shots"

step() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'check-windows: FAIL: %s\n' "$*" >&2
    exit 1
}

sudo=
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "run as root or install sudo"
    sudo=sudo
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    if [ -n "${WINEPREFIX:-}" ]; then
        wineserver -k 2>/dev/null || true
    fi
}
trap cleanup EXIT

step "Debian packages"
packages=(mingw-w64 g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    zstd nsis wine wine64 fonts-wine fonts-liberation xvfb xauth x11-utils xdotool imagemagick file
    cmake ninja-build)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The Linux build of the fake servers needs the project's own build dependencies.
bash "$repo/packaging/linux/install-deps.sh" >"$log/install-deps.log" 2>&1 ||
    fail "packaging/linux/install-deps.sh failed (see $log/install-deps.log)"

step "Qt 6.4.2 for Windows (MinGW-w64) at /opt/qt6-mingw"
if [ ! -x /opt/qt6-mingw/bin/qt-cmake ]; then
    tarball=${QT_MINGW_TARBALL:-}
    for candidate in "$repo/../shared/toolchains/windows/qt6-mingw-6.4.2-x86_64.tar.zst" \
        /work/shared/toolchains/windows/qt6-mingw-6.4.2-x86_64.tar.zst; do
        [ -z "$tarball" ] && [ -f "$candidate" ] && tarball=$candidate
    done
    [ -f "$tarball" ] || fail "the Qt MinGW toolchain tarball was not found (set QT_MINGW_TARBALL)"
    $sudo tar -C /opt --zstd -xf "$tarball"
fi
echo "using /opt/qt6-mingw"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

step "Cross-build earshot.exe (Release, warnings are errors)"
/opt/qt6-mingw/bin/qt-cmake -G Ninja -S "$repo" -B "$build_win" -DCMAKE_BUILD_TYPE=Release \
    -DEARSHOT_BUILD_TESTS=OFF -DEARSHOT_BUILD_BENCHMARKS=OFF -DEARSHOT_WERROR=ON "${launcher[@]}" \
    >"$log/configure-win.log" 2>&1 || fail "configure (see $log/configure-win.log)"
cmake --build "$build_win" >"$log/build-win.log" 2>&1 || fail "build (see $log/build-win.log)"
warnings=$(grep -c 'warning:' "$log/build-win.log" || true)
echo "earshot.exe built, $warnings warning(s)"

step "NSIS installer (cpack)"
rm -f "$build_win"/Earshot-*-win64.exe
(cd "$build_win" && cpack -G NSIS) >"$log/cpack.log" 2>&1 || fail "cpack (see $log/cpack.log)"
installer=$(ls "$build_win"/Earshot-*-win64.exe)
staged=$(find "$build_win/_CPack_Packages" -path '*/NSIS/Earshot-*-win64' -type d | head -1)
file_count=$(find "$staged" -type f | wc -l)
if find "$staged" \( -name '*.desktop' -o -path '*hicolor*' -o -name '*.so*' \) | grep -q .; then
    fail "the Windows package holds Linux files: $(find "$staged" -name '*.desktop' -o -path '*hicolor*')"
fi
for f in bin/earshot.exe bin/Qt6Core.dll bin/Qt6Charts.dll bin/Qt6Svg.dll bin/libqt6keychain.dll \
    bin/libstdc++-6.dll bin/libgcc_s_seh-1.dll bin/libwinpthread-1.dll \
    bin/platforms/qwindows.dll bin/sqldrivers/qsqlite.dll bin/tls/qschannelbackend.dll \
    bin/imageformats/qsvg.dll bin/iconengines/qsvgicon.dll bin/styles/qwindowsvistastyle.dll; do
    [ -f "$staged/$f" ] || fail "the installer lacks $f"
done
file "$installer" | grep -q 'PE32+' || fail "the installer stub is not 64-bit: $(file "$installer")"
echo "$(basename "$installer"): $(du -m "$installer" | cut -f1) MB, $file_count files, 64-bit stub"

step "Linux build of the fake Genesys Cloud and PagerDuty"
cmake -G Ninja -S "$repo" -B "$build_fakes" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DEARSHOT_BUILD_BENCHMARKS=OFF "${launcher[@]}" >"$log/configure-linux.log" 2>&1 ||
    fail "configure the Linux build (see $log/configure-linux.log)"
cmake --build "$build_fakes" --target earshot-fake-cloud >"$log/build-linux.log" 2>&1 ||
    fail "build earshot-fake-cloud (see $log/build-linux.log)"
fake_cloud=$(find "$build_fakes" -name earshot-fake-cloud -type f -perm -u+x | head -1)

step "Silent install into a fresh wine prefix"
export WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
WINEPREFIX=$(mktemp -d "$work/wineprefix.XXXXXX")
export WINEPREFIX
wineboot --init >"$log/wineboot.log" 2>&1 || fail "wineboot (see $log/wineboot.log)"
wineserver -w
wine "$installer" /S >"$log/install.log" 2>&1 || fail "silent install (see $log/install.log)"
wineserver -w
program_dir="$WINEPREFIX/drive_c/Program Files/Earshot"
exe="$program_dir/bin/earshot.exe"
[ -f "$exe" ] || fail "no earshot.exe in $program_dir after the install"
shortcut=$(find "$WINEPREFIX/drive_c" -ipath '*Start Menu*' -iname 'Earshot.lnk' | head -1)
[ -n "$shortcut" ] || fail "no Start-menu shortcut"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{EE44F6B4-E0CE-4C36-B4F6-1D24B4A6EB41}'
wine reg query "$uninstall_key" /v DisplayVersion >"$log/reg-install.log" 2>&1 ||
    fail "no uninstall entry under the fixed upgrade id"
echo "installed in C:\\Program Files\\Earshot; shortcut: ${shortcut#"$WINEPREFIX/drive_c/"}"

step "earshot.exe --version / --help"
version=$(wine "$exe" --version 2>&1 | tr -d '\r')
echo "$version"
[[ $version == [Ee]arshot\ [0-9]* ]] || fail "--version printed: $version"
wine "$exe" --help >"$log/help.log" 2>&1 || fail "--help exited non-zero"
grep -q -- '--headless' "$log/help.log" || fail "--help does not name --headless"
echo "--help: $(wc -l <"$log/help.log") lines"
# From a batch file with a redirection, as a scheduled task runs it: the output goes to the
# file (the console helper keeps redirected streams).
printf '@echo off\r\n"%s" --version > C:\\earshot-version.txt 2>&1\r\n' "$(winepath -w "$exe")" \
    >"$WINEPREFIX/drive_c/earshot-version.bat"
wine cmd.exe /d /c 'C:\earshot-version.bat' >/dev/null 2>&1 || true
redirected=$(tr -d '\r' <"$WINEPREFIX/drive_c/earshot-version.txt" 2>/dev/null || true)
[ "$redirected" = "$version" ] || fail "cmd.exe /c earshot.exe --version > file wrote: '$redirected'"
echo "cmd.exe /c earshot.exe --version > file: $redirected"

step "Fake Genesys Cloud and PagerDuty on 127.0.0.1"
"$fake_cloud" >"$log/fake-cloud.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    grep -q '^ready ' "$log/fake-cloud.log" && break
    sleep 0.1
done
ready=$(grep '^ready ' "$log/fake-cloud.log") || fail "the fakes did not start (see $log/fake-cloud.log)"
genesys_url=$(sed -n 's/.* genesys=\([^ ]*\).*/\1/p' <<<"$ready")
pagerduty_url=$(sed -n 's/.* pagerduty=\([^ ]*\).*/\1/p' <<<"$ready")
routing_key=$(sed -n 's/.* routing_key=\([^ ]*\).*/\1/p' <<<"$ready")
echo "genesys $genesys_url, pagerduty $pagerduty_url"

config="$work/earshot-check.ini"
cat >"$config" <<EOF
; Earshot against the fakes on loopback. The database goes to the user's data folder.
[genesys]
login_url = $genesys_url
api_url = $genesys_url
source = summary

[schedule]
window_seconds = 300
ingest_lag_seconds = 60

[pagerduty]
events_url = $pagerduty_url
EOF
config_win=$(winepath -w "$config")
export GENESYS_CLIENT_ID=earshot-client GENESYS_CLIENT_SECRET=earshot-secret
export PAGERDUTY_INTEGRATION_KEY=$routing_key

step "earshot.exe --check-config"
wine "$exe" --check-config --config "$config_win" >"$log/check-config.log" 2>&1 ||
    fail "--check-config exited non-zero: $(tr -d '\r' <"$log/check-config.log")"
tr -d '\r' <"$log/check-config.log"

step "earshot.exe --headless --once"
wine "$exe" --headless --once --config "$config_win" >"$log/headless.log" 2>&1 ||
    fail "--headless --once exited non-zero: $(tail -5 "$log/headless.log" | tr -d '\r')"
tr -d '\r' <"$log/headless.log" | tail -5
sleep 1
triggers=$(grep -c '^pagerduty accepted: trigger ' "$log/fake-cloud.log" || true)
grep '^pagerduty accepted:' "$log/fake-cloud.log" || true
[ "$triggers" -eq 1 ] || fail "PagerDuty accepted $triggers trigger(s), expected exactly 1"
database=$(find "$WINEPREFIX/drive_c/users" -name earshot.sqlite | head -1)
[ -n "$database" ] || fail "no earshot.sqlite in the user's data folder"
echo "database: ${database#"$WINEPREFIX/drive_c/"}"

step "The demo window under Xvfb"
display_number=$((90 + RANDOM % 400))
Xvfb ":$display_number" -screen 0 1600x1000x24 -nolisten tcp >"$log/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display_number"
for _ in $(seq 1 50); do
    xdpyinfo >/dev/null 2>&1 && break
    sleep 0.2
done
wine "$exe" --demo >"$log/demo.log" 2>&1 &
pids+=($!)
window=
for _ in $(seq 1 120); do
    window=$(xdotool search --name '^Earshot' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 1
done
[ -n "$window" ] || fail "the demo window did not appear (see $log/demo.log)"
xdotool windowsize "$window" 1560 960 windowmove "$window" 20 20 windowfocus "$window" || true
# The demo back-fills 12 windows and plays one every 5 s: let it fill the table and charts.
sleep 45
import -window root "$shots/windows-queues.png"
xdotool windowfocus "$window" sleep 1 key ctrl+2 || true
sleep 5
import -window root "$shots/windows-charts.png"
colours_queues=$(convert "$shots/windows-queues.png" -format '%k' info:)
colours_charts=$(convert "$shots/windows-charts.png" -format '%k' info:)
[ "$colours_queues" -gt 50 ] || fail "the Queues screenshot looks blank ($colours_queues colours)"
[ "$colours_charts" -gt 50 ] || fail "the Charts screenshot looks blank ($colours_charts colours)"
cmp -s "$shots/windows-queues.png" "$shots/windows-charts.png" &&
    fail "Ctrl+2 did not change the page"
echo "screenshots: $shots/windows-queues.png ($colours_queues colours)," \
    "$shots/windows-charts.png ($colours_charts colours)"
wineserver -k || true
wineserver -w

step "Upgrade in place with a newer installer"
(cd "$build_win" && cpack -G NSIS -D CPACK_PACKAGE_VERSION=99.0.0 \
    -D CPACK_PACKAGE_FILE_NAME=Earshot-99.0.0-win64) >"$log/cpack-upgrade.log" 2>&1 ||
    fail "cpack of the newer installer (see $log/cpack-upgrade.log)"
wine "$build_win/Earshot-99.0.0-win64.exe" /S >"$log/upgrade.log" 2>&1 || fail "the upgrade failed"
wineserver -w
wine reg query "$uninstall_key" /v DisplayVersion 2>/dev/null | tr -d '\r' | grep -q '99.0.0' ||
    fail "after the upgrade the uninstall entry is not version 99.0.0"
entries=$(wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' 2>/dev/null |
    tr -d '\r' | grep -c 'EE44F6B4' || true)
[ "$entries" -eq 1 ] || fail "$entries uninstall entries after the upgrade, expected 1"
[ -f "$exe" ] || fail "earshot.exe is missing after the upgrade"
version_after=$(wine "$exe" --version 2>&1 | tr -d '\r')
echo "one uninstall entry, version 99.0.0; earshot.exe runs: $version_after"

step "Silent uninstall"
wine "$program_dir/Uninstall.exe" /S >"$log/uninstall.log" 2>&1 || fail "the uninstaller failed"
wineserver -w
# The NSIS uninstaller copies itself to %TEMP% and returns at once: wait for it.
for _ in $(seq 1 60); do
    [ -e "$program_dir" ] || break
    sleep 1
done
[ ! -e "$program_dir" ] || fail "the program folder is still there: $(find "$program_dir" | head)"
[ ! -e "$shortcut" ] || fail "the Start-menu shortcut is still there"
! wine reg query "$uninstall_key" >/dev/null 2>&1 || fail "the uninstall entry is still there"
[ -f "$database" ] || fail "the user's database was removed by the uninstaller"
echo "program folder, shortcut and uninstall entry gone; ${database#"$WINEPREFIX/drive_c/"} kept"

printf '\ncheck-windows: PASS: %s (%s MB, %s files, %s build warnings); --version "%s", --help, --check-config OK; --headless --once: %s trigger accepted by PagerDuty; demo window drawn (screenshots in %s); upgrade in place to 99.0.0; uninstall removed the program folder and kept the user data\n' \
    "$(basename "$installer")" "$(du -m "$installer" | cut -f1)" "$file_count" "$warnings" \
    "$version" "$triggers" "$shots"
