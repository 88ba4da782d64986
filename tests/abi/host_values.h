/* host_values.h -- spreadsheet arguments as Calc hands them to an add-in over UNO: a number
 * (double), text (string), TRUE/FALSE (boolean), an omitted argument (a VOID any) and a range or
 * inline array (an any of type [][]any: rows of cells, each cell a double or a string; an empty
 * cell inside a range of two or more cells is empty text). */
#ifndef ABI_HOST_VALUES_H
#define ABI_HOST_VALUES_H

#include <stddef.h>

#include "abi_sdk.h"

typedef enum value_kind { VALUE_OMITTED, VALUE_NUMBER, VALUE_TEXT, VALUE_BOOLEAN, VALUE_RANGE } value_kind;

typedef struct value {
    value_kind kind;
    double number;              /* VALUE_NUMBER; VALUE_BOOLEAN: 0 or 1 */
    const char *text;           /* VALUE_TEXT (ASCII) */
    int rows, cols;             /* VALUE_RANGE */
    const struct value *cells;  /* VALUE_RANGE: rows * cols cells, row by row */
} value;

/* Initialisers for tables of arguments (prefixed: windows.h defines TEXT and BOOLEAN). */
#define ARG_OMITTED {VALUE_OMITTED, 0, NULL, 0, 0, NULL}
#define ARG_NUM(x) {VALUE_NUMBER, (x), NULL, 0, 0, NULL}
#define ARG_TEXT(s) {VALUE_TEXT, 0, (s), 0, 0, NULL}
#define ARG_BOOL(b) {VALUE_BOOLEAN, (b), NULL, 0, 0, NULL}
#define ARG_RANGE(rows, cols, ...) \
    {VALUE_RANGE, 0, NULL, (rows), (cols), (const value[]){__VA_ARGS__}}

/* Constructs the any Calc would pass for v. Destroy it with uno_any_destruct(any, NULL). */
void value_to_any(uno_Any *any, const value *v);

/* Shows v as the transcript labels arguments: 4, "abc", TRUE, omitted, row{0.5, 1, 1.5},
 * column{...}, 2x2{1, 2, 3, 4}. */
void value_label(char *buf, size_t size, const value *v);

/* What a caller can see of an argument any, to tell whether the callee changed it. */
typedef struct any_fingerprint {
    const void *type;
    const void *data;
    const void *payload;     /* the string or sequence it holds */
    long payload_refcount;
} any_fingerprint;

any_fingerprint any_fingerprint_of(const uno_Any *any);
int any_fingerprint_same(const any_fingerprint *a, const any_fingerprint *b);

#endif
