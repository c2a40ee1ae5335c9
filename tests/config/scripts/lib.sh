# lib.sh: shared set-up of the scripted tests, sourced by each of them.
#   sh TEST.sh UNICONF EXAMPLE_DIR WORK_DIR
# Copies EXAMPLE_DIR (examples/hello) into a fresh WORK_DIR/hello and cds there.
set -eu
uniconf=$1 example=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
cp -R "$example" "$work/hello"
rm -rf "$work/hello/_build"
cd "$work/hello"

fail() {
    echo "FAIL: $*"
    exit 1
}

# The modification time (nanoseconds) and inode of a file.
stamp() {
    stat -c '%y %i' "$1"
}

# Runs uniconf, keeping its output in .out/.err and its status in $status.
run() {
    status=0
    "$uniconf" "$@" >"$work/.out" 2>"$work/.err" || status=$?
}

expect_status() {
    [ "$status" = "$1" ] || { cat "$work/.out" "$work/.err"; fail "exit status $status, expected $1"; }
}

expect_out() { # expect_out FILE TEXT: FILE holds a line with TEXT
    grep -qF -- "$2" "$1" || { cat "$1"; fail "expected '$2' in $(basename "$1")"; }
}
