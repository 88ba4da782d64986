/* uno_runtime.c — types, results and exceptions for the binary-UNO component (uno_runtime.h). */
#include "uno_runtime.h"

#include <stdalign.h>
#include <stdatomic.h>

sga_uno_types sga_uno;

/* 0 not started, 1 being created by one thread, 2 ready, 3 failed. */
static atomic_int init_state;

/* A reference to the named type; the loader's type manager fills in its description lazily. */
static typelib_TypeDescriptionReference *named(typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_typedescriptionreference_newByAsciiName(&ref, type_class, name);
    return ref;
}

/* An acquired reference to a simple type. */
static typelib_TypeDescriptionReference *simple(typelib_TypeClass type_class)
{
    typelib_TypeDescriptionReference *ref = *typelib_static_type_getByTypeClass(type_class);
    typelib_typedescriptionreference_acquire(ref);
    return ref;
}

/* The full description of an exception type, or NULL when the office does not know it. The
 * component raises exceptions into a fixed stack buffer, so the type must fit in one. */
static typelib_TypeDescription *exception_type(const char *name)
{
    typelib_TypeDescription *td = NULL;
    rtl_uString *uname = NULL;
    rtl_uString_newFromAscii(&uname, name);
    typelib_typedescription_getByName(&td, uname);
    rtl_uString_release(uname);
    if (td != NULL && (td->eTypeClass != typelib_TypeClass_EXCEPTION || td->nSize <= 0 ||
                       td->nSize > 64)) {
        typelib_typedescription_release(td);
        td = NULL;
    }
    return td;
}

/* A new string holding ASCII text. */
static rtl_uString *ascii_string(const char *ascii)
{
    rtl_uString *s = NULL;
    rtl_uString_newFromAscii(&s, ascii);
    return s;
}

/* Creates everything; returns non-zero on success. */
static int create_types(const char *implementation_name, const char *service_name,
                        const char *interface_name)
{
    sga_uno_types *t = &sga_uno;
    t->xinterface = simple(typelib_TypeClass_INTERFACE);
    t->t_double = simple(typelib_TypeClass_DOUBLE);
    t->t_string = simple(typelib_TypeClass_STRING);
    t->functions = named(typelib_TypeClass_INTERFACE, interface_name);
    t->xtypeprovider = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XTypeProvider");
    t->xserviceinfo = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XServiceInfo");
    t->xfactory = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XSingleComponentFactory");
    t->seq_seq_any = named(typelib_TypeClass_SEQUENCE, "[][]any");
    t->seq_type = named(typelib_TypeClass_SEQUENCE, "[]type");
    t->seq_string = named(typelib_TypeClass_SEQUENCE, "[]string");
    t->seq_byte = named(typelib_TypeClass_SEQUENCE, "[]byte");
    t->illegal_argument = exception_type("com.sun.star.lang.IllegalArgumentException");
    t->runtime_exception = exception_type("com.sun.star.uno.RuntimeException");
    t->empty = NULL;
    rtl_uString_new(&t->empty);
    t->implementation_name = ascii_string(implementation_name);
    t->service_name = ascii_string(service_name);
    return t->illegal_argument != NULL && t->runtime_exception != NULL;
}

int sga_runtime_init(const char *implementation_name, const char *service_name,
                     const char *interface_name)
{
    int expected = 0;
    if (atomic_compare_exchange_strong(&init_state, &expected, 1)) {
        int ok = create_types(implementation_name, service_name, interface_name);
        atomic_store(&init_state, ok ? 2 : 3);
    }
    while (atomic_load(&init_state) == 1)
        ; /* another thread is creating the types: microseconds, once per process */
    return atomic_load(&init_state) == 2;
}

sga_exception sga_exception_begin(uno_Any **ppException)
{
    sga_exception exc = {ppException, *ppException};
    *ppException = NULL; /* success unless a raise hands the memory back */
    return exc;
}

/* Constructs an exception of type td with the message in the caller's exception memory. */
static void raise_exception(const sga_exception *exc, typelib_TypeDescription *td,
                            const char *message)
{
    /* A stack buffer, not the heap: raising must work when memory has run out. Every exception
     * starts with com.sun.star.uno.Exception, whose first member is Message. */
    alignas(16) unsigned char buffer[64];
    uno_constructData(buffer, td);
    rtl_uString_newFromAscii((rtl_uString **)(void *)buffer, message);
    uno_any_construct(exc->memory, buffer, td, NULL);
    uno_destructData(buffer, td, NULL);
    *exc->slot = exc->memory;
}

void sga_raise_illegal_argument(const sga_exception *exc, const char *message)
{
    raise_exception(exc, sga_uno.illegal_argument, message);
}

void sga_raise_runtime(const sga_exception *exc, const char *message)
{
    raise_exception(exc, sga_uno.runtime_exception, message);
}

void sga_return_any_number(void *ret, double number)
{
    uno_type_any_construct((uno_Any *)ret, &number, sga_uno.t_double, NULL);
}

void sga_return_any_string(void *ret, rtl_uString *string)
{
    uno_type_any_construct((uno_Any *)ret, &string, sga_uno.t_string, NULL); /* acquires */
}

void sga_return_string(void *ret, rtl_uString *string)
{
    rtl_uString_acquire(string);
    *(rtl_uString **)ret = string;
}

/* The static-text cache: a slot is written once (state 0 -> 1 -> 2) and then only read. */
#define CACHE_SLOTS 64
static struct {
    atomic_int state;
    const char *ascii;
    rtl_uString *string;
} cache[CACHE_SLOTS];

rtl_uString *sga_static_string(const char *ascii)
{
    for (int i = 0; i < CACHE_SLOTS; ++i) {
        int state = atomic_load_explicit(&cache[i].state, memory_order_acquire);
        if (state == 2 && cache[i].ascii == ascii) {
            rtl_uString_acquire(cache[i].string);
            return cache[i].string;
        }
        int empty = 0;
        if (state == 0 && atomic_compare_exchange_strong(&cache[i].state, &empty, 1)) {
            cache[i].ascii = ascii;
            cache[i].string = ascii_string(ascii);
            rtl_uString_acquire(cache[i].string); /* one reference stays with the cache */
            atomic_store_explicit(&cache[i].state, 2, memory_order_release);
            return cache[i].string;
        }
    }
    return ascii_string(ascii); /* cache full, or a slot being written: not cached */
}

int sga_ustring_is(const rtl_uString *string, const char *ascii)
{
    sal_Int32 i = 0;
    for (; i < string->length && ascii[i] != '\0'; ++i)
        if (string->buffer[i] != (sal_Unicode)(unsigned char)ascii[i])
            return 0;
    return i == string->length && ascii[i] == '\0';
}
