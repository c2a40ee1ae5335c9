# depend.sh: depend checks what building needs, in a copy of the test
# runtime's prefix with pieces taken away: each missing piece is named, with
# the Debian package that provides it or what to do when it is uniconf's
# own; status 5. build stops with the same names before running make.
. "$(dirname "$0")/lib.sh"
cp -R "$prefix" "$work/prefix"
u=$work/prefix/bin/uniconf
lib=$work/prefix/lib/uniconf/unix-socket
"$u" configure >/dev/null

check() { # check ARGS...: runs the copied uniconf
    status=0
    "$u" "$@" >"$work/.out" 2>"$work/.err" || status=$?
}
check depend
expect_status 0
expect_out "$work/.out" "uniconf: depend: what building 'hello' for unix-socket needs:"
expect_out "$work/.out" "  ok       runtime library  $lib/libuniconf.a"
expect_out "$work/.out" "  ok       C library        /"
expect_out "$work/.out" "uniconf: depend: everything building needs is present"
make -s -C "$tree" depend >"$work/.out" || fail "make depend failed"
expect_out "$work/.out" "everything building needs is present"

mv "$lib/libuniconf.a" "$work/libuniconf.a"
check depend
expect_status 5
expect_out "$work/.out" "  MISSING  runtime library  $lib/libuniconf.a"
expect_out "$work/.err" "uniconf: missing: runtime library $lib/libuniconf.a: uniconf's runtime for this target is not built or not installed"
check build
expect_status 5
expect_out "$work/.err" "uniconf: missing: runtime library"
expect_out "$work/.err" "uniconf: 'uniconf depend -o _build/unix-socket' checks everything building needs"
[ ! -e "$tree/main.o" ] || fail "build ran make with the runtime missing"
mv "$work/libuniconf.a" "$lib/libuniconf.a"

mv "$work/prefix/include/uniconf/image.h" "$work/image.h"
check depend
expect_status 5
expect_out "$work/.out" "  MISSING  headers          $work/prefix/include/uniconf/image.h"
mv "$work/image.h" "$work/prefix/include/uniconf/image.h"

cp "$lib/runtime.mk" "$work/runtime.mk"
sed -i 's|^UNICONF_CC = .*|UNICONF_CC = clang-99|' "$lib/runtime.mk"
check depend
expect_status 5
expect_out "$work/.out" "  MISSING  compiler         clang-99"
expect_out "$work/.err" "uniconf: missing: compiler clang-99: install the Debian package clang-99"
expect_out "$work/.err" "uniconf: as root: apt-get install clang-99"
cp "$work/runtime.mk" "$lib/runtime.mk"

# No make in PATH (the runtime's compiler is named by its absolute path).
mkdir "$work/nobin"
PATH=$work/nobin check depend
expect_status 5
expect_out "$work/.err" "uniconf: missing: make make: install the Debian package make"
PATH=$work/nobin check build
expect_status 5

rm "$lib/runtime.mk"
check depend
expect_status 5
expect_out "$work/.out" "  MISSING  runtime.mk       $lib/runtime.mk"
make -C "$tree" >"$work/.out" 2>&1 && fail "make ran without runtime.mk"
expect_out "$work/.out" "the runtime for unix-socket is missing (no runtime.mk); 'make depend' says what to install"

check depend -t unix-tap
expect_status 3
expect_out "$work/.err" "uniconf: depend: not available yet for unix-tap"

# xen: the image brings its own C library, so no start files are asked of
# the compiler; once the checks pass, the description's prepare command runs
# (here a stand-in for xen-host that says what it was asked).
xen=$work/prefix/lib/uniconf/xen
mkdir -p "$xen" "$work/prefix/share/uniconf/xen"
printf 'UNICONF_CC = %s\n' "$(command -v cc)" >"$xen/runtime.mk"
: >"$xen/libuniconf.a"
cat >"$work/prefix/share/uniconf/xen/xen-host" <<'SH'
#!/bin/sh
echo "xen-host stand-in: $*"
exit ${XEN_HOST_STATUS:-0}
SH
chmod +x "$work/prefix/share/uniconf/xen/xen-host"
"$u" configure -t xen >/dev/null || fail "configure -t xen failed"
check depend -t xen
expect_status 0
expect_out "$work/.out" "  ok       runtime library  $xen/libuniconf.a"
expect_out "$work/.out" "xen-host stand-in: prepare"
grep -q "C library" "$work/.out" && fail "depend -t xen checked the host's C library"
XEN_HOST_STATUS=1 check depend -t xen
expect_status 5
expect_out "$work/.err" "xen-host failed (exit status 1)"
echo "PASS"
