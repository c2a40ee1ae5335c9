# Length-prefixed framing over a byte stream: split arbitrary chunks into messages, checksums, errors.
import struct
import binascii
import io
def frame(payload):
    return struct.pack(">HI", len(payload), binascii.crc32(payload)) + payload
class Deframer:
    def __init__(self):
        self.buf = b""
        self.errors = 0
    def feed(self, chunk):
        self.buf += chunk
        out = []
        while len(self.buf) >= 6:
            n, crc = struct.unpack(">HI", self.buf[:6])
            if len(self.buf) < 6 + n:
                break
            payload, self.buf = self.buf[6:6 + n], self.buf[6 + n:]
            if binascii.crc32(payload) != crc:
                self.errors += 1
                continue
            out.append(payload)
        return out
msgs = [b"hello", b"", b"x" * 300, "unicodé ✓".encode(), bytes(range(256))]
stream = b"".join(frame(m) for m in msgs)
corrupt = bytearray(frame(b"corrupt me"))
corrupt[-1] ^= 0xFF
stream += bytes(corrupt) + frame(b"after")
d = Deframer()
got = []
src = io.BytesIO(stream)
sizes = [1, 2, 3, 5, 7, 11, 13, 64]
i = 0
while True:
    chunk = src.read(sizes[i % len(sizes)])
    if not chunk:
        break
    got.extend(d.feed(chunk))
    i += 1
print(len(got), d.errors, len(d.buf), [len(g) for g in got])
print(got[0], got[3].decode(), got[-1], got[:5] == msgs)
