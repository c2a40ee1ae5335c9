#!/bin/sh
# run.sh: runs one golden case of the uniconf front end.
#   run.sh UNICONF CASE_DIR RUN WORK_DIR
# Copies CASE_DIR to a fresh WORK_DIR, runs `UNICONF ARGS` there (ARGS from
# CASE_DIR/RUN.args, default "describe"), and compares, with WORK_DIR's
# absolute path written as @DIR@ and uniconf's prefix (UNICONF is
# PREFIX/bin/uniconf) as @PREFIX@:
#   stdout with RUN.stdout, stderr with RUN.stderr (absent: empty),
#   the exit status with RUN.status (absent: 0),
#   every file under RUN.tree/ with the same path in WORK_DIR; a directory
#   at the top of RUN.tree that the case does not hold (a tree the run
#   writes, such as _build) is whole: no other file may appear in it.
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
prefix=$(cd "$(dirname "$uniconf")/.." && pwd -P)

args=describe
[ -f "$case/$run.args" ] && args=$(cat "$case/$run.args")
eval "set -- $args"
status=0
"$uniconf" "$@" >"$work/.stdout" 2>"$work/.stderr" </dev/null || status=$?

# Replace the work directory's path, then the prefix's; '|' does not occur in them.
subst() { sed "s|$dir|@DIR@|g; s|$prefix|@PREFIX@|g" "$1"; }

# The directories at the top of RUN.tree that the case itself does not hold.
whole_trees() {
    for d in "$case/$run.tree"/*/; do
        d=$(basename "$d")
        [ -d "$case/$run.tree/$d" ] && [ ! -e "$case/$d" ] && echo "$d"
    done
    return 0
}

if [ "${UNICONF_UPDATE_GOLDEN:-}" = 1 ]; then
    if [ -s "$work/.stdout" ]; then subst "$work/.stdout" >"$case/$run.stdout"; else rm -f "$case/$run.stdout"; fi
    if [ -s "$work/.stderr" ]; then subst "$work/.stderr" >"$case/$run.stderr"; else rm -f "$case/$run.stderr"; fi
    if [ "$status" != 0 ]; then echo "$status" >"$case/$run.status"; else rm -f "$case/$run.status"; fi
    if [ -d "$case/$run.tree" ]; then
        # Whole trees get exactly what the run left in them; other files are rewritten.
        for d in $(whole_trees); do
            rm -rf "${case:?}/$run.tree/$d"
            (cd "$work" && find "$d" -type f) | while read -r f; do
                mkdir -p "$(dirname "$case/$run.tree/$f")"
                subst "$work/$f" >"$case/$run.tree/$f"
            done
        done
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
    for d in $(whole_trees); do
        (cd "$case/$run.tree" && find "$d" -type f | sort) >"$work/.want-files"
        (cd "$work" && find "$d" -type f 2>/dev/null | sort) >"$work/.got-files"
        if ! diff -u "$work/.want-files" "$work/.got-files" >"$work/.diff"; then
            echo "FAIL: the files in $d/ differ (- expected, + got):"
            cat "$work/.diff"
            fail=1
        fi
    done
fi
[ "$fail" = 0 ] && rm -rf "$work"
exit $fail
