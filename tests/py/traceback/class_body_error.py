# py-test: traceback
# An exception raised while executing a class body.
class Settings:
    port = 8080
    limit = port // 0
