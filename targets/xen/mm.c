/* mm.c: the guest's memory. The domain builder maps the image and its boot
 * data 1:1 from virtual address 0 (pseudo-physical frame N at N * 4 KiB),
 * but only the first few MiB of the domain. Here the page tables are
 * extended over all of its pages, the page-table pages being taken from the
 * free frames as they are needed, and what is left is handed to the runtime
 * through platform_memory() (with a reserve for the drivers' rings).
 *
 * A PV guest's page tables hold machine frames and are read-only to it:
 * each change is an mmu_update hypercall that Xen checks.
 */
#include "kernel.h"
#include "xen.h"

#include <string.h>

#include <uniconf/errors.h>
#include <uniconf/platform.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)

/* x86-64 page table entry bits (Intel SDM vol. 3, 4.5). */
#define PTE_PRESENT 0x001UL
#define PTE_RW 0x002UL
#define PTE_USER 0x004UL
#define PTE_ACCESSED 0x020UL
#define PTE_DIRTY 0x040UL
#define PTE_FRAME 0x000ffffffffff000UL

/* Page tables map pages readable by "user" code because a 64-bit PV kernel
 * runs in ring 3; Xen enforces the rest. Page-table pages are read-only. */
#define PROT_DATA (PTE_PRESENT | PTE_RW | PTE_USER | PTE_ACCESSED | PTE_DIRTY)
#define PROT_TABLE (PTE_PRESENT | PTE_RW | PTE_USER | PTE_ACCESSED)
#define PROT_TABLE_PAGE (PTE_PRESENT | PTE_USER | PTE_ACCESSED)

start_info_t *xen_start_info;
shared_info_t *xen_shared_info;

/* The machine-to-physical table Xen maps into every PV guest. */
static const unsigned long *const m2p = (const unsigned long *)MACH2PHYS_VIRT_START;
/* The physical-to-machine list the domain builder gives us. */
static unsigned long *p2m;

/* Free frames: [next_free, top) before platform_memory(); after it, the
 * drivers' reserve [floor, top). */
static unsigned long next_free, top, floor_pfn;
static int memory_given;

/* start.S: the page below the boot stack. */
extern char xen_boot_stack_guard[];

