/* pf_workbook.h — the portfolio as an ODF spreadsheet (.ods) for leadership: one row per account
 * file, the totals, a chart of value at risk by band, the 90-day pilot checklist and the files not
 * read. Values and hyperlinks only: no formula calls the add-in, so it reads the same anywhere. */
#ifndef PF_WORKBOOK_H
#define PF_WORKBOOK_H

#include <stddef.h>

#include "pf_portfolio.h"

/* The named range (on Portfolio.$A$1) by which a reader recognises a workbook written here. */
#define PF_WORKBOOK_NAME "SensesgapPortfolio"

/* Writes the portfolio as an ODF spreadsheet at path (.ods). href_base: the folder the output
 * lives in (absolute, or relative to the current folder), so that each account's hyperlink is
 * relative to it. The file is written to path.tmp and renamed to path, so path is never left
 * half-written. Returns 0, or -1 with a one-line reason in err (e.g. "cannot write out.ods:
 * Permission denied"). */
int pf_workbook_write(const char *path, const pf_portfolio *p, const char *href_base, char *err,
                      size_t errlen);

#endif
