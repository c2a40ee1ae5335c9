print("never configured")
