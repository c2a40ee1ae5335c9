data = [(i * 7919) % 100003 for i in range(300000)]
squares = [x * x for x in data if x % 3]
data.sort()
squares.sort(reverse=True)
words = sorted(str(x) for x in data[:50000])
print(data[0], data[-1], squares[0], words[0], len(squares))
