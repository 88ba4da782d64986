/* stub_sal.c -- the sal functions a binary-UNO component imports, for test hosts without
 * LibreOffice (Windows under wine, as sal3.dll). Same names and C signatures as the SDK's
 * rtl/alloc.h and rtl/ustring.h, and the same behaviour as LibreOffice's sal for what a component
 * does with them: strings are really reference counted, the empty string is a shared static one.
 * It also counts live allocations and strings (stub_counters.h). The test host is
 * single-threaded, so plain counters stand in for sal's atomic ones. */
#define SAL_DLLIMPLEMENTATION /* the SDK's declarations then export what is defined here */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stub_counters.h"

/* sal's marker for strings that live for ever (sal/rtl/strimp.hxx): never counted or freed. */
#define STATIC_STRING_FLAG 0x40000000

static long live_allocations;
static long live_strings;
static int fail_next_allocation;

/* The one empty string, shared like sal's: rtl_uString ends in a one-element buffer. */
static rtl_uString empty_string = {STATIC_STRING_FLAG, 0, {0}};

long SAL_CALL stub_sal_live_allocations(void)
{
    return live_allocations;
}

long SAL_CALL stub_sal_live_strings(void)
{
    return live_strings;
}

void SAL_CALL stub_sal_fail_next_allocation(int on)
{
    fail_next_allocation = on;
}

int SAL_CALL stub_sal_allocation_failure_pending(void)
{
    return fail_next_allocation;
}

void *SAL_CALL rtl_allocateMemory(sal_Size bytes)
{
    if (fail_next_allocation) {
        fail_next_allocation = 0;
        return NULL;
    }
    void *block = malloc(bytes ? bytes : 1);
    if (block)
        live_allocations++;
    return block;
}

void SAL_CALL rtl_freeMemory(void *block)
{
    if (!block)
        return;
    live_allocations--;
    free(block);
}

/* Stops the test loudly: a stub must never answer what it cannot answer correctly. */
_Noreturn static void fail(const char *what)
{
    fprintf(stderr, "stub_sal: %s\n", what);
    abort();
}

/* A new string of the given length with refcount 1, its terminating NUL written. */
static rtl_uString *string_alloc(sal_Int32 length)
{
    if (length < 0)
        fail("negative string length");
    rtl_uString *s = malloc(sizeof(rtl_uString) + (size_t)length * sizeof(sal_Unicode));
    if (!s)
        fail("out of memory");
    s->refCount = 1;
    s->length = length;
    s->buffer[length] = 0;
    live_strings++;
    return s;
}

void SAL_CALL rtl_uString_acquire(rtl_uString *s)
{
    if (!(s->refCount & STATIC_STRING_FLAG))
        s->refCount++;
}

void SAL_CALL rtl_uString_release(rtl_uString *s)
{
    if (s->refCount & STATIC_STRING_FLAG)
        return;
    if (s->refCount <= 0)
        fail("rtl_uString_release of a string already freed");
    if (--s->refCount == 0) {
        live_strings--;
        free(s);
    }
}

/* Stores a new value in *target and releases what it held before, as sal's constructors do. */
static void string_replace(rtl_uString **target, rtl_uString *value)
{
    rtl_uString *old = *target;
    *target = value;
    if (old)
        rtl_uString_release(old);
}

void SAL_CALL rtl_uString_new(rtl_uString **target)
{
    string_replace(target, &empty_string);
}

void SAL_CALL rtl_uString_newFromAscii(rtl_uString **target, const char *ascii)
{
    size_t length = strlen(ascii);
    if (length == 0) {
        rtl_uString_new(target);
        return;
    }
    if (length > 0x7fffffff)
        fail("string too long");
    rtl_uString *s = string_alloc((sal_Int32)length);
    for (size_t i = 0; i < length; i++) {
        if ((unsigned char)ascii[i] > 127)
            fail("rtl_uString_newFromAscii given a non-ASCII character");
        s->buffer[i] = (sal_Unicode)ascii[i];
    }
    string_replace(target, s);
}

void SAL_CALL rtl_uString_newFromStr_WithLength(rtl_uString **target, const sal_Unicode *text,
                                                sal_Int32 length)
{
    if (!text || length <= 0) {
        rtl_uString_new(target);
        return;
    }
    rtl_uString *s = string_alloc(length);
    memcpy(s->buffer, text, (size_t)length * sizeof(sal_Unicode));
    string_replace(target, s);
}

/* As sal: compares code units with ASCII characters; the shorter side counts as 0 past its end. */
sal_Int32 SAL_CALL rtl_ustr_ascii_compare_WithLength(const sal_Unicode *text, sal_Int32 length,
                                                     const char *ascii)
{
    for (;;) {
        sal_Int32 left = length ? (sal_Int32)*text : 0;
        sal_Int32 difference = left - (sal_Int32)(unsigned char)*ascii;
        if (difference != 0 || length == 0 || *ascii == 0)
            return difference;
        text++;
        ascii++;
        length--;
    }
}
