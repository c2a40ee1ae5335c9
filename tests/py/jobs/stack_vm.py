# A tiny stack virtual machine: assemble text to instructions, run with a step limit, trace errors.
PROGRAM = """
    push 10
    store n
    push 0
    store acc
loop:
    load n
    jz done
    load acc
    load n
    add
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
def assemble(text):
    code, labels = [], {}
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(a, a)) for op, a in code]
class VMError(Exception):
    pass
def run(code, limit=10000):
    stack, mem, pc, steps, out = [], {}, 0, 0, []
    while True:
        if steps >= limit:
            raise VMError("step limit reached at pc=%d" % pc)
        steps += 1
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            if arg not in mem:
                raise VMError("undefined %s" % arg)
            stack.append(mem[arg])
        elif op in ("add", "sub", "mul"):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps
        else:
            raise VMError("bad opcode %r" % op)
code = assemble(PROGRAM)
print(code[:6])
print(run(code))
for bad in ["push 1\nload x\nhalt", "loop:\njmp loop", "push 1\nfrobnicate\n", "add"]:
    try:
        print(run(assemble(bad), limit=50))
    except VMError as e:
        print("VMError:", e)
    except IndexError as e:
        print("IndexError:", e)
