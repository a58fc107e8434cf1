#!/usr/bin/env bash
# Proves the README's Quick start on a fresh Debian 12, then the .deb on another one.
#
#   sudo bash packaging/linux/check-fresh-machine.sh [--ccache DIR] [--keep]
#
# 1. A minimal Debian 12 root (debootstrap --variant=minbase bookworm, cached as a tarball
#    under /var/cache/earshot-fresh), with the HEAD commit cloned into /root/earshot
#    (committed work only).
# 2. As root in that chroot, exactly the README's two commands, in order:
#    `bash packaging/linux/demo.sh` must build and start the demo (QT_QPA_PLATFORM=offscreen)
#    and still run 60 s later; `bash .ci/run` must pass with every test run.
# 3. `cpack -G DEB` there; lintian on the host when it has lintian.
# 4. A second fresh root: `apt-get install ./earshot_*.deb` (without Recommends), then
#    `earshot --version`, `earshot --check-config` on the packaged example config, and a
#    first start of the window (demo, offscreen) that must still run 20 s later.
#
# --ccache DIR   installs ccache in the first root and bind-mounts DIR as its cache, with
#                CMAKE_CXX_COMPILER_LAUNCHER=ccache in the environment (CMake honours it):
#                the README's commands run unchanged, only faster. The default is the pure run.
# --keep         leaves the roots in place (still unmounted) for a look afterwards.
#
# Needs root (debootstrap, mount, chroot) and the network to a Debian mirror. Logs and the
# .deb go to /var/cache/earshot-fresh/last-run/. Exit 0 only when every step passed.
set -euo pipefail

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }

ccache_dir=""
keep_roots=0
while [ $# -gt 0 ]; do
    case "$1" in
    --ccache)
        [ $# -ge 2 ] || { echo "check-fresh-machine: --ccache needs a folder" >&2; exit 2; }
        ccache_dir="$(realpath "$2")"
        [ -d "$ccache_dir" ] || { echo "check-fresh-machine: no folder $ccache_dir" >&2; exit 2; }
        shift 2 ;;
    --keep) keep_roots=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "check-fresh-machine: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh-machine: run it as root (debootstrap, mount and chroot need it)" >&2
    exit 2
fi

repo="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse HEAD)"
short="${commit:0:10}"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    echo "check-fresh-machine: note: uncommitted changes are not part of the check ($short)"
fi

cache="${EARSHOT_FRESH_CACHE:-/var/cache/earshot-fresh}"
tarball="$cache/bookworm-minbase.tar.gz"
results="$cache/last-run"
mkdir -p "$cache"
rm -rf "$results"
mkdir -p "$results"
work="$(mktemp -d /var/tmp/earshot-fresh.XXXXXX)"
mounts=()
started=$(date +%s)

log() { printf 'check-fresh-machine [%4ds]: %s\n' $(($(date +%s) - started)) "$*"; }
fail() {
    log "FAIL: $*"
    echo "check-fresh-machine: FAIL commit $short: $* (logs in $results)"
    exit 1
}

# Ends what still runs inside a root (a keyring daemon, a demo), then unmounts in reverse.
cleanup() {
    local rc=$? root pid i
    for root in "$work"/root-*; do
        [ -d "$root" ] || continue
        for pid in /proc/[0-9]*; do
            pid="${pid#/proc/}"
            if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ]; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        done
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" 2>/dev/null ||
            echo "check-fresh-machine: could not unmount ${mounts[i]}" >&2
    done
    if findmnt -rn -o TARGET | grep -q "^$work/"; then
        echo "check-fresh-machine: something is still mounted under $work; left in place" >&2
    elif [ "$keep_roots" -eq 1 ]; then
        echo "check-fresh-machine: roots kept in $work"
    else
        rm -rf --one-file-system "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_into() { # mount_into ROOT ARGS... TARGET(relative to ROOT)
    local root="$1"
    shift
    local target="$root/${*: -1}"
    mkdir -p "$target"
    mount "${@:1:$#-1}" "$target"
    mounts+=("$target")
}

# The cached minimal root: made once with debootstrap, untarred anew for every root.
make_tarball() {
    if ! command -v debootstrap >/dev/null; then
        log "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            debootstrap >/dev/null
    fi
    local base="$work/debootstrap"
    log "debootstrap --variant=minbase bookworm (once; cached in $tarball)"
    debootstrap --variant=minbase bookworm "$base" >"$results/debootstrap.log" 2>&1 ||
        fail "debootstrap failed (see debootstrap.log)"
    # The sources a Debian 12 installation has: the release, its updates and security.
    rm -f "$base/etc/apt/sources.list"
    cat >"$base/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    tar -C "$base" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf --one-file-system "$base"
}

