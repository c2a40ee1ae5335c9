#!/bin/bash
# check.sh: the steps of the xen end-to-end tests (CMakeLists.txt).
#   check.sh prepare XEN_HOST              the emulated host's cache
#   check.sh batch XEN_HOST OUT [OPTS] K C...   one boot running every case
#   check.sh expect OUT N EXPECTED         case N's console and status
#   check.sh run XEN_HOST KERNEL CONFIG INPUT   `xen-host run`: input, stop
#   check.sh cli XEN_HOST KERNEL CONFIG    xen-host's usage errors
#   check.sh xlcheck XLCHECK DIR           the .xl checker on DIR/*.xl
#   check.sh images UNICONF WORK NAME=DIR...   configure and build each
#                                          project for xen and unix-socket
#   check.sh same OUT N WORK/NAME          case N's console is the
#                                          unix-socket image's output
#   check.sh uniconf-run UNICONF WORK/NAME `uniconf run -t xen` with boot
#                                          arguments
#   check.sh interrupt XEN_HOST KERNEL CONFIG  Ctrl-C ends an emulated run
#   check.sh fallback XEN_HOST WORK/NAME   a saved host that cannot be
#                                          restored: the run boots cold
#   check.sh noanswer XEN_HOST             a restored host that never
#                                          answers GO: the run boots cold
#                                          (QEMU and dom0 a stand-in)
#   check.sh configure-xl UNICONF XLCHECK WORK PROJECT EXPECTED
#                                          configure -t xen: NAME.xl as
#                                          expected, and libxlutil takes it
#   check.sh examples-xl UNICONF XLCHECK WORK EXAMPLES
#                                          every example's NAME.xl passes
#   check.sh refused UNICONF WORK PROJECT EXPECTED  configure -t xen fails
#                                          with EXPECTED's diagnostics
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
    # previous expectation matched; "xen TEXT": a line of Xen's own log
    # during the case containing TEXT).
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
        if [ "${want#xen }" != "$want" ]; then
            grep -qF -- "${want#xen }" "$out/$n.xen" 2>/dev/null ||
                { echo "FAIL: Xen's log of case $n has no line containing: ${want#xen }"; fail=1; }
            continue
        fi
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
images)
    # Each project is copied to WORK/NAME, configured and built for xen
    # (WORK/NAME/_build/xen/IMAGE.xen and IMAGE.xl) and for unix-socket,
    # whose image is run for the output the xen image must match:
    # WORK/NAME.unix-out and WORK/NAME.unix-status. WORK/badarg.xl is
    # hello's .xl with a bad boot argument.
    uniconf=$2 work=$3
    shift 3
    rm -rf "$work"
    mkdir -p "$work"
    for p in "$@"; do
        name=${p%%=*} dir=${p#*=}
        cp -r "$dir" "$work/$name" || exit 1
        (
            cd "$work/$name" || exit 1
            "$uniconf" configure -t xen > /dev/null && "$uniconf" build -t xen > /dev/null &&
                "$uniconf" configure -t unix-socket > /dev/null &&
                "$uniconf" build -t unix-socket > /dev/null || exit 1
            image=$(sed -n 's/^name: *\([A-Za-z0-9_]*\).*/\1/p' unikernel.yml)
            "./_build/unix-socket/$image" > "../$name.unix-out" 2>&1
            echo $? > "../$name.unix-status"
        ) || { echo "FAIL: building $name"; exit 1; }
    done
    if [ -f "$work/hello/_build/xen/hello.xl" ]; then
        sed 's/^extra = .*/extra = "count=x"/' "$work/hello/_build/xen/hello.xl" > "$work/badarg.xl"
    fi
    echo PASS
    ;;
same)
    out=$2 n=$3 ref=$4
    [ -f "$out/$n.status" ] || { echo "skipped: the batch boot did not run"; exit 77; }
    got_status=$(cat "$out/$n.status")
    want_status=$(cat "$ref.unix-status")
    echo "--- console of case $n (status $got_status):"
    cat "$out/$n.console"
    fail=0
    # The guest's last line is its EXIT=<status>; the rest is the jobs'.
    last=$(tail -n 1 "$out/$n.console" | tr -d '\r')
    [ "$last" = "EXIT=$want_status" ] || { echo "FAIL: last line '$last', expected EXIT=$want_status"; fail=1; }
    [ "$got_status" = "$want_status" ] || { echo "FAIL: status $got_status, expected $want_status"; fail=1; }
    if ! diff <(sed '$d' "$out/$n.console" | tr -d '\r') "$ref.unix-out"; then
        echo "FAIL: the job output differs from unix-socket's (< xen, > unix-socket)"
        fail=1
    fi
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
uniconf-run)
    # `uniconf run -t xen -- ARGS`: the user's command, boot arguments on
    # the guest's command line, the kernel's timing line, the guest's status.
    skip_without_qemu
    uniconf=$2 project=$3
    out=$(cd "$project" && "$uniconf" run -t xen -- count=2 greeting=Hi xen.timing 2> "$project.run-err")
    status=$?
    echo "$out"
    sed 's/^/stderr: /' "$project.run-err"
    fail=0
    [ $status = 0 ] || { echo "FAIL: status $status, expected 0"; fail=1; }
    want=$'Hi from a unikernel, line 1 of 2\nHi from a unikernel, line 2 of 2'
    [ "$(grep -v '^xen: \|^EXIT=' <<< "$out")" = "$want" ] || { echo "FAIL: job output"; fail=1; }
    grep -qE '^xen: first output [0-9]+\.[0-9]{3} ms after entry, exit at [0-9]+\.[0-9]{3} ms' <<< "$out" ||
        { echo "FAIL: no timing line"; fail=1; }
    [ "$(tail -n 1 <<< "$out")" = EXIT=0 ] || { echo "FAIL: EXIT=0 is not the last line"; fail=1; }
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
fallback)
    # The saved host (docs/xen.md, "The saved host") cut short: QEMU refuses
    # it, the run says so, boots the host cold with the same result, and
    # saves a good one. The cache is a copy of the prepared one (links),
    # with every saved host in it cut (one of them is this xen-host's).
    skip_without_qemu
    xen_host=$2 project=$3
    cache=${UNICONF_XEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/uniconf/xen}
    ls "$cache"/host-*.state > /dev/null 2>&1 ||
        { echo "skipped: no saved host in $cache (xen.prepare makes it)"; exit 77; }
    tmp=$(mktemp -d)
    for f in READY VERSIONS xen vmlinux dom0-base.cpio.gz dom0-virtio.cpio.gz; do
        ln -s "$cache/$f" "$tmp/$f"
    done
    for state in "$cache"/host-*.state; do
        head -c 1000000 "$state" > "$tmp/${state##*/}"
    done
    name=$(sed -n 's/^name: *\([A-Za-z0-9_]*\).*/\1/p' "$project/unikernel.yml")
    out=$(UNICONF_XEN_CACHE=$tmp "$xen_host" run -v "$project/_build/xen/$name.xen" \
        "$project/_build/xen/$name.xl" 2> "$tmp/err")
    status=$?
    echo "$out"
    grep -v '^[0-9.]* ' "$tmp/err" | sed 's/^/stderr: /'
    fail=0
    [ $status = 0 ] || { echo "FAIL: status $status, expected 0"; fail=1; }
    [ "$out" = "$(cat "$project.unix-out")"$'\nEXIT=0' ] ||
        { echo "FAIL: not the unix-socket image's output and EXIT=0"; fail=1; }
    for want in 'xen-host: restoring the saved host failed (qemu exit status' \
        'xen-host: emulated host: cold boot (restoring failed)' 'xen-host: saved the host in'; do
        grep -qF "$want" "$tmp/err" || { echo "FAIL: no line: $want"; fail=1; }
    done
    size=$(stat -c %s "$tmp"/host-*.state | sort -n | tail -n 1)
    [ "$size" -gt 1000000 ] || { echo "FAIL: no new saved host (the largest has $size bytes)"; fail=1; }
    rm -rf "$tmp"
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
noanswer)
    # The saved host restored but silent (docs/xen.md, "The saved host"):
    # after UNICONF_XEN_ANSWER_SEC without dom0's answer to GO the run says
    # so, drops the saved host, boots cold with the same result and saves
    # a new one. QEMU is a stand-in that plays dom0's part of the serial
    # and monitor protocol (READY, GO, one case, the migration), and stays
    # silent when restored (-incoming); no emulation, so no QEMU needed.
    xen_host=$2
    tmp=$(mktemp -d)
    format=$(sed -n 's/^CACHE_FORMAT=\([0-9]*\)$/\1/p' "$xen_host")
    echo "$format" > "$tmp/READY"
    for f in xen vmlinux dom0-base.cpio.gz dom0-virtio.cpio.gz kernel; do : > "$tmp/$f"; done
    echo 'memory = 32' > "$tmp/case.xl"
    cat > "$tmp/qemu" <<'QEMU'
