#!/bin/bash
# check.sh: the steps of the xen end-to-end tests (CMakeLists.txt).
#   check.sh prepare XEN_HOST              the emulated host's cache
#   check.sh batch XEN_HOST OUT [OPTS] K C...   one boot running every case
#   check.sh expect OUT N EXPECTED         case N's console and status
#   check.sh run XEN_HOST KERNEL CONFIG INPUT   `xen-host run`: input, stop
#   check.sh cli XEN_HOST KERNEL CONFIG    xen-host's usage errors
#   check.sh xlcheck XLCHECK DIR           the .xl checker on DIR/*.xl
# Exit 77 (ctest: skipped) with the reason when this machine cannot run
# the emulated host.
set -uo pipefail

skip_without_qemu() {
    if ! command -v qemu-system-x86_64 >/dev/null; then
        echo "skipped: qemu-system-x86_64 is not installed (Debian: qemu-system-x86)"
        exit 77
    fi
}

case $1 in
prepare)
    skip_without_qemu
    exec "$2" prepare
    ;;
batch)
    skip_without_qemu
    xen_host=$2 out=$3
    shift 3
    rm -rf "$out"
    mkdir -p "$out"
    "$xen_host" batch -t 60 -l "$out/serial.log" -o "$out" "$@"
    ;;
expect)
    out=$2 n=$3 expected=$4
    [ -f "$out/$n.status" ] || { echo "skipped: the batch boot did not run"; exit 77; }
    # EXPECTED: "status N", then lines that must appear in the console, in
    # order ("~ TEXT": a line containing TEXT, which may be the line the
    # previous expectation matched).
    want_status=$(sed -n 's/^status \([0-9]*\)$/\1/p' "$expected")
    got_status=$(cat "$out/$n.status")
    fail=0
    echo "--- console of case $n:"
    cat "$out/$n.console"
    echo "--- status $got_status (result $(cat "$out/$n.result"))"
    if [ "$got_status" != "$want_status" ]; then
        echo "FAIL: status $got_status, expected $want_status"
        fail=1
    fi
    at=0
    while IFS= read -r want; do
        case $want in status\ * | '' | \#*) continue ;; esac
        if [ "${want#\~ }" != "$want" ]; then
            line=$(awk -v from="$at" -v pat="${want#\~ }" 'NR >= from && index($0, pat) { print NR; exit }' "$out/$n.console")
        else
            line=$(awk -v from="$at" -v pat="$want" 'NR > from && $0 == pat { print NR; exit }' "$out/$n.console")
        fi
        if [ -z "$line" ]; then
            echo "FAIL: no line (after line $at) matching: $want"
            fail=1
        else
            at=$line
        fi
    done < "$expected"
    [ $fail = 0 ] && echo "PASS"
    exit $fail
    ;;
