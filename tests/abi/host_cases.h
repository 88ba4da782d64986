/* host_cases.h -- calls of every XFunctions method with the outcome the README's rules give.
 * The expectations are written down from README.md ("Functions", "Blanks and errors"), not taken
 * from running the component. */
#ifndef ABI_HOST_CASES_H
#define ABI_HOST_CASES_H

#include "host_values.h"

typedef enum expect_kind {
    EXPECT_NUMBER,  /* a number: the double an `any` or `double` result holds */
    EXPECT_TEXT,    /* a text; "" is the empty text of "not assessed yet" */
    EXPECT_INVALID, /* IllegalArgumentException "sensesgap: ...", ArgumentPosition 0 (Err:502) */
    EXPECT_OUT_OF_MEMORY /* RuntimeException "sensesgap: ..." */
} expect_kind;

typedef struct expect {
    expect_kind kind;
    double number;
    const char *text;
} expect;

#define GIVES(x) {EXPECT_NUMBER, (x), NULL}
#define SAYS(s) {EXPECT_TEXT, 0, (s)}
#define NOT_ASSESSED SAYS("")
#define INVALID {EXPECT_INVALID, 0, NULL}
#define OUT_OF_MEMORY {EXPECT_OUT_OF_MEMORY, 0, NULL}

/* One call: method name, expected outcome, the arguments given. Parameters after them are
 * omitted, as Calc passes trailing optional arguments (VOID anys). */
typedef struct function_case {
    const char *method;
    expect expected;
    int argc;
    const value *args;
} function_case;

#define ARGC(...) ((int)(sizeof((const value[]){__VA_ARGS__}) / sizeof(value)))
#define CASE(method, expected, ...) {method, expected, ARGC(__VA_ARGS__), (const value[]){__VA_ARGS__}}
#define CASE_NO_ARGS(method, expected) {method, expected, 0, NULL}

extern const function_case function_cases[];
extern const int function_case_count;

/* A call with a range large enough that the component takes memory for it: run while that
 * allocation fails, it must raise RuntimeException. */
extern const function_case memory_failure_case;

#endif
