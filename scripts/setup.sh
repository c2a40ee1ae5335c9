#!/bin/sh
# Takes a fresh Debian bookworm machine to a working uniconf: installs the
# Debian packages, builds the tool and its runtimes, installs them under
# /usr/local (when run as root), and runs the examples/hello unikernel.
set -eu
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh release
if [ "$(id -u)" -eq 0 ]; then
    cmake --install build/release --prefix /usr/local >/dev/null
    echo "setup: installed uniconf in /usr/local/bin"
fi
uniconf=build/release/bin/uniconf

echo "setup: running examples/hello on the unix-socket target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/hello "$work/hello"
"$uniconf" -C "$work/hello" describe
"$uniconf" -C "$work/hello" configure -t unix-socket
"$uniconf" -C "$work/hello" build
"$uniconf" -C "$work/hello" run
echo "setup: done; try: $uniconf help"
