# clean.sh: clean removes generated trees (with what was built in them) and
# the empty _build; it refuses a directory uniconf did not generate.
. "$(dirname "$0")/lib.sh"
run configure
run configure -t xen
touch _build/xen/hello.xen
run clean -t xen --dry-run
expect_status 0
expect_out "$work/.out" "uniconf: would remove _build/xen"
[ -e _build/xen/hello.xen ] || fail "--dry-run removed something"
run clean -t xen
expect_status 0
expect_out "$work/.out" "uniconf: removed _build/xen"
[ ! -e _build/xen ] || fail "_build/xen is still there"
[ -e _build/unix-socket/manifest.json ] || fail "clean -t xen removed another target's tree"
run clean
expect_status 0
expect_out "$work/.out" "uniconf: removed _build/unix-socket"
[ ! -e _build ] || fail "_build is still there"
# Not a generated tree: kept, status 4.
mkdir -p mine
echo data >mine/file
run clean -o mine
expect_status 4
expect_out "$work/.err" "uniconf: error: mine is not a tree uniconf generated"
[ -e mine/file ] || fail "a foreign directory was removed"
# A symbolic link inside a tree is removed, not followed.
run configure -o out
ln -s "$work/hello/mine" out/link
run clean -o out
expect_status 0
[ -e mine/file ] || fail "clean followed a symbolic link"
echo "PASS"