run)
    # The guest echoes a line of console input (-i), then waits for a stop
    # request, which comes at its time limit (-t 6): it stops cleanly, and
    # the status is the timeout's, 124.
    skip_without_qemu
    xen_host=$2 kernel=$3 cfg=$4 input=$5
    err=$(mktemp)
    out=$("$xen_host" run -t 6 -i "$input" "$kernel" "$cfg" 2> "$err")
    status=$?
    echo "$out"
    sed 's/^/stderr: /' "$err"
    rm -f "$err"
    fail=0
    [ $status = 124 ] || { echo "FAIL: status $status, expected 124"; fail=1; }
    for want in 'selftest: argc=5 args [quick] [echo] [stopwait] [exit=5]' \
        'selftest: input [hello console]' 'selftest: stop requested (reason 1)' 'EXIT=5'; do
        grep -qxF "$want" <<< "$out" || { echo "FAIL: no line: $want"; fail=1; }
    done
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
cli)
    # Each misuse: the exit status and the start of the one-line message.
    xen_host=$2 kernel=$3 cfg=$4
    fail=0
    empty=$(mktemp -d)
    expect_cli() {  # status message-prefix -- args...
        local want=$1 msg=$2
        shift 3
        local got
        got=$(UNICONF_XEN_CACHE=$empty UNICONF_XEN_EMULATE=1 "$xen_host" "$@" 2>&1)
        local st=$?
        if [ $st != "$want" ] || [ "${got#"xen-host: $msg"}" = "$got" ]; then
            echo "FAIL: xen-host $* -> status $st (want $want): $got"
            fail=1
        fi
    }
    expect_cli 2 "missing command" --
    expect_cli 2 "unknown command 'frobnicate'" -- frobnicate
    expect_cli 2 "prepare takes no arguments" -- prepare now
    expect_cli 2 "run needs KERNEL and CONFIG.xl" -- run
    expect_cli 2 "no such kernel: /nonexistent" -- run /nonexistent "$cfg"
    expect_cli 2 "no such xl config: /nonexistent" -- run "$kernel" /nonexistent
    expect_cli 2 "no such input file: /nonexistent" -- run -i /nonexistent "$kernel" "$cfg"
    expect_cli 2 "-t needs a whole number of seconds" -- run -t soon "$kernel" "$cfg"
    expect_cli 2 "run: unknown option --bogus" -- run --bogus "$kernel" "$cfg"
    expect_cli 2 "run: boot argument 'a b' holds a blank" -- run "$kernel" "$cfg" 'a b'
    expect_cli 2 "run: boot argument 'say=\"hi\"' holds a blank" -- run "$kernel" "$cfg" 'say="hi"'
    printf 'extra = "a\\"b"\n' > "$empty/escaped.xl"
    expect_cli 2 "run: cannot add boot arguments to extra=" -- run "$kernel" "$empty/escaped.xl" k=v
    expect_cli 2 "run: the guest's command line would exceed 1023 bytes" -- \
        run "$kernel" "$cfg" "k=$(printf '%01100d' 0)"
    expect_cli 2 "batch needs -o OUTDIR" -- batch "$kernel" "$cfg"
    expect_cli 2 "batch needs KERNEL CONFIG.xl pairs" -- batch -o "$empty/out" "$kernel"
    expect_cli 2 "no such xl config: /nonexistent" -- batch -o "$empty/out" "$kernel" "$cfg" "$kernel" /nonexistent
    expect_cli 125 "the emulated Xen host is not prepared" -- batch -o "$empty/out" "$kernel" "$cfg"
    expect_cli 125 "the emulated Xen host is not prepared" -- run "$kernel" "$cfg"
    expect_cli 125 "the emulated Xen host is not prepared" -- run "$kernel" "$cfg" k=v -- memory=8
    "$xen_host" help | grep -q '^usage: xen-host prepare' || { echo "FAIL: help"; fail=1; }
    rm -rf "$empty"
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
xlcheck)
    xlcheck=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") dir=$3
    fail=0
    for f in "$dir"/good-*.xl; do
        if ! "$xlcheck" "$f"; then
            echo "FAIL: $f refused"
            fail=1
        fi
    done
    # bad-*.xl: each with bad-*.err, the exact diagnostics (paths relative).
    for f in "$dir"/bad-*.xl; do
        got=$(cd "$dir" && "$xlcheck" "$(basename "$f")" 2>&1)
        st=$?
        if [ $st != 1 ] || [ "$got" != "$(cat "${f%.xl}.err")" ]; then
            echo "FAIL: $f (status $st):"
            diff <(echo "$got") "${f%.xl}.err"
            fail=1
        fi
    done
    "$xlcheck" > /dev/null 2>&1
    [ $? = 2 ] || { echo "FAIL: no arguments must be a usage error (2)"; fail=1; }
    "$xlcheck" "$dir/does-not-exist.xl" 2> /dev/null
    [ $? = 1 ] || { echo "FAIL: a missing file must be an error (1)"; fail=1; }
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
*)
    echo "usage: check.sh prepare|batch|expect|run|xlcheck ..." >&2
    exit 2
    ;;
esac
