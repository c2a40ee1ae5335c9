# The standard exception hierarchy as seen through __mro__.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, KeyError, IndexError, ValueError, UnicodeError, TypeError,
           AttributeError, NameError, UnboundLocalError, RuntimeError, RecursionError,
           NotImplementedError, StopIteration, GeneratorExit, SystemExit, KeyboardInterrupt,
           AssertionError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError,
           MemoryError, EOFError, SyntaxError, IndentationError, UnicodeDecodeError,
           UnicodeEncodeError, PermissionError, TimeoutError, ConnectionError,
           ConnectionResetError, ConnectionAbortedError, ConnectionRefusedError,
           BrokenPipeError, InterruptedError, FileExistsError, IsADirectoryError,
           NotADirectoryError, BlockingIOError]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(BrokenPipeError, OSError), issubclass(KeyError, IndexError))
print(issubclass(bool, int), issubclass(RecursionError, RuntimeError))
