/* stub_cppu.c -- the type library half of the stub cppu, for test hosts without LibreOffice
 * (Windows under wine, as cppu3.dll); stub_cppu_data.c is the other half (values, anys and
 * sequences). Same names and C signatures as the SDK's typelib/typedescription.h, and the same
 * ownership rules as LibreOffice's cppu:
 *   - type references are interned by type class and name and reference counted; the ones from
 *     typelib_static_type_getByTypeClass are never freed;
 *   - typelib_typedescription_getByName knows the three exception types a component raises, with
 *     LibreOffice's 64-bit layout (Exception: Message at 0, Context at 8, size 16;
 *     RuntimeException: the same; IllegalArgumentException: ArgumentPosition at 16, size 24);
 *     each call hands out a fresh description, which typelib_typedescription_release frees.
 * Anything else stops the test with a message rather than answering wrongly. The test host is
 * single-threaded, so plain counters stand in for cppu's atomic ones. */
#define CPPU_DLLIMPLEMENTATION /* the SDK's declarations then export what is defined here */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stub_cppu.h"

_Static_assert(sizeof(void *) == 8, "the stub describes the exceptions' 64-bit layout");

/* An interned type reference and the link to the next one. */
typedef struct type_entry {
    typelib_TypeDescriptionReference ref; /* first, so the reference's address is the entry's */
    struct type_entry *next;
} type_entry;

static type_entry *interned_types;
static typelib_TypeDescriptionReference *static_types[32];
static long live_blocks;

long SAL_CALL stub_cppu_live_blocks(void)
{
    return live_blocks;
}

