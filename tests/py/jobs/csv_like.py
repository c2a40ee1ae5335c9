# Process delimited records with quoting by hand: parse, filter, group and write back out.
DATA = '''id;name;city;score
1;"Smith; John";Berlin;82
2;Anna;"New ""York""";91
3;Bo;Berlin;77
4;"Li";Paris;91
5;Eve;Paris;'''
def split_record(line, sep=";"):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                cur.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == sep:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields
def quote(f, sep=";"):
    return '"%s"' % f.replace('"', '""') if sep in f or '"' in f else f
lines = DATA.splitlines()
head = split_record(lines[0])
rows = [dict(zip(head, split_record(l))) for l in lines[1:]]
for r in rows:
    print(r)
scored = [r for r in rows if r["score"]]
by_city = {}
for r in scored:
    by_city.setdefault(r["city"], []).append(int(r["score"]))
for city in sorted(by_city):
    s = by_city[city]
    print("%-10s n=%d avg=%.1f" % (city, len(s), sum(s) / len(s)))
print("missing score:", [r["name"] for r in rows if not r["score"]])
out = [";".join(quote(f) for f in head)]
for r in sorted(scored, key=lambda r: (-int(r["score"]), r["name"])):
    out.append(";".join(quote(r[h]) for h in head))
print("\n".join(out))
