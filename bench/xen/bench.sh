#!/bin/bash
# bench.sh XEN_HOST SELFTEST.xen [RUNS]: figures of the xen guest kernel,
# measured under the emulated Xen host (prepare must have run), as a table:
#   - the stripped size of the self-test kernel;
#   - the smallest `memory` (MiB) at which its full self-test passes (one
#     batch boot tries 8, 6, 5, 4, 3 and 2 MiB);
#   - the guest's own time from entry to its first console line (Xen's
#     clock, printed by the guest), median of the batch's cases;
#   - the wall time of `xen-host run` (QEMU, Xen, dom0, the guest), RUNS
#     times (default 3): the fastest and the median.
set -uo pipefail
xen_host=$1 kernel=$2 runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

strip -o "$work/stripped.xen" "$kernel"
size=$(stat -c %s "$work/stripped.xen")

# Smallest memory: one case per size, each the full self-test, exit=7.
sizes="8 6 5 4 3 2"
cases=()
for m in $sizes; do
    printf 'name = "bench-%s"\ntype = "pv"\nkernel = "k"\nmemory = %s\nvcpus = 1\nextra = "exit=7"\n' \
        "$m" "$m" > "$work/m$m.xl"
    cases+=("$kernel" "$work/m$m.xl")
done
"$xen_host" batch -t 60 -o "$work/mem" "${cases[@]}" > "$work/batch.txt" 2> "$work/batch.err" || {
    echo "bench/xen: the batch boot failed:" >&2
    cat "$work/batch.err" >&2
    exit 1
}
smallest=none i=0
boot_us=()
for m in $sizes; do
    i=$((i + 1))
    st=$(cat "$work/mem/$i.status")
    if [ "$st" = 7 ] && grep -q ', 0 bad$' "$work/mem/$i.console"; then
        smallest=$m
    fi
    us=$(sed -n 's/^selftest: boot \([0-9]*\) us from entry.*/\1/p' "$work/mem/$i.console")
    [ -n "$us" ] && boot_us+=("$us")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
boot_med=$( [ ${#boot_us[@]} -gt 0 ] && median "${boot_us[@]}" || echo "?")

# Wall time of a single run.
printf 'name = "bench-run"\ntype = "pv"\nkernel = "k"\nmemory = 8\nvcpus = 1\nextra = "quick exit=0"\n' > "$work/run.xl"
walls=()
for ((r = 1; r <= runs; r++)); do
    t0=${EPOCHREALTIME/./}
    "$xen_host" run -t 60 "$kernel" "$work/run.xl" > /dev/null 2>&1
    st=$?
    t1=${EPOCHREALTIME/./}
    [ $st = 0 ] || { echo "bench/xen: run $r ended with status $st" >&2; continue; }
    walls+=($(((t1 - t0) / 1000)))
done
ms() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }
if [ ${#walls[@]} -gt 0 ]; then
    fastest=$(printf '%s\n' "${walls[@]}" | sort -n | head -1)
    wall="$(ms "$fastest") fastest, $(ms "$(median "${walls[@]}")") median of ${#walls[@]}"
else
    wall="failed"
fi

echo "| xen guest kernel (self-test image)              | value |"
echo "| --- | --- |"
printf '| stripped kernel size                            | %s bytes (%d KiB) |\n' "$size" $((size / 1024))
printf '| smallest memory at which the self-test passes   | %s MiB (tried: %s) |\n' "$smallest" "$sizes"
printf '| guest time, entry to first console line         | %s us (median of %d boots) |\n' "$boot_med" ${#boot_us[@]}
printf '| wall time of one `xen-host run` (QEMU TCG)      | %s |\n' "$wall"
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
