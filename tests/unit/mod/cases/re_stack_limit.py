# re: a match whose backtracking would outgrow its stack (a share of the 8 MB heap) raises
# RecursionError instead of exhausting memory or the C stack; the interpreter goes on.
# py-test: expected
# uniconf-args: -X heapsize=8M
import re
subject = "ab" * 200000
try:
    re.match(r"(?:ab)*c", subject)
except RecursionError as e:
    print("RecursionError", e)
print(re.match(r"(?:a|b)*c?", subject).end(), re.search(r"c", subject), re.match(r"(?:ab){3}", subject).end())
try:
    re.compile("(" * 150 + ")" * 150)
except RecursionError as e:
    print("RecursionError", e)
print(re.compile("(" * 90 + "x" + ")" * 90).match("x").lastindex)
