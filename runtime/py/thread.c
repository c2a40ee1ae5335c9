/* thread.c: threads of execution. Each py_thread owns a C stack range, the
 * handler chain of its exceptions, and a chain of frame-stack chunks from
 * which Python frames are carved without touching the C stack. The embedder
 * switches C stacks; we only record where each stopped (see py.h). */
#include "core.h"

#include <uniconf/platform.h>

#define CSTACK_MARGIN (48 * 1024)
#define CHUNK_MIN (64 * 1024)

/* A frame-stack chunk's header, at the start of its raw block's data. */
typedef struct chunk {
    py_val prev;    /* the previous chunk (raw block) or PY_NULL */
    char *prev_top; /* the previous chunk's top when this one was started */
    char *end;
} chunk;

static void thread_trace(py_object *o)
{
    py_thread *t = (py_thread *)o;
    py_gc_mark(t->exc);
    py_gc_mark(t->handled);
    /* Chunks: the live part of each, conservatively. */
    char *top = t->area_top;
    for (py_val a = t->area; a;) {
        py_gc_mark(a);
        chunk *c = py_raw_data(a);
        py_gc_mark_conservative(c + 1, top);
        top = c->prev_top;
        a = c->prev;
    }
}

static py_type thread_type = {.name = "thread", .trace = thread_trace};

static py_thread *thread_make(void *lo, void *hi)
{
    py_thread *t = py_gc_alloc(&thread_type, sizeof(py_thread));
    t->stack_lo = lo;
    t->stack_hi = hi;
    t->stack_limit = (char *)lo + CSTACK_MARGIN;
    t->next_thread = py_G->threads;
    py_G->threads = t;
    return t;
}

py_thread *py_thread_init_main(void *top, size_t size)
{
    py_thread *t = thread_make((char *)top - size, top);
    py_G->cur = t;
    return t;
}

py_thread *py_thread_new(void *stack_lo, void *stack_hi)
{
    return thread_make(stack_lo, stack_hi);
}

py_thread *py_thread_current(void)
{
    return py_G->cur;
}

__attribute__((noinline)) void py_thread_leave(void)
{
    jmp_buf regs;
    setjmp(regs);
    py_thread *t = py_G->cur;
    /* Registers are spilled into REGS, which lies below the caller's frame;
     * the collector scans from here while the thread is away. A margin
     * covers the frames of the switch routine itself. */
    uintptr_t sp = (uintptr_t)&regs - 256;
    t->saved_sp = sp < (uintptr_t)t->stack_lo ? t->stack_lo : (char *)sp;
}

void py_thread_enter(py_thread *t)
{
    t->saved_sp = NULL;
    py_G->cur = t;
}

void py_thread_free(py_thread *t)
{
    py_thread **pp = &py_G->threads;
    while (*pp && *pp != t)
        pp = &(*pp)->next_thread;
    if (*pp)
        *pp = t->next_thread;
    t->area = PY_NULL;
}

_Noreturn void py_cstack_overflow(void)
{
    py_thread *t = py_G->cur;
    /* Leave room for raising: the handler gets the margin back. */
    t->stack_limit -= CSTACK_MARGIN / 2;
    py_val e = py_exc_make(&py_exc_RecursionError, "maximum recursion depth exceeded");
    t->stack_limit += CSTACK_MARGIN / 2;
    py_throw(e);
}

_Noreturn void py_throw(py_val exc)
{
    py_thread *t = py_G->cur;
    t->exc = exc;
    if (!t->jmp)
        platform_panic("py: exception raised outside any handler");
    /* The reprs started while this handler or a newer one was innermost are
     * abandoned. Handlers live on the thread's C stack, which grows down:
     * newer ones are at lower addresses. */
    while (t->nreprs > 0 && (uintptr_t)t->reprs[t->nreprs - 1].jmp <= (uintptr_t)t->jmp)
        t->nreprs--;
    longjmp(t->jmp->buf, 1);
}

/* ---- The frame stack ---- */

void *py_frame_alloc(size_t bytes);
void py_frame_free(void *p);

void *py_frame_alloc(size_t bytes)
{
    py_thread *t = py_G->cur;
    bytes = (bytes + 15) & ~(size_t)15;
    if (unlikely(!t->area || t->area_top + bytes > t->area_end)) {
        size_t size = bytes + sizeof(chunk) + 16 > CHUNK_MIN ? bytes + sizeof(chunk) + 16
                                                               : CHUNK_MIN;
        py_val a = py_raw_new_uninit(size, false);
        chunk *c = py_raw_data(a);
        c->prev = t->area;
        c->prev_top = t->area_top;
        c->end = (char *)c + size;
        t->area = a;
        t->area_top = (char *)(((uintptr_t)(c + 1) + 15) & ~(uintptr_t)15);
        t->area_end = c->end;
    }
    void *p = t->area_top;
    t->area_top += bytes;
    return p;
}

/* Frees the frame at P and everything above it. */
void py_frame_free(void *p)
{
    py_thread *t = py_G->cur;
    for (;;) {
        chunk *c = py_raw_data(t->area);
        if ((char *)p > (char *)c && (char *)p < c->end) {
            t->area_top = p;
            return;
        }
        /* P lies in an older chunk: drop this one. */
        t->area = c->prev;
        t->area_top = c->prev_top;
        t->area_end = c->prev ? ((chunk *)py_raw_data(c->prev))->end : NULL;
        if (!t->area)
            return;
    }
}
