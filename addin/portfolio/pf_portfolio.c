/* pf_portfolio.c — ordering the accounts for leadership, duplicates, and the portfolio's totals. */
#include "pf_portfolio.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sensesgap.h"

const char *const pf_band_groups[PF_BAND_GROUPS] = {
    "Fix inputs", "Critical", "Material", "Watch", "Opportunity", "Aligned", "Not scored",
};

size_t pf_band_group(const pf_account *a)
{
    const char *band = a->account_band ? a->account_band : "";
    if (strncmp(band, "Fix", 3) == 0)
        return 0;
    for (size_t g = 1; g + 1 < PF_BAND_GROUPS; g++)
        if (strcmp(band, pf_band_groups[g]) == 0)
            return g;
    return PF_BAND_GROUPS - 1;
}

/* Read accounts first, most urgent group first, then larger value at risk, name and file. */
static int urgency_cmp(const void *x, const void *y)
{
    const pf_account *a = x, *b = y;
    if (a->read != b->read)
        return a->read ? -1 : 1;
    if (a->read) {
        size_t ga = pf_band_group(a), gb = pf_band_group(b);
        if (ga != gb)
            return ga < gb ? -1 : 1;
        double va = a->value_at_risk.present ? a->value_at_risk.value : 0.0;
        double vb = b->value_at_risk.present ? b->value_at_risk.value : 0.0;
        if (va != vb)
            return va > vb ? -1 : 1;
        int c = strcmp(a->account, b->account);
        if (c)
            return c;
    }
    return strcmp(a->file, b->file);
}

/* Account names compared as people mean them: surrounding spaces and ASCII case ignored. */
static int same_account(const char *a, const char *b)
{
    while (*a == ' ')
        a++;
    while (*b == ' ')
        b++;
    size_t na = strlen(a), nb = strlen(b);
    while (na && a[na - 1] == ' ')
        na--;
    while (nb && b[nb - 1] == ' ')
        nb--;
    if (na != nb || na == 0)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* Appends "; sentence" to an account's problems. */
static int append_problem(pf_account *a, const char *sentence)
{
    size_t old = strlen(a->problems);
    char *p = realloc(a->problems, old + strlen(sentence) + 3);
    if (!p)
        return -1;
    if (old)
        strcpy(p + old, "; "), old += 2;
    strcpy(p + old, sentence);
    a->problems = p;
    return 0;
}

/* Sums what the totals show over the accounts read. */
static int sum_totals(pf_portfolio *p)
{
    pf_totals *t = &p->totals;
    memset(t, 0, sizeof *t);
    sg_thresholds d = sg_thresholds_default();
    memcpy(t->thresholds, d.t, sizeof d.t);
    t->same_thresholds = 1;
    sg_value *gaps = malloc((p->count * PF_REALITIES + 1) * sizeof *gaps);
    if (!gaps)
        return -1;
    size_t n = 0, first = 1;
    for (size_t i = 0; i < p->count; i++) {
        const pf_account *a = &p->accounts[i];
        if (!a->read) {
            t->not_read += !a->skipped;
            continue;
        }
        t->accounts++;
        size_t g = pf_band_group(a);
        t->per_band[g]++;
        if (a->value_at_risk.present) {
            t->value_at_risk += a->value_at_risk.value;
            t->value_at_risk_per_band[g] += a->value_at_risk.value;
        }
        t->overdue += a->overdue == 1;
        t->untrusted += (size_t)a->untrusted;
        t->scored += (size_t)a->scored;
        for (int r = 0; r < PF_REALITIES; r++)
            if (a->gaps[r].present)
                gaps[n++] = sg_number(a->gaps[r].value);
        if (a->thresholds_valid) {
            if (first)
                memcpy(t->thresholds, a->thresholds, sizeof t->thresholds), first = 0;
            else if (memcmp(t->thresholds, a->thresholds, sizeof t->thresholds) != 0)
                t->same_thresholds = 0;
        }
    }
    if (n) {
        sg_value all = sg_range(gaps, n, 1);
        t->bias.present = sg_mean_gap(&all, &t->bias.value) == SG_OK;
    }
    free(gaps);
    return 0;
}

long pf_portfolio_finish(pf_portfolio *p, void (*report)(const char *file, const char *reason))
{
    long duplicates = 0;
    for (size_t i = 0; i < p->count; i++) {
        pf_account *a = &p->accounts[i];
        if (!a->read)
            continue;
        for (size_t j = 0; j < i; j++) {
            pf_account *b = &p->accounts[j];
            if (!b->read || !same_account(a->account, b->account))
                continue;
            char line[8192];
            snprintf(line, sizeof line, "same account as %s", b->file);
            if (append_problem(a, line) != 0)
                return -1;
            snprintf(line, sizeof line, "same account as %s", a->file);
            if (append_problem(b, line) != 0)
                return -1;
            if (report) {
                snprintf(line, sizeof line, "names the same account (%s) as %s: both are listed, "
                         "keep one map per account", a->account, b->file);
                report(a->file, line);
            }
            duplicates++;
            break;
        }
    }
    qsort(p->accounts, p->count, sizeof *p->accounts, urgency_cmp);
    for (size_t i = 0; i < p->count; i++)
        p->accounts[i].band_rank = (int)(PF_BAND_GROUPS - pf_band_group(&p->accounts[i]));
    return sum_totals(p) == 0 ? duplicates : -1;
}

void pf_portfolio_free(pf_portfolio *p)
{
    for (size_t i = 0; i < p->count; i++)
        pf_account_free(&p->accounts[i]);
    free(p->accounts);
    p->accounts = NULL;
    p->count = 0;
}
