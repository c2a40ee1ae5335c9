# py-test: syntax
# SyntaxError: Import with no module name.
import
