# Case methods on ASCII text: upper, lower, capitalize, title, swapcase, casefold, is*.
for s in ["hello World", "123abc", "", "mIxEd CaSe-words_here", "it's o'neil", "x1y2 z3", "ALL CAPS"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("hello".isupper(), "HELLO".isupper(), "Hello".istitle(), "hello world".istitle(), "Hello World".istitle())
print("abc".islower(), "ABC1".isupper(), "1".isupper(), "1".islower(), "A1b".istitle(), "".istitle())
