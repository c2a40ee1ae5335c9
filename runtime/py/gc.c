/* gc.c: the heap and the collector. One fixed region, cut into 16 KiB blocks
 * taken from its low end as needed (so pages are touched lazily). A block
 * holds slots of one size class, or is part of one large object. Mark-sweep:
 * precise through each type's trace function, conservative over the C
 * stacks of interpreter threads and over "conservative" raw blocks (frames,
 * the compiler's arena). Collections are paced by the bytes allocated since
 * the last one. See DESIGN.md, "Memory". */
#include "core.h"

#include <uniconf/platform.h>

#define BLOCK_SHIFT 14
#define BLOCK_SIZE ((size_t)1 << BLOCK_SHIFT)
#define SMALL_MAX 8192
#define MIN_THRESHOLD ((size_t)2 << 20)
#define MARK_BIT 1u
#define MARK_STACK_LEN 16384

enum { B_FREE, B_SMALL, B_LARGE_HEAD, B_LARGE_TAIL };

typedef struct block_meta {
    uint8_t kind;
    uint8_t cls;
    uint16_t live; /* small: objects marked in this collection */
    uint32_t x;    /* large head: block count; tail: head index; small: HAS_FINALIZER */
} block_meta;

/* A small block holds an object whose type has a finaliser: it is swept
 * slot by slot even when nothing in it lives. */
#define HAS_FINALIZER 1u

typedef struct free_slot {
    py_type *type; /* NULL marks a free slot */
    struct free_slot *next;
} free_slot;

typedef struct free_run {
    size_t n;
    struct free_run *next;
} free_run;

/* Size classes: 16-byte steps to 512, then roughly 1.25x steps to 8 KiB. */
static const uint16_t class_size[] = {
    16,   32,   48,   64,   80,   96,   112,  128,  144,  160,  176,  192,  208,  224,
    240,  256,  272,  288,  304,  320,  336,  352,  368,  384,  400,  416,  432,  448,
    464,  480,  496,  512,  640,  768,  896,  1024, 1280, 1536, 1792, 2048, 2720, 3264,
    4096, 5456, 8192};
#define NCLASSES (sizeof class_size / sizeof class_size[0])
_Static_assert(NCLASSES == PY_GC_NCLASSES, "core.h's PY_GC_NCLASSES");

/* The free lists and the allocation budget, shared with the inline fast
 * path of core.h (py_gc_alloc_small). */
struct py_gc_fast py_gc_fast;

static struct {
    char *base;      /* first block */
    size_t nblocks;  /* blocks in the region */
    size_t used;     /* blocks ever handed out (the bump index) */
    block_meta *meta;
    free_run *runs;  /* free block runs below USED, address order */
    /* The slots of each class's newest block not yet on its free list:
     * they are threaded a page at a time, so that a block barely used
     * touches one page and not four (each fresh page costs a fault). */
    struct {
        char *next, *end;
    } fresh[NCLASSES];
    uint8_t class_of[SMALL_MAX / 16 + 1];
    size_t threshold, live, collections;
    bool stress, collecting, disabled;
    bool count_freed; /* this collection counts what it frees (gc.collect) */
    size_t freed; /* objects freed by the last collection */
    py_val *mark_stack;
    size_t msp;
    bool overflow;
    /* Long arrays of values are marked a slice at a time from here, so that
     * they do not overflow the mark stack. */
    struct mark_range {
        const py_val *p;
        size_t n;
        uint8_t stride, width;
    } ranges[256];
    size_t nranges;
    py_val **roots;
    size_t nroots, roots_cap;
    py_val root_store[256];
    py_val *root_slots[256];
    /* Objects whose death runs Python code (py_gc_watch): a weak list, and
     * the queue of the unreachable ones kept for py_gc_next_finalizable. */
    py_val watched, queue; /* raw blocks of py_val */
    size_t nwatched, nqueue;
} H;

bool py_gc_pending;

py_type py_raw_type = {.name = "raw"};
static void rawc_trace(py_object *o);
py_type py_rawc_type = {.name = "rawc", .trace = rawc_trace};

typedef py_raw raw;

bool py_gc_in_heap(const void *p)
{
    return (const char *)p >= H.base && (const char *)p < H.base + H.used * BLOCK_SIZE;
}

