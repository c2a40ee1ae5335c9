# clean.sh: uniconf clean removes a built tree with everything in it;
# make clean removes only what make built.
. "$(dirname "$0")/lib.sh"
run configure
run build
expect_status 0
make -s -C "$tree" clean
ls "$tree" | sort | tr '\n' ' ' >"$work/left"
[ "$(cat "$work/left")" = "Makefile jobs main.c manifest.json " ] || fail "make clean left: $(cat "$work/left")"
run build
run clean
expect_status 0
expect_out "$work/.out" "uniconf: removed _build/unix-socket"
[ ! -e _build ] || fail "_build is still there"
echo "PASS"
