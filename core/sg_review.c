#include "sg_review.h"

#include <assert.h>
#include <math.h>

static const char *const reason_words[SG_REVIEW_REASON_COUNT] = {
    "Quarterly", "Renewal", "Delivery", "Recovery", "Post-incident", "Leadership change",
    "Direction change",
};

/* Calc's day 0 (1899-12-30) counted from 0000-03-01 in the proleptic Gregorian calendar. */
#define SERIAL_EPOCH 693899L

const char *sg_review_reason_text(sg_review_reason reason)
{
    return (unsigned)reason < SG_REVIEW_REASON_COUNT ? reason_words[reason] : "";
}

int sg_review_months(sg_review_reason reason)
{
    return reason == SG_REVIEW_QUARTERLY ? 3 : 1;
}

/* Non-zero when UTF-16 text equals an ASCII word, ignoring ASCII case. */
static int equals_word(const sg_char *text, size_t length, const char *word)
{
    size_t i = 0;
    for (; i < length && word[i] != '\0'; i++) {
        sg_char a = text[i], b = (sg_char)(unsigned char)word[i];
        if (a >= u'a' && a <= u'z')
            a = (sg_char)(a - 32);
        if (b >= u'a' && b <= u'z')
            b = (sg_char)(b - 32);
        if (a != b)
            return 0;
    }
    return i == length && word[i] == '\0';
}

sg_status sg_review_reason_read(const sg_value *arg, sg_review_reason *reason)
{
    assert(arg != NULL && reason != NULL);
    const sg_value *v = sg_single(arg);
    if (v == NULL)
        return SG_ERR_SHAPE;
    if (v->kind == SG_OMITTED)
        return arg->kind == SG_RANGE ? SG_BLANK : SG_ERR_MISSING;
    if (v->kind == SG_NUMBER)
        return v->number == 0.0 ? SG_BLANK : SG_ERR_REASON;
    if (v->kind != SG_TEXT)
        return SG_ERR_SHAPE;
    size_t i, end;
    sg_text_trim(v->text, v->length, &i, &end);
    if (i == end)
        return SG_BLANK;
    for (int r = 0; r < SG_REVIEW_REASON_COUNT; r++)
        if (equals_word(&v->text[i], end - i, reason_words[r])) {
            *reason = (sg_review_reason)r;
            return SG_OK;
        }
    return SG_ERR_REASON;
}

/* Days since 0000-03-01 of a civil date (H. Hinnant's days_from_civil, shifted). */
static long days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = y / 400; /* y >= 0 here: dates start in 1899 */
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

/* The civil date of a day count from days_from_civil. */
static void civil_from_days(long z, long *y, int *m, int *d)
{
    long era = z / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* Days in a month of the Gregorian calendar. */
static int month_length(long y, int m)
{
    static const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : lengths[m - 1];
}

sg_status sg_add_months(double serial, int months, double *result)
{
    assert(result != NULL);
    if (!(serial >= 1.0 && serial < SG_DATE_MAX + 1.0))
        return SG_ERR_RANGE;
    long y;
    int m, d;
    civil_from_days((long)floor(serial) + SERIAL_EPOCH, &y, &m, &d);
    long month_index = y * 12 + (m - 1) + months;
    y = month_index / 12;
    m = (int)(month_index % 12) + 1;
    if (d > month_length(y, m))
        d = month_length(y, m);
    double due = (double)(days_from_civil(y, m, d) - SERIAL_EPOCH);
    if (due > SG_DATE_MAX)
        return SG_ERR_RANGE;
    *result = due;
    return SG_OK;
}

sg_status sg_next_review(const sg_value *last_review, const sg_value *reason, double *due)
{
    assert(last_review != NULL && reason != NULL && due != NULL);
    double date = 0.0;
    sg_review_reason why = SG_REVIEW_QUARTERLY;
    sg_status s = sg_status_worst(sg_read_number(last_review, 1, &date),
                                  sg_review_reason_read(reason, &why));
    if (s != SG_OK)
        return s;
    return sg_add_months(date, sg_review_months(why), due);
}
