# String comparison is by code point; sorting with keys; min/max.
words = ["banana", "Apple", "apple", "cherry", "Banana", "", "a", "aa", "ab", "é", "z"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
print(max(words), min(words), max(words, key=len), min(words, key=len))
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
