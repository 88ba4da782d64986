/* stub_cppu_data.c -- the data half of the stub cppu (stub_cppu.c is the type library half):
 * values, anys and sequences with cppu's ownership rules. Small values live in an any's pReserved,
 * exceptions in a block of their own, and an any holds a reference to its type; sequences are
 * shared by reference count and the last release destructs their elements. */
#define CPPU_DLLIMPLEMENTATION /* the SDK's declarations then export what is defined here */
#include <string.h>

#include "stub_cppu.h"

/* --- values ---------------------------------------------------------------------------------- */

static void any_construct(uno_Any *any, void *source, typelib_TypeDescriptionReference *type,
                          typelib_TypeDescription *description, uno_AcquireFunc acquire);
static void any_destruct(uno_Any *any, uno_ReleaseFunc release);
static void sequence_release(uno_Sequence *seq, typelib_TypeDescriptionReference *type,
                             uno_ReleaseFunc release);

/* Bytes a value of the type takes in a sequence (compound types are never sequence elements
 * here). */
static size_t value_size(const typelib_TypeDescriptionReference *type)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_BOOLEAN: case typelib_TypeClass_BYTE: return 1;
    case typelib_TypeClass_CHAR: case typelib_TypeClass_SHORT:
    case typelib_TypeClass_UNSIGNED_SHORT: return 2;
    case typelib_TypeClass_LONG: case typelib_TypeClass_UNSIGNED_LONG:
    case typelib_TypeClass_FLOAT: case typelib_TypeClass_ENUM: return 4;
    case typelib_TypeClass_HYPER: case typelib_TypeClass_UNSIGNED_HYPER:
    case typelib_TypeClass_DOUBLE: return 8;
    case typelib_TypeClass_STRING: case typelib_TypeClass_TYPE: case typelib_TypeClass_SEQUENCE:
    case typelib_TypeClass_INTERFACE: return sizeof(void *);
    case typelib_TypeClass_ANY: return sizeof(uno_Any);
    default: stub_cppu_fail("value type not provided by the stub", NULL);
    }
}

/* Exceptions and structs live outside an any's pReserved and need their description. */
static int is_compound(const typelib_TypeDescriptionReference *type)
{
    return type->eTypeClass == typelib_TypeClass_EXCEPTION ||
           type->eTypeClass == typelib_TypeClass_STRUCT;
}

/* A sequence of count elements of size bytes, zeroed, refcount 1 (sizeof(uno_Sequence) already
 * holds a few bytes of elements: harmless slack, and room for an empty sequence). */
static uno_Sequence *sequence_alloc(sal_Int32 count, size_t size)
{
    uno_Sequence *seq = stub_cppu_block_alloc(sizeof(uno_Sequence) + (size_t)count * size);
    seq->nRefCount = 1;
    seq->nElements = count;
    return seq;
}

/* Acquires an interface as cppu does: through acquire when given, else its own acquire. */
static void interface_acquire(void *object, uno_AcquireFunc acquire)
{
    if (!object)
        return;
    if (acquire)
        acquire(object);
    else
        ((uno_Interface *)object)->acquire(object);
}

/* Releases an interface as cppu does: through release when given, else its own release. */
static void interface_release(void *object, uno_ReleaseFunc release)
{
    if (!object)
        return;
    if (release)
        release(object);
    else
        ((uno_Interface *)object)->release(object);
}

static void compound_construct(char *mem, const typelib_CompoundTypeDescription *d);
static void compound_copy(char *dst, char *src, const typelib_CompoundTypeDescription *d,
                          uno_AcquireFunc acquire);
static void compound_destruct(char *mem, const typelib_CompoundTypeDescription *d,
                              uno_ReleaseFunc release);

/* Default-constructs a value of the type in mem, as uno_constructData does. */
static void value_construct(void *mem, typelib_TypeDescriptionReference *type)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_STRING:
        *(rtl_uString **)mem = NULL;
        rtl_uString_new((rtl_uString **)mem);
        break;
    case typelib_TypeClass_TYPE:
        *(typelib_TypeDescriptionReference **)mem =
            *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
        typelib_typedescriptionreference_acquire(*(typelib_TypeDescriptionReference **)mem);
        break;
    case typelib_TypeClass_ANY:
        any_construct(mem, NULL, type, NULL, NULL);
        break;
    case typelib_TypeClass_SEQUENCE:
        *(uno_Sequence **)mem = sequence_alloc(0, 0);
        break;
    case typelib_TypeClass_EXCEPTION: case typelib_TypeClass_STRUCT: {
        typelib_TypeDescription *d = stub_cppu_description_of(type);
        compound_construct(mem, (typelib_CompoundTypeDescription *)d);
        typelib_typedescription_release(d);
        break;
    }
    default:
        memset(mem, 0, value_size(type));
    }
}