#!/bin/bash
[ "${1:-}" = --version ] && { echo "QEMU emulator version 0 (a stand-in)"; exit 0; }
mon= restored=
while [ $# -gt 0 ]; do
    case $1 in -chardev) mon=${2##*path=}; shift ;; -incoming) restored=1 ;; esac
    shift
done
exec 7< "$mon.in" 8> "$mon.out"
if [ -n "$restored" ]; then
    # Running, as the monitor says, but dom0 never answers GO.
    while read -r cmd <&7; do
        [ "$cmd" = 'info status' ] && echo 'VM status: running' >&8
    done
    exit 1
fi
echo 'UNICONF-DOM0 [1.00s] READY'
while read -r cmd <&7; do
    case $cmd in
    migrate\ *) f=${cmd#*cat > }; echo 'a saved machine' > "${f%\"}" ;;
    'info migrate') echo 'Migration status: completed' >&8 ;;
    cont) break ;;
    esac
done
read -r go && [ "${go%% *}" = GO ] || exit 1
printf '%s\n' 'UNICONF-DOM0 [2.00s] GO' 'UNICONF-DOM0 [2.10s] case 1: begin' '@1: EXIT=7' \
    'UNICONF-CASE 1 END POWEROFF' 'UNICONF-DOM0 [3.00s] END DONE'
