# build-run.sh: configure, build and run an image, in a project whose path
# has a space: build prints one line per step and says when all is up to
# date; run returns the image's exit status, passes the boot arguments as
# given, and keeps make's lines off stdout; the Makefile works by hand.
. "$(dirname "$0")/lib.sh"
cd .. && mv hello "my hello" && cd "my hello"
run configure --set count=5
expect_status 0
run build
expect_status 0
expect_exact "$work/.out" <<'OUT'
uniconf: building 'hello' for unix-socket in _build/unix-socket
  FREEZE  jobs/main.h
  CC      main.o
  LD      hello
uniconf: built _build/unix-socket/hello
OUT
run build
expect_status 0
expect_exact "$work/.out" <<'OUT'
uniconf: building 'hello' for unix-socket in _build/unix-socket
uniconf: up to date: _build/unix-socket/hello
OUT
make -q -C "$tree" || fail "make -q: the tree is not up to date after a build"

# The bytecode's size is the interpreter's business: the one its frozen
# file states.
size=$(sed -n 's/^ \* (\([0-9]*\) bytes)\..*/\1/p' "$tree/jobs/main.h")
[ -n "$size" ] || fail "jobs/main.h does not state its size"
run run -- status=3 'a b=c' --help
expect_status 3
expect_exact "$work/.out" <<OUT
image hello for unix-socket (uniconf 0.1.0): memory 268435456, stack 1048576, 0 modules
device 0 console: console
job main: hello.py, $size bytes of code that loads, devices [console]
key greeting: str [Hello] (the word the job greets with)
key count: int [5] (how many lines it prints)
arg [status=3]
arg [a b=c]
arg [--help]
OUT
[ ! -s "$work/.err" ] || { cat "$work/.err"; fail "run printed on stderr with nothing to build"; }

# run builds first when a script changed; make's lines go to stderr.
printf '\n' >>hello.py
run run
expect_status 0
expect_out "$work/.err" "  FREEZE  jobs/main.h"
expect_out "$work/.err" "  LD      hello"
grep -q FREEZE "$work/.out" && fail "make's lines reached stdout"
expect_out "$work/.out" "key count: int [5]"

# The Makefile by hand.
make -s -C "$tree" clean >/dev/null
[ ! -e "$tree/hello" ] && [ ! -e "$tree/jobs/main.h" ] || fail "make clean left built files"
[ -e "$tree/main.c" ] || fail "make clean removed main.c"
make -s -C "$tree" >"$work/.out" || fail "make by hand failed"
make -s -C "$tree" run ARGS='x=1' >"$work/.out" || fail "make run failed"
expect_out "$work/.out" "arg [x=1]"
make -C "$tree" V=1 clean all >"$work/.out"
expect_out "$work/.out" "freeze -t unix-socket --job main --script 'hello.py'"
echo "PASS"
