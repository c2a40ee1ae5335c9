#!/bin/sh
# run.sh: runs one golden case of the uniconf front end.
#   run.sh UNICONF CASE_DIR RUN WORK_DIR
# Copies CASE_DIR to a fresh WORK_DIR, runs `UNICONF ARGS` there (ARGS from
# CASE_DIR/RUN.args, default "describe"), and compares, with WORK_DIR's
# absolute path written as @DIR@:
#   stdout with RUN.stdout, stderr with RUN.stderr (absent: empty),
#   the exit status with RUN.status (absent: 0),
#   every file under RUN.tree/ with the same path in WORK_DIR.
# With UNICONF_UPDATE_GOLDEN=1 in the environment it writes what it got into
# CASE_DIR instead (by hand only; see tests/config/README.md).
set -eu
uniconf=$1 case=$2 run=$3 work=$4

rm -rf "$work"
mkdir -p "$work"
cp -R "$case"/. "$work"/
# Goldens are not part of the input.
rm -rf "$work/$run".*
cd "$work"
dir=$(pwd -P)

args=describe
[ -f "$case/$run.args" ] && args=$(cat "$case/$run.args")
eval "set -- $args"
status=0
"$uniconf" "$@" >"$work/.stdout" 2>"$work/.stderr" </dev/null || status=$?

# Replace the work directory's path; '|' does not occur in it.
subst() { sed "s|$dir|@DIR@|g" "$1"; }

if [ "${UNICONF_UPDATE_GOLDEN:-}" = 1 ]; then
    if [ -s "$work/.stdout" ]; then subst "$work/.stdout" >"$case/$run.stdout"; else rm -f "$case/$run.stdout"; fi
    if [ -s "$work/.stderr" ]; then subst "$work/.stderr" >"$case/$run.stderr"; else rm -f "$case/$run.stderr"; fi
    if [ "$status" != 0 ]; then echo "$status" >"$case/$run.status"; else rm -f "$case/$run.status"; fi
    if [ -d "$case/$run.tree" ]; then
        (cd "$case/$run.tree" && find . -type f) | while read -r f; do
            subst "$work/$f" >"$case/$run.tree/$f"
        done
    fi
    echo "updated goldens of $case ($run)"
    exit 0
fi

fail=0
compare() { # compare GOT-FILE GOLDEN-FILE LABEL
    if [ -f "$2" ]; then want=$2; else want=/dev/null; fi
    if ! subst "$1" | diff -u "$want" - >"$work/.diff"; then
        echo "FAIL: $3 differs (- expected, + got):"
        cat "$work/.diff"
        fail=1
    fi
}
compare "$work/.stdout" "$case/$run.stdout" stdout
compare "$work/.stderr" "$case/$run.stderr" stderr
want_status=0
[ -f "$case/$run.status" ] && want_status=$(cat "$case/$run.status")
if [ "$status" != "$want_status" ]; then
    echo "FAIL: exit status $status, expected $want_status"
    fail=1
fi
if [ -d "$case/$run.tree" ]; then
    for f in $(cd "$case/$run.tree" && find . -type f | sort); do
        if [ -f "$work/$f" ]; then
            compare "$work/$f" "$case/$run.tree/$f" "$f"
        else
            echo "FAIL: $f was not written"
            fail=1
        fi
    done
fi
[ "$fail" = 0 ] && rm -rf "$work"
exit $fail
