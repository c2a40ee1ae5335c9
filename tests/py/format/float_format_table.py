# A grid of float values and format specs, compared exactly.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1e-10, 123456.789, 1e300, 5e-324, 0.5, 1.25, 1234.5]
specs = ["", ".0f", ".1f", ".3f", ".2e", ".3g", "g", ".10g", "10.2f", "<12.4g", "+.2%", ".0e", "r"]
for v in values:
    cells = []
    for spec in specs:
        if spec == "r":
            cells.append(repr(v))
        else:
            cells.append(format(v, spec))
    print(" | ".join(cells))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, ".2f"), format(v, "e"), format(v, "g"), format(v, "10"), repr(v), str(v))
