#!/bin/sh
# Installs the Debian packages uniconf needs to build and test, idempotently:
# nothing is fetched when everything is already installed.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config git
clang llvm libclang-rt-14-dev
libyaml-dev libjansson-dev libcurl4-openssl-dev libxen-dev
python3 curl wrk iproute2 dnsmasq-base dosfstools mtools
qemu-system-x86 cpio gzip xz-utils file
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "deps: all Debian packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "deps: missing packages:$missing; run this script as root" >&2
        exit 1
    fi
else
    SUDO=
fi

echo "deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
