# dry-run.sh: --dry-run lists what would be written and writes nothing; on a
# configured tree it says what would change.
. "$(dirname "$0")/lib.sh"
run configure --dry-run
expect_status 0
expect_out "$work/.out" "(dry run: nothing written)"
expect_out "$work/.out" "new        manifest.json"
[ ! -e _build ] || fail "--dry-run created _build"
run configure
run configure -n --set count=7
expect_status 0
expect_out "$work/.out" "updated    manifest.json"
grep -q '"value": 3' _build/unix-socket/manifest.json || fail "--dry-run changed the manifest"
echo "PASS"