void py_gc_init(void *base, size_t size, bool stress)
{
    memset(&H, 0, sizeof H);
    char *b = (char *)(((uintptr_t)base + 15) & ~(uintptr_t)15);
    size -= (size_t)(b - (char *)base);
    size_t mark_bytes = MARK_STACK_LEN * sizeof(py_val);
    H.mark_stack = (py_val *)b;
    b += mark_bytes;
    size -= mark_bytes;
    /* The block table sits at the start; then the blocks, block-aligned. */
    size_t n = size / (BLOCK_SIZE + sizeof(block_meta));
    H.meta = (block_meta *)b;
    char *first = b + n * sizeof(block_meta);
    first = (char *)(((uintptr_t)first + BLOCK_SIZE - 1) & ~(uintptr_t)(BLOCK_SIZE - 1));
    while (n > 0 && first + n * BLOCK_SIZE > (char *)base + size + mark_bytes)
        n--;
    H.base = first;
    H.nblocks = n;
    H.threshold = MIN_THRESHOLD;
    H.stress = stress;
    memset(&py_gc_fast, 0, sizeof py_gc_fast);
    py_gc_fast.budget = stress ? 0 : (intptr_t)MIN_THRESHOLD;
    H.roots = H.root_slots;
    H.roots_cap = 256;
    size_t c = 0;
    for (size_t s = 0; s <= SMALL_MAX / 16; s++) {
        while (class_size[c] < s * 16)
            c++;
        H.class_of[s] = (uint8_t)c;
    }
}

void py_gc_root(py_val *slot)
{
    if (H.nroots == H.roots_cap)
        platform_panic("py: too many GC roots");
    H.roots[H.nroots++] = slot;
}

/* ---- Blocks ---- */

static size_t block_index(const void *p)
{
    return (size_t)((const char *)p - H.base) >> BLOCK_SHIFT;
}

static char *blocks_get(size_t n)
{
    free_run **pp = &H.runs;
    for (free_run *r = H.runs; r; pp = &r->next, r = r->next) {
        if (r->n < n)
            continue;
        char *p = (char *)r;
        if (r->n == n) {
            *pp = r->next;
        } else {
            free_run *rest = (free_run *)(p + n * BLOCK_SIZE);
            rest->n = r->n - n;
            rest->next = r->next;
            *pp = rest;
        }
        return p;
    }
    if (H.used + n > H.nblocks)
        return NULL;
    char *p = H.base + H.used * BLOCK_SIZE;
    H.used += n;
    return p;
}

/* Puts the fresh slots of class CLS up to the next page boundary (at
 * least one) on its free list; false when it has none. */
static bool thread_fresh(unsigned cls)
{
    char *p = H.fresh[cls].next, *end = H.fresh[cls].end;
    if (p >= end)
        return false;
    size_t sz = class_size[cls];
    char *page_end = (char *)(((uintptr_t)p + 4096) & ~(uintptr_t)4095);
    char *stop = p + sz;
    while (stop + sz <= end && stop + sz <= page_end)
        stop += sz;
    free_slot *head = py_gc_fast.free[cls];
    for (char *q = stop - sz;; q -= sz) {
        free_slot *s = (free_slot *)q;
        s->type = NULL;
        s->next = head;
        head = s;
        if (q == p)
            break;
    }
    py_gc_fast.free[cls] = head;
    H.fresh[cls].next = stop;
    return true;
}

/* Marks every fresh slot free, as the collector expects of slots not in
 * use (a reused block holds stale objects). */
static void settle_fresh(void)
{
    for (unsigned c = 0; c < NCLASSES; c++) {
        size_t sz = class_size[c];
        for (char *q = H.fresh[c].next; q < H.fresh[c].end; q += sz)
            ((free_slot *)q)->type = NULL;
        H.fresh[c].next = H.fresh[c].end = NULL;
    }
}

static void *refill(unsigned cls)
{
    char *b = blocks_get(1);
    if (!b)
        return NULL;
    size_t i = block_index(b), sz = class_size[cls];
    H.meta[i] = (block_meta){B_SMALL, (uint8_t)cls, 0, 0};
    H.fresh[cls].next = b + sz;
    H.fresh[cls].end = b + BLOCK_SIZE / sz * sz;
    thread_fresh(cls);
    return b; /* slot 0 goes to the caller */
}

