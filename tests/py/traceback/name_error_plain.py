# py-test: traceback
# NameError for a name with no similar names in scope.
def main():
    return qqqqqqq_undefined_xyz + 1
main()
