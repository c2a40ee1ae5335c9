# A ledger with accounts, transfers, an audit log, custom exceptions and a rollback on failure.
class LedgerError(Exception):
    pass
class InsufficientFunds(LedgerError):
    pass
class Ledger:
    def __init__(self):
        self.balances, self.log = {}, []
    def open(self, name, amount=0):
        if name in self.balances:
            raise LedgerError("account exists: " + name)
        self.balances[name] = amount
        self.log.append(("open", name, amount))
    def transfer(self, src, dst, amount):
        if amount <= 0:
            raise LedgerError("amount must be positive")
        for n in (src, dst):
            if n not in self.balances:
                raise LedgerError("no account: " + n)
        if self.balances[src] < amount:
            raise InsufficientFunds("%s has %d, needs %d" % (src, self.balances[src], amount))
        self.balances[src] -= amount
        self.balances[dst] += amount
        self.log.append(("transfer", src, dst, amount))
    def batch(self, ops):
        saved = (dict(self.balances), list(self.log))
        try:
            for op in ops:
                self.transfer(*op)
        except LedgerError:
            self.balances, self.log = saved
            raise
l = Ledger()
for name, amt in (("alice", 100), ("bob", 50), ("carol", 0)):
    l.open(name, amt)
l.transfer("alice", "bob", 30)
for op in [("bob", "carol", 100), ("alice", "dave", 1), ("alice", "bob", 0)]:
    try:
        l.transfer(*op)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except LedgerError as e:
        print("ledger error:", e)
try:
    l.batch([("alice", "carol", 10), ("bob", "carol", 20), ("carol", "alice", 1000)])
except LedgerError as e:
    print("batch rolled back:", e)
l.batch([("alice", "carol", 10), ("bob", "carol", 20)])
print(l.balances, sum(l.balances.values()))
for entry in l.log:
    print(entry)
try:
    l.open("bob")
except LedgerError as e:
    print(e)
