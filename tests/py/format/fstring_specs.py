# f-string format specs: width, fill, align, sign, precision, types, nested specs.
x, y, s = 3.14159, 42, "hi"
print(f"[{y:5}] [{y:<5}] [{y:^5}] [{y:>5}] [{y:05}] [{y:+}] [{-y:+}] [{y: }]")
print(f"[{s:5}] [{s:>5}] [{s:*^6}] [{s:.1}]")
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:e}] [{x:.3E}] [{x:g}] [{x:%}] [{x:.1%}]")
print(f"[{y:x}] [{y:X}] [{y:o}] [{y:b}] [{y:#x}] [{y:#o}] [{y:#b}] [{y:08b}] [{y:c}]")
print(f"[{1234567:,}] [{1234567:_}] [{1234567.891:,.2f}] [{0xFFFF:_x}]")
width, prec = 10, 3
print(f"[{x:{width}.{prec}f}] [{s:{'>'}{width}}]")
print(f"[{y:=+8}] [{-y:=8}] [{y:#010x}]")
print(f"[{0.000012345:g}] [{123456789.0:g}] [{1e16:g}] [{100.0:g}] [{0.0001:g}]")
print(f"[{2.5:.0f}] [{3.5:.0f}] [{-0.0:.1f}] [{1/3:.15f}]")
