/* host_uno.c -- calling binary-UNO objects and showing the results (host_uno.h). */
#include "host_uno.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "host_report.h"

#define RETURN_SENTINEL 0xA5 /* fills pReturn before a call, to see whether a raise wrote it */

/* Stops the host: the rest of the run would only repeat the same failure. */
static void out_of_memory(void)
{
    report_check("host memory", "exhausted", 0, "enough");
    exit(3);
}

static const struct {
    const char *name;
    typelib_TypeClass type_class;
} simple_types[] = {
    {"void", typelib_TypeClass_VOID},     {"boolean", typelib_TypeClass_BOOLEAN},
    {"byte", typelib_TypeClass_BYTE},     {"short", typelib_TypeClass_SHORT},
    {"long", typelib_TypeClass_LONG},     {"double", typelib_TypeClass_DOUBLE},
    {"string", typelib_TypeClass_STRING}, {"type", typelib_TypeClass_TYPE},
    {"any", typelib_TypeClass_ANY},
};

typelib_TypeDescriptionReference *type_named(const char *name)
{
    for (size_t i = 0; i < sizeof simple_types / sizeof simple_types[0]; i++)
        if (strcmp(simple_types[i].name, name) == 0) {
            typelib_TypeDescriptionReference *t =
                *typelib_static_type_getByTypeClass(simple_types[i].type_class);
            typelib_typedescriptionreference_acquire(t);
            return t;
        }
    /* the host names no struct, enum or exception types: the rest are sequences or interfaces */
    typelib_TypeClass type_class = strncmp(name, "[]", 2) == 0 ? typelib_TypeClass_SEQUENCE
                                                                : typelib_TypeClass_INTERFACE;
    typelib_TypeDescriptionReference *t = NULL;
    typelib_typedescriptionreference_newByAsciiName(&t, type_class, name);
    return t;
}

method *method_new(const char *interface_name, sal_Int32 position, const char *name,
                   const char *return_type, ...)
{
    method *m = calloc(1, sizeof *m);
    if (!m)
        out_of_memory();
    char full_name[256];
    text_format(full_name, sizeof full_name, "%s::%s", interface_name, name);
    m->aBase.aBase.nRefCount = 1;
    m->aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    rtl_uString_newFromAscii(&m->aBase.aBase.pTypeName, full_name);
    m->aBase.aBase.pSelf = &m->aBase.aBase;
    m->aBase.aBase.bComplete = sal_True;
    m->aBase.nPosition = position;
    rtl_uString_newFromAscii(&m->aBase.pMemberName, name);
    m->pReturnTypeRef = type_named(return_type);
    m->nIndex = position - 3; /* XInterface's members come first */

    va_list params;
    va_start(params, return_type);
    for (const char *p = va_arg(params, const char *); p; p = va_arg(params, const char *)) {
        typelib_MethodParameter *grown =
            realloc(m->pParams, sizeof *grown * (size_t)(m->nParams + 1));
        if (!grown)
            out_of_memory();
        m->pParams = grown;
        typelib_MethodParameter *param = &m->pParams[m->nParams++];
        char param_name[16];
        text_format(param_name, sizeof param_name, "p%d", (int)m->nParams);
        param->pName = NULL;
        rtl_uString_newFromAscii(&param->pName, param_name);
        param->pTypeRef = type_named(p);
        param->bIn = sal_True;
        param->bOut = sal_False;
    }
    va_end(params);
    return m;
}

void method_free(method *m)
{
    for (sal_Int32 i = 0; i < m->nParams; i++) {
        rtl_uString_release(m->pParams[i].pName);
        typelib_typedescriptionreference_release(m->pParams[i].pTypeRef);
    }
    free(m->pParams);
    typelib_typedescriptionreference_release(m->pReturnTypeRef);
    rtl_uString_release(m->aBase.pMemberName);
    rtl_uString_release(m->aBase.aBase.pTypeName);
    free(m);
}

void show_string(char *buf, size_t size, const rtl_uString *s)
{
    text_format(buf, size, "\"");
    for (sal_Int32 i = 0; i < s->length; i++) {
        sal_Unicode c = s->buffer[i];
        if (c == '"' || c == '\\')
            text_append(buf, size, "\\%c", (char)c);
        else if (c >= 32 && c < 127)
            text_append(buf, size, "%c", (char)c);
        else
            text_append(buf, size, "\\u%04X", (unsigned)c);
    }
    text_append(buf, size, "\"");
}

void show_type_name(char *buf, size_t size, const typelib_TypeDescriptionReference *t)
{
    buf[0] = 0;
    for (sal_Int32 i = 0; i < t->pTypeName->length; i++)
        text_append(buf, size, "%c", (char)t->pTypeName->buffer[i]);
}

