# py-test: traceback
# Frames of methods, a property and __init__ show their function names.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return 100 / self.balance
    def report(self):
        return "ratio %s" % self.ratio
acct = Account(50)
print(acct.report())
Account(0).report()
