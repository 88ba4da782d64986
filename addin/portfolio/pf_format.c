/* pf_format.c — dates and numbers as the CSV and the messages write them. */
#include "pf_format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "sg_review.h"

void pf_format_date(double serial, char *out, size_t size)
{
    if (!(serial >= 1.0 && serial <= SG_DATE_MAX)) { /* not a day Calc shows: never a made-up one */
        snprintf(out, size, "%s", "");
        return;
    }
    /* Howard Hinnant's civil_from_days, from Calc's day 0 (1899-12-30 = 1970-01-01 - 25569) */
    long z = (long)floor(serial) - 25569 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = (long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    snprintf(out, size, "%04ld-%02u-%02u", y + (m <= 2), m, d);
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
