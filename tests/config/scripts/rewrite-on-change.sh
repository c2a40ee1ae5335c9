# rewrite-on-change.sh: a changed value rewrites the generated file (and
# only then); going back to the old value restores the old bytes.
. "$(dirname "$0")/lib.sh"
run configure
expect_status 0
m=_build/unix-socket/manifest.json
cp "$m" "$work/first.json"
before=$(stamp "$m")
sleep 0.05
run configure --set greeting=Hi
expect_status 0
expect_out "$work/.out" "updated    manifest.json"
[ "$(stamp "$m")" != "$before" ] || fail "manifest.json was not rewritten"
expect_out "$m" '"value": "Hi"'
run configure
expect_status 0
expect_out "$work/.out" "updated    manifest.json"
cmp -s "$m" "$work/first.json" || fail "going back did not restore the same bytes"
echo "PASS"
