# syntax-at-build.sh: a script broken after configure is reported when make
# freezes it, as SCRIPT:LINE:COL with the line and a caret; build exits
# with make's status and the old frozen file stays; fixed, it builds.
. "$(dirname "$0")/lib.sh"
run configure
run build
expect_status 0
cp hello.py "$work/good.py"
cp "$tree/jobs/main.h" "$work/main.h"
printf 'for i in range(3)\n    print(i)\n' >hello.py
run build
expect_status 2
# make names the line of the freeze command: two below the rule.
line=$(($(grep -n '^jobs/main.h:' "$tree/Makefile" | cut -d: -f1) + 2))
expect_exact "$work/.err" <<ERR
$(pwd)/hello.py:1:18: error: SyntaxError: expected ':'
for i in range(3)
                 ^
make: *** [Makefile:$line: jobs/main.h] Error 1
uniconf: build: make failed in _build/unix-socket (exit status 2)
ERR
cmp -s "$tree/jobs/main.h" "$work/main.h" || fail "the frozen file changed"
cp "$work/good.py" hello.py
run build
expect_status 0
expect_out "$work/.out" "uniconf: built"
echo "PASS"
