#include "sg_value.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>

/* Largest mantissa kept exactly; further digits only shift the exponent. */
#define SG_MAX_MANTISSA 1000000000000000000ULL /* 1e18 */
/* An exponent is read up to 1e15: more than the digits of any text in memory can move it, so a
 * larger exponent is out of range (or zero) whatever the digits before it; 10 * 1e15 fits. */
#define SG_MAX_EXPONENT 1000000000000000LL

sg_value sg_omitted(void)
{
    sg_value v = {SG_OMITTED, 0.0, NULL, 0, NULL, 0, 0};
    return v;
}

sg_value sg_number(double number)
{
    sg_value v = {SG_NUMBER, number, NULL, 0, NULL, 0, 0};
    return v;
}

sg_value sg_text(const sg_char *text, size_t length)
{
    assert(text != NULL || length == 0);
    sg_value v = {SG_TEXT, 0.0, text, length, NULL, 0, 0};
    return v;
}

sg_value sg_range(const sg_value *cells, size_t rows, size_t cols)
{
    assert(cells != NULL || rows * cols == 0);
    sg_value v = {SG_RANGE, 0.0, NULL, 0, cells, rows, cols};
    return v;
}

/* Space-like characters Calc skips around a number: space, tab, no-break space. */
static int is_space(sg_char c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0;
}

int sg_text_is_blank(const sg_char *text, size_t length)
{
    for (size_t i = 0; i < length; i++)
        if (!is_space(text[i]))
            return 0;
    return 1;
}

