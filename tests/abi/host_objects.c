/* host_objects.c -- checks of the factory and the function object (host_objects.h). */
#include "host_objects.h"

#include <string.h>

#include "host_memory.h"
#include "host_report.h"
#include "host_uno.h"

#define IMPLEMENTATION_NAME "org.sensesgap.FunctionsImpl"
#define SERVICE_NAME "org.sensesgap.Functions"

static method *query_interface, *create_with_context, *create_with_arguments, *get_types,
    *get_implementation_id, *get_implementation_name, *supports_service,
    *get_supported_service_names;

void objects_describe(void)
{
    const char *factory = "com.sun.star.lang.XSingleComponentFactory";
    const char *context = "com.sun.star.uno.XComponentContext";
    const char *object = "com.sun.star.uno.XInterface";
    query_interface = method_new(object, 0, "queryInterface", "any", "type", NULL);
    create_with_context =
        method_new(factory, 3, "createInstanceWithContext", object, context, NULL);
    create_with_arguments = method_new(factory, 4, "createInstanceWithArgumentsAndContext",
                                       object, "[]any", context, NULL);
    get_types = method_new("com.sun.star.lang.XTypeProvider", 3, "getTypes", "[]type", NULL);
    get_implementation_id =
        method_new("com.sun.star.lang.XTypeProvider", 4, "getImplementationId", "[]byte", NULL);
    get_implementation_name = method_new("com.sun.star.lang.XServiceInfo", 3,
                                         "getImplementationName", "string", NULL);
    supports_service = method_new("com.sun.star.lang.XServiceInfo", 4, "supportsService",
                                  "boolean", "string", NULL);
    get_supported_service_names = method_new("com.sun.star.lang.XServiceInfo", 5,
                                             "getSupportedServiceNames", "[]string", NULL);
}

void objects_free(void)
{
    method *all[] = {query_interface,       create_with_context,     create_with_arguments,
                     get_types,             get_implementation_id,   get_implementation_name,
                     supports_service,      get_supported_service_names};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        method_free(all[i]);
}

/* --- the context probe ------------------------------------------------------------------------ */

/* The component takes a reference to the context (to keep it). */
static void SAL_CALL probe_acquire(uno_Interface *self)
{
    ((context_probe *)self)->references++;
}

/* The component gives a reference to the context back. */
static void SAL_CALL probe_release(uno_Interface *self)
{
    ((context_probe *)self)->references--;
}

/* Answers queryInterface with "not supported" and every other call with nothing; counts them all,
 * since the component has no reason to call its context. */
static void SAL_CALL probe_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                    void *ret, void *args[], uno_Any **exception)
{
    (void)args;
    ((context_probe *)self)->calls++;
    const rtl_uString *name = ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
    if (rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, "queryInterface") == 0)
        uno_any_construct(ret, NULL, NULL, NULL);
    *exception = NULL;
}

void context_probe_init(context_probe *probe)
{
    probe->iface.acquire = probe_acquire;
    probe->iface.release = probe_release;
    probe->iface.pDispatcher = probe_dispatch;
    probe->references = 1; /* the host's own */
    probe->calls = 0;
}

/* --- queryInterface ----------------------------------------------------------------------------- */

/* Asks object for an interface as the bridges do, checks the answer and releases the reference
 * the answer carried. XInterface must answer with the object itself (its identity). */
static void check_query(uno_Interface *object, const char *who, const char *type_name,
                        int supported)
{
    typelib_TypeDescriptionReference *type = type_named(type_name);
    void *args[1] = {&type};
    return_slot ret;
    outcome out;
    char label[256], expected[256];
    int identity = strcmp(type_name, "com.sun.star.uno.XInterface") == 0;
    text_format(label, sizeof label, "%s.queryInterface(%s)", who, type_name);
    text_format(expected, sizeof expected, "any %s%s", supported ? type_name : "void",
                supported && identity ? ", the object itself" : "");
    if (call_method(object, query_interface, &ret, args, &out)) {
        const uno_Any *answer = &ret.any;
        if (answer->pType->eTypeClass == typelib_TypeClass_INTERFACE && *(void **)answer->pData) {
            char answer_type[256];
            show_type_name(answer_type, sizeof answer_type, answer->pType);
            text_format(out.text, sizeof out.text, "any %s", answer_type);
            if (identity)
                text_append(out.text, sizeof out.text, "%s",
                            *(void **)answer->pData == object ? ", the object itself"
                                                              : ", another object");
        } else {
            show_value(out.text, sizeof out.text, &ret.any, query_interface->pReturnTypeRef);
        }
        uno_any_destruct(&ret.any, NULL);
    }
    report_expect(label, out.text, expected);
    typelib_typedescriptionreference_release(type);
}

void objects_check_factory(uno_Interface *factory)
{
    report_heading("the factory");
    check_query(factory, "factory", "com.sun.star.uno.XInterface", 1);
    check_query(factory, "factory", "com.sun.star.lang.XSingleComponentFactory", 1);
    check_query(factory, "factory", "com.sun.star.beans.XPropertySet", 0);
}

/* --- creating objects ------------------------------------------------------------------------- */

/* Checks that a create call returned an object and gives it to the caller (NULL if none). */
static uno_Interface *created(const char *label, int returned, return_slot *ret, outcome *out)
{
    const char *expected = "interface com.sun.star.uno.XInterface";
    if (!returned) {
        report_expect(label, out->text, expected);
        return NULL;
    }
    show_value(out->text, sizeof out->text, &ret->object, create_with_context->pReturnTypeRef);
    report_expect(label, out->text, expected);
    return ret->object;
}

