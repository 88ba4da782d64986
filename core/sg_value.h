/* sg_value.h — what a spreadsheet argument is, and how the core reads numbers from it.
 *
 * The add-in converts each Calc argument into an sg_value without judging it; every rule about
 * blanks, text and ranges lives here. Text is UTF-16 (as Calc holds it) and is not NUL-terminated.
 *
 * How Calc delivers arguments (measured on LibreOffice 7.4): an omitted argument is SG_OMITTED;
 * a single empty cell arrives as the number 0; an empty cell inside a range of two or more cells,
 * and a formula whose result is empty text, arrive as empty text.
 */
#ifndef SG_VALUE_H
#define SG_VALUE_H

#include <stddef.h>
#include <stdint.h>

#include "sg_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One UTF-16 code unit: LibreOffice's sal_Unicode, and C11's char16_t, the type of u"" literals. */
typedef uint16_t sg_char;

typedef enum sg_kind {
    SG_OMITTED, /* argument not given */
    SG_NUMBER,  /* a number (TRUE/FALSE arrive as 1/0) */
    SG_TEXT,    /* text, possibly empty */
    SG_RANGE    /* a range or inline array; its cells are SG_NUMBER or SG_TEXT */
} sg_kind;

typedef struct sg_value {
    sg_kind kind;
    double number;                 /* SG_NUMBER */
    const sg_char *text;           /* SG_TEXT: length UTF-16 code units, NULL only when length is 0 */
    size_t length;
    const struct sg_value *cells;  /* SG_RANGE: rows * cols cells, row by row */
    size_t rows, cols;
} sg_value;

/* Constructors for callers and tests. */
sg_value sg_omitted(void);
sg_value sg_number(double number);
sg_value sg_text(const sg_char *text, size_t length);
sg_value sg_range(const sg_value *cells, size_t rows, size_t cols);

/* Reads text as Calc's default ("unambiguous") conversion does: optional surrounding spaces, sign,
 * digits with '.' as the decimal point, optional exponent. Returns SG_OK and writes *out, or
 * SG_ERR_NOT_NUMBER (thousands separators, ',' decimals, dates, hex, inf/nan, overflow). */
sg_status sg_parse_number(const sg_char *text, size_t length, double *out);

/* Non-zero when text is empty or only spaces (then it means "not assessed yet"). */
int sg_text_is_blank(const sg_char *text, size_t length);

/* The text without surrounding spaces (the spaces sg_text_is_blank ignores): writes the first
 * kept position to *start and one past the last to *end; *start == *end when nothing is left. */
void sg_text_trim(const sg_char *text, size_t length, size_t *start, size_t *end);

/* Rounds to 10 decimal places to remove binary noise (4.1 - 3.1 = 0.9999999999999996 becomes 1);
 * values of magnitude 1e5 or more, and non-finite ones, are returned unchanged. */
double sg_snap(double x);

/* Reads one argument that must be a single value (a 1x1 range counts as its cell).
 * blank_if_zero: the number 0 means blank (a single empty cell arrives as 0).
 * Returns SG_OK with *out set, SG_BLANK (empty text, spaces, or 0 when blank_if_zero),
 * SG_ERR_MISSING (omitted), SG_ERR_SHAPE (a larger range), SG_ERR_NOT_NUMBER, SG_ERR_RANGE (NaN/Inf). */
sg_status sg_read_number(const sg_value *arg, int blank_if_zero, double *out);

/* Reads a number as sg_read_number does, removes its binary noise (sg_snap) and checks that it
 * lies within [min, max]: SG_OK with *out set, SG_ERR_RANGE outside, other statuses as
 * sg_read_number. */
sg_status sg_read_bounded(const sg_value *arg, int blank_if_zero, double min, double max,
                          double *out);

/* The cells of a one-row or one-column argument, writing their number to *count; a single value
 * is one cell. NULL for any other shape (the count is then not written). */
const sg_value *sg_line_cells(const sg_value *arg, size_t *count);

/* The single value of arg: arg itself, or the cell of a 1x1 range; NULL for larger ranges. */
const sg_value *sg_single(const sg_value *arg);

#ifdef __cplusplus
}
#endif

#endif
