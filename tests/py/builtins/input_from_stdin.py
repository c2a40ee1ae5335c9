# input() reads lines from stdin (piped from input_from_stdin.in), prompt goes to stdout, EOFError at end.
name = input("name? ")
print("hello", name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
line = input("with spaces: ")
print(repr(line))
try:
    input("last: ")
except EOFError as e:
    print("EOFError", repr(str(e)))
