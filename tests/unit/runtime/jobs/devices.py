# start() gets the job's devices in order; the console reads lines (a bad
# timeout is ValueError, a huge one none at all).
import uniconf


def start(console, net, data):
    print(console, net.type, net.ipv4, net.address, net.prefix, net.gateway, net.mac, net.mtu)
    print(data.type, data.image, data.readonly)
    print(uniconf.devices["net0"] is net, sorted(uniconf.devices))
    console.write("name? ")
    for bad in (-1, float("nan")):
        try:
            console.readline(bad)
        except ValueError as e:
            print("timeout", bad, e)
    line = console.readline(1e300)  # beyond the clock: no deadline
    print("hello,", line.strip())
    for line in console:
        print("got", repr(line))
    print("end of input", repr(console.readline()))
