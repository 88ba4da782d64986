/* pf_format.h — dates and numbers written the same way wherever the portfolio writes them. */
#ifndef PF_FORMAT_H
#define PF_FORMAT_H

#include <stddef.h>

/* Calc's serial day of a civil date (1899-12-30 is day 0); the date is not checked. */
double pf_serial_day(long year, unsigned month, unsigned day);

/* The civil date of a Calc serial day (its time of day dropped); 0 outside years 1 to 9999. */
int pf_civil_date(double serial, long *year, unsigned *month, unsigned *day);

/* "2026-11-16" for a Calc serial day (its time of day dropped); "" outside 1 .. SG_DATE_MAX.
 * out holds at least 16 bytes. */
void pf_format_date(double serial, char *out, size_t size);

/* The shortest plain decimal that reads back as x: "1", "-0.5", "960000". */
void pf_format_number(double x, char *out, size_t size);

#endif
