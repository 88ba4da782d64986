/* uno_component.c — the factory, the function object and the loader's entry points
 * (uno_component.h). In-arguments belong to the caller: read, never destructed. */
#include "uno_component.h"

#include <stdatomic.h>

/* A function object: the uno_Interface comes first, so a uno_Interface* is an sga_object*. */
typedef struct sga_object {
    uno_Interface base;
    atomic_int references;
} sga_object;

static void SAL_CALL object_acquire(uno_Interface *self)
{
    atomic_fetch_add_explicit(&((sga_object *)self)->references, 1, memory_order_relaxed);
}

static void SAL_CALL object_release(uno_Interface *self)
{
    if (atomic_fetch_sub_explicit(&((sga_object *)self)->references, 1, memory_order_acq_rel) == 1)
        rtl_freeMemory(self);
}

/* queryInterface: self for every type in types (the any acquires it), else a void any. */
static void query_interface(uno_Interface *self, typelib_TypeDescriptionReference *const types[],
                            int count, void *pReturn, void *pArgs[])
{
    typelib_TypeDescriptionReference *wanted = *(typelib_TypeDescriptionReference **)pArgs[0];
    for (int i = 0; i < count; ++i) {
        if (typelib_typedescriptionreference_equals(wanted, types[i])) {
            uno_type_any_construct((uno_Any *)pReturn, &self, types[i], NULL);
            return;
        }
    }
    uno_any_construct((uno_Any *)pReturn, NULL, NULL, NULL);
}

/* XInterface, XTypeProvider and XServiceInfo of the function object; zero for other members. */
static int object_service_call(uno_Interface *self, const rtl_uString *member, void *pReturn,
                               void *pArgs[])
{
    sga_uno_types *t = &sga_uno;
    if (sga_ustring_is(member, "queryInterface")) {
        typelib_TypeDescriptionReference *const types[] = {t->xinterface, t->functions,
                                                           t->xtypeprovider, t->xserviceinfo};
        query_interface(self, types, 4, pReturn, pArgs);
    } else if (sga_ustring_is(member, "acquire")) {
        object_acquire(self);
    } else if (sga_ustring_is(member, "release")) {
        object_release(self);
    } else if (sga_ustring_is(member, "getTypes")) {
        typelib_TypeDescriptionReference *types[] = {t->functions, t->xtypeprovider,
                                                     t->xserviceinfo};
        *(uno_Sequence **)pReturn = NULL;
        uno_type_sequence_construct((uno_Sequence **)pReturn, t->seq_type, types, 3, NULL);
    } else if (sga_ustring_is(member, "getImplementationId")) {
        *(uno_Sequence **)pReturn = NULL; /* an empty id is allowed: it only disables caching */
        uno_type_sequence_construct((uno_Sequence **)pReturn, t->seq_byte, NULL, 0, NULL);
    } else if (sga_ustring_is(member, "getImplementationName")) {
        sga_return_string(pReturn, t->implementation_name);
    } else if (sga_ustring_is(member, "supportsService")) {
        const rtl_uString *name = *(rtl_uString *const *)pArgs[0];
        *(sal_Bool *)pReturn = sga_ustring_is(name, sga_this_component.service_name);
    } else if (sga_ustring_is(member, "getSupportedServiceNames")) {
        *(uno_Sequence **)pReturn = NULL;
        uno_type_sequence_construct((uno_Sequence **)pReturn, t->seq_string, &t->service_name, 1,
                                    NULL);
    } else {
        return 0;
    }
    return 1;
}

static void SAL_CALL object_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                     void *pReturn, void *pArgs[], uno_Any **ppException)
{
    const rtl_uString *name = ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
    sga_exception exc = sga_exception_begin(ppException);
    /* The add-in's functions first: they are the hot path. */
    if (sga_this_component.call(name, pReturn, pArgs, &exc))
        return;
    if (!object_service_call(self, name, pReturn, pArgs))
        sga_raise_runtime(&exc, "sensesgap: unknown method"); /* only types we answered reach us */
}

/* A new function object with one reference for the caller, or NULL when memory ran out. */
static uno_Interface *new_object(void)
{
    sga_object *o = rtl_allocateMemory(sizeof *o);
    if (o == NULL)
        return NULL;
    o->base.acquire = object_acquire;
    o->base.release = object_release;
    o->base.pDispatcher = object_dispatch;
    atomic_init(&o->references, 1);
    return &o->base;
}

/* The factory is static: its reference count is kept only so that acquire/release balance. */
static atomic_int factory_references;

static void SAL_CALL factory_acquire(uno_Interface *self)
{
    (void)self;
    atomic_fetch_add(&factory_references, 1);
}

static void SAL_CALL factory_release(uno_Interface *self)
{
    (void)self;
    atomic_fetch_sub(&factory_references, 1);
}

static void SAL_CALL factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                      void *pReturn, void *pArgs[], uno_Any **ppException)
{
    const rtl_uString *name = ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
    sga_exception exc = sga_exception_begin(ppException);
    if (sga_ustring_is(name, "createInstanceWithContext") ||
        sga_ustring_is(name, "createInstanceWithArgumentsAndContext")) {
        uno_Interface *object = new_object(); /* needs neither the context nor arguments */
        if (object == NULL)
            sga_raise_runtime(&exc, "sensesgap: out of memory");
        else
            *(uno_Interface **)pReturn = object;
    } else if (sga_ustring_is(name, "queryInterface")) {
        typelib_TypeDescriptionReference *const types[] = {sga_uno.xinterface, sga_uno.xfactory};
        query_interface(self, types, 2, pReturn, pArgs);
    } else if (sga_ustring_is(name, "acquire")) {
        factory_acquire(self);
    } else if (sga_ustring_is(name, "release")) {
        factory_release(self);
    } else {
        sga_raise_runtime(&exc, "sensesgap: unknown factory method");
    }
}

static uno_Interface factory = {factory_acquire, factory_release, factory_dispatch};

/* Tells the loader that the factory speaks binary UNO. The .components file says so too; a
 * missing or wrong declaration makes LibreOffice abort on the first call instead of failing. */
SGA_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **environment,
                                                                uno_Environment **unused)
{
    (void)unused;
    *environment = "uno";
}

/* An acquired XSingleComponentFactory for our implementation, else NULL. */
SGA_EXPORT void *SAL_CALL component_getFactory(const char *implementation, void *service_manager,
                                               void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    const sga_component *c = &sga_this_component;
    if (implementation == NULL)
        return NULL;
    /* Compared by hand: the library imports nothing from the C library but what the core needs. */
    const char *a = implementation, *b = c->implementation_name;
    while (*a != '\0' && *a == *b)
        ++a, ++b;
    if (*a != *b ||
        !sga_runtime_init(c->implementation_name, c->service_name, c->interface_name))
        return NULL;
    factory_acquire(&factory);
    return &factory;
}
