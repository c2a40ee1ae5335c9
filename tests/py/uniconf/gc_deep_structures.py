# py-test: expected
# cpython-too: yes
# uniconf-args: -X heapsize=32M
# The collector keeps deep structures alive while garbage is churned around them (a
# collector that marks recursively must not overflow the C stack), then reclaims them.
class Node:
    def __init__(self, nxt):
        self.next = nxt
def deep_list(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
def chain(n):
    head = None
    for _ in range(n):
        head = Node(head)
    return head
def churn(n):
    kept = 0
    for i in range(n):
        junk = [i, (i, i), {"k": i}]
        if i % 50000 == 0:
            kept += len(junk)
    return kept
def list_depth(v):
    d = 0
    while v:
        v = v[0]
        d += 1
    return d
def chain_length(head):
    n = 0
    while head is not None:
        head = head.next
        n += 1
    return n
deep = deep_list(100000)
linked = chain(50000)
print("churn", churn(150000))
print("still alive:", list_depth(deep), chain_length(linked))
deep = linked = None
print("churn", churn(150000))
again = deep_list(100000)
print("rebuilt:", list_depth(again), chain_length(chain(50000)))
