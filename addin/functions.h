/* functions.h — the one table of sensesgap's Calc functions.
 *
 * Each row says everything about one function: its IDL method and parameter names (stored in
 * users' files: frozen), what the Function Wizard shows, the IDL result type, and the adapter that
 * calls the core. Three things are generated from this table: the add-in's dispatch (dispatch.c),
 * CalcAddIns.xcu (tools/gen_xcu.c) and the UNOIDL interface idl/XFunctions.idl (tools/gen_idl.c).
 * Adding a function is one row here plus one core function.
 *
 * The table knows nothing of UNO: adapters take the core's sg_value arguments and give an
 * sga_result, so the generators build without LibreOffice.
 */
#ifndef SGA_FUNCTIONS_H
#define SGA_FUNCTIONS_H

#include <stddef.h>

#include "sensesgap.h"

#define SGA_SERVICE_NAME "org.sensesgap.Functions"
#define SGA_IMPLEMENTATION_NAME "org.sensesgap.FunctionsImpl"
#define SGA_INTERFACE_NAME "org.sensesgap.XFunctions"
#define SGA_CATEGORY "Add-In"
#define SGA_MAX_PARAMS 5

/* The IDL result type. Parameters are always `any`: only `any` tells text, empty text and an
 * omitted argument apart (see idl/XFunctions.idl). */
typedef enum sga_result_type {
    SGA_ANY,    /* a number, or empty text when not assessed yet */
    SGA_STRING, /* text; empty text when not assessed yet */
    SGA_DOUBLE  /* a number; such a function is never blank */
} sga_result_type;

/* What an adapter hands back on SG_OK: a number, static ASCII text, or UTF-16 text pointing into
 * an argument (which outlives the call). */
typedef enum sga_result_kind { SGA_RESULT_NUMBER, SGA_RESULT_ASCII, SGA_RESULT_TEXT } sga_result_kind;

typedef struct sga_result {
    sga_result_kind kind;
    double number;
    const char *ascii;
    const sg_char *text;
    size_t length;
} sga_result;

/* Calls the core with the function's arguments (exactly param_count of them); writes *out only
 * when it returns SG_OK. */
typedef sg_status (*sga_adapter)(const sg_value *const args[], sga_result *out);

typedef struct sga_param {
    const char *name;        /* IDL parameter name: the .xcu node name must match it */
    const char *display;     /* shown in the Function Wizard */
    const char *description; /* help under the field */
} sga_param;

typedef struct sga_function {
    const char *method;      /* IDL method: stored in files as ORG.SENSESGAP.FUNCTIONS.<METHOD> */
    const char *display;     /* what users type, e.g. SCOREGAP */
    const char *description;
    sga_result_type result;
    int raises;              /* non-zero: may raise IllegalArgumentException (Err:502) */
    size_t param_count;
    sga_param params[SGA_MAX_PARAMS];
    sga_adapter call;
} sga_function;

/* The table, in IDL declaration order (the order is part of the frozen interface). */
extern const sga_function sga_functions[];
extern const size_t sga_function_count;

#endif
