/* kernel.h: what the modules of the xen guest kernel (targets/xen) share
 * with each other and with boot.c, which calls their set-up functions in
 * order (private to targets/xen; xen.h is the interface for others).
 */
#ifndef UNICONF_XEN_KERNEL_H
#define UNICONF_XEN_KERNEL_H

#include <stddef.h>
#include <stdint.h>

#include "hypercall.h"

/* ---- boot.c ---- */

/* Writes MESSAGE and a newline to the console, drains it, and crashes the
 * domain (SHUTDOWN_crash). Safe to call from a fault: a fault inside it
 * crashes at once. */
_Noreturn void xen_boot_crash(const char *message);

/* ---- mm.c ---- */

/* start_info and shared_info, valid from xen_mm_early() on. */
extern start_info_t *xen_start_info;
extern shared_info_t *xen_shared_info;

/* Records start_info and maps shared_info (at a page of the image). */
void xen_mm_early(start_info_t *si);

/* Maps all of the domain's memory (the domain builder maps only the first
 * few MiB) and unmaps page 0, so that a NULL pointer faults. */
void xen_mm_init(void);

/* The virtual address of pseudo-physical frame PFN (1:1 from 0), and of a
 * machine frame that belongs to the domain. */
void *xen_mm_pfn_to_virt(unsigned long pfn);
void *xen_mm_mfn_to_virt(unsigned long mfn);

/* Maps machine frame MFN writable at VA (a page of the image set aside for
 * it); the page's own frame is given up. Panics on failure. */
void xen_mm_map_foreign_frame(void *va, unsigned long mfn);

/* ---- time.c ---- */

/* Converts the TSC read at entry (start.S) to Xen system time. */
void xen_time_init(void);

/* Binds VIRQ_TIMER, whose event ends a wait at its deadline. */
void xen_time_timer_init(void);

/* ---- traps.c ---- */

/* Installs the trap table and the failsafe callback. */
void xen_traps_init(void);

/* ---- evtchn.c ---- */

/* Registers the event upcall and unmasks event delivery. */
void xen_evtchn_init(void);

/* Called by the upcall entry (entry.S) with events masked. */
void xen_evtchn_upcall(void);

/* ---- console.c ---- */

/* Finds the console ring; output works from here on (polled). */
void xen_console_init(void);

/* Binds the console event channel (input wakes a wait). */
void xen_console_bind(void);

/* Waits (bounded) until xenconsoled has read all output. */
void xen_console_drain(void);

/* ---- xenstore.c ---- */

/* Connects to xenstore; reads the domain's name (its domid is read when
 * first asked for). */
void xen_xenstore_init(void);

/* Watches control/shutdown, where the toolstack asks the guest to stop;
 * its events are flagged, not queued for xen_xenstore_read_watch(). */
int xen_xenstore_watch_shutdown(void);

/* Whether control/shutdown changed since the last call. */
int xen_xenstore_shutdown_event(void);

/* ---- gnttab.c ---- */

/* Sets up and maps the grant table frames. */
void xen_gnttab_init(void);

#endif
