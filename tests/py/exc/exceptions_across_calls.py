# Exceptions unwind through several frames, running finally blocks on the way.
log = []
def level3():
    try:
        raise ValueError("deep")
    finally:
        log.append("l3 finally")
def level2():
    try:
        level3()
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        log.append("l1 caught " + str(e))
        return "handled"
print(level1(), log)
def gen():
    try:
        yield 1
        raise KeyError("from generator")
    finally:
        print("generator finally")
def consume():
    for x in gen():
        print("got", x)
try:
    consume()
except KeyError as e:
    print("KeyError", e)
