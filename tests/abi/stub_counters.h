/* stub_counters.h -- what the stub sal/cppu libraries count for the test host, and the one fault
 * they inject (a failing rtl_allocateMemory). These functions exist only in the stubs
 * (stub_sal.c, stub_cppu.c), never in LibreOffice: a host that calls them runs against the stubs
 * (Windows under wine). */
#ifndef ABI_STUB_COUNTERS_H
#define ABI_STUB_COUNTERS_H

#include "abi_sdk.h"

/* Blocks from rtl_allocateMemory not yet given back to rtl_freeMemory. */
SAL_DLLPUBLIC long SAL_CALL stub_sal_live_allocations(void);

/* While on is non-zero, the next rtl_allocateMemory returns NULL (and turns it off). */
SAL_DLLPUBLIC void SAL_CALL stub_sal_fail_next_allocation(int on);

/* Whether an allocation failure set up by stub_sal_fail_next_allocation is still to happen. */
SAL_DLLPUBLIC int SAL_CALL stub_sal_allocation_failure_pending(void);

/* rtl_uString objects alive on the heap (the shared empty string is not counted). */
SAL_DLLPUBLIC long SAL_CALL stub_sal_live_strings(void);

/* cppu's heap blocks alive: sequences, exception values held by anys, type descriptions and
 * type references. */
CPPU_DLLPUBLIC long SAL_CALL stub_cppu_live_blocks(void);

#endif
