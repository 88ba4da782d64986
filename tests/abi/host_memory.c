/* host_memory.c -- counting the component's allocations and the heap in use (host_memory.h). */
#if !defined _WIN32
#define _GNU_SOURCE /* RTLD_NEXT */
#endif
#include "host_memory.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abi_sdk.h"

#if defined _WIN32

#include "stub_counters.h"

long memory_live_allocations(void)
{
    return stub_sal_live_allocations();
}

void memory_fail_next_allocation(int on)
{
    stub_sal_fail_next_allocation(on);
}

int memory_allocation_failure_pending(void)
{
    return stub_sal_allocation_failure_pending();
}

long long memory_heap_units(void)
{
    return (long long)stub_sal_live_allocations() + stub_sal_live_strings() +
           stub_cppu_live_blocks();
}

#else

#include <dlfcn.h>
#include <malloc.h>

static long live_allocations;
static int fail_next_allocation;

/* The real function of that name in the next library (libuno_sal), found once. */
static void *real_function(const char *name)
{
    void *symbol = dlsym(RTLD_NEXT, name);
    if (!symbol) {
        fprintf(stderr, "host: %s not found in the sal library\n", name);
        abort();
    }
    return symbol;
}

void *SAL_CALL rtl_allocateMemory(sal_Size bytes)
{
    static void *(SAL_CALL *real_allocate)(sal_Size);
    if (!real_allocate) {
        void *symbol = real_function("rtl_allocateMemory");
        memcpy(&real_allocate, &symbol, sizeof real_allocate); /* ISO C: no object-to-function cast */
    }
    if (fail_next_allocation) {
        fail_next_allocation = 0;
        return NULL;
    }
    void *block = real_allocate(bytes);
    if (block)
        live_allocations++;
    return block;
}

void SAL_CALL rtl_freeMemory(void *block)
{
    static void(SAL_CALL * real_free)(void *);
    if (!real_free) {
        void *symbol = real_function("rtl_freeMemory");
        memcpy(&real_free, &symbol, sizeof real_free);
    }
    if (block)
        live_allocations--;
    real_free(block);
}

long memory_live_allocations(void)
{
    return live_allocations;
}

void memory_fail_next_allocation(int on)
{
    fail_next_allocation = on;
}

int memory_allocation_failure_pending(void)
{
    return fail_next_allocation;
}

#if defined __SANITIZE_ADDRESS__
size_t __sanitizer_get_current_allocated_bytes(void);

long long memory_heap_units(void)
{
    return (long long)__sanitizer_get_current_allocated_bytes();
}
#else
/* glibc keeps some freed blocks in a per-thread cache that mallinfo counts as in use; as that
 * cache fills, the heap seems to grow by a few kilobytes once. test-abi turns the cache off. */
static void warn_about_cache(void)
{
    static int warned;
    const char *tunables = getenv("GLIBC_TUNABLES");
    if (warned || (tunables && strstr(tunables, "glibc.malloc.tcache_count=0")))
        return;
    warned = 1;
    fprintf(stderr, "host: run with GLIBC_TUNABLES=glibc.malloc.tcache_count=0, or the heap "
                    "growth checks may count glibc's cache of freed blocks\n");
}

long long memory_heap_units(void)
{
    warn_about_cache();
    struct mallinfo2 info = mallinfo2();
    return (long long)(info.uordblks + info.hblkhd);
}
#endif

#endif
