# str.format: positional, numbered, keyword, attribute and index fields, specs.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 5))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:.3f} {:e} {:,d} {:08.2f} {:+.1f}".format(2 / 3, 12345.678, 9876543, -3.14159, 2.25))
print("{!r} {!s} {!a}".format("x", "y", "ü"))
print("{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:{1}}|".format("pad", 6))
items = {"apples": 3, "pears": 12}
for k, v in items.items():
    print("{:<8}{:>4}".format(k, v))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
print(format(255, "x"), format(3.5, ".2f"), format("s", "^5"), format(10), format(1.5))
