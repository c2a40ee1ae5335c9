# An inventory with classes, properties, exceptions and a summary report.
class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError("negative price for %s" % self.sku)
        self._price = round(v, 2)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return "Item(%r, qty=%d)" % (self.sku, self.qty)
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def take(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock("%s: want %d, have %d" % (sku, n, item.qty))
        item.qty -= n
        return item.price * n
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))
    def __len__(self):
        return len(self.items)
inv = Inventory()
inv.add(Item("A1", "bolt", 0.1, 500))
inv.add(Item("B2", "nut", 0.05, 1000))
inv.add(Item("C3", "gear", 12.5, 8))
inv.add(Item("A1", "bolt", 0.1, 250))
revenue = 0.0
for sku, n in [("A1", 100), ("C3", 10), ("Z9", 1), ("C3", 8), ("B2", 999)]:
    try:
        revenue += inv.take(sku, n)
        print("sold", n, sku)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
try:
    inv.items["B2"].price = -1
except ValueError as e:
    print("ValueError:", e)
inv.items["B2"].price = 0.0749
print("revenue %.2f" % revenue, len(inv), list(inv))
for it in inv:
    print("%-3s %-5s %6.2f x %4d = %8.2f" % (it.sku, it.name, it.price, it.qty, it.value))
