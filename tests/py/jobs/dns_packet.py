# Build and parse a DNS-style query packet with struct: header, labels, and a compressed name.
import struct
def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        raw = label.encode("ascii")
        if not 0 < len(raw) < 64:
            raise ValueError("bad label %r" % label)
        out += bytes([len(raw)]) + raw
    return out + b"\x00"
def build_query(qid, name, qtype=1):
    header = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    return header + encode_name(name) + struct.pack(">HH", qtype, 1)
def decode_name(packet, off):
    labels, jumped, end = [], False, off
    while True:
        n = packet[off]
        if n & 0xC0 == 0xC0:
            ptr = struct.unpack(">H", packet[off:off + 2])[0] & 0x3FFF
            if not jumped:
                end = off + 2
            off, jumped = ptr, True
            continue
        if n == 0:
            return ".".join(labels), (end if jumped else off + 1)
        labels.append(packet[off + 1:off + 1 + n].decode("ascii"))
        off += n + 1
q = build_query(0xBEEF, "job.uniconf.example")
print(q.hex())
qid, flags, qd, an, ns, ar = struct.unpack(">HHHHHH", q[:12])
print(hex(qid), hex(flags), qd, an, ns, ar)
name, off = decode_name(q, 12)
print(name, off, struct.unpack(">HH", q[off:off + 4]))
answer = q + b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 300, 4) + bytes([10, 0, 0, 2])
name2, off2 = decode_name(answer, len(q))
typ, cls, ttl, rdlen = struct.unpack(">HHIH", answer[off2:off2 + 10])
print(name2, typ, cls, ttl, ".".join(map(str, answer[off2 + 10:off2 + 10 + rdlen])))
try:
    encode_name("bad..name")
except ValueError as e:
    print("ValueError", e)
