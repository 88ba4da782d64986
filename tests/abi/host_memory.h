/* host_memory.h -- what the host sees of memory, for its leak checks.
 * On Linux the host executable defines rtl_allocateMemory and rtl_freeMemory itself (it is linked
 * with -rdynamic), so the component's calls land here first and are counted before being passed
 * on to the real libuno_sal; LibreOffice's own libraries do not call them. On Windows the stub
 * sal3.dll counts them (stub_counters.h). */
#ifndef ABI_HOST_MEMORY_H
#define ABI_HOST_MEMORY_H

/* Blocks from rtl_allocateMemory not yet given back to rtl_freeMemory. */
long memory_live_allocations(void);

/* While on is non-zero, the component's next rtl_allocateMemory fails (returns NULL). */
void memory_fail_next_allocation(int on);

/* Whether that failure is still to happen (the component has not asked for memory since). */
int memory_allocation_failure_pending(void);

/* All heap in use, in units that grow by at least one for every block leaked: bytes from the C
 * library (or AddressSanitizer) on Linux, live blocks of the stub libraries on Windows. With glibc,
 * exact only when its per-thread cache is off (GLIBC_TUNABLES=glibc.malloc.tcache_count=0). */
long long memory_heap_units(void);

#endif
