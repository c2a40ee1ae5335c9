# install.sh: an installed uniconf finds its runtime from its own place: the
# build installed under a fresh prefix, run from another directory, writes
# trees that name that prefix, and builds and runs hello when the runtime is
# there.
. "$(dirname "$0")/lib.sh"
cmake --install "$build" --prefix "$work/inst" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "cmake --install failed"; }
u=$work/inst/bin/uniconf
cd /
status=0
"$u" -C "$work/hello" configure >"$work/.out" 2>"$work/.err" || status=$?
expect_status 0
grep -qx "UNICONF = '$work/inst/bin/uniconf'" "$work/hello/$tree/Makefile" || fail "the Makefile does not name the installed uniconf"
grep -qx -- "-include $work/inst/lib/uniconf/unix-socket/runtime.mk" "$work/hello/$tree/Makefile" ||
    fail "the Makefile does not include the installed runtime.mk"
if [ -f "$work/inst/lib/uniconf/unix-socket/libuniconf.a" ]; then
    "$u" -C "$work/hello" run -- count=1 >"$work/.out" 2>"$work/.err" || fail "the installed uniconf cannot build and run hello: $(cat "$work/.err")"
    expect_out "$work/.out" "Hello from a unikernel, line 1 of 1"
else
    echo "note: the unix-socket runtime is not installed; building is not checked"
fi
echo "PASS"