new_root() { # new_root NAME: a fresh, mounted root at $work/root-NAME
    local root="$work/root-$1"
    mkdir -p "$root"
    tar -C "$root" -xzf "$tarball"
    mount_into "$root" -t proc proc proc
    mount_into "$root" -t sysfs sysfs sys
    mount_into "$root" --bind /dev dev
    mount_into "$root" --bind /dev/pts dev/pts
    mount_into "$root" -t tmpfs -o mode=1777 shm dev/shm
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}

pid_in_root() { # pid_in_root ROOT NAME: the id of a process called NAME running in ROOT
    local p comm
    for p in /proc/[0-9]*; do
        read -r comm 2>/dev/null <"$p/comm" || continue
        [ "$comm" = "$2" ] || continue
        if [ "$(readlink "$p/root" 2>/dev/null)" = "$1" ]; then
            echo "${p#/proc/}"
            return
        fi
    done
}

stop_process() { # stop_process PID: SIGTERM, then SIGKILL after 10 s
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# A login-like root environment: nothing of this machine's environment leaks in. LANG is
# Debian 12 cloud images' C.UTF-8 (ccache hashes LANG, so --ccache needs the host's too).
clean_env=(env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb LANG=C.UTF-8
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
in_root() { # in_root ROOT [VAR=value...] -- COMMAND (a bash -c string, run in /root/earshot)
    local root="$1"
    shift
    local vars=()
    while [ "$1" != "--" ]; do vars+=("$1"); shift; done
    shift
    chroot "$root" "${clean_env[@]}" "${vars[@]}" bash -c "cd /root/earshot 2>/dev/null || cd /root; $1"
}

# Long steps run as a job the script waits for, so Ctrl-C or SIGTERM stops them at once
# (bash runs traps only between commands, but interrupts `wait`).
in_root_waited() { in_root "$@" & wait "$!"; }

[ -s "$tarball" ] || make_tarball

# ---- 1. The first fresh root, with the repository at HEAD -------------------------------
log "fresh root 1 for commit $short"
new_root 1
root1="$work/root-1"
git clone -q --no-hardlinks "$repo" "$root1/root/earshot"
git -C "$root1/root/earshot" checkout -q --detach "$commit"

build_vars=()
if [ -n "$ccache_dir" ]; then
    log "installing ccache in the root (--ccache $ccache_dir)"
    in_root "$root1" -- "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends ccache" >"$results/ccache-install.log" 2>&1 ||
        fail "could not install ccache in the root (see ccache-install.log)"
    mount_into "$root1" --bind "$ccache_dir" var/cache/earshot-ccache
    build_vars=(CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_DIR=/var/cache/earshot-ccache
        CCACHE_BASEDIR=/root CCACHE_NOHASHDIR=1
        "CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-time_macros,include_file_mtime,include_file_ctime}")
    [ -z "${CCACHE_MAXSIZE:-}" ] || build_vars+=("CCACHE_MAXSIZE=$CCACHE_MAXSIZE")
fi

# ---- 2. README command 1: the demo builds, starts and keeps running ----------------------
log "README command 1: bash packaging/linux/demo.sh"
in_root "$root1" QT_QPA_PLATFORM=offscreen "${build_vars[@]}" -- \
    "exec bash packaging/linux/demo.sh" >"$results/demo.log" 2>&1 &
demo_job=$!
# demo.sh ends with `exec earshot --demo`: wait for that process inside the root.
demo_pid=""
while [ -z "$demo_pid" ]; do
    if ! kill -0 "$demo_job" 2>/dev/null; then
        wait "$demo_job" && rc=0 || rc=$?
        tail -n 30 "$results/demo.log"
        fail "demo.sh ended with exit code $rc before Earshot started"
    fi
    sleep 5
    demo_pid="$(pid_in_root "$root1" earshot)"
done
log "Earshot's demo started; waiting 60 s"
sleep 60
if ! kill -0 "$demo_pid" 2>/dev/null; then
    tail -n 30 "$results/demo.log"
    fail "the demo stopped within 60 s"
fi
demo_db="$(find "$root1/root" -name earshot-demo.sqlite -print -quit)"
stop_process "$demo_pid"
stop_process "$demo_job"
[ -n "$demo_db" ] || fail "the demo ran but made no earshot-demo.sqlite"
log "demo ran 60 s (database ${demo_db#"$root1"}), stopped"

# ---- 3. README command 2: every test builds and passes -----------------------------------
log "README command 2: bash .ci/run"
in_root_waited "$root1" "${build_vars[@]}" -- "bash .ci/run" >"$results/ci.log" 2>&1 || {
    tail -n 40 "$results/ci.log"
    fail ".ci/run failed"
}
tests_line="$(grep -E '^[0-9]+% tests passed, 0 tests failed out of [0-9]+' "$results/ci.log" | tail -n 1)"
[ -n "$tests_line" ] || fail ".ci/run passed but printed no ctest summary"
test_count="${tests_line##* }"
[ "$test_count" -gt 0 ] || fail ".ci/run ran no test"
if grep -qE '\*\*\*(Skipped|Not Run)' "$results/ci.log"; then
    fail ".ci/run skipped tests: $(grep -cE '\*\*\*(Skipped|Not Run)' "$results/ci.log")"
fi
log ".ci/run: $tests_line"

# ---- 4. The .deb, and lintian on it ------------------------------------------------------
log "cpack -G DEB"
in_root_waited "$root1" "${build_vars[@]}" -- "cd build && cpack -G DEB" >"$results/cpack.log" 2>&1 || {
    tail -n 30 "$results/cpack.log"
    fail "cpack -G DEB failed"
}
deb="$(find "$root1/root/earshot/build" -maxdepth 1 -name 'earshot_*.deb' -print -quit)"
[ -n "$deb" ] || fail "cpack made no earshot_*.deb"
cp "$deb" "$results/"
deb_name="$(basename "$deb")"
lintian_summary="lintian not on this machine"
if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 "$results/$deb_name" >"$results/lintian.log" 2>&1 || true
    lintian_summary="lintian: $(grep -c '^E:' "$results/lintian.log" || true) errors, $(grep -c '^W:' "$results/lintian.log" || true) warnings"
    if grep -q '^E:' "$results/lintian.log"; then cat "$results/lintian.log"; fail "$lintian_summary"; fi
fi
log "$deb_name; $lintian_summary"

# ---- 5. A second fresh root: install the .deb with apt, run it ---------------------------
log "fresh root 2: apt-get install ./$deb_name"
new_root 2
root2="$work/root-2"
cp "$deb" "$root2/root/"
in_root_waited "$root2" -- "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends ./$deb_name" >"$results/deb-install.log" 2>&1 || {
    tail -n 30 "$results/deb-install.log"
    fail "apt-get install ./$deb_name failed"
}
version="$(in_root "$root2" -- "earshot --version" 2>&1)" || fail "earshot --version: $version"
log "earshot --version: $version"
# Placeholder secrets: --check-config checks their presence, never calls out.
secret_vars=(GENESYS_CLIENT_ID=fresh-machine-check GENESYS_CLIENT_SECRET=fresh-machine-check
    PAGERDUTY_INTEGRATION_KEY=0123456789abcdef0123456789abcdef)
example=/usr/share/doc/earshot/examples/earshot.ini
in_root "$root2" "${secret_vars[@]}" -- "earshot --check-config --config $example" \
    >"$results/check-config.log" 2>&1 || {
    cat "$results/check-config.log"
    fail "earshot --check-config --config $example failed"
}
log "earshot --check-config --config $example: exit 0"
in_root "$root2" QT_QPA_PLATFORM=offscreen -- "exec earshot --demo" >"$results/deb-demo.log" 2>&1 &
deb_demo_job=$!
sleep 20
deb_demo_pid="$(pid_in_root "$root2" earshot)"
[ -n "$deb_demo_pid" ] || {
    cat "$results/deb-demo.log"
    fail "the installed earshot --demo stopped within 20 s"
}
stop_process "$deb_demo_pid"
stop_process "$deb_demo_job"
log "installed earshot --demo ran 20 s"

echo "check-fresh-machine: PASS commit $short: demo.sh built and ran the demo 60 s;" \
    ".ci/run passed $test_count of $test_count tests; $deb_name ($lintian_summary) installed" \
    "in a second fresh root: '$version', --check-config exit 0, demo ran 20 s" \
    "[$(($(date +%s) - started)) s${ccache_dir:+, ccache}]"