void stub_cppu_fail(const char *what, const char *detail)
{
    fprintf(stderr, "stub_cppu: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    abort();
}

void *stub_cppu_block_alloc(size_t bytes)
{
    void *block = calloc(1, bytes ? bytes : 1);
    if (!block)
        stub_cppu_fail("out of memory", NULL);
    live_blocks++;
    return block;
}

void stub_cppu_block_free(void *block)
{
    if (!block)
        return;
    live_blocks--;
    free(block);
}

/* --- type references ------------------------------------------------------------------------ */

static const struct {
    const char *name;
    typelib_TypeClass type_class;
} simple_types[] = {
    {"void", typelib_TypeClass_VOID},       {"char", typelib_TypeClass_CHAR},
    {"boolean", typelib_TypeClass_BOOLEAN}, {"byte", typelib_TypeClass_BYTE},
    {"short", typelib_TypeClass_SHORT},     {"unsigned short", typelib_TypeClass_UNSIGNED_SHORT},
    {"long", typelib_TypeClass_LONG},       {"unsigned long", typelib_TypeClass_UNSIGNED_LONG},
    {"hyper", typelib_TypeClass_HYPER},     {"unsigned hyper", typelib_TypeClass_UNSIGNED_HYPER},
    {"float", typelib_TypeClass_FLOAT},     {"double", typelib_TypeClass_DOUBLE},
    {"string", typelib_TypeClass_STRING},   {"type", typelib_TypeClass_TYPE},
    {"any", typelib_TypeClass_ANY},
};
#define SIMPLE_TYPE_COUNT (sizeof simple_types / sizeof simple_types[0])

/* The exceptions a component raises, as LibreOffice lays them out on 64-bit platforms. */
typedef struct exception_spec {
    const char *name;
    const char *base;
    sal_Int32 size;
    sal_Int32 member_count;
    const char *member_names[2];
    const char *member_types[2];
    sal_Int32 member_offsets[2];
} exception_spec;

static const exception_spec exceptions[] = {
    {"com.sun.star.uno.Exception", NULL, 16, 2, {"Message", "Context"},
     {"string", "com.sun.star.uno.XInterface"}, {0, 8}},
    {"com.sun.star.uno.RuntimeException", "com.sun.star.uno.Exception", 16, 0, {NULL, NULL},
     {NULL, NULL}, {0, 0}},
    {"com.sun.star.lang.IllegalArgumentException", "com.sun.star.uno.RuntimeException", 24, 1,
     {"ArgumentPosition", NULL}, {"short", NULL}, {16, 0}},
};
#define EXCEPTION_COUNT (sizeof exceptions / sizeof exceptions[0])

/* The spec of a known exception type, or NULL. */
static const exception_spec *exception_find(const char *name)
{
    for (size_t i = 0; i < EXCEPTION_COUNT; i++)
        if (strcmp(exceptions[i].name, name) == 0)
            return &exceptions[i];
    return NULL;
}

/* Type names are ASCII: copies one into buf (NUL-terminated) to compare it with C strings. */
static const char *ascii_name(const rtl_uString *name, char *buf, size_t size)
{
    if ((size_t)name->length >= size)
        stub_cppu_fail("type name too long", NULL);
    for (sal_Int32 i = 0; i < name->length; i++) {
        if (name->buffer[i] > 127)
            stub_cppu_fail("non-ASCII type name", NULL);
        buf[i] = (char)name->buffer[i];
    }
    buf[name->length] = 0;
    return buf;
}

/* The type class a type name stands for (sequences by their "[]" prefix; other names are the
 * known exceptions or interfaces). */
static typelib_TypeClass class_of_name(const char *name)
{
    for (size_t i = 0; i < SIMPLE_TYPE_COUNT; i++)
        if (strcmp(simple_types[i].name, name) == 0)
            return simple_types[i].type_class;
    if (strncmp(name, "[]", 2) == 0)
        return typelib_TypeClass_SEQUENCE;
    if (exception_find(name))
        return typelib_TypeClass_EXCEPTION;
    return typelib_TypeClass_INTERFACE;
}

/* Whether a reference names the given type: cppu compares type class and name, not addresses. */
static int same_type(const typelib_TypeDescriptionReference *a, typelib_TypeClass type_class,
                     const rtl_uString *name)
{
    return a->eTypeClass == type_class && a->pTypeName->length == name->length &&
           memcmp(a->pTypeName->buffer, name->buffer,
                  (size_t)name->length * sizeof(sal_Unicode)) == 0;
}

/* The interned reference for (type class, name), acquired for the caller. */
static typelib_TypeDescriptionReference *type_get(typelib_TypeClass type_class, const char *name)
{
    rtl_uString *uname = NULL;
    rtl_uString_newFromAscii(&uname, name);
    for (type_entry *e = interned_types; e; e = e->next)
        if (same_type(&e->ref, type_class, uname)) {
            rtl_uString_release(uname);
            e->ref.nRefCount++;
            return &e->ref;
        }
    type_entry *e = stub_cppu_block_alloc(sizeof *e);
    e->ref.nRefCount = 1;
    e->ref.eTypeClass = type_class;
    e->ref.pTypeName = uname;
    e->next = interned_types;
    interned_types = e;
    return &e->ref;
}

void SAL_CALL typelib_typedescriptionreference_acquire(typelib_TypeDescriptionReference *ref)
{
    ref->nRefCount++;
}

void SAL_CALL typelib_typedescriptionreference_release(typelib_TypeDescriptionReference *ref)
{
    if (ref->nRefCount <= 0)
        stub_cppu_fail("type reference released once too often", NULL);
    if (--ref->nRefCount > 0 || ref->nStaticRefCount > 0)
        return;
    for (type_entry **link = &interned_types; *link; link = &(*link)->next)
        if (&(*link)->ref == ref) {
            type_entry *gone = *link;
            *link = gone->next;
            rtl_uString_release(gone->ref.pTypeName);
            stub_cppu_block_free(gone);
            return;
        }
    stub_cppu_fail("type reference not made by this library", NULL);
}

void SAL_CALL typelib_typedescriptionreference_newByAsciiName(
    typelib_TypeDescriptionReference **target, typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *ref = type_get(type_class, name);
    if (*target)
        typelib_typedescriptionreference_release(*target);
    *target = ref;
}

sal_Bool SAL_CALL typelib_typedescriptionreference_equals(const typelib_TypeDescriptionReference *a,
                                                         const typelib_TypeDescriptionReference *b)
{
    return a == b || same_type(a, b->eTypeClass, b->pTypeName);
}

typelib_TypeDescriptionReference **SAL_CALL typelib_static_type_getByTypeClass(
    typelib_TypeClass type_class)
{
    const char *name = type_class == typelib_TypeClass_INTERFACE ? "com.sun.star.uno.XInterface"
                                                                  : NULL;
    for (size_t i = 0; i < SIMPLE_TYPE_COUNT && !name; i++)
        if (simple_types[i].type_class == type_class)
            name = simple_types[i].name;
    if (!name || (unsigned)type_class >= sizeof static_types / sizeof static_types[0])
        stub_cppu_fail("typelib_static_type_getByTypeClass: type class not provided by the stub", NULL);
    if (!static_types[type_class]) {
        static_types[type_class] = type_get(type_class, name);
        static_types[type_class]->nStaticRefCount = 1; /* held for ever, as cppu's are */
    }
    return &static_types[type_class];
}

typelib_TypeDescriptionReference *stub_cppu_element_type(const typelib_TypeDescriptionReference *seq)
{
    char buf[256];
    const char *name = ascii_name(seq->pTypeName, buf, sizeof buf);
    if (strncmp(name, "[]", 2) != 0)
        stub_cppu_fail("not a sequence type", name);
    return type_get(class_of_name(name + 2), name + 2);
}

/* --- type descriptions ----------------------------------------------------------------------- */

/* A fresh description of a known exception, refcount 1, its base described in turn. */
static typelib_CompoundTypeDescription *description_new(const exception_spec *spec)
{
    typelib_CompoundTypeDescription *d = stub_cppu_block_alloc(sizeof *d);
    d->aBase.nRefCount = 1;
    d->aBase.eTypeClass = typelib_TypeClass_EXCEPTION;
    rtl_uString_newFromAscii(&d->aBase.pTypeName, spec->name);
    d->aBase.pSelf = &d->aBase;
    d->aBase.bComplete = sal_True;
    d->aBase.nSize = spec->size;
    d->aBase.nAlignment = 8;
    d->aBase.pWeakRef = type_get(typelib_TypeClass_EXCEPTION, spec->name);
    if (spec->base)
        d->pBaseTypeDescription = description_new(exception_find(spec->base));
    d->nMembers = spec->member_count;
    d->pMemberOffsets = stub_cppu_block_alloc(sizeof(sal_Int32) * 2);
    d->ppTypeRefs = stub_cppu_block_alloc(sizeof(typelib_TypeDescriptionReference *) * 2);
    d->ppMemberNames = stub_cppu_block_alloc(sizeof(rtl_uString *) * 2);
    for (sal_Int32 i = 0; i < spec->member_count; i++) {
        d->pMemberOffsets[i] = spec->member_offsets[i];
        d->ppTypeRefs[i] = type_get(class_of_name(spec->member_types[i]), spec->member_types[i]);
        rtl_uString_newFromAscii(&d->ppMemberNames[i], spec->member_names[i]);
    }
    return d;
}

/* Frees a description from description_new and its base's. */
static void description_free(typelib_CompoundTypeDescription *d)
{
    for (sal_Int32 i = 0; i < d->nMembers; i++) {
        typelib_typedescriptionreference_release(d->ppTypeRefs[i]);
        rtl_uString_release(d->ppMemberNames[i]);
    }
    stub_cppu_block_free(d->pMemberOffsets);
    stub_cppu_block_free(d->ppTypeRefs);
    stub_cppu_block_free(d->ppMemberNames);
    if (d->pBaseTypeDescription)
        typelib_typedescription_release(&d->pBaseTypeDescription->aBase);
    typelib_typedescriptionreference_release(d->aBase.pWeakRef);
    rtl_uString_release(d->aBase.pTypeName);
    stub_cppu_block_free(d);
}

void SAL_CALL typelib_typedescription_acquire(typelib_TypeDescription *description)
{
    description->nRefCount++;
}

void SAL_CALL typelib_typedescription_release(typelib_TypeDescription *description)
{
    if (description->nRefCount <= 0)
        stub_cppu_fail("type description released once too often", NULL);
    if (--description->nRefCount == 0)
        description_free((typelib_CompoundTypeDescription *)description);
}

void SAL_CALL typelib_typedescription_getByName(typelib_TypeDescription **target, rtl_uString *name)
{
    char buf[256];
    const exception_spec *spec = exception_find(ascii_name(name, buf, sizeof buf));
    if (*target)
        typelib_typedescription_release(*target);
    *target = spec ? &description_new(spec)->aBase : NULL;
}

typelib_TypeDescription *stub_cppu_description_of(const typelib_TypeDescriptionReference *type)
{
    typelib_TypeDescription *d = NULL;
    typelib_typedescription_getByName(&d, type->pTypeName);
    if (!d) {
        char buf[256];
        stub_cppu_fail("no description of type", ascii_name(type->pTypeName, buf, sizeof buf));
    }
    return d;
}

