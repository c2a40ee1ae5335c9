# rebuild.sh: make rebuilds only what changed. Editing one job's script
# freezes that job again and relinks; the other job's frozen file is left
# alone. A script touched without change is frozen again but its file keeps
# its content. Configuring again without changes rewrites nothing and make
# has nothing to do; a --set value recompiles main.c only. A job given
# another, older script is frozen again all the same. A script broken after
# a build is reported by configure.
. "$(dirname "$0")/lib.sh"
printf 'print("second")\n' >second.py
cat >unikernel.yml <<'YML'
name: hello
jobs:
  - {name: main, script: hello.py, devices: [console]}
  - {name: second, script: second.py}
devices:
  console: {type: console}
config:
  count: {type: int, default: 3}
YML
run configure
run build
expect_status 0
second=$(stamp "$tree/jobs/second.h")
sleep 0.05
printf '# edited\n' >>hello.py
run build
expect_status 0
expect_exact "$work/.out" <<'OUT'
uniconf: building 'hello' for unix-socket in _build/unix-socket
  FREEZE  jobs/main.h
  CC      main.o
  LD      hello
uniconf: built _build/unix-socket/hello
OUT
[ "$(stamp "$tree/jobs/second.h")" = "$second" ] || fail "the other job was frozen again"

cp "$tree/jobs/main.h" "$work/main.h"
touch hello.py
run build
expect_status 0
expect_out "$work/.out" "  FREEZE  jobs/main.h"
cmp -s "$tree/jobs/main.h" "$work/main.h" || fail "freezing the same script changed its file"
make -q -C "$tree" || fail "make -q: not up to date after freezing an unchanged script"

main_c=$(stamp "$tree/main.c") makefile=$(stamp "$tree/Makefile")
sleep 0.05
run configure
expect_status 0
expect_out "$work/.out" "  unchanged  main.c"
expect_out "$work/.out" "  unchanged  Makefile"
expect_out "$work/.out" "  unchanged  manifest.json"
[ "$(stamp "$tree/main.c")" = "$main_c" ] || fail "main.c was rewritten"
[ "$(stamp "$tree/Makefile")" = "$makefile" ] || fail "the Makefile was rewritten"
make -q -C "$tree" || fail "make -q: something to do after configuring without changes"

run configure --set count=9
expect_out "$work/.out" "  updated    main.c"
expect_out "$work/.out" "  unchanged  Makefile"
run build
expect_exact "$work/.out" <<'OUT'
uniconf: building 'hello' for unix-socket in _build/unix-socket
  CC      main.o
  LD      hello
uniconf: built _build/unix-socket/hello
OUT

printf 'print("third")\n' >third.py
touch -d '2001-01-01' third.py
sed -i 's/script: second.py/script: third.py/' unikernel.yml
run configure
expect_out "$work/.out" "  updated    Makefile"
run build
expect_out "$work/.out" "  FREEZE  jobs/second.h"
grep -q 'from third.py' "$tree/jobs/second.h" || fail "the job's new script was not frozen"

printf 'print(\n' >>hello.py
run configure
expect_status 1
expect_out "$work/.err" "hello.py:"
expect_out "$work/.err" "error: SyntaxError:"
echo "PASS"
