/* host_uno.h -- calling a binary-UNO object the way LibreOffice's bridges and core reflection do:
 * through its pDispatcher, with a member description, raw return memory, argument pointers and
 * the exception out-parameter; and showing what came back as platform-independent text. */
#ifndef ABI_HOST_UNO_H
#define ABI_HOST_UNO_H

#include "abi_sdk.h"

/* Where IllegalArgumentException keeps ArgumentPosition (the layout check confirms it). */
#define ILLEGAL_ARGUMENT_POSITION_OFFSET 16

/* A type reference for a UNO type name ("double", "[][]any", "com.sun.star.uno.XInterface"),
 * acquired for the caller. */
typelib_TypeDescriptionReference *type_named(const char *name);

/* A method as the bridges describe it to a dispatcher. */
typedef typelib_InterfaceMethodTypeDescription method;

/* A new description of interface_name::name at its absolute position in the interface (XInterface's
 * three members come first), returning return_type; then the parameter types, NULL-terminated. */
method *method_new(const char *interface_name, sal_Int32 position, const char *name,
                   const char *return_type, ...);
void method_free(method *m);

/* Memory a call returns into: large enough for any return type used here. */
typedef union return_slot {
    uno_Any any;
    rtl_uString *string;
    double number;
    sal_Bool boolean;
    uno_Sequence *sequence;
    uno_Interface *object;
} return_slot;

/* What a call came back with. */
typedef struct outcome {
    int raised;             /* an exception came back instead of a result */
    int protocol_broken;    /* pReturn written although raising, or neither returned nor raised */
    char exception_type[128];
    char message[400];
    int position;           /* IllegalArgumentException's ArgumentPosition, else -1 */
    char text[640];         /* how the transcript shows it */
} outcome;

/* Calls m on object. Returns 1 when it returned: the result is left in *ret for the caller to
 * read and destroy. Returns 0 otherwise: the exception (or protocol breach) is in out, the
 * exception already destroyed. */
int call_method(uno_Interface *object, const method *m, return_slot *ret, void **args,
                outcome *out);

/* Calls m and shows the result or the exception in out->text; the result is destroyed. */
void call_and_show(uno_Interface *object, const method *m, void **args, outcome *out);

/* Shows a value of the given type: "double 1.5", "string \"Watch\"", "any void", ... */
void show_value(char *buf, size_t size, void *value, typelib_TypeDescriptionReference *type);

/* Shows a type's name (type names are ASCII). */
void show_type_name(char *buf, size_t size, const typelib_TypeDescriptionReference *t);

/* Shows a string as a quoted ASCII literal (other characters as \uXXXX). */
void show_string(char *buf, size_t size, const rtl_uString *s);

/* Destroys a value of the given type that a call returned (strings, anys, sequences and interfaces
 * give back their references). */
void destroy_value(void *value, typelib_TypeDescriptionReference *type);

#endif
