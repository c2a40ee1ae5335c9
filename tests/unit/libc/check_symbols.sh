#!/bin/sh
# Checks the symbols of a build of runtime/libc (tests/unit/libc).
#   check_symbols.sh renamed LIB       every defined global is uclibc_* or an
#                                      internal uc_libm_*/uc_libc_* name
#   check_symbols.sh freestanding LIB  the only undefined symbol left after
#                                      linking the archive is platform_panic
set -eu
mode=$1
lib=$2
case $mode in
renamed)
    bad=$(nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' |
        grep -v -E '^(uclibc_|uc_libm_|uc_libc_)' || true)
    if [ -n "$bad" ]; then
        echo "symbols not renamed (add them to rename.h):"
        echo "$bad"
        exit 1
    fi ;;
freestanding)
    defined=$(nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u)
    undefined=$(nm -g --undefined-only "$lib" | awk '{ print $NF }' | grep -v ':$' | sort -u)
    missing=$(printf '%s\n' "$undefined" | grep -v -x -F "$defined" | grep -v '^platform_panic$' || true)
    if [ -n "$missing" ]; then
        echo "uniconf-libc needs symbols from outside:"
        echo "$missing"
        exit 1
    fi
    echo "uniconf-libc: self-contained but for platform_panic" ;;
*)
    echo "usage: check_symbols.sh renamed|freestanding LIB" >&2
    exit 2 ;;
esac
