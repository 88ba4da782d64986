/* pf_portfolio.h — all accounts read, in the order leadership reads them, and their totals. */
#ifndef PF_PORTFOLIO_H
#define PF_PORTFOLIO_H

#include <stddef.h>
#include "pf_account.h"

/* The bands in the order the totals list them, most severe first; "Fix" stands for accounts whose
 * inputs (or thresholds) must be fixed before they have a band, "" for accounts not scored yet. */
#define PF_BAND_GROUPS 7
extern const char *const pf_band_groups[PF_BAND_GROUPS]; /* "Fix inputs", "Critical", "Material",
                                                            "Watch", "Opportunity", "Aligned",
                                                            "Not scored" */

typedef struct pf_totals {
    size_t accounts;          /* accounts read */
    size_t not_read;          /* files that could not be read */
    double value_at_risk;     /* sum over accounts read */
    size_t per_band[PF_BAND_GROUPS];
    double value_at_risk_per_band[PF_BAND_GROUPS];
    size_t overdue;           /* accounts whose next review is before today */
    size_t untrusted, scored; /* realities, over all accounts: the untrusted share is their ratio */
    pf_number bias;           /* mean signed gap over every scored reality of every account */
    int same_thresholds;      /* 1 when every account read uses the same thresholds */
    double thresholds[3];     /* the first account's (the default when none was read) */
} pf_totals;

typedef struct pf_portfolio {
    pf_account *accounts;     /* read ones first, most urgent first (pf_portfolio_finish) */
    size_t count;
    pf_totals totals;
    double today;             /* Calc serial day that decided "overdue" */
} pf_portfolio;

/* The group (index into pf_band_groups) of an account read. */
size_t pf_band_group(const pf_account *a);

/* Marks accounts that two files name alike (each gets "same account as FILE"), orders the
 * accounts (read ones by group, then larger value at risk, then name; the rest by file) and sums
 * the totals. Writes one line per duplicate to report (may be NULL). Returns the number of
 * duplicates found, or -1 when out of memory. */
long pf_portfolio_finish(pf_portfolio *p, void (*report)(const char *file, const char *reason));

/* Frees every account. */
void pf_portfolio_free(pf_portfolio *p);

#endif
