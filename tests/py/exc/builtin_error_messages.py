# Stable messages of common built-in errors.
nothing, five = None, 5
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: "a"[5],
    lambda: {}["k"],
    lambda: int("12x"),
    lambda: int("1", 99),
    lambda: float("abc"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: len(5),
    lambda: nothing(),
    lambda: five[0],
    lambda: undefined_name,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: int(None),
    lambda: [1, 2].remove(3),
    lambda: set().pop(),
    lambda: (1, 2) < (1, "a"),
    lambda: "x" * "y",
    lambda: {}[[]],
    lambda: object().x,
    lambda: abs("s"),
    lambda: divmod(1, 0),
]
for fn in cases:
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
