# main.py: a job that names its devices.
print("devices")
