/* host_values.c -- spreadsheet arguments as UNO anys (host_values.h). */
#include "host_values.h"

#include <stdlib.h>
#include <string.h>

#include "host_report.h"
#include "host_uno.h"

/* Constructs an any holding a value of the named simple type found at data. */
static void any_of(uno_Any *any, void *data, const char *type_name)
{
    typelib_TypeDescriptionReference *type = type_named(type_name);
    uno_type_any_construct(any, data, type, NULL);
    typelib_typedescriptionreference_release(type);
}

/* Constructs the [][]any of a range as Calc builds it: a sequence of row sequences of anys. */
static void range_to_any(uno_Any *any, const value *range)
{
    typelib_TypeDescriptionReference *row_type = type_named("[]any");
    typelib_TypeDescriptionReference *table_type = type_named("[][]any");
    uno_Sequence **rows = calloc((size_t)range->rows, sizeof *rows);
    uno_Any *cells = calloc((size_t)range->cols, sizeof *cells);
    if (!rows || !cells) {
        report_check("host memory", "exhausted", 0, "enough");
        exit(3);
    }
    for (int r = 0; r < range->rows; r++) {
        for (int c = 0; c < range->cols; c++)
            value_to_any(&cells[c], &range->cells[r * range->cols + c]);
        uno_type_sequence_construct(&rows[r], row_type, cells, range->cols, NULL);
        for (int c = 0; c < range->cols; c++)
            uno_any_destruct(&cells[c], NULL);
    }
    uno_Sequence *table = NULL;
    uno_type_sequence_construct(&table, table_type, rows, range->rows, NULL);
    for (int r = 0; r < range->rows; r++)
        uno_type_destructData(&rows[r], row_type, NULL);
    uno_type_any_construct(any, &table, table_type, NULL);
    uno_type_destructData(&table, table_type, NULL);
    free(cells);
    free(rows);
    typelib_typedescriptionreference_release(table_type);
    typelib_typedescriptionreference_release(row_type);
}

void value_to_any(uno_Any *any, const value *v)
{
    switch (v->kind) {
    case VALUE_OMITTED:
        uno_any_construct(any, NULL, NULL, NULL);
        return;
    case VALUE_NUMBER: {
        double number = v->number;
        any_of(any, &number, "double");
        return;
    }
    case VALUE_BOOLEAN: {
        sal_Bool truth = v->number != 0;
        any_of(any, &truth, "boolean");
        return;
    }
    case VALUE_TEXT: {
        rtl_uString *text = NULL;
        rtl_uString_newFromAscii(&text, v->text);
        any_of(any, &text, "string");
        rtl_uString_release(text);
        return;
    }
    case VALUE_RANGE:
        range_to_any(any, v);
        return;
    }
}

/* Appends the shortest text that reads back as the same double (4.1, not 4.0999999999999996;
 * 1000000, not 1e+06). */
static void number_append(char *buf, size_t size, double x)
{
    char text[32];
    if (x == (double)(long long)x && x > -1e15 && x < 1e15) {
        text_append(buf, size, "%lld", (long long)x);
        return;
    }
    for (int digits = 1; digits <= 17; digits++) {
        text_format(text, sizeof text, "%.*g", digits, x);
        if (strtod(text, NULL) == x)
            break;
    }
    text_append(buf, size, "%s", text);
}

/* Whether two cells are the same value (for run lengths in labels). */
static int same_value(const value *a, const value *b)
{
    if (a->kind != b->kind)
        return 0;
    if (a->kind == VALUE_TEXT)
        return strcmp(a->text, b->text) == 0;
    return a->kind != VALUE_RANGE && a->number == b->number;
}

/* Appends one argument's label. */
static void label_append(char *buf, size_t size, const value *v)
{
    switch (v->kind) {
    case VALUE_OMITTED:
        text_append(buf, size, "omitted");
        return;
    case VALUE_NUMBER:
        number_append(buf, size, v->number);
        return;
    case VALUE_BOOLEAN:
        text_append(buf, size, "%s", v->number != 0 ? "TRUE" : "FALSE");
        return;
    case VALUE_TEXT:
        text_append(buf, size, "\"%s\"", v->text);
        return;
    case VALUE_RANGE:
        if (v->rows == 1 && v->cols > 1)
            text_append(buf, size, "row{");
        else if (v->cols == 1 && v->rows > 1)
            text_append(buf, size, "column{");
        else
            text_append(buf, size, "%dx%d{", v->rows, v->cols);
        for (int i = 0, n = v->rows * v->cols; i < n;) {
            int run = 1;
            while (i + run < n && same_value(&v->cells[i], &v->cells[i + run]))
                run++;
            if (i)
                text_append(buf, size, ", ");
            label_append(buf, size, &v->cells[i]);
            if (run >= 3) /* a long range stays readable: "" x50 */
                text_append(buf, size, " x%d", run);
            else
                run = 1;
            i += run;
        }
        text_append(buf, size, "}");
        return;
    }
}

void value_label(char *buf, size_t size, const value *v)
{
    buf[0] = 0;
    label_append(buf, size, v);
}

any_fingerprint any_fingerprint_of(const uno_Any *any)
{
    any_fingerprint f = {any->pType, any->pData, NULL, 0};
    if (any->pType->eTypeClass == typelib_TypeClass_STRING) {
        rtl_uString *s = *(rtl_uString **)any->pData;
        f.payload = s;
        f.payload_refcount = s->refCount;
    } else if (any->pType->eTypeClass == typelib_TypeClass_SEQUENCE) {
        uno_Sequence *seq = *(uno_Sequence **)any->pData;
        f.payload = seq;
        f.payload_refcount = seq->nRefCount;
    }
    return f;
}

int any_fingerprint_same(const any_fingerprint *a, const any_fingerprint *b)
{
    return a->type == b->type && a->data == b->data && a->payload == b->payload &&
           a->payload_refcount == b->payload_refcount;
}
