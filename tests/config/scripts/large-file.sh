# large-file.sh: a unikernel.yml over the 16 MiB limit is refused with one
# line (status 1), without reading it all; a 0-byte file is "empty".
. "$(dirname "$0")/lib.sh"
truncate -s 17M big.yml
run -f big.yml describe
expect_status 1
expect_out "$work/.err" "big.yml: error: cannot read: larger than 16 MiB"
: >empty.yml
run -f empty.yml describe
expect_status 1
expect_out "$work/.err" "empty.yml:1:1: error: the file is empty"
echo "PASS"