/* Shows a value without naming its type (bare = 1), or with it: "double 1.5" vs "1.5". */
static void show(char *buf, size_t size, void *value, typelib_TypeDescriptionReference *type,
                 int bare)
{
    char name[256], inner[512];
    show_type_name(name, sizeof name, type);
    switch (type->eTypeClass) {
    case typelib_TypeClass_VOID:
        text_format(buf, size, "void");
        return;
    case typelib_TypeClass_BOOLEAN:
        text_format(buf, size, "%s%s", bare ? "" : "boolean ",
                    *(sal_Bool *)value ? "true" : "false");
        return;
    case typelib_TypeClass_BYTE:
        text_format(buf, size, "%s%d", bare ? "" : "byte ", (int)*(sal_Int8 *)value);
        return;
    case typelib_TypeClass_DOUBLE:
        text_format(buf, size, "%s%.17g", bare ? "" : "double ", *(double *)value);
        return;
    case typelib_TypeClass_STRING:
        show_string(inner, sizeof inner, *(rtl_uString **)value);
        text_format(buf, size, "%s%s", bare ? "" : "string ", inner);
        return;
    case typelib_TypeClass_TYPE:
        show_type_name(inner, sizeof inner, *(typelib_TypeDescriptionReference **)value);
        text_format(buf, size, "%s%s", bare ? "" : "type ", inner);
        return;
    case typelib_TypeClass_ANY: {
        uno_Any *any = value;
        show(inner, sizeof inner, any->pData, any->pType, 0);
        text_format(buf, size, "any %s", inner);
        return;
    }
    case typelib_TypeClass_INTERFACE:
        text_format(buf, size, "%s%s", *(void **)value ? "interface " : "null interface ", name);
        return;
    case typelib_TypeClass_SEQUENCE: {
        uno_Sequence *seq = *(uno_Sequence **)value;
        typelib_TypeDescriptionReference *element = type_named(name + 2);
        size_t element_size = element->eTypeClass == typelib_TypeClass_BYTE   ? 1
                              : element->eTypeClass == typelib_TypeClass_ANY ? sizeof(uno_Any)
                                                                             : sizeof(void *);
        text_format(buf, size, "sequence<%s> {", name + 2);
        for (sal_Int32 i = 0; i < seq->nElements; i++) {
            show(inner, sizeof inner, seq->elements + (size_t)i * element_size, element, 1);
            text_append(buf, size, "%s%s", i ? ", " : "", inner);
        }
        text_append(buf, size, "}");
        typelib_typedescriptionreference_release(element);
        return;
    }
    default:
        text_format(buf, size, "value of type %s", name);
    }
}

void show_value(char *buf, size_t size, void *value, typelib_TypeDescriptionReference *type)
{
    show(buf, size, value, type, 0);
}

void destroy_value(void *value, typelib_TypeDescriptionReference *type)
{
    uno_type_destructData(value, type, NULL);
}

/* Describes a raised exception in out, as the transcript shows it. */
static void read_exception(const uno_Any *exception, outcome *out)
{
    show_type_name(out->exception_type, sizeof out->exception_type, exception->pType);
    out->message[0] = 0;
    out->position = -1;
    if (exception->pType->eTypeClass == typelib_TypeClass_EXCEPTION) {
        /* every UNO exception starts with com.sun.star.uno.Exception's Message */
        rtl_uString *message = *(rtl_uString **)exception->pData;
        out->message[0] = 0;
        for (sal_Int32 i = 0; i < message->length; i++)
            text_append(out->message, sizeof out->message, "%c",
                        message->buffer[i] < 128 ? (char)message->buffer[i] : '?');
        if (strcmp(out->exception_type, "com.sun.star.lang.IllegalArgumentException") == 0)
            out->position = *(sal_Int16 *)((char *)exception->pData +
                                           ILLEGAL_ARGUMENT_POSITION_OFFSET);
        char quoted[512];
        show_string(quoted, sizeof quoted, message);
        text_format(out->text, sizeof out->text, "exception %s %s", out->exception_type, quoted);
        if (out->position >= 0)
            text_append(out->text, sizeof out->text, " position %d", out->position);
    } else {
        text_format(out->text, sizeof out->text, "exception of non-exception type %s",
                    out->exception_type);
    }
}

/* Whether every byte of the return slot still holds the sentinel. */
static int return_untouched(const return_slot *ret)
{
    const unsigned char *bytes = (const unsigned char *)ret;
    for (size_t i = 0; i < sizeof *ret; i++)
        if (bytes[i] != RETURN_SENTINEL)
            return 0;
    return 1;
}

int call_method(uno_Interface *object, const method *m, return_slot *ret, void **args,
                outcome *out)
{
    uno_Any exception_memory;
    uno_Any *exception = &exception_memory;
    exception_memory.pType = NULL;
    memset(ret, RETURN_SENTINEL, sizeof *ret);
    out->raised = 0;
    out->protocol_broken = 0;
    out->exception_type[0] = 0;
    out->message[0] = 0;
    out->position = -1;
    out->text[0] = 0;

    object->pDispatcher(object, &m->aBase.aBase, ret, args, &exception);

    if (exception == NULL)
        return 1;
    out->raised = 1;
    if (exception != &exception_memory || exception_memory.pType == NULL) {
        out->protocol_broken = 1;
        text_format(out->text, sizeof out->text,
                    "PROTOCOL BROKEN: the exception pointer was neither cleared nor filled");
        return 0;
    }
    read_exception(exception, out);
    uno_any_destruct(exception, NULL);
    if (!return_untouched(ret)) {
        out->protocol_broken = 1;
        text_append(out->text, sizeof out->text, ", and pReturn was written");
    }
    return 0;
}

void call_and_show(uno_Interface *object, const method *m, void **args, outcome *out)
{
    return_slot ret;
    if (!call_method(object, m, &ret, args, out))
        return;
    show_value(out->text, sizeof out->text, &ret, m->pReturnTypeRef);
    destroy_value(&ret, m->pReturnTypeRef);
}
