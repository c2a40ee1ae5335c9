# json.dump and json.load with file-like objects from io.
import io
import json
buf = io.StringIO()
json.dump({"list": [1, 2], "s": "x"}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('  {"z": [true]}  ')))
