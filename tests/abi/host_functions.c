/* host_functions.c -- running the XFunctions cases (host_functions.h). */
#include "host_functions.h"

#include <stdio.h>
#include <string.h>

#include "host_memory.h"
#include "host_report.h"

#define MAX_PARAMS 5

/* XFunctions in IDL order (idl/XFunctions.idl): positions follow XInterface's three members. */
static const struct {
    const char *name;
    const char *returns;
    int params;
} xfunctions[] = {
    {"scoreGap", "any", 2},      {"gapBand", "string", 2},      {"untrusted", "double", 1},
    {"valueAtRisk", "any", 5},   {"realityStatus", "string", 4}, {"accountBand", "string", 2},
    {"focusReality", "string", 4}, {"scoreLabel", "string", 1},  {"gapTrend", "string", 3},
    {"sensesgapVersion", "string", 0}, {"realityCheck", "string", 3}, {"thresholdCheck", "string", 1},
    {"nextReview", "any", 2},
};
#define XFUNCTIONS_COUNT (sizeof xfunctions / sizeof xfunctions[0])

static method *methods[XFUNCTIONS_COUNT];

void functions_describe(void)
{
    for (size_t i = 0; i < XFUNCTIONS_COUNT; i++) {
        const char *any_params[MAX_PARAMS + 1] = {NULL};
        for (int p = 0; p < xfunctions[i].params; p++)
            any_params[p] = "any";
        methods[i] = method_new("org.sensesgap.XFunctions", (sal_Int32)(3 + i), xfunctions[i].name,
                                xfunctions[i].returns, any_params[0], any_params[1],
                                any_params[2], any_params[3], any_params[4], NULL);
    }
}

void functions_free(void)
{
    for (size_t i = 0; i < XFUNCTIONS_COUNT; i++)
        method_free(methods[i]);
}

const method *functions_method(const char *name)
{
    for (size_t i = 0; i < XFUNCTIONS_COUNT; i++)
        if (strcmp(xfunctions[i].name, name) == 0)
            return methods[i];
    fprintf(stderr, "host: no XFunctions method %s\n", name);
    return NULL;
}

/* How the transcript shows the expected outcome of a method returning return_type. */
static void show_expected(char *buf, size_t size, const expect *e, const method *m)
{
    int returns_any = m->pReturnTypeRef->eTypeClass == typelib_TypeClass_ANY;
    switch (e->kind) {
    case EXPECT_NUMBER:
        text_format(buf, size, "%sdouble %.17g", returns_any ? "any " : "", e->number);
        return;
    case EXPECT_TEXT:
        text_format(buf, size, "%sstring \"%s\"", returns_any ? "any " : "", e->text);
        return;
    case EXPECT_INVALID:
        text_format(buf, size, "exception com.sun.star.lang.IllegalArgumentException "
                               "\"sensesgap: <sentence>\" position 0");
        return;
    case EXPECT_OUT_OF_MEMORY:
        text_format(buf, size, "exception com.sun.star.uno.RuntimeException "
                               "\"sensesgap: <sentence>\"");
        return;
    }
}

/* Whether the outcome is the expected one. */
static int outcome_matches(const outcome *out, const expect *e, const char *expected_text)
{
    if (e->kind == EXPECT_NUMBER || e->kind == EXPECT_TEXT)
        return !out->raised && strcmp(out->text, expected_text) == 0;
    const char *type = e->kind == EXPECT_INVALID ? "com.sun.star.lang.IllegalArgumentException"
                                                 : "com.sun.star.uno.RuntimeException";
    return out->raised && !out->protocol_broken && strcmp(out->exception_type, type) == 0 &&
           strncmp(out->message, "sensesgap: ", 11) == 0 && strlen(out->message) > 11 &&
           (e->kind != EXPECT_INVALID || out->position == 0);
}

/* Runs one case; returns whether it matched. When label is not NULL, writes the call's label
 * and the outcome's text there. */
