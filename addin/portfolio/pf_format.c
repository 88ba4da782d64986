/* pf_format.c — dates and numbers as the CSV and the messages write them. */
#include "pf_format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "sg_review.h"

/* Days from Calc's day 0 (1899-12-30) to 1970-01-01, and from 0000-03-01 to 1970-01-01: Howard
 * Hinnant's algorithms count eras of 400 years (146097 days) from 0000-03-01, March first. */
#define SERIAL_TO_UNIX 25569
#define ERA_TO_UNIX 719468
#define SERIAL_FIRST (-693593.0) /* 0001-01-01 */

double pf_serial_day(long year, unsigned month, unsigned day)
{
    year -= month <= 2;
    long era = (year >= 0 ? year : year - 399) / 400;
    unsigned yoe = (unsigned)(year - era * 400);                            /* year of the era */
    unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1; /* day of the year */
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                   /* day of the era */
    return (double)(era * 146097 + (long)doe - ERA_TO_UNIX) + SERIAL_TO_UNIX;
}

int pf_civil_date(double serial, long *year, unsigned *month, unsigned *day)
{
    if (!(serial >= SERIAL_FIRST && serial < SG_DATE_MAX + 1))
        return 0;
    long z = (long)floor(serial) - SERIAL_TO_UNIX + ERA_TO_UNIX;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;                                      /* month from March */
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = (long)yoe + era * 400 + (*month <= 2);
    return 1;
}

void pf_format_date(double serial, char *out, size_t size)
{
    long y;
    unsigned m, d;
    /* not a day Calc shows: never a made-up one */
    if (!(serial >= 1.0 && serial <= SG_DATE_MAX) || !pf_civil_date(serial, &y, &m, &d))
        snprintf(out, size, "%s", "");
    else
        snprintf(out, size, "%04ld-%02u-%02u", y, m, d);
}

void pf_format_number(double x, char *out, size_t size)
{
    /* Plain digits for what a map holds (money, gaps, dates); exponents only far outside it. */
    if (fabs(x) < 1e15 && (x == 0.0 || fabs(x) >= 1e-6)) {
        for (int decimals = 0; decimals <= 17; decimals++) {
            snprintf(out, size, "%.*f", decimals, x);
            if (strtod(out, NULL) == x)
                return;
        }
    }
    snprintf(out, size, "%.17g", x);
}