uno_Interface *objects_create(uno_Interface *factory, context_probe *context)
{
    uno_Interface *ctx = &context->iface;
    void *args[1] = {&ctx};
    return_slot ret;
    outcome out;
    long before = memory_live_allocations();
    int returned = call_method(factory, create_with_context, &ret, args, &out);
    uno_Interface *object =
        created("factory.createInstanceWithContext(context)", returned, &ret, &out);
    if (object)
        report_expect("the new object's memory came from rtl_allocateMemory",
                      memory_live_allocations() > before ? "yes" : "no", "yes");
    return object;
}

void objects_check_second_instance(uno_Interface *factory, context_probe *context,
                                   const uno_Interface *first)
{
    typelib_TypeDescriptionReference *any_sequence = type_named("[]any");
    uno_Sequence *no_arguments = NULL;
    uno_type_sequence_construct(&no_arguments, any_sequence, NULL, 0, NULL);
    uno_Interface *ctx = &context->iface;
    void *args[2] = {&no_arguments, &ctx};
    return_slot ret;
    outcome out;
    long before = memory_live_allocations();
    int returned = call_method(factory, create_with_arguments, &ret, args, &out);
    uno_Interface *second = created("factory.createInstanceWithArgumentsAndContext({}; context)",
                                    returned, &ret, &out);
    uno_type_destructData(&no_arguments, any_sequence, NULL);
    typelib_typedescriptionreference_release(any_sequence);
    if (!second)
        return;
    report_expect("the second object is a new one", second != first ? "yes" : "no", "yes");
    report_expect("the second object's memory came from rtl_allocateMemory",
                  memory_live_allocations() > before ? "yes" : "no", "yes");
    second->release(second);
    report_expect("its last release freed it", memory_live_allocations() == before ? "yes" : "no",
                  "yes");
}

/* --- the function object ------------------------------------------------------------------------ */

/* Calls a member without arguments or with one string argument and checks the shown result. */
static void check_call(uno_Interface *object, const method *m, const char *string_arg,
                       const char *label, const char *expected)
{
    rtl_uString *s = NULL;
    void *args[1] = {NULL};
    if (string_arg) {
        rtl_uString_newFromAscii(&s, string_arg);
        args[0] = &s;
    }
    outcome out;
    call_and_show(object, m, args, &out);
    if (s)
        rtl_uString_release(s);
    report_expect(label, out.text, expected);
}

/* getTypes: the three interfaces besides XInterface, in any order. */
static void check_types(uno_Interface *object)
{
    static const char *const wanted[] = {"org.sensesgap.XFunctions",
                                         "com.sun.star.lang.XTypeProvider",
                                         "com.sun.star.lang.XServiceInfo"};
    const char *expected = "sequence<type> {org.sensesgap.XFunctions, "
                           "com.sun.star.lang.XTypeProvider, com.sun.star.lang.XServiceInfo} "
                           "in any order";
    void *args[1] = {NULL};
    return_slot ret;
    outcome out;
    int ok = 0;
    if (call_method(object, get_types, &ret, args, &out)) {
        show_value(out.text, sizeof out.text, &ret, get_types->pReturnTypeRef);
        typelib_TypeDescriptionReference **types = (typelib_TypeDescriptionReference **)ret.sequence->elements;
        int found = 0;
        for (int w = 0; w < 3; w++)
            for (sal_Int32 i = 0; i < ret.sequence->nElements; i++)
                if (types[i]->eTypeClass == typelib_TypeClass_INTERFACE &&
                    rtl_ustr_ascii_compare_WithLength(types[i]->pTypeName->buffer,
                                                      types[i]->pTypeName->length,
                                                      wanted[w]) == 0)
                    found++;
        ok = ret.sequence->nElements == 3 && found == 3;
        destroy_value(&ret, get_types->pReturnTypeRef);
    }
    report_check("object.getTypes()", out.text, ok, expected);
}

void objects_check_function_object(uno_Interface *object)
{
    report_heading("the function object: interfaces");
    check_query(object, "object", "com.sun.star.uno.XInterface", 1);
    check_query(object, "object", "org.sensesgap.XFunctions", 1);
    check_query(object, "object", "com.sun.star.lang.XTypeProvider", 1);
    check_query(object, "object", "com.sun.star.lang.XServiceInfo", 1);
    check_query(object, "object", "com.sun.star.beans.XPropertySet", 0);
    check_query(object, "object", "com.sun.star.lang.XLocalizable", 0);

    report_heading("the function object: XTypeProvider and XServiceInfo");
    check_types(object);
    check_call(object, get_implementation_id, NULL, "object.getImplementationId()",
               "sequence<byte> {}");
    check_call(object, get_implementation_name, NULL, "object.getImplementationName()",
               "string \"" IMPLEMENTATION_NAME "\"");
    check_call(object, supports_service, SERVICE_NAME,
               "object.supportsService(\"" SERVICE_NAME "\")", "boolean true");
    check_call(object, supports_service, "com.sun.star.sheet.AddIn",
               "object.supportsService(\"com.sun.star.sheet.AddIn\")", "boolean false");
    check_call(object, supports_service, "", "object.supportsService(\"\")", "boolean false");
    check_call(object, get_supported_service_names, NULL, "object.getSupportedServiceNames()",
               "sequence<string> {\"" SERVICE_NAME "\"}");
}
