# unwritable-tree.sh: a build tree that cannot be created (a file where a
# directory must be) fails with status 4 and a one-line reason.
. "$(dirname "$0")/lib.sh"
echo "not a directory" >blocker
run configure -o blocker/tree
expect_status 4
expect_out "$work/.err" "uniconf: error: cannot write blocker/tree/manifest.json: Not a directory"
[ "$(cat blocker)" = "not a directory" ] || fail "the file in the way changed"
echo "PASS"
