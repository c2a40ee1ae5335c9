# py-test: traceback
# AttributeError on an instance of a user class (no close-match suggestion involved).
class Job:
    def __init__(self):
        self.name = "job"
j = Job()
print(j.name)
print(j.zzz_unknown_field)
