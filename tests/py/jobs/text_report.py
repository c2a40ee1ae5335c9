# A text report: aggregate sales records and print an aligned table with totals and percentages.
records = """region,product,units,price
north,widget,120,2.50
south,widget,80,2.50
north,gadget,15,19.99
east,widget,200,2.45
south,gizmo,7,105.00
east,gadget,30,18.75
north,gizmo,2,110.00
west,widget,0,2.50
"""
rows = []
lines = records.strip().splitlines()
header = lines[0].split(",")
for line in lines[1:]:
    rec = dict(zip(header, line.split(",")))
    rec["units"] = int(rec["units"])
    rec["price"] = float(rec["price"])
    rec["revenue"] = rec["units"] * rec["price"]
    rows.append(rec)
by_region = {}
for r in rows:
    agg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0, "products": set()})
    agg["units"] += r["units"]
    agg["revenue"] += r["revenue"]
    agg["products"].add(r["product"])
total = sum(a["revenue"] for a in by_region.values())
print("%-8s %6s %10s %6s  %s" % ("region", "units", "revenue", "share", "products"))
print("-" * 50)
for region, a in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    share = a["revenue"] / total * 100 if total else 0
    print("%-8s %6d %10.2f %5.1f%%  %s" % (region, a["units"], a["revenue"], share, ",".join(sorted(a["products"]))))
print("-" * 50)
print("%-8s %6d %10.2f %5.1f%%" % ("total", sum(a["units"] for a in by_region.values()), total, 100.0))
best = max(rows, key=lambda r: r["revenue"])
print("best line: {region}/{product} with {revenue:,.2f}".format(**best))
print("unsold:", [r["region"] + "/" + r["product"] for r in rows if not r["units"]])
