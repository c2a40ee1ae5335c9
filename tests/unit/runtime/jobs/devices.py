# start() gets the job's devices in order; the console reads lines.
import uniconf


def start(console, net, data):
    print(console, net.type, net.ipv4, net.address, net.prefix, net.gateway, net.mac, net.mtu)
    print(data.type, data.image, data.readonly)
    print(uniconf.devices["net0"] is net, sorted(uniconf.devices))
    console.write("name? ")
    line = console.readline()
    print("hello,", line.strip())
    for line in console:
        print("got", repr(line))
    print("end of input", repr(console.readline()))
