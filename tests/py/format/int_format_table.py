# A grid of integer values and format specs, compared exactly.
values = [0, 1, -1, 7, 255, -255, 65535, 10**12, -(2**63), 2**100]
specs = ["", "d", "5d", "<6", "^7", "+", " ", "x", "#X", "o", "#o", "b", "#b", ",", "_", "08", "e", ".2f", "%"]
for v in values:
    print(" | ".join(format(v, spec) for spec in specs))
print(format(65, "c"), format(0x1F600, "c"), format(10, "#010b"), format(-10, "#06x"))
