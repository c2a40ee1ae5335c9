# lib.sh: shared set-up of tests/codegen's scripted tests, sourced by each.
#   sh TEST.sh UNICONF SOURCE_DIR WORK_DIR REAL_UNICONF BUILD_DIR
# UNICONF is the copy of uniconf in the test runtime's prefix (the inspect
# double as libuniconf.a: it prints the image's tables and boot arguments);
# REAL_UNICONF is the build's own, with the real runtime once that is built.
# Copies examples/hello to WORK_DIR/hello and cds there, with the helpers of
# tests/config/scripts/lib.sh (run, expect_status, expect_out, stamp, fail).
src=$2 real=$4 build=$5
set -- "$1" "$2/examples/hello" "$3"
. "$src/tests/config/scripts/lib.sh"
prefix=$(cd "$(dirname "$uniconf")/.." && pwd)
tree=_build/unix-socket

# expect_exact FILE: FILE holds exactly the lines on stdin.
expect_exact() {
    if ! diff -u - "$1" >"$work/.diff"; then
        cat "$work/.diff"
        fail "$(basename "$1") is not as expected (- expected, + got)"
    fi
}
