def f():
    s = "café" +* 2
