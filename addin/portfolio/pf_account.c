/* pf_account.c — an account record's memory and fixed words. */
#include "pf_account.h"

#include <stdlib.h>
#include <string.h>

void pf_account_free(pf_account *a)
{
    free(a->file);
    free(a->account);
    free(a->lead);
    free(a->sponsor);
    free(a->review_reason);
    free(a->account_band);
    for (int i = 0; i < PF_REALITIES; i++)
        free(a->bands[i]);
    free(a->act_first_on);
    free(a->thresholds_text);
    free(a->problems);
    memset(a, 0, sizeof *a);
}

const char *pf_layout_text(pf_layout layout)
{
    switch (layout) {
    case PF_LAYOUT_CURRENT: return "current";
    case PF_LAYOUT_1_0_0: return "1.0.0";
    case PF_LAYOUT_NONE: break;
    }
    return "";
}

const char *pf_saved_text(pf_saved saved)
{
    switch (saved) {
    case PF_SAVED_CURRENT: return "current";
    case PF_SAVED_STALE: return "stale";
    case PF_SAVED_NOT_CHECKED: break;
    }
    return "not checked";
}
