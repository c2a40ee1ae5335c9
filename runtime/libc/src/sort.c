/* sort.c (runtime/libc): qsort and bsearch, apart from stdlib.c so that
 * only the images that sort carry them. */
#include <stdint.h>
#include <stdlib.h>

/* ---- qsort: introsort (quicksort, heapsort past a depth limit, insertion
 * sort for short runs), with byte-wise swaps so any element size works. */

typedef int (*compare_fn)(const void *, const void *);

static void swap_bytes(unsigned char *a, unsigned char *b, size_t size)
{
    if (a == b)
        return;
    for (; size >= 8; size -= 8, a += 8, b += 8) {
        uint64_t t;
        __builtin_memcpy(&t, a, 8);
        __builtin_memcpy(a, b, 8);
        __builtin_memcpy(b, &t, 8);
    }
    for (; size > 0; size--, a++, b++) {
        unsigned char t = *a;
        *a = *b;
        *b = t;
    }
}

static void insertion_sort(unsigned char *base, size_t n, size_t size, compare_fn cmp)
{
    for (size_t i = 1; i < n; i++) {
        for (size_t j = i; j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0; j--)
            swap_bytes(base + (j - 1) * size, base + j * size, size);
    }
}

static void sift_down(unsigned char *base, size_t root, size_t n, size_t size, compare_fn cmp)
{
    for (size_t child; (child = 2 * root + 1) < n; root = child) {
        if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
            child++;
        if (cmp(base + root * size, base + child * size) >= 0)
            return;
        swap_bytes(base + root * size, base + child * size, size);
    }
}

static void heap_sort(unsigned char *base, size_t n, size_t size, compare_fn cmp)
{
    for (size_t i = n / 2; i-- > 0;)
        sift_down(base, i, n, size, cmp);
    for (size_t end = n; end-- > 1;) {
        swap_bytes(base, base + end * size, size);
        sift_down(base, 0, end, size, cmp);
    }
}

/* Moves the median of the first, middle and last elements to the front. */
static void median_to_front(unsigned char *base, size_t n, size_t size, compare_fn cmp)
{
    unsigned char *a = base + size, *b = base + (n / 2) * size, *c = base + (n - 1) * size;
    if (cmp(a, b) > 0)
        swap_bytes(a, b, size);
    if (cmp(b, c) > 0)
        swap_bytes(b, c, size);
    if (cmp(a, b) > 0)
        swap_bytes(a, b, size);
    swap_bytes(base, b, size);
}

static void intro_sort(unsigned char *base, size_t n, size_t size, compare_fn cmp, int depth)
{
    while (n > 16) {
        if (depth-- == 0) {
            heap_sort(base, n, size, cmp);
            return;
        }
        median_to_front(base, n, size, cmp);
        /* Hoare partition around the pivot at base[0]. */
        size_t i = 0, j = n;
        for (;;) {
            do
                i++;
            while (i < n && cmp(base + i * size, base) < 0);
            do
                j--;
            while (cmp(base + j * size, base) > 0);
            if (i >= j)
                break;
            swap_bytes(base + i * size, base + j * size, size);
        }
        swap_bytes(base, base + j * size, size);
        /* Recurse into the smaller side, loop on the larger one, so the
         * stack holds at most log2(n) frames. */
        size_t left = j, right = n - j - 1;
        if (left < right) {
            intro_sort(base, left, size, cmp, depth);
            base += (j + 1) * size;
            n = right;
        } else {
            intro_sort(base + (j + 1) * size, right, size, cmp, depth);
            n = left;
        }
    }
    insertion_sort(base, n, size, cmp);
}

void qsort(void *base, size_t nmemb, size_t size, compare_fn cmp)
{
    int depth = 0;
    for (size_t n = nmemb; n > 1; n >>= 1)
        depth += 2;
    if (size > 0)
        intro_sort(base, nmemb, size, cmp, depth);
}

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size, compare_fn cmp)
{
    const unsigned char *lo = base;
    while (nmemb > 0) {
        const unsigned char *mid = lo + (nmemb / 2) * size;
        int c = cmp(key, mid);
        if (c == 0)
            return (void *)mid;
        if (c > 0) {
            lo = mid + size;
            nmemb -= nmemb / 2 + 1;
        } else {
            nmemb /= 2;
        }
    }
    return NULL;
}
