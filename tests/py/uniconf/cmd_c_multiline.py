# py-test: expected
# cpython-too: yes
# cmd: -c "def f(n):\n    return n * 2\nfor i in range(3):\n    print(f(i))"
# -c CODE may hold several lines, with definitions and indented blocks.
