# dry-run.sh: configure -n lists every file it would write, with what would
# happen to it, and writes nothing.
. "$(dirname "$0")/lib.sh"
run configure -n
expect_status 0
expect_exact "$work/.out" <<'OUT'
uniconf: would configure 'hello' for unix-socket in _build/unix-socket (dry run: nothing written)
  new        main.c
  new        Makefile
  new        manifest.json
OUT
[ ! -e _build ] || fail "--dry-run wrote _build"
run configure
cp -R "$tree" "$work/before"
run configure -n --set count=7
expect_exact "$work/.out" <<'OUT'
uniconf: would configure 'hello' for unix-socket in _build/unix-socket (dry run: nothing written)
  updated    main.c
  unchanged  Makefile
  updated    manifest.json
OUT
diff -r "$work/before" "$tree" || fail "--dry-run changed the tree"
echo "PASS"
