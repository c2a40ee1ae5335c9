# Names bound conditionally, deleted and re-bound; NameError after del in loops.
import math
if math.pi > 3:
    flag = "big"
else:
    flag = "small"
print(flag)
for i in range(3):
    temp = i * 2
    if i < 2:
        del temp
print(temp)
try:
    del temp
    temp
except NameError as e:
    print("NameError", e)
