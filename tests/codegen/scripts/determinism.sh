# determinism.sh: the same configuration gives the same bytes: configured
# twice (cleaned in between), and into two other directories.
. "$(dirname "$0")/lib.sh"
run configure --set count=4
cp -R "$tree" "$work/first"
run clean
run configure --set count=4
diff -r "$work/first" "$tree" || fail "a second configure wrote other bytes"
run configure -o "$work/a"
run configure -o "$work/b"
diff -r "$work/a" "$work/b" || fail "the tree depends on where it is written"
echo "PASS"
