# in, not in, is, is not on various containers; __contains__ fallback to iteration.
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in {"a": 1, "b": 2}, 1 in {1: "x"}.values())
print("ell" in "hello", "" in "abc", "xz" in "xyz")
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), 10 in range(10))
one = 1
print(None is None, [] is [], () == (), one is not None)
a = [1]
b = a
print(a is b, a is not [1], a == [1])
class Seq:
    def __iter__(self):
        return iter([10, 20])
print(10 in Seq(), 30 in Seq())
class Box:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Box(), "other" in Box(), "other" not in Box())
class OldStyle:
    def __getitem__(self, i):
        if i < 3:
            return i * 5
        raise IndexError
print(10 in OldStyle(), 15 in OldStyle())
nan = float("nan")
print(nan in [nan], nan == nan)
