# A larger JSON document: thousands of records through dumps and loads.
import json
records = [{"id": i, "name": "item%d" % i, "price": i * 0.25, "tags": ["t%d" % (i % 7)], "ok": i % 3 == 0}
           for i in range(3000)]
s = json.dumps(records)
print(len(s), s[:120])
back = json.loads(s)
print(len(back), back[1234], back == records)
compact = json.dumps(records, separators=(",", ":"))
print(len(compact), sum(r["price"] for r in json.loads(compact)))
pretty = json.dumps(records[:2], indent=2, sort_keys=True)
print(pretty)
