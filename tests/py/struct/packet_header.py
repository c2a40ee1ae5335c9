# A network-style header packed and parsed with struct: checksum, fields, payload.
import struct
HDR = ">BBHIH"
def checksum(data):
    if len(data) % 2:
        data += b"\x00"
    s = sum(struct.unpack(">%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF
payload = b"hello, unikernel"
hdr = struct.pack(HDR, 4, 17, len(payload), 0x0A000002, 0)
csum = checksum(hdr + payload)
packet = struct.pack(HDR, 4, 17, len(payload), 0x0A000002, csum) + payload
print(packet.hex())
ver, proto, length, addr, got = struct.unpack(HDR, packet[:struct.calcsize(HDR)])
print(ver, proto, length, ".".join(str(b) for b in struct.pack(">I", addr)), got == csum, checksum(packet))
print(packet[struct.calcsize(HDR):].decode())
