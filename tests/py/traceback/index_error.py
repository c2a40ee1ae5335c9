# py-test: traceback
# IndexError from a list subscript in a nested function.
def last_of(items):
    def pick(i):
        return items[i]
    return pick(len(items))
last_of([1, 2, 3])
