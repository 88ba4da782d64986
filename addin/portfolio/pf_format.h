/* pf_format.h — dates and numbers written the same way wherever the portfolio writes them. */
#ifndef PF_FORMAT_H
#define PF_FORMAT_H

#include <stddef.h>

/* "2026-11-16" for a Calc serial day (its time of day dropped); "" outside 1 .. SG_DATE_MAX.
 * out holds at least 16 bytes. */
void pf_format_date(double serial, char *out, size_t size);

/* The shortest plain decimal that reads back as x: "1", "-0.5", "960000". */
void pf_format_number(double x, char *out, size_t size);

#endif
