/* gnttab.c: grant tables (version 1), how a frontend lets a backend domain
 * map or copy its pages. The table lives in frames Xen owns, mapped here at
 * pages of the image; an entry is (flags, domid, frame), and Xen marks the
 * entries the other side has mapped with GTF_reading/GTF_writing.
 */
#include "kernel.h"
#include "xen.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>

#define PAGE_SIZE 4096
/* 4 frames of 512 entries: the first 8 are the toolstack's. */
#define FRAMES 4
#define ENTRIES (FRAMES * PAGE_SIZE / sizeof(grant_entry_v1_t))

static grant_entry_v1_t table[ENTRIES] __attribute__((aligned(PAGE_SIZE)));

/* Free references, as a stack (16 bits hold them all). */
_Static_assert(ENTRIES <= 65536, "grant references fit in 16 bits");
static uint16_t free_refs[ENTRIES];
static unsigned free_count;

void xen_gnttab_init(void)
{
    xen_pfn_t frames[FRAMES];
    struct gnttab_setup_table setup = {.dom = DOMID_SELF, .nr_frames = FRAMES};
    set_xen_guest_handle(setup.frame_list, frames);
    if (hyp_grant_table_op(GNTTABOP_setup_table, &setup, 1) || setup.status != GNTST_okay)
        xen_boot_crash("gnttab: GNTTABOP_setup_table failed");
    for (unsigned i = 0; i < FRAMES; i++)
        xen_mm_map_foreign_frame((char *)table + i * PAGE_SIZE, frames[i]);
    for (grant_ref_t ref = ENTRIES - 1; ref >= GNTTAB_NR_RESERVED_ENTRIES; ref--)
        free_refs[free_count++] = (uint16_t)ref;
}

int xen_gnttab_grant_page(domid_t domid, const void *page, int readonly, grant_ref_t *ref)
{
    if (free_count == 0)
        return UC_ENOSPC;
    grant_ref_t r = free_refs[--free_count];
    volatile grant_entry_v1_t *e = &table[r];
    e->frame = (uint32_t)xen_mm_virt_to_mfn(page);
    e->domid = domid;
    barrier(); /* frame and domid before the flags that validate them */
    e->flags = GTF_permit_access | (readonly ? GTF_readonly : 0);
    *ref = r;
    return 0;
}

int xen_gnttab_end(grant_ref_t ref)
{
    if (ref < GNTTAB_NR_RESERVED_ENTRIES || ref >= ENTRIES)
        platform_panic("gnttab: ending a grant reference that is not ours");
    volatile uint16_t *flags = &table[ref].flags;
    uint16_t old = *flags;
    /* Clear the flags unless Xen marks the entry in use at the same time. */
    do {
        if (old & (GTF_reading | GTF_writing))
            return UC_EBUSY;
    } while (!__atomic_compare_exchange_n(flags, &old, 0, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    free_refs[free_count++] = (uint16_t)ref;
    return 0;
}

int xen_gnttab_copy_from(domid_t domid, grant_ref_t ref, unsigned offset, void *dst, size_t len)
{
    uintptr_t at = (uintptr_t)dst & (PAGE_SIZE - 1);
    if (len == 0 || offset + len > PAGE_SIZE || at + len > PAGE_SIZE)
        return UC_EINVAL;
    struct gnttab_copy op = {
        .source = {.u.ref = ref, .domid = domid, .offset = (uint16_t)offset},
        .dest = {.u.gmfn = xen_mm_virt_to_mfn(dst), .domid = DOMID_SELF, .offset = (uint16_t)at},
        .len = (uint16_t)len,
        .flags = GNTCOPY_source_gref,
    };
    if (hyp_grant_table_op(GNTTABOP_copy, &op, 1))
        return UC_EIO;
    return op.status == GNTST_okay ? 0 : UC_EACCES;
}
