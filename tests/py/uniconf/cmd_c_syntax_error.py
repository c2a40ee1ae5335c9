# py-test: expected
# cmd: -c "x = = 1"
# expect-status: 1
# expect-stderr: \A<string>:1:5: error: SyntaxError: 
# A syntax error in -c code is reported at <string>:LINE:COL.
