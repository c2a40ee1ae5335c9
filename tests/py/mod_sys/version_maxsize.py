# sys.version_info basics, sys.maxsize, sys.byteorder, sys.implementation.
import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info < (4,))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, type(sys.maxsize).__name__)
print(isinstance(sys.version, str), isinstance(sys.implementation.name, str), sys.byteorder)
print(len(sys.version_info) >= 3, tuple(sys.version_info[:1]))
