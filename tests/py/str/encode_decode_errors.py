# Encoding and decoding with error handlers; invalid UTF-8.
print("aé€".encode("ascii", "ignore"), "aé€".encode("ascii", "replace"))
print("aé".encode("latin-1"), b"a\xe9".decode("latin-1"), "aé".encode("utf-8", "strict"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"ab\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), "é".encode("ascii", "backslashreplace"))
print("aé".encode("ascii", "xmlcharrefreplace"))
print(b"abc".decode("ascii"), "x".encode("UTF-8"), "y".encode("utf8"))