/* Copy-constructs a value of the type from src into dst, taking new references. */
static void value_copy(void *dst, void *src, typelib_TypeDescriptionReference *type,
                       uno_AcquireFunc acquire)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_BOOLEAN:
        *(sal_Bool *)dst = *(const sal_Bool *)src != 0;
        break;
    case typelib_TypeClass_STRING:
        rtl_uString_acquire(*(rtl_uString **)src);
        *(rtl_uString **)dst = *(rtl_uString **)src;
        break;
    case typelib_TypeClass_TYPE:
        typelib_typedescriptionreference_acquire(*(typelib_TypeDescriptionReference **)src);
        *(void **)dst = *(void **)src;
        break;
    case typelib_TypeClass_ANY:
        any_construct(dst, src, type, NULL, acquire);
        break;
    case typelib_TypeClass_SEQUENCE:
        (*(uno_Sequence **)src)->nRefCount++;
        *(uno_Sequence **)dst = *(uno_Sequence **)src;
        break;
    case typelib_TypeClass_INTERFACE:
        interface_acquire(*(void **)src, acquire);
        *(void **)dst = *(void **)src;
        break;
    case typelib_TypeClass_EXCEPTION: case typelib_TypeClass_STRUCT: {
        typelib_TypeDescription *d = stub_cppu_description_of(type);
        compound_copy(dst, src, (typelib_CompoundTypeDescription *)d, acquire);
        typelib_typedescription_release(d);
        break;
    }
    default:
        memcpy(dst, src, value_size(type));
    }
}

/* Destructs a value of the type in mem, giving back the references it holds. */
static void value_destruct(void *mem, typelib_TypeDescriptionReference *type,
                           uno_ReleaseFunc release)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_STRING:
        rtl_uString_release(*(rtl_uString **)mem);
        break;
    case typelib_TypeClass_TYPE:
        typelib_typedescriptionreference_release(*(typelib_TypeDescriptionReference **)mem);
        break;
    case typelib_TypeClass_ANY:
        any_destruct(mem, release);
        break;
    case typelib_TypeClass_SEQUENCE:
        sequence_release(*(uno_Sequence **)mem, type, release);
        break;
    case typelib_TypeClass_INTERFACE:
        interface_release(*(void **)mem, release);
        break;
    case typelib_TypeClass_EXCEPTION: case typelib_TypeClass_STRUCT: {
        typelib_TypeDescription *d = stub_cppu_description_of(type);
        compound_destruct(mem, (typelib_CompoundTypeDescription *)d, release);
        typelib_typedescription_release(d);
        break;
    }
    default:
        (void)value_size(type); /* stops on a type the stub does not provide */
    }
}

/* Default-constructs a struct or exception: its base's members first, then its own. */
static void compound_construct(char *mem, const typelib_CompoundTypeDescription *d)
{
    if (d->pBaseTypeDescription)
        compound_construct(mem, d->pBaseTypeDescription);
    for (sal_Int32 i = 0; i < d->nMembers; i++)
        value_construct(mem + d->pMemberOffsets[i], d->ppTypeRefs[i]);
}

/* Copy-constructs a struct or exception member by member, taking new references. */
static void compound_copy(char *dst, char *src, const typelib_CompoundTypeDescription *d,
                          uno_AcquireFunc acquire)
{
    if (d->pBaseTypeDescription)
        compound_copy(dst, src, d->pBaseTypeDescription, acquire);
    for (sal_Int32 i = 0; i < d->nMembers; i++)
        value_copy(dst + d->pMemberOffsets[i], src + d->pMemberOffsets[i],
                   d->ppTypeRefs[i], acquire);
}

/* Destructs a struct or exception member by member, giving back their references. */
static void compound_destruct(char *mem, const typelib_CompoundTypeDescription *d,
                              uno_ReleaseFunc release)
{
    for (sal_Int32 i = 0; i < d->nMembers; i++)
        value_destruct(mem + d->pMemberOffsets[i], d->ppTypeRefs[i], release);
    if (d->pBaseTypeDescription)
        compound_destruct(mem, d->pBaseTypeDescription, release);
}

/* --- anys -------------------------------------------------------------------------------------- */

/* Constructs any from a value of the type at source (default value when source is NULL), as
 * cppu does: small values live in pReserved, exceptions in a block of their own, and the any
 * holds a reference to its type. An any type takes the type and value of the any at source. */
