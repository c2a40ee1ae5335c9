# any() and all() stop at the first decisive element.
seen = []
def watch(xs):
    for x in xs:
        seen.append(x)
        yield x
print(any(watch([0, 0, 3, 0, 5])), seen)
seen.clear()
print(all(watch([1, 2, 0, 4])), seen)
seen.clear()
print(any(watch([])), all(watch([])), seen)
print(any([0, "", None]), all([1, "x", [0]]), any(["", "a"]), all([[], 1]))
