# dict comprehensions: filtering, inverting, nested, from zip, with conditional values.
prices = {"tea": 3.5, "cake": 4.25, "water": 1.0, "pie": 5.75}
print({k: v for k, v in prices.items() if v > 3})
print({v: k for k, v in prices.items()})
print({k: ("cheap" if v < 4 else "dear") for k, v in sorted(prices.items())})
print({k[0]: {kk: vv for kk, vv in prices.items() if kk[0] == k[0]} for k in prices})
print(dict(zip(range(3), "abc")), {i: i ** 2 for i in range(5) if i % 2})
