# while loops with compound conditions, walrus, and nested break/else flows.
data = [3, 7, 0, 5, 9]
i = 0
while i < len(data) and data[i] != 0:
    i += 1
print("first zero at", i)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print("stopped with", stack)
n, found = 2, []
while len(found) < 8:
    for p in found:
        if n % p == 0:
            break
    else:
        found.append(n)
    n += 1
print(found)
