# The everyday builtins exist and are callable (a missing one is a NameError, reported by name).
lookups = [
    ("abs", lambda: abs), ("all", lambda: all), ("any", lambda: any), ("ascii", lambda: ascii),
    ("bin", lambda: bin), ("bool", lambda: bool), ("bytearray", lambda: bytearray),
    ("bytes", lambda: bytes), ("callable", lambda: callable), ("chr", lambda: chr),
    ("classmethod", lambda: classmethod), ("delattr", lambda: delattr), ("dict", lambda: dict),
    ("dir", lambda: dir), ("divmod", lambda: divmod), ("enumerate", lambda: enumerate),
    ("filter", lambda: filter), ("float", lambda: float), ("format", lambda: format),
    ("frozenset", lambda: frozenset), ("getattr", lambda: getattr),
    ("globals", lambda: globals), ("hasattr", lambda: hasattr), ("hash", lambda: hash),
    ("hex", lambda: hex), ("id", lambda: id), ("input", lambda: input), ("int", lambda: int),
    ("isinstance", lambda: isinstance), ("issubclass", lambda: issubclass),
    ("iter", lambda: iter), ("len", lambda: len), ("list", lambda: list),
    ("locals", lambda: locals), ("map", lambda: map), ("max", lambda: max),
    ("memoryview", lambda: memoryview), ("min", lambda: min), ("next", lambda: next),
    ("object", lambda: object), ("oct", lambda: oct), ("ord", lambda: ord),
    ("pow", lambda: pow), ("print", lambda: print), ("property", lambda: property),
    ("range", lambda: range), ("repr", lambda: repr), ("reversed", lambda: reversed),
    ("round", lambda: round), ("set", lambda: set), ("setattr", lambda: setattr),
    ("slice", lambda: slice), ("sorted", lambda: sorted),
    ("staticmethod", lambda: staticmethod), ("str", lambda: str), ("sum", lambda: sum),
    ("super", lambda: super), ("tuple", lambda: tuple), ("type", lambda: type),
    ("vars", lambda: vars), ("zip", lambda: zip),
]
missing = []
for name, look in lookups:
    try:
        if not callable(look()):
            missing.append(name + " (not callable)")
    except NameError:
        missing.append(name)
print(len(lookups), "looked up; missing:", missing)
