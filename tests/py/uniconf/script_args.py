# py-test: expected
# cpython-too: yes
# args: one "two words" --flag=3 '' -c last
# Arguments after the script go to sys.argv unchanged, even ones that look like options.
import sys
print(len(sys.argv))
print(sys.argv[1:])
print(sys.argv[0].rsplit("/", 1)[-1])