QEMU
    chmod +x "$tmp/qemu"
    boot() {  # ANSWER_SEC NAME: xen-host run -v, its status in $TMP/NAME.status
        UNICONF_XEN_CACHE=$tmp UNICONF_XEN_QEMU=$tmp/qemu UNICONF_XEN_EMULATE=1 \
            UNICONF_XEN_ANSWER_SEC=$1 "$xen_host" run -v -t 5 "$tmp/kernel" "$tmp/case.xl" \
            > "$tmp/$2.out" 2> "$tmp/$2.err"
        echo $? > "$tmp/$2.status"
        echo "--- $2: status $(cat "$tmp/$2.status")"
        cat "$tmp/$2.out"
        sed 's/^/stderr: /' "$tmp/$2.err"
    }
    fail=0
    expect_boot() {  # NAME LINE...: status 7, EXIT=7 on stdout, each LINE on stderr
        local name=$1 want
        shift
        [ "$(cat "$tmp/$name.status")" = 7 ] || { echo "FAIL: $name: status, expected 7"; fail=1; }
        [ "$(cat "$tmp/$name.out")" = EXIT=7 ] || { echo "FAIL: $name: stdout, expected EXIT=7"; fail=1; }
        for want in "$@"; do
            grep -qF -- "$want" "$tmp/$name.err" || { echo "FAIL: $name: no line: $want"; fail=1; }
        done
    }
    boot 2 first
    expect_boot first 'xen-host: emulated host: cold boot (no saved host' 'xen-host: saved the host in'
    saved=$(ls "$tmp"/host-*.state 2>/dev/null)
    [ -n "$saved" ] || { echo "FAIL: no saved host"; fail=1; }
    t0=$SECONDS
    boot 2 silent
    expect_boot silent "xen-host: emulated host: restoring the saved host ${saved##*/}" \
        'xen-host: restoring the saved host failed (no answer to GO in 2 s); booting it instead' \
        'xen-host: emulated host: cold boot (restoring failed)' 'xen-host: saved the host in'
    [ $((SECONDS - t0)) -lt 30 ] || { echo "FAIL: the silent restore took $((SECONDS - t0)) s"; fail=1; }
    [ -f "$saved" ] || { echo "FAIL: no new saved host"; fail=1; }
    rm -rf "$tmp"
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
interrupt)
    # Ctrl-C (SIGINT to xen-host's process group, as a terminal sends it)
    # while the guest waits: xen-host ends within seconds with 130, and
    # nothing it started (QEMU) is left.
    skip_without_qemu
    xen_host=$2 kernel=$3 cfg=$4
    tmp=$(mktemp -d)
    # With job control on, a background command has a process group of its
    # own and does not ignore SIGINT, as one started from a terminal.
    set -m
    "$xen_host" run -t 120 "$kernel" "$cfg" > "$tmp/out" 2> "$tmp/err" &
    pid=$!
    set +m
    # The processes below $1, from /proc: a stat line's parent pid is the
    # second field after the command's name in parentheses.
    descendants() {
        local parent=$1 f stat c ppid
        for f in /proc/[0-9]*/stat; do
            stat=$(cat "$f" 2>/dev/null) || continue
            read -r _ ppid _ <<< "${stat##*) }"
            if [ "$ppid" = "$parent" ]; then
                c=${f#/proc/}
                c=${c%/stat}
                echo "$c"
                descendants "$c"
            fi
        done
    }
    for ((i = 0; i < 600; i++)); do
        grep -q '^selftest: waiting for a stop request' "$tmp/out" && break
        kill -0 $pid 2>/dev/null || break
        sleep 0.2
    done
    fail=0
    grep -q '^selftest: waiting for a stop request' "$tmp/out" || { echo "FAIL: the guest did not start"; fail=1; }
    started=$(descendants $pid)
    t0=$SECONDS
    kill -INT -- "-$pid"
    for ((i = 0; i < 50; i++)); do
        kill -0 $pid 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 $pid 2>/dev/null; then
        echo "FAIL: xen-host still runs 10 s after SIGINT"
        kill -KILL -- "-$pid" 2>/dev/null
        fail=1
    fi
    wait $pid
    status=$?
    cat "$tmp/out"
    sed 's/^/stderr: /' "$tmp/err"
    [ $status = 130 ] || { echo "FAIL: status $status, expected 130"; fail=1; }
    grep -q 'interrupted: the emulated Xen host is stopped' "$tmp/err" || { echo "FAIL: no message"; fail=1; }
    sleep 0.5
    for p in $started; do
        if kill -0 "$p" 2>/dev/null; then
            echo "FAIL: left running: $p $(cat "/proc/$p/comm" 2>/dev/null)"
            kill -KILL "$p"
            fail=1
        fi
    done
    rm -rf "$tmp"
    [ $fail = 0 ] && echo "PASS (ended $((SECONDS - t0)) s after SIGINT)"
    exit $fail
    ;;
configure-xl)
    # The tree's path in NAME.xl is written @DIR@ in EXPECTED.
    uniconf=$2 xlcheck=$3 work=$4 project=$5 expected=$6
    rm -rf "$work"
    mkdir -p "$(dirname "$work")"
    cp -r "$project" "$work" || exit 1
    cd "$work" || exit 1
    "$uniconf" configure -t xen > /dev/null || { echo "FAIL: configure"; exit 1; }
    xl=$(ls _build/xen/*.xl)
    fail=0
    "$xlcheck" "$xl" || { echo "FAIL: libxlutil refused $xl"; fail=1; }
    diff -u "$expected" <(sed "s|$work|@DIR@|g" "$xl") || { echo "FAIL: $xl differs"; fail=1; }
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
examples-xl)
    uniconf=$2 xlcheck=$3 work=$4 examples=$5
    rm -rf "$work"
    mkdir -p "$work"
    fail=0 n=0
    for yml in "$examples"/*/unikernel.yml; do
        name=$(basename "$(dirname "$yml")")
        if ! "$uniconf" -f "$yml" configure -t xen -o "$work/$name" > /dev/null; then
            echo "FAIL: configure -t xen of $name"
            fail=1
            continue
        fi
        for xl in "$work/$name"/*.xl; do
            "$xlcheck" "$xl" || { echo "FAIL: libxlutil refused $xl"; fail=1; }
            n=$((n + 1))
        done
    done
    [ $n -gt 0 ] || { echo "FAIL: no example gave an .xl"; fail=1; }
    [ $fail = 0 ] && echo "PASS ($n examples)"
    exit $fail
    ;;
refused)
    uniconf=$2 work=$3 project=$4 expected=$5
    rm -rf "$work"
    mkdir -p "$(dirname "$work")"
    cp -r "$project" "$work" || exit 1
    cd "$work" || exit 1
    err=$("$uniconf" configure -t xen 2>&1 > /dev/null)
    status=$?
    fail=0
    [ $status = 1 ] || { echo "FAIL: status $status, expected 1"; fail=1; }
    diff -u "$expected" <(echo "$err") || { echo "FAIL: diagnostics differ"; fail=1; }
    [ -e _build ] && { echo "FAIL: configure wrote _build"; fail=1; }
    [ $fail = 0 ] && echo PASS
    exit $fail
    ;;
*)
    echo "usage: check.sh prepare|batch|expect|run|cli|xlcheck|images|same|uniconf-run|fallback|noanswer|interrupt|configure-xl|examples-xl|refused ..." >&2
    exit 2
    ;;
esac