/* Exact powers of ten up to 1e22, the range in which a double holds them without rounding. */
static const double exact_pow10[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* mantissa * 10^exp10, correctly rounded where both fit exactly in a double (every score and
 * probability anyone types); otherwise through long double, within an ulp. */
static double scale(uint64_t mantissa, int64_t exp10)
{
    if (mantissa == 0)
        return 0.0;
    if (mantissa <= (1ULL << 53) && exp10 >= -22 && exp10 <= 22) {
        double m = (double)mantissa;
        return exp10 >= 0 ? m * exact_pow10[exp10] : m / exact_pow10[-exp10];
    }
    if (exp10 > 400)
        return HUGE_VAL;
    if (exp10 < -400)
        return 0.0;
    long double r = (long double)mantissa;
    long double p = powl(10.0L, (long double)(exp10 < 0 ? -exp10 : exp10));
    r = exp10 < 0 ? r / p : r * p;
    return (double)r;
}

void sg_text_trim(const sg_char *text, size_t length, size_t *start, size_t *end)
{
    assert(start != NULL && end != NULL);
    assert(text != NULL || length == 0);
    size_t i = 0, j = length;
    while (i < j && is_space(text[i]))
        i++;
    while (j > i && is_space(text[j - 1]))
        j--;
    *start = i;
    *end = j;
}

sg_status sg_parse_number(const sg_char *text, size_t length, double *out)
{
    assert(out != NULL);
    size_t i, end;
    sg_text_trim(text, length, &i, &end);
    if (i == end)
        return SG_ERR_NOT_NUMBER;

    int negative = 0;
    if (text[i] == u'+' || text[i] == u'-') {
        negative = text[i] == u'-';
        i++;
    }
    uint64_t mantissa = 0;
    int64_t exp10 = 0; /* 64 bits on every platform: a long is 32 on Windows */
    int digits = 0;
    for (; i < end && text[i] >= u'0' && text[i] <= u'9'; i++, digits++) {
        if (mantissa < SG_MAX_MANTISSA)
            mantissa = mantissa * 10 + (uint64_t)(text[i] - u'0');
        else
            exp10++;
    }
    if (i < end && text[i] == u'.') {
        for (i++; i < end && text[i] >= u'0' && text[i] <= u'9'; i++, digits++) {
            if (mantissa < SG_MAX_MANTISSA) {
                mantissa = mantissa * 10 + (uint64_t)(text[i] - u'0');
                exp10--;
            }
        }
    }
    if (digits == 0)
        return SG_ERR_NOT_NUMBER;
    if (i < end && (text[i] == u'e' || text[i] == u'E')) {
        i++;
        int exp_negative = 0;
        if (i < end && (text[i] == u'+' || text[i] == u'-')) {
            exp_negative = text[i] == u'-';
            i++;
        }
        int64_t e = 0;
        int exp_digits = 0;
        for (; i < end && text[i] >= u'0' && text[i] <= u'9'; i++, exp_digits++)
            if (e < SG_MAX_EXPONENT)
                e = e * 10 + (text[i] - u'0');
        if (exp_digits == 0)
            return SG_ERR_NOT_NUMBER;
        exp10 += exp_negative ? -e : e;
    }
    if (i != end)
        return SG_ERR_NOT_NUMBER;
    double value = scale(mantissa, exp10);
    if (!isfinite(value))
        return SG_ERR_NOT_NUMBER;
    *out = negative ? -value : value;
    return SG_OK;
}

/* round(y) for |y| < 2^52 without a libm call: adding 2^52 leaves no fraction bits, so the sum is
 * rounded to an integer (ties to even, the default mode), and a tie is then moved away from zero.
 * Identical results to round(); it is the hot path of every score, gap and threshold read. */
static double round_half_away(double y)
{
    const double a = fabs(y);
    double t = (a + 0x1p52) - 0x1p52; /* not folded: C forbids it without -ffast-math */
    if (t - a == -0.5)
        t += 1.0;
    return copysign(t, y);
}

double sg_snap(double x)
{
    if (!isfinite(x) || fabs(x) >= 1e5)
        return x;
    double r = round_half_away(x * 1e10) / 1e10;
    return r == 0.0 ? 0.0 : r; /* no negative zero */
}

const sg_value *sg_line_cells(const sg_value *arg, size_t *count)
{
    assert(arg != NULL && count != NULL);
    if (arg->kind != SG_RANGE) {
        *count = 1;
        return arg;
    }
    if (arg->rows != 1 && arg->cols != 1)
        return NULL;
    *count = arg->rows * arg->cols;
    return arg->cells;
}

const sg_value *sg_single(const sg_value *arg)
{
    assert(arg != NULL);
    if (arg->kind != SG_RANGE)
        return arg;
    if (arg->rows == 1 && arg->cols == 1)
        return &arg->cells[0];
    return NULL;
}

sg_status sg_read_bounded(const sg_value *arg, int blank_if_zero, double min, double max,
                          double *out)
{
    assert(out != NULL && min <= max);
    double x;
    sg_status s = sg_read_number(arg, blank_if_zero, &x);
    if (s != SG_OK)
        return s;
    x = sg_snap(x);
    if (x < min || x > max)
        return SG_ERR_RANGE;
    *out = x;
    return SG_OK;
}

sg_status sg_read_number(const sg_value *arg, int blank_if_zero, double *out)
{
    assert(out != NULL);
    const sg_value *v = sg_single(arg);
    if (v == NULL)
        return SG_ERR_SHAPE;
    double x;
    switch (v->kind) {
    case SG_OMITTED:
        return arg->kind == SG_RANGE ? SG_BLANK : SG_ERR_MISSING;
    case SG_NUMBER:
        x = v->number;
        break;
    case SG_TEXT: {
        if (sg_text_is_blank(v->text, v->length))
            return SG_BLANK;
        sg_status s = sg_parse_number(v->text, v->length, &x);
        if (s != SG_OK)
            return s;
        break;
    }
    default:
        return SG_ERR_SHAPE;
    }
    if (!isfinite(x))
        return SG_ERR_RANGE;
    if (blank_if_zero && x == 0.0)
        return SG_BLANK;
    *out = x;
    return SG_OK;
}
