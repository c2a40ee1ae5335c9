# broken.py: a job that raises two calls deep.


def divide(a, b):
    return a / b


print("broken: about to divide")
divide(1, 0)