static void *large_get(size_t size)
{
    size_t n = (size + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
    char *b = blocks_get(n);
    if (!b)
        return NULL;
    size_t i = block_index(b);
    H.meta[i] = (block_meta){B_LARGE_HEAD, 0, 0, (uint32_t)n};
    for (size_t k = 1; k < n; k++)
        H.meta[i + k] = (block_meta){B_LARGE_TAIL, 0, 0, (uint32_t)i};
    return b;
}

static void *try_alloc(size_t size)
{
    if (size <= SMALL_MAX) {
        unsigned cls = H.class_of[size >> 4];
        free_slot *s = py_gc_fast.free[cls];
        if (s || (thread_fresh(cls) && (s = py_gc_fast.free[cls]) != NULL)) {
            py_gc_fast.free[cls] = s->next;
            py_gc_fast.budget -= class_size[cls];
            return s;
        }
        void *p = refill(cls);
        if (p)
            py_gc_fast.budget -= class_size[cls];
        return p;
    }
    void *p = large_get(size);
    if (p)
        py_gc_fast.budget -= (intptr_t)size;
    return p;
}

/* What an object of SIZE bytes takes: a multiple of 16, at least 16. */
static size_t rounded(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    return size < 16 ? 16 : size;
}

/* Sets the header of the new object P of TYPE (SIZE bytes, rounded). */
static void *set_header(void *p, py_type *type, size_t size)
{
    memset(p, 0, sizeof(py_object));
    ((py_object *)p)->type = type;
    if (unlikely(type->finalize != NULL) && size <= SMALL_MAX)
        H.meta[block_index(p)].x |= HAS_FINALIZER;
    return p;
}

void *py_gc_alloc_uninit(py_type *type, size_t size)
{
    size = rounded(size);
    if (unlikely(py_gc_fast.budget <= 0) && !H.collecting && !H.disabled)
        py_gc_collect();
    void *p = try_alloc(size);
    if (unlikely(!p)) {
        if (!H.collecting)
            py_gc_collect();
        p = try_alloc(size);
        if (!p)
            py_raise_memory();
    }
    return set_header(p, type, size);
}

void *py_gc_alloc(py_type *type, size_t size)
{
    void *p = py_gc_alloc_uninit(type, size);
    memset((char *)p + sizeof(py_object), 0, rounded(size) - sizeof(py_object));
    return p;
}

void *py_gc_try_alloc(py_type *type, size_t size)
{
    size = rounded(size);
    void *p = try_alloc(size);
    if (p) {
        set_header(p, type, size);
        memset((char *)p + sizeof(py_object), 0, size - sizeof(py_object));
    }
    return p;
}

py_val py_raw_new(size_t size)
{
    raw *r = py_gc_alloc(&py_raw_type, sizeof(raw) + size);
    r->size = size;
    return VAL(r);
}

py_val py_raw_new_uninit(size_t size, bool conservative)
{
    raw *r = py_gc_alloc_uninit(conservative ? &py_rawc_type : &py_raw_type, sizeof(raw) + size);
    r->size = size;
    return VAL(r);
}

py_val py_raw_new_conservative(size_t size)
{
    raw *r = py_gc_alloc(&py_rawc_type, sizeof(raw) + size);
    r->size = size;
    return VAL(r);
}


/* ---- Marking ---- */

static inline void set_mark(py_object *o)
{
    o->gc |= MARK_BIT;
    H.meta[block_index(o)].live++; /* counts in small blocks only matter */
}

static void push(py_object *o)
{
    if (H.msp < MARK_STACK_LEN)
        H.mark_stack[H.msp++] = VAL(o);
    else
        H.overflow = true; /* found again by the rescan in mark_overflowed() */
}

void py_gc_mark(py_val v)
{
    if (!v || (v & 1))
        return;
    py_object *o = OBJ(v);
    if (!py_gc_in_heap(o) || (o->gc & MARK_BIT))
        return;
    set_mark(o);
    push(o);
}

#define SLICE 64

static void mark_slice(const py_val *p, size_t n, unsigned stride, unsigned width)
{
    for (size_t i = 0; i < n; i++, p += stride)
        for (unsigned w = 0; w < width; w++)
            py_gc_mark(p[w]);
}

void py_gc_mark_strided(const py_val *p, size_t n, unsigned stride, unsigned width)
{
    if (n > SLICE && H.nranges < sizeof H.ranges / sizeof H.ranges[0]) {
        H.ranges[H.nranges++] = (struct mark_range){p, n, (uint8_t)stride, (uint8_t)width};
        return;
    }
    mark_slice(p, n, stride, width);
}

void py_gc_mark_range(const py_val *p, size_t n)
{
    py_gc_mark_strided(p, n, 1, 1);
}

/* The object containing address P, or NULL. */
static py_object *find_object(uintptr_t p)
{
    if (!py_gc_in_heap((void *)p))
        return NULL;
    size_t i = block_index((void *)p);
    block_meta *m = &H.meta[i];
    char *b = H.base + i * BLOCK_SIZE;
    switch (m->kind) {
    case B_SMALL: {
        size_t sz = class_size[m->cls];
        size_t k = ((char *)p - b) / sz;
        if ((k + 1) * sz > BLOCK_SIZE)
            return NULL;
        py_object *o = (py_object *)(b + k * sz);
        return o->type ? o : NULL;
    }
    case B_LARGE_TAIL:
        b = H.base + (size_t)m->x * BLOCK_SIZE;
        /* fall through */
    case B_LARGE_HEAD: {
        py_object *o = (py_object *)b;
        return o->type ? o : NULL;
    }
    default:
        return NULL;
    }
}

__attribute__((no_sanitize("address"))) void py_gc_mark_conservative(const void *lo,
                                                                     const void *hi)
{
    const uintptr_t *p = (const uintptr_t *)(((uintptr_t)lo + 7) & ~(uintptr_t)7);
    for (; (const void *)(p + 1) <= hi; p++) {
        py_object *o = find_object(*p);
        if (o && !(o->gc & MARK_BIT)) {
            set_mark(o);
            push(o);
        }
    }
}

static void rawc_trace(py_object *o)
{
    raw *r = (raw *)o;
    py_gc_mark_conservative(r->data, (char *)r->data + r->size);
}

static void trace(py_object *o)
{
    if (py_gc_in_heap(o->type))
        py_gc_mark(VAL(o->type));
    if (o->type->trace)
        o->type->trace(o);
}

static void drain(void)
{
    for (;;) {
        while (H.msp > 0)
            trace(OBJ(H.mark_stack[--H.msp]));
        if (!H.nranges)
            return;
        struct mark_range *r = &H.ranges[H.nranges - 1];
        size_t k = r->n < SLICE ? r->n : SLICE;
        const py_val *p = r->p;
        unsigned stride = r->stride, width = r->width;
        if (r->n == k)
            H.nranges--;
        else {
            r->p += k * stride;
            r->n -= k;
        }
        mark_slice(p, k, stride, width);
    }
}

static void each_object(void (*fn)(py_object *o))
{
    for (size_t i = 0; i < H.used; i++) {
        block_meta *m = &H.meta[i];
        char *b = H.base + i * BLOCK_SIZE;
        if (m->kind == B_SMALL) {
            size_t sz = class_size[m->cls];
            for (size_t k = 0; k + sz <= BLOCK_SIZE; k += sz)
                if (((py_object *)(b + k))->type)
                    fn((py_object *)(b + k));
        } else if (m->kind == B_LARGE_HEAD) {
            if (((py_object *)b)->type)
                fn((py_object *)b);
        }
    }
}

static void retrace_marked(py_object *o)
{
    if (o->gc & MARK_BIT) {
        trace(o);
        drain();
    }
}

/* Marking went past the mark stack: the marked objects are traced again
 * until nothing more is found. */
static void mark_overflowed(void)
{
    while (H.overflow) {
        H.overflow = false;
        each_object(retrace_marked);
    }
}

static void mark_all_from_roots(void);

/* ---- Threads' stacks ---- */

__attribute__((noinline)) static void scan_current_stack(py_thread *t)
{
    jmp_buf regs; /* spills callee-saved registers onto this stack */
    setjmp(regs);
    volatile char here = 0;
    char *sp = (char *)&here;
    if (t->stack_hi)
        py_gc_mark_conservative(sp < (char *)&regs ? sp : (char *)&regs, t->stack_hi);
}

static void mark_threads(void)
{
    for (py_thread *t = py_G->threads; t; t = t->next_thread) {
        py_gc_mark(VAL(t));
        if (t == py_G->cur)
            scan_current_stack(t);
        else if (t->saved_sp)
            py_gc_mark_conservative(t->saved_sp, t->stack_hi);
        drain();
    }
}

extern void py_types_trace_static(void);

/* Appends V to the raw-block array *BLK of *N items. */
static void array_push(py_val *blk, size_t *n, py_val v)
{
    size_t cap = *blk ? py_raw_size(*blk) / sizeof(py_val) : 0;
    if (*n == cap) {
        py_val nb = py_raw_new((cap ? cap * 2 : 16) * sizeof(py_val));
        if (*blk)
            py_copy(py_raw_data(nb), py_raw_data(*blk), *n * sizeof(py_val));
        *blk = nb;
    }
    ((py_val *)py_raw_data(*blk))[(*n)++] = v;
}

void py_gc_watch(py_val v)
{
    /* The queue always has room for every watched object: a collection
     * (which cannot allocate) moves them there. Either allocation here may
     * collect, which moves objects from one list to the other. */
    size_t cap = H.queue ? py_raw_size(H.queue) / sizeof(py_val) : 0;
    if (cap < H.nwatched + H.nqueue + 1) {
        py_val nq = py_raw_new(2 * (H.nwatched + H.nqueue + 1) * sizeof(py_val));
        if (H.queue)
            py_copy(py_raw_data(nq), py_raw_data(H.queue), H.nqueue * sizeof(py_val));
        H.queue = nq;
    }
    array_push(&H.watched, &H.nwatched, v);
}

py_val py_gc_next_finalizable(void)
{
    if (!H.nqueue) {
        py_gc_pending = false;
        return PY_NULL;
    }
    py_val *q = py_raw_data(H.queue);
    py_val v = q[0];
    py_move(q, q + 1, --H.nqueue * sizeof(py_val));
    return v;
}

py_val py_gc_next_watched(void)
{
    while (H.nwatched) {
        py_val *w = py_raw_data(H.watched);
        py_val v = w[0];
        py_move(w, w + 1, --H.nwatched * sizeof(py_val));
        if (py_vm_gen_needs_close(OBJ(v)))
            return v;
    }
    return PY_NULL;
}

/* After marking: a watched object nothing reaches is kept alive (with all it
 * reaches) and queued when it still needs its Python finaliser, else
 * forgotten. */
static void resurrect_watched(void)
{
    py_val *w = H.watched ? py_raw_data(H.watched) : NULL;
    size_t keep = 0;
    for (size_t i = 0; i < H.nwatched; i++) {
        py_object *o = OBJ(w[i]);
        if (o->gc & MARK_BIT) {
            w[keep++] = w[i];
            continue;
        }
        if (!py_vm_gen_needs_close(o))
            continue;
        set_mark(o);
        push(o);
        drain();
        ((py_val *)py_raw_data(H.queue))[H.nqueue++] = VAL(o); /* room: py_gc_watch */
        py_gc_pending = true;
    }
    H.nwatched = keep;
}

static void mark_all_from_roots(void)
{
    py_interp *g = py_G;
    if (g) {
        py_gc_mark(g->modules);
        py_gc_mark(g->builtins);
        py_gc_mark(g->sys);
        py_gc_mark(g->interned);
        py_gc_mark(g->native_modules);
        py_gc_mark(g->frozen);
        py_gc_mark(g->empty_tuple);
        py_gc_mark(g->empty_str);
        py_gc_mark(g->empty_bytes);
        py_gc_mark(g->memory_error);
        py_gc_mark(g->stdout_buf);
        py_gc_mark_range(g->chars, 128);
    }
    for (size_t i = 0; i < H.nroots; i++)
        py_gc_mark(*H.roots[i]);
    py_gc_mark(H.watched);
    py_gc_mark(H.queue);
    if (H.queue)
        py_gc_mark_range(py_raw_data(H.queue), H.nqueue);
    py_types_trace_static();
    drain();
    if (g)
        mark_threads();
}

/* ---- Sweeping ---- */

static void sweep(void)
{
    for (unsigned c = 0; c < NCLASSES; c++)
        py_gc_fast.free[c] = NULL;
    H.runs = NULL;
    free_run *last = NULL;
    size_t live = 0, freed = 0;
    for (size_t i = 0; i < H.used;) {
        block_meta *m = &H.meta[i];
        char *b = H.base + i * BLOCK_SIZE;
        size_t n = 1;
        bool empty = true;
        if (m->kind == B_SMALL && m->live == 0 && !(m->x & HAS_FINALIZER) && !H.count_freed) {
            /* Nothing marked and nothing to finalise: the block goes back
             * whole, without visiting its slots. */
        } else if (m->kind == B_SMALL) {
            size_t sz = class_size[m->cls];
            m->live = 0;
            free_slot *head = py_gc_fast.free[m->cls], *first = head;
            for (size_t k = 0; k + sz <= BLOCK_SIZE; k += sz) {
                py_object *o = (py_object *)(b + k);
                if (o->type && (o->gc & MARK_BIT)) {
                    o->gc &= ~MARK_BIT;
                    empty = false;
                    live += sz;
                    continue;
                }
                if (o->type && o->type->finalize)
                    o->type->finalize(o);
                freed += o->type != NULL;
                free_slot *s = (free_slot *)o;
                s->type = NULL;
                s->next = head;
                head = s;
            }
            if (!empty)
                py_gc_fast.free[m->cls] = head;
            else
                py_gc_fast.free[m->cls] = first;
        } else if (m->kind == B_LARGE_HEAD) {
            n = m->x;
            py_object *o = (py_object *)b;
            if (o->gc & MARK_BIT) {
                o->gc &= ~MARK_BIT;
                empty = false;
                live += n * BLOCK_SIZE;
            } else {
                if (o->type && o->type->finalize)
                    o->type->finalize(o);
                freed += o->type != NULL;
                o->type = NULL;
            }
        }
        if (empty) {
            for (size_t k = 0; k < n; k++)
                H.meta[i + k].kind = B_FREE;
            /* Extend the previous run when adjacent, else start one. */
            if (last && (char *)last + last->n * BLOCK_SIZE == b) {
                last->n += n;
            } else {
                free_run *r = (free_run *)b;
                r->n = n;
                r->next = NULL;
                if (last)
                    last->next = r;
                else
                    H.runs = r;
                last = r;
            }
        }
        i += n;
    }
    /* A trailing run gives its blocks back to the bump region. */
    if (last && (char *)last + last->n * BLOCK_SIZE == H.base + H.used * BLOCK_SIZE) {
        H.used -= last->n;
        free_run **pp = &H.runs;
        while (*pp != last)
            pp = &(*pp)->next;
        *pp = NULL;
    }
    H.live = live;
    H.freed = freed;
}

void py_gc_enable(bool on)
{
    H.disabled = !on;
}

bool py_gc_enabled(void)
{
    return !H.disabled;
}

size_t py_gc_collect_counting(void)
{
    H.count_freed = true;
    py_gc_collect();
    H.count_freed = false;
    return H.freed;
}

void py_gc_collect(void)
{
    if (H.collecting)
        return;
    H.collecting = true;
    settle_fresh();
    H.msp = 0;
    H.nranges = 0;
    H.overflow = false;
    mark_all_from_roots();
    mark_overflowed();
    resurrect_watched();
    mark_overflowed();
    sweep();
    H.collections++;
    H.threshold = H.live > MIN_THRESHOLD ? H.live : MIN_THRESHOLD;
    py_gc_fast.budget = H.stress ? 0 : (intptr_t)H.threshold;
    H.collecting = false;
}

void py_gc_stats(size_t *live, size_t *heap, size_t *collections)
{
    if (live)
        *live = H.live;
    if (heap)
        *heap = H.nblocks * BLOCK_SIZE;
    if (collections)
        *collections = H.collections;
}
