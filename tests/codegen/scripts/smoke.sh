# smoke.sh: examples/hello configured, built and run with the real runtime
# of this build (skipped, status 77, while that runtime is not built).
. "$(dirname "$0")/lib.sh"
[ -f "$build/lib/uniconf/unix-socket/libuniconf.a" ] || {
    echo "SKIP: the unix-socket runtime is not built in $build"
    exit 77
}
uniconf=$real
run configure --set count=2
expect_status 0
run build
expect_status 0
run run -- greeting=Hi
expect_status 0
expect_exact "$work/.out" <<'OUT'
Hi from a unikernel, line 1 of 2
Hi from a unikernel, line 2 of 2
OUT
echo "PASS"
