# Safe patterns for mutating lists while iterating: copies, comprehensions, reverse index loop.
nums = list(range(10))
for n in nums[:]:
    if n % 2:
        nums.remove(n)
print(nums)
nums = list(range(10))
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(nums)
q = [1]
seen = []
for x in q:
    seen.append(x)
    if x < 20:
        q.append(x * 2)
print(seen)
stack = [[1, [2, [3]]]]
out = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        out.append(item)
print(out)
