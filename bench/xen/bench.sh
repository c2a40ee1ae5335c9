#!/bin/bash
# bench.sh UNICONF XEN_HOST EXAMPLES_HELLO [RUNS]: figures of examples/hello
# as a xen image, built with UNICONF and booted under the emulated Xen host
# (xen-host prepare must have run), as one table:
#   - the stripped size of hello.xen;
#   - the smallest `memory` (MiB) at which hello runs (its three lines and
#     EXIT=0): one batch boot of the emulated host tries every size from 2
#     to 12 MiB, each guest bounded by a time limit (one boot instead of a
#     bisection's five or six);
#   - the guest's own time from its first instruction to its first console
#     line, the first line the job prints (xen.timing, Xen's clock), and to
#     main(): medians over the runs below;
#   - the wall time of `uniconf run -t xen -- xen.timing` (QEMU, Xen, dom0,
#     the guest), RUNS times (default 3), with the saved host restored (as
#     every run after `xen-host prepare`): the fastest and the median, with
#     the machine's load average before and after (emulation is CPU-bound:
#     every figure grows with the load);
#   - the same with a cold boot of the emulated host (UNICONF_XEN_SNAPSHOT=0,
#     as when the saved host is missing or stale), once.
set -uo pipefail
uniconf=$1 xen_host=$2 hello_src=$3 runs=${4:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

cp -r "$hello_src" "$work/hello"
cd "$work/hello" || exit 1
if ! { "$uniconf" configure -t xen && "$uniconf" build -t xen; } > "$work/build.log" 2>&1; then
    echo "bench/xen: building examples/hello for xen failed:" >&2
    cat "$work/build.log" >&2
    exit 1
fi
tree=$work/hello/_build/xen
strip -o "$work/stripped.xen" "$tree/hello.xen"
size=$(stat -c %s "$work/stripped.xen")

# The saved host, made first if there is none: every boot below but the
# cold one restores it.
"$xen_host" prepare > /dev/null 2> "$work/prepare.err" || {
    echo "bench/xen: xen-host prepare failed:" >&2
    cat "$work/prepare.err" >&2
    exit 1
}

# Smallest memory: one guest per size, in one boot.
sizes="2 3 4 5 6 7 8 10 12"
cases=()
for m in $sizes; do
    sed -e "s/^memory = .*/memory = $m/" -e "s/^name = .*/name = \"hello-$m\"/" \
        "$tree/hello.xl" > "$work/m$m.xl"
    cases+=("$tree/hello.xen" "$work/m$m.xl")
done
"$xen_host" batch -t 60 -o "$work/mem" "${cases[@]}" > "$work/batch.txt" 2> "$work/batch.err" || {
    echo "bench/xen: the batch boot failed:" >&2
    cat "$work/batch.err" >&2
    exit 1
}
smallest=none i=0
for m in $sizes; do
    i=$((i + 1))
    if [ "$smallest" = none ] && [ "$(cat "$work/mem/$i.status")" = 0 ] &&
        [ "$(grep -c '^Hello from a unikernel, line [123] of 3' "$work/mem/$i.console")" = 3 ]; then
        smallest=$m
    fi
done

# Wall time of the user's command, and the guest's own figures.
walls=() firsts=() mains=()
for ((r = 1; r <= runs; r++)); do
    t0=${EPOCHREALTIME/./}
    "$uniconf" run -t xen -- xen.timing > "$work/run.out" 2> "$work/run.err"
    st=$?
    t1=${EPOCHREALTIME/./}
    [ $st = 0 ] || { echo "bench/xen: run $r ended with status $st" >&2; cat "$work/run.err" >&2; continue; }
    walls+=($(((t1 - t0) / 1000)))
    line=$(grep '^xen: first output' "$work/run.out")
    firsts+=($(sed -E 's/^xen: first output ([0-9]+)\.([0-9]{3}) ms.*/\1\2/' <<< "$line"))
    mains+=($(sed -E 's/.*main at ([0-9]+)\.([0-9]{3}) ms.*/\1\2/' <<< "$line"))
done
t0=${EPOCHREALTIME/./}
UNICONF_XEN_SNAPSHOT=0 "$uniconf" run -t xen -- xen.timing > "$work/cold.out" 2> "$work/cold.err"
st=$?
t1=${EPOCHREALTIME/./}
cold=failed
[ $st = 0 ] && cold=$(((t1 - t0) / 1000)) || { echo "bench/xen: the cold run ended with status $st" >&2; cat "$work/cold.err" >&2; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
if [ ${#walls[@]} -gt 0 ]; then
    fastest=$(printf '%s\n' "${walls[@]}" | sort -n | head -1)
    wall="$(ms "$fastest") s fastest, $(ms "$(median "${walls[@]}")") s median of ${#walls[@]}"
    first="$(ms "$(median "${firsts[@]}")") ms (main() at $(ms "$(median "${mains[@]}")") ms), median of ${#firsts[@]}"
else
    wall=failed first=failed
fi
[ "$cold" = failed ] || cold="$(ms "$cold") s, one run"

echo "| examples/hello on xen (32 MiB domain unless said)  | value | goal |"
echo "| --- | --- | --- |"
printf '| stripped hello.xen                                 | %s bytes (%d KiB) | < 1 MiB |\n' "$size" $((size / 1024))
printf '| smallest memory at which hello runs                | %s MiB (tried: %s) | 8 MiB |\n' "$smallest" "$sizes"
printf '| guest time, entry to the first job line            | %s | |\n' "$first"
printf '| wall time of `uniconf run -t xen` (QEMU TCG)       | %s | < 10 s |\n' "$wall"
printf '| the same, cold boot (no saved host)                | %s | |\n' "$cold"
echo
echo "machine: $(nproc) cores, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
