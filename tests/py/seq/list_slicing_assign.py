# Slice reads and writes on lists, including step slices and negative indices.
l = list(range(10))
print(l[2:7], l[-3:], l[::-1], l[1::2], l[8:2:-2], l[:0], l[-1:-4:-1])
l[1:3] = []
print(l)
l[0:0] = ["a", "b"]
print(l)
l[-1:] = ["end", "more"]
print(l)
l[::3] = ["X"] * len(l[::3])
print(l)
del l[1::2]
print(l)
l[len(l):] = [0]
print(l)
nums = [1, 2, 3, 4, 5]
nums[1:4] = "xy"
print(nums)
try:
    nums[::-1] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    nums[10]
except IndexError as e:
    print("IndexError", e)
try:
    nums[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    nums["a"]
except TypeError as e:
    print("TypeError", e)
