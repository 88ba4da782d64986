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

#endif
