# split and join are inverse for separators; splitlines/join; rsplit vs split with maxsplit.
samples = ["a,b,c", ",a,,b,", "", ",", "no separator", "x,y"]
for s in samples:
    parts = s.split(",")
    print(repr(s), parts, ",".join(parts) == s, s.split(",", 1), s.rsplit(",", 1))
text = "l1\nl2\r\nl3\n"
print(text.splitlines(True), "".join(text.splitlines(True)) == text)
print("a b  c".split(" ", 2), "a b  c".rsplit(" ", 2), "  a  ".split(" "))
