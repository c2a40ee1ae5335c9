# Rendering numbers in reports: thousands separators, fixed widths, signs, percentages, scientific.
rows = [("revenue", 1234567.891), ("cost", -98765.4321), ("margin", 0.23456), ("tiny", 0.000012345), ("huge", 6.02214076e23)]
for name, v in rows:
    print("%-8s|%15.2f|%+12.3e|%10.4g|%s|%s" % (name, v, v, v, format(v, ",.1f"), "{:.1%}".format(v)))
for n in (0, 7, -7, 1000, 10 ** 9, -(10 ** 12)):
    print("[%8d] [%-8d] [%08d] [%+d] [{:,}] [{:_x}]".format(n, n) % (n, n, n, n))
