# Exceptions as objects: adding attributes, args mutation, with_traceback returning self.
e = ValueError("a", "b")
e.args = ("changed",)
print(e, e.args, repr(e))
e.note = "extra"
print(e.note)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.note, caught.__traceback__ is not None)
x = KeyError("k")
print(x.with_traceback(None) is x, str(x), repr(x))
class WithCode(Exception):
    code = 3
print(WithCode().code, WithCode("m").args, isinstance(WithCode(), Exception))
