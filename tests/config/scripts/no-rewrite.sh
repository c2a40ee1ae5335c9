# no-rewrite.sh: configuring again without changes rewrites nothing (the
# manifest keeps its mtime and inode) and says so; the output is the same bytes.
. "$(dirname "$0")/lib.sh"
run configure
expect_status 0
m=_build/unix-socket/manifest.json
cp "$m" "$work/first.json"
before=$(stamp "$m")
sleep 0.05
run configure
expect_status 0
expect_out "$work/.out" "unchanged  manifest.json"
[ "$(stamp "$m")" = "$before" ] || fail "manifest.json was rewritten: $before -> $(stamp "$m")"
cmp -s "$m" "$work/first.json" || fail "output is not deterministic"
echo "PASS"
