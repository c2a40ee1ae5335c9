# A connection state machine driven by events, with a transition table and a history log.
TRANSITIONS = {
    ("closed", "open"): "syn_sent",
    ("syn_sent", "syn_ack"): "established",
    ("syn_sent", "timeout"): "closed",
    ("established", "data"): "established",
    ("established", "close"): "fin_wait",
    ("established", "peer_close"): "close_wait",
    ("fin_wait", "ack"): "time_wait",
    ("close_wait", "close"): "last_ack",
    ("last_ack", "ack"): "closed",
    ("time_wait", "timeout"): "closed",
}
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__("no transition from %s on %s" % (state, event))
class Connection:
    def __init__(self, name):
        self.name, self.state, self.history, self.bytes = name, "closed", [], 0
    def handle(self, event, payload=b""):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(*key)
        new = TRANSITIONS[key]
        if event == "data":
            self.bytes += len(payload)
        self.history.append("%s -%s-> %s" % (self.state, event, new))
        self.state = new
        return new
scripts = {
    "active": [("open",), ("syn_ack",), ("data", b"hello"), ("data", b"world!"), ("close",), ("ack",), ("timeout",)],
    "passive": [("open",), ("syn_ack",), ("peer_close",), ("close",), ("ack",)],
    "broken": [("open",), ("data", b"too early")],
}
for name, events in scripts.items():
    c = Connection(name)
    try:
        for ev in events:
            c.handle(*ev)
    except InvalidTransition as e:
        print(name, "error:", e)
    print(name, c.state, c.bytes)
    for h in c.history:
        print("   ", h)
