/* sg_portfolio.h — the roll-ups leadership reads across accounts (whitepaper section 7).
 *
 * Self-assessment bias: the mean signed gap, org - customer, over scored realities. Positive means
 * the organisation rates itself higher than its customers do. Overdue: the next review's day has
 * passed. */
#ifndef SG_PORTFOLIO_H
#define SG_PORTFOLIO_H

#include "sg_value.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The mean of the gaps of one row or column (a single value counts as one cell). Blank cells
 * (empty text: not scored) are skipped; SG_BLANK when none is scored; any other cell must be a
 * gap (-4 to 4, sg_gap_read), else its error. SG_ERR_SHAPE for other shapes. */
sg_status sg_mean_gap(const sg_value *gaps, double *mean);

/* Whether a review due on day due (a Calc serial date) is overdue on day today: the due day is
 * before today's (times of day ignored). SG_ERR_RANGE for a day outside 1 .. SG_DATE_MAX or not
 * finite. */
sg_status sg_review_overdue(double due, double today, int *overdue);

#ifdef __cplusplus
}
#endif

#endif
