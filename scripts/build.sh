#!/bin/sh
# Configures and builds one uniconf build tree, idempotently.
#   scripts/build.sh release    gcc, optimised: build/release (what users run)
#   scripts/build.sh sanitize   clang, ASan+UBSan, fuzz targets: build/sanitize
set -eu
cd "$(dirname "$0")/.."
kind=${1:-release}
case $kind in
release)
    set -- -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=gcc ;;
sanitize)
    set -- -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
        -DUNICONF_SANITIZE=ON -DUNICONF_FUZZ=ON ;;
*)
    echo "usage: scripts/build.sh [release|sanitize]" >&2
    exit 2 ;;
esac
if [ ! -f "build/$kind/build.ninja" ]; then
    cmake -S . -B "build/$kind" -G Ninja "$@"
fi
cmake --build "build/$kind"