static void any_construct(uno_Any *any, void *source, typelib_TypeDescriptionReference *type,
                          typelib_TypeDescription *description, uno_AcquireFunc acquire)
{
    if (type->eTypeClass == typelib_TypeClass_ANY) {
        if (source) {
            type = ((uno_Any *)source)->pType;
            source = ((uno_Any *)source)->pData;
            description = NULL;
        } else {
            type = *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
        }
    }
    typelib_typedescriptionreference_acquire(type);
    any->pType = type;
    any->pData = &any->pReserved;
    if (type->eTypeClass == typelib_TypeClass_VOID)
        return;
    if (!is_compound(type)) {
        if (source)
            value_copy(any->pData, source, type, acquire);
        else
            value_construct(any->pData, type);
        return;
    }
    typelib_TypeDescription *d = description;
    if (!d)
        d = stub_cppu_description_of(type);
    any->pData = stub_cppu_block_alloc((size_t)d->nSize);
    if (source)
        compound_copy(any->pData, source, (typelib_CompoundTypeDescription *)d, acquire);
    else
        compound_construct(any->pData, (typelib_CompoundTypeDescription *)d);
    if (!description)
        typelib_typedescription_release(d);
}

/* Destructs an any: its value, the exception block if any, and its reference to its type. */
static void any_destruct(uno_Any *any, uno_ReleaseFunc release)
{
    typelib_TypeDescriptionReference *type = any->pType;
    if (type->eTypeClass != typelib_TypeClass_VOID) {
        value_destruct(any->pData, type, release);
        if (is_compound(type))
            stub_cppu_block_free(any->pData);
    }
    typelib_typedescriptionreference_release(type);
}

void SAL_CALL uno_type_any_construct(uno_Any *any, void *source,
                                     typelib_TypeDescriptionReference *type,
                                     uno_AcquireFunc acquire)
{
    any_construct(any, source, type, NULL, acquire);
}

void SAL_CALL uno_any_construct(uno_Any *any, void *source, typelib_TypeDescription *description,
                                uno_AcquireFunc acquire)
{
    if (description)
        any_construct(any, source, description->pWeakRef, description, acquire);
    else
        any_construct(any, NULL, *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID), NULL,
                      NULL);
}

void SAL_CALL uno_any_destruct(uno_Any *any, uno_ReleaseFunc release)
{
    any_destruct(any, release);
}

/* --- data and sequences ------------------------------------------------------------------------ */

void SAL_CALL uno_constructData(void *mem, typelib_TypeDescription *description)
{
    if (is_compound(description->pWeakRef))
        compound_construct(mem, (typelib_CompoundTypeDescription *)description);
    else
        value_construct(mem, description->pWeakRef);
}

void SAL_CALL uno_destructData(void *mem, typelib_TypeDescription *description,
                               uno_ReleaseFunc release)
{
    if (is_compound(description->pWeakRef))
        compound_destruct(mem, (typelib_CompoundTypeDescription *)description, release);
    else
        value_destruct(mem, description->pWeakRef, release);
}

void SAL_CALL uno_type_destructData(void *mem, typelib_TypeDescriptionReference *type,
                                    uno_ReleaseFunc release)
{
    value_destruct(mem, type, release);
}

/* Drops one reference to a sequence of the given sequence type; the last one frees it. */
static void sequence_release(uno_Sequence *seq, typelib_TypeDescriptionReference *type,
                             uno_ReleaseFunc release)
{
    if (seq->nRefCount <= 0)
        stub_cppu_fail("sequence released once too often", NULL);
    if (--seq->nRefCount > 0)
        return;
    typelib_TypeDescriptionReference *element = stub_cppu_element_type(type);
    size_t size = value_size(element);
    for (sal_Int32 i = 0; i < seq->nElements; i++)
        value_destruct(seq->elements + (size_t)i * size, element, release);
    typelib_typedescriptionreference_release(element);
    stub_cppu_block_free(seq);
}

sal_Bool SAL_CALL uno_type_sequence_construct(uno_Sequence **target,
                                              typelib_TypeDescriptionReference *type,
                                              void *elements, sal_Int32 count,
                                              uno_AcquireFunc acquire)
{
    if (count < 0)
        stub_cppu_fail("negative sequence length", NULL);
    typelib_TypeDescriptionReference *element = stub_cppu_element_type(type);
    size_t size = value_size(element);
    uno_Sequence *seq = sequence_alloc(count, size);
    for (sal_Int32 i = 0; i < count; i++) {
        char *dst = seq->elements + (size_t)i * size;
        if (elements)
            value_copy(dst, (char *)elements + (size_t)i * size, element, acquire);
        else
            value_construct(dst, element);
    }
    typelib_typedescriptionreference_release(element);
    *target = seq; /* as cppu: the previous value is overwritten, not released */
    return sal_True;
}
