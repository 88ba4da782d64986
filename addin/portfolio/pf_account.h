/* pf_account.h — one account as the portfolio sees it: read from a map workbook and recomputed
 * with the core. Every text is UTF-8, NUL-terminated and owned by the record (pf_account_free). */
#ifndef PF_ACCOUNT_H
#define PF_ACCOUNT_H

#include <stddef.h>

#define PF_REALITIES 5

/* A number that may be blank ("not assessed yet" / empty cell). */
typedef struct pf_number {
    int present;
    double value;
} pf_number;

typedef enum pf_layout { PF_LAYOUT_NONE = 0, PF_LAYOUT_CURRENT, PF_LAYOUT_1_0_0 } pf_layout;

typedef enum pf_saved { PF_SAVED_CURRENT = 0, PF_SAVED_STALE, PF_SAVED_NOT_CHECKED } pf_saved;

typedef struct pf_account {
    char *file;             /* the path as found: FOLDER/relative/name */
    int read;               /* 1: read as a map; 0: not read (reason in problems) */
    int skipped;            /* not read on purpose (a lock file, a portfolio): not a failure */
    char *account, *lead, *sponsor, *review_reason;
    pf_number contract_value;
    pf_number renewal_date, last_review, next_review; /* Calc serial days (1899-12-30 is day 0) */
    int overdue;            /* 1 overdue, 0 not, -1 no next review known */
    char *account_band;     /* what the map's B14 shows: a band, "", "Fix Commercial", "Fix the thresholds" */
    int band_rank;          /* sort key: higher is more urgent (pf_band_rank) */
    int scored;             /* realities with a gap, 0..5 */
    char *bands[PF_REALITIES];   /* what I7..I11 show: a band or "" */
    char *act_first_on;     /* B15: a reality or "" */
    int untrusted;          /* B16 */
    pf_number value_at_risk, bias, gaps[PF_REALITIES];
    double thresholds[3];   /* valid only when thresholds_valid */
    char *thresholds_text;  /* the three threshold cells as written, valid or not: "0.5 1 1.5" */
    int thresholds_valid;
    pf_layout layout;
    pf_saved saved;
    char *problems;         /* "; "-joined sentences, "" when none */
} pf_account;

void pf_account_free(pf_account *a);

/* The fixed English word of a layout: "current" or "1.0.0" ("" for none). */
const char *pf_layout_text(pf_layout layout);
/* "current", "stale" or "not checked". */
const char *pf_saved_text(pf_saved saved);

#endif
