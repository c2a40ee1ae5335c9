# deque as a queue for breadth-first search and as a sliding window.
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs("a"))
window = deque(maxlen=3)
avgs = []
for x in [1, 5, 2, 8, 3, 9, 4]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
