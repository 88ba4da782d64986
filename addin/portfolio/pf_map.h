/* pf_map.h — finds the Relationship Reality Map in a workbook and recomputes it with the core.
 *
 * The current template names the cells a reader needs (MapAccount, MapOrgScores, ..., Thresholds):
 * they are found by name wherever they are. Release 1.0.0's map had no such names: it is found on
 * sheet Map by its labels. Every result is recomputed from the inputs exactly as the template's
 * formulas combine the add-in's functions; the results saved in the file are only compared with
 * the recomputed ones, and a difference marks the account "stale". */
#ifndef PF_MAP_H
#define PF_MAP_H

#include <stddef.h>
#include "pf_account.h"
#include "pf_book.h"

typedef enum pf_found {
    PF_FOUND_MAP = 0, /* *account filled */
    PF_FOUND_SKIP,    /* a workbook to leave out on purpose (a portfolio): reason says which */
    PF_FOUND_NONE     /* not an account map: reason says why */
} pf_found;

/* Reads the account of the map in book; today (a Calc serial day) decides "overdue". On
 * PF_FOUND_MAP the caller owns *account (pf_account_free); its file is left NULL. */
pf_found pf_map_read(const pf_book *book, double today, pf_account *account, char *reason,
                     size_t reason_size);

#endif
