#!/bin/sh
# Runs the whole uniconf test suite: a release tree (gcc) with every test,
# end to end included, and a sanitizer tree (clang, ASan+UBSan) with the
# tests of the host-side code and short fuzz runs. Prints one closing summary.
set -eu
cd "$(dirname "$0")/.."
./scripts/deps.sh
jobs=$(nproc)

./scripts/build.sh release
./scripts/build.sh sanitize

status=0
release=PASS
sanitize=PASS
ctest --test-dir build/release -j"$jobs" --output-on-failure || { release=FAIL; status=1; }
ctest --test-dir build/sanitize -j"$jobs" --output-on-failure || { sanitize=FAIL; status=1; }

echo
echo "== uniconf test suite: release tree $release, sanitizer tree $sanitize =="
exit $status
