/* pf_report.h — the portfolio as text: CSV for other tools and a table for the terminal. */
#ifndef PF_REPORT_H
#define PF_REPORT_H

#include <stdio.h>
#include "pf_portfolio.h"

/* The CSV header and one row per file (RFC 4180 quoting, UTF-8, "\n" line ends). The columns are
 * listed in --help and the README. Returns 0, or -1 when writing failed. */
int pf_report_csv(FILE *out, const pf_portfolio *p);

/* The table a person reads in a terminal, then the totals and each account's problems. */
int pf_report_table(FILE *out, const pf_portfolio *p);

/* "2026-11-16" for a Calc serial day (its time of day dropped); out holds at least 16 bytes. */
void pf_format_date(double serial, char *out, size_t size);

/* The shortest plain decimal that reads back as x: "1", "-0.5", "960000". */
void pf_format_number(double x, char *out, size_t size);

#endif
