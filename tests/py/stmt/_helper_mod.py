# A helper module imported by stmt/import_local_module.py (not a test itself).
VALUE = 42
loads = 1
def greet(who):
    return "hello, " + who