static int run_case(uno_Interface *object, const function_case *c, char *label, size_t label_size,
                    outcome *out)
{
    const method *m = functions_method(c->method);
    uno_Any anys[MAX_PARAMS];
    void *args[MAX_PARAMS];
    any_fingerprint before[MAX_PARAMS];
    for (sal_Int32 i = 0; i < m->nParams; i++) {
        value omitted = ARG_OMITTED;
        value_to_any(&anys[i], i < c->argc ? &c->args[i] : &omitted);
        args[i] = &anys[i];
        before[i] = any_fingerprint_of(&anys[i]);
    }
    call_and_show(object, m, args, out);

    int args_intact = 1;
    for (sal_Int32 i = 0; i < m->nParams; i++) {
        any_fingerprint after = any_fingerprint_of(&anys[i]);
        if (!any_fingerprint_same(&before[i], &after)) {
            args_intact = 0;
            text_append(out->text, sizeof out->text, " (and in-argument %d was changed)", (int)i + 1);
        }
        uno_any_destruct(&anys[i], NULL);
    }
    if (label) {
        text_format(label, label_size, "%s(", c->method);
        for (int i = 0; i < c->argc; i++) {
            char arg[512];
            value_label(arg, sizeof arg, &c->args[i]);
            text_append(label, label_size, "%s%s", i ? "; " : "", arg);
        }
        text_append(label, label_size, ")");
    }
    char expected_text[256];
    show_expected(expected_text, sizeof expected_text, &c->expected, m);
    return args_intact && outcome_matches(out, &c->expected, expected_text);
}

/* Runs one case and prints its transcript line; the note follows the call's label. */
static void report_case(uno_Interface *object, const function_case *c, const char *note)
{
    char label[1024], expected_text[256];
    outcome out;
    int ok = run_case(object, c, label, sizeof label, &out);
    text_append(label, sizeof label, "%s", note);
    show_expected(expected_text, sizeof expected_text, &c->expected, functions_method(c->method));
    report_check(label, out.text, ok, expected_text);
}

void functions_run_cases(uno_Interface *object)
{
    const char *group = "";
    for (int i = 0; i < function_case_count; i++) {
        const function_case *c = &function_cases[i];
        if (strcmp(group, c->method) != 0) {
            group = c->method;
            char heading[64];
            text_format(heading, sizeof heading, "XFunctions.%s", group);
            report_heading(heading);
        }
        report_case(object, c, "");
    }
}

void functions_check_out_of_memory(uno_Interface *object)
{
    report_heading("out of memory");
    memory_fail_next_allocation(1);
    report_case(object, &memory_failure_case, " while rtl_allocateMemory fails");
    int asked = !memory_allocation_failure_pending();
    memory_fail_next_allocation(0);
    report_expect("the component asked for memory for that range", asked ? "yes" : "no", "yes");
}

long functions_repeat_cases(uno_Interface *object, int rounds)
{
    long mismatches = 0;
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < function_case_count; i++) {
            outcome out;
            if (!run_case(object, &function_cases[i], NULL, 0, &out))
                mismatches++;
        }
    return mismatches;
}

/* Whether the string is non-empty and only digits and dots. */
static int is_version(const rtl_uString *s)
{
    if (s->length == 0)
        return 0;
    for (sal_Int32 i = 0; i < s->length; i++)
        if (!(s->buffer[i] == '.' || (s->buffer[i] >= '0' && s->buffer[i] <= '9')))
            return 0;
    return 1;
}

void functions_check_version(uno_Interface *object)
{
    const method *m = functions_method("sensesgapVersion");
    return_slot ret;
    outcome out;
    char actual[640];
    void *no_args[1] = {NULL}; /* the bridges pass an argument array even for none */
    if (call_method(object, m, &ret, no_args, &out)) {
        if (is_version(ret.string))
            text_format(actual, sizeof actual, "string of digits and dots");
        else
            show_value(actual, sizeof actual, &ret, m->pReturnTypeRef);
        destroy_value(&ret, m->pReturnTypeRef);
    } else {
        text_format(actual, sizeof actual, "%s", out.text);
    }
    report_heading("XFunctions.sensesgapVersion");
    report_expect("sensesgapVersion()", actual, "string of digits and dots");
}
