# Negative indices, index/insert at boundaries, and list.insert beyond the ends.
l = [0, 1, 2, 3, 4]
print(l[-1], l[-5], l[-len(l)], l[len(l) - 1])
try:
    l[-6]
except IndexError as e:
    print("IndexError", e)
l.insert(-1, "a")
l.insert(-100, "start")
l.insert(100, "end")
print(l)
l[-2] = "second-last"
print(l, l.index("a"), l.pop(-2), l)
del l[-1]
print(l)
