import json
doc = {"items": [{"id": i, "name": "item %d" % i, "price": i * 1.25, "tags": ["a", "b", "c"],
                  "ok": i % 2 == 0, "none": None} for i in range(9000)]}
s = json.dumps(doc)
for _ in range(3):
    back = json.loads(s)
    s = json.dumps(back)
print(len(s), len(back["items"]))
