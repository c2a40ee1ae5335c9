print("net")
