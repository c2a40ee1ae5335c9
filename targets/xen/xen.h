/* xen.h: what the xen target offers beyond the platform interface
 * (uniconf/platform.h): Xen's clock, event channels, xenstore and grant
 * tables, for the frontends (netfront, blkfront) and for the parts of the
 * image that are written for xen only (its generated main.c, the tests).
 * The portable runtime never includes it.
 *
 * Error policy as platform.h: 0 (or a count) on success, a negative UC_E*
 * code on failure; broken invariants panic.
 */
#ifndef UNICONF_TARGETS_XEN_H
#define UNICONF_TARGETS_XEN_H

#include <stddef.h>
#include <stdint.h>

#include <xen/xen.h>
#include <xen/event_channel.h>
#include <xen/grant_table.h>

/* ---- time.c ---- */

/* Xen system time now, and at the kernel's entry (the first instruction of
 * start.S), in nanoseconds. platform_monotonic_ns() is their difference. */
uint64_t xen_time_system_ns(void);
uint64_t xen_time_entry_ns(void);

/* ---- console.c ---- */

/* platform_monotonic_ns() when the first byte was written to the console,
 * or 0 before that: the guest's own "entry to first line" figure. */
uint64_t xen_console_first_output_ns(void);

/* ---- evtchn.c ---- */

/* A port's handler. It runs from platform_wait() (and from
 * xen_evtchn_poll()), never from the upcall itself, so it may do anything a
 * normal function does, except wait. */
typedef void xen_evtchn_handler(evtchn_port_t port, void *context);

/* Ports above this number cannot have a handler (Xen hands out small
 * numbers first; the kernel itself uses four). */
#define XEN_EVTCHN_MAX_PORT 255

/* Gives PORT (already bound) a handler and unmasks it. Returns 0 or
 * UC_ENOSPC when the port is above XEN_EVTCHN_MAX_PORT. */
int xen_evtchn_bind(evtchn_port_t port, xen_evtchn_handler *handler, void *context);

/* Binds virtual interrupt VIRQ to a new port with HANDLER. */
int xen_evtchn_bind_virq(uint32_t virq, xen_evtchn_handler *handler, void *context,
                         evtchn_port_t *port);

/* Allocates a port that domain REMOTE can bind to (a frontend's channel). */
int xen_evtchn_alloc_unbound(domid_t remote, xen_evtchn_handler *handler, void *context,
                             evtchn_port_t *port);

/* Binds a new port to port REMOTE_PORT of domain REMOTE (which allocated
 * it unbound for us): a backend's side of a channel. */
int xen_evtchn_bind_interdomain(domid_t remote, evtchn_port_t remote_port,
                                xen_evtchn_handler *handler, void *context, evtchn_port_t *port);

/* Closes PORT and forgets its handler. */
void xen_evtchn_close(evtchn_port_t port);

/* Signals the other end of PORT. */
void xen_evtchn_notify(evtchn_port_t port);

/* Masks PORT (its events stay pending), and unmasks it (a pending event is
 * then delivered). */
void xen_evtchn_mask(evtchn_port_t port);
void xen_evtchn_unmask(evtchn_port_t port);

/* Runs the handlers of the ports that fired since the last call. Returns
 * how many ports fired. */
int xen_evtchn_poll(void);

/* Blocks until PORT fires (XEN_EVTCHN_ANY: any port) or Xen system time
 * reaches DEADLINE_SYSTEM_NS (0: no deadline; the caller arms the timer),
 * without running handlers. A single PORT's event is taken: its handler
 * will not run for it. Free of the race between checking and blocking. */
#define XEN_EVTCHN_ANY ((evtchn_port_t)-1)
void xen_evtchn_block(evtchn_port_t port, uint64_t deadline_system_ns);

/* ---- xenstore.c ---- */

/* The domain's own domid and name (xenstore "domid" and "name"). */
domid_t xen_xenstore_domid(void);
const char *xen_xenstore_name(void);

/* Reads PATH (relative paths are under /local/domain/DOMID) into BUF as a
 * string. Returns its length, UC_ENOENT, UC_E2BIG when it does not fit in
 * LEN-1 bytes, UC_ETIMEDOUT, or another code xenstored sent. */
int xen_xenstore_read(const char *path, char *buf, size_t len);

/* Writes VALUE (a string) to PATH. */
int xen_xenstore_write(const char *path, const char *value);

/* Lists the children of PATH into BUF as consecutive NUL-terminated names.
 * Returns how many there are (UC_E2BIG when they do not fit). */
int xen_xenstore_directory(const char *path, char *buf, size_t len);

/* Watches PATH (and everything under it) with TOKEN: each change queues an
 * event, read with xen_xenstore_read_watch(); xenstored sends one event at
 * once when the watch is set. Events wake platform_wait(). */
int xen_xenstore_watch(const char *path, const char *token);
int xen_xenstore_unwatch(const char *path, const char *token);

/* Takes the oldest queued watch event: its path into PATH and its token
 * into TOKEN (truncated to fit). Returns 1, or UC_EAGAIN when none is
 * queued. Events beyond the queue's 4 KiB are dropped (the oldest kept),
 * so a watcher re-reads what it watches. */
int xen_xenstore_read_watch(char *path, size_t path_len, char *token, size_t token_len);

/* ---- gnttab.c ---- */

/* Lets domain DOMID access the page at PAGE (page-aligned, ours), read-only
 * when READONLY. The page stays ours; the grant must be ended before the
 * page is reused. */
int xen_gnttab_grant_page(domid_t domid, const void *page, int readonly, grant_ref_t *ref);

/* Ends grant REF. Returns 0, or UC_EBUSY while the other domain still has
 * the page mapped (call again later). */
int xen_gnttab_end(grant_ref_t ref);

/* Copies LEN bytes at OFFSET of the page that domain DOMID granted us as
 * REF into DST (GNTTABOP_copy; DST may cross no page boundary). */
int xen_gnttab_copy_from(domid_t domid, grant_ref_t ref, unsigned offset, void *dst, size_t len);

/* ---- mm.c ---- */

/* Allocates COUNT contiguous zeroed pages for a driver's rings and buffers,
 * which it owns for the rest of the image's life. Before platform_memory()
 * any free memory is used, after it only a reserve of XEN_MM_RESERVE_PAGES.
 * Returns 0 or UC_ENOMEM. */
#define XEN_MM_RESERVE_PAGES 64
int xen_mm_alloc_pages(size_t count, void **pages);

/* The machine frame of the page at VA (ours). */
unsigned long xen_mm_virt_to_mfn(const void *va);

/* The domain's memory in pages (start_info nr_pages). */
unsigned long xen_mm_total_pages(void);

#endif
