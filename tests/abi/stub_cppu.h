/* stub_cppu.h -- what the two halves of the stub cppu (stub_cppu.c, stub_cppu_data.c) share.
 * Nothing here is exported from the library. */
#ifndef ABI_STUB_CPPU_H
#define ABI_STUB_CPPU_H

#include <stddef.h>

#include "stub_counters.h"

/* Stops the test loudly: a stub must never answer what it cannot answer correctly. */
_Noreturn void stub_cppu_fail(const char *what, const char *detail);

/* calloc that stops the test instead of returning NULL, counted as a live block. */
void *stub_cppu_block_alloc(size_t bytes);

/* Gives back a block from stub_cppu_block_alloc (NULL is ignored). */
void stub_cppu_block_free(void *block);

/* The type of the elements of a sequence type ("[]any" -> any), acquired for the caller. */
typelib_TypeDescriptionReference *stub_cppu_element_type(const typelib_TypeDescriptionReference *seq);

/* The description of a struct or exception type, acquired for the caller. */
typelib_TypeDescription *stub_cppu_description_of(const typelib_TypeDescriptionReference *type);

#endif
