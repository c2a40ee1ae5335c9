# ljust/rjust/center and format alignment with multi-byte characters count code points.
for s in ("abc", "äöü", "日本", "😀x"):
    print("[%s] [%s] [%s] [%5s] [%-5s] [{:^7}] [{:*>6}]".format(s, s) % (s.ljust(5, "."), s.rjust(5), s.center(6, "~"), s, s))