/* A page of the image that becomes the mapping of shared_info. */
static char shared_info_page[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

void *xen_mm_pfn_to_virt(unsigned long pfn)
{
    return (void *)(pfn << PAGE_SHIFT);
}

void *xen_mm_mfn_to_virt(unsigned long mfn)
{
    return xen_mm_pfn_to_virt(m2p[mfn]);
}

unsigned long xen_mm_virt_to_mfn(const void *va)
{
    return p2m[(uintptr_t)va >> PAGE_SHIFT];
}

unsigned long xen_mm_total_pages(void)
{
    return xen_start_info->nr_pages;
}

void xen_mm_map_foreign_frame(void *va, unsigned long mfn)
{
    if (hyp_update_va_mapping((unsigned long)va, (mfn << PAGE_SHIFT) | PROT_DATA, UVMF_INVLPG))
        xen_boot_crash("xen: cannot map a frame of Xen's");
}

void xen_mm_early(start_info_t *si)
{
    xen_start_info = si;
    p2m = (unsigned long *)si->mfn_list;
    xen_mm_map_foreign_frame(shared_info_page, si->shared_info >> PAGE_SHIFT);
    xen_shared_info = (shared_info_t *)shared_info_page;
}

/* The table at LEVEL (4: the root) covering VA, as a pointer to its
 * entries, and the index of VA's entry in it. */
static unsigned table_index(unsigned long va, int level)
{
    return (va >> (PAGE_SHIFT + 9 * (level - 1))) & 511;
}

static uint64_t *entry_table(uint64_t entry)
{
    return xen_mm_mfn_to_virt((entry & PTE_FRAME) >> PAGE_SHIFT);
}

static uint64_t machine_addr(const void *va)
{
    return ((uint64_t)xen_mm_virt_to_mfn(va) << PAGE_SHIFT) | ((uintptr_t)va & (PAGE_SIZE - 1));
}

static void mmu_update_one(uint64_t *pte, uint64_t val)
{
    mmu_update_t req = {.ptr = machine_addr(pte) | MMU_NORMAL_PT_UPDATE, .val = val};
    unsigned done;
    if (hyp_mmu_update(&req, 1, &done) || done != 1)
        xen_boot_crash("xen: mmu_update refused while extending the page tables");
}

/* A new, empty page table installed at *PARENT_ENTRY. Its page is taken
 * from the free frames, which must already be mapped: tables are added in
 * address order and each maps 2 MiB or more, so the mapped region always
 * runs ahead of the frames taken for tables. */
static uint64_t *new_table(uint64_t *parent_entry)
{
    unsigned long pfn = next_free++;
    void *va = xen_mm_pfn_to_virt(pfn);
    memset(va, 0, PAGE_SIZE);
    uint64_t frame = (uint64_t)p2m[pfn] << PAGE_SHIFT;
    if (hyp_update_va_mapping((unsigned long)va, frame | PROT_TABLE_PAGE, UVMF_INVLPG))
        xen_boot_crash("xen: cannot make a page table page read-only");
    mmu_update_one(parent_entry, frame | PROT_TABLE);
    return va;
}

/* Updates of L1 entries go in batches, one hypercall per batch. */
#define BATCH 512
static mmu_update_t batch[BATCH];
static unsigned batched;

static void flush_batch(void)
{
    unsigned done;
    if (batched && (hyp_mmu_update(batch, batched, &done) || done != batched))
        xen_boot_crash("xen: mmu_update refused while mapping memory");
    batched = 0;
}

/* Maps PFN at its 1:1 address if it is not mapped yet. Pages come in
 * order, so the L1 table of the last 2 MiB is kept rather than walked to
 * from the root each time. */
static void map_pfn(unsigned long pfn)
{
    static uint64_t *l1;
    static unsigned long l1_region = ~0UL;
    unsigned long va = pfn << PAGE_SHIFT;
    uint64_t *table = l1;
    if (va >> (PAGE_SHIFT + 9) != l1_region) {
        table = (uint64_t *)xen_start_info->pt_base;
        for (int level = 4; level > 1; level--) {
            uint64_t *e = &table[table_index(va, level)];
            if (!(*e & PTE_PRESENT)) {
                flush_batch(); /* a pending update may be to the table above */
                table = new_table(e);
            } else {
                table = entry_table(*e);
            }
        }
        l1 = table;
        l1_region = va >> (PAGE_SHIFT + 9);
    }
    uint64_t *pte = &table[table_index(va, 1)];
    if (*pte & PTE_PRESENT)
        return;
    batch[batched].ptr = machine_addr(pte) | MMU_NORMAL_PT_UPDATE;
    batch[batched].val = ((uint64_t)p2m[pfn] << PAGE_SHIFT) | PROT_DATA;
    if (++batched == BATCH)
        flush_batch();
}

void xen_mm_init(void)
{
    start_info_t *si = xen_start_info;
    /* The boot data ends with the page tables (and Xen's boot stack, which
     * is no longer used); what follows is free. */
    next_free = (si->pt_base >> PAGE_SHIFT) + si->nr_pt_frames;
    top = si->nr_pages;
    for (unsigned long pfn = next_free; pfn < top; pfn++)
        map_pfn(pfn);
    flush_batch();
    /* Page 0 held only _start: from now on a NULL pointer faults. The boot
     * stack's guard page goes too (its frame is lost: 4 KiB). */
    if (hyp_update_va_mapping(0, 0, UVMF_INVLPG) ||
        hyp_update_va_mapping((unsigned long)xen_boot_stack_guard, 0, UVMF_INVLPG))
        xen_boot_crash("xen: cannot unmap page 0 or the stack guard");
    floor_pfn = next_free;
}

int platform_guard(void *page, const char *const *owner)
{
    /* Nothing can name the owner: Xen delivers a fault on the faulting
     * stack, and with none left there it crashes the domain itself. */
    (void)owner;
    uintptr_t va = (uintptr_t)page;
    /* A page of the runtime's region, [next_free, floor_pfn) once given. */
    if (!memory_given || va % PAGE_SIZE != 0 || va >> PAGE_SHIFT < next_free ||
        va >> PAGE_SHIFT >= floor_pfn)
        return UC_EINVAL;
    /* The frame stays the domain's, unused: 4 KiB per guard. */
    if (hyp_update_va_mapping(va, 0, UVMF_INVLPG))
        return UC_EFAULT;
    return 0;
}

int xen_mm_alloc_pages(size_t count, void **pages)
{
    if (count == 0 || count > top - floor_pfn)
        return UC_ENOMEM;
    top -= count;
    *pages = xen_mm_pfn_to_virt(top);
    memset(*pages, 0, count * PAGE_SIZE);
    return 0;
}

int platform_memory(size_t want, void **base, size_t *size)
{
    if (memory_given)
        platform_panic("platform_memory called twice");
    if (top - next_free <= XEN_MM_RESERVE_PAGES)
        return UC_ENOMEM;
    unsigned long end = top - XEN_MM_RESERVE_PAGES;
    size_t have = (end - next_free) << PAGE_SHIFT;
    if (have < want / 2)
        return UC_ENOMEM;
    memory_given = 1;
    *base = xen_mm_pfn_to_virt(next_free);
    *size = have;
    floor_pfn = end;
    return 0;
}
