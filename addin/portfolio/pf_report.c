/* pf_report.c — CSV and the terminal table. */
#include "pf_report.h"

#include "pf_format.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const REALITY_NAMES[PF_REALITIES] = {
    "strategic", "commercial", "operational", "resilience", "evolution",
};

/* One CSV field, quoted when it holds a comma, quote or line end. */
static void write_field(FILE *out, const char *prefix, const char *s, int last)
{
    if (strpbrk(s, ",\"\r\n")) {
        fprintf(out, "\"%s", prefix);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', out);
            fputc(*s, out);
        }
        fputc('"', out);
    } else {
        fprintf(out, "%s%s", prefix, s);
    }
    fputc(last ? '\n' : ',', out);
}

/* A text field. Text from a workbook that a spreadsheet would take for a formula (=, +, -, @ or
 * a tab first) gets a leading ' and stays text where the CSV is opened. */
static void field(FILE *out, const char *s, int last)
{
    write_field(out, s[0] && strchr("=+-@\t\r", s[0]) ? "'" : "", s, last);
}

static void number_field(FILE *out, pf_number n)
{
    char text[40] = "";
    if (n.present)
        pf_format_number(n.value, text, sizeof text);
    write_field(out, "", text, 0);
}

static void date_field(FILE *out, pf_number n)
{
    char text[40] = "";
    if (n.present)
        pf_format_date(n.value, text, sizeof text);
    write_field(out, "", text, 0);
}

static void int_field(FILE *out, int n)
{
    char text[24];
    snprintf(text, sizeof text, "%d", n);
    write_field(out, "", text, 0);
}

int pf_report_csv(FILE *out, const pf_portfolio *p)
{
    fputs("file,read,account,lead,sponsor,contract_value,renewal_date,last_review,review_reason,"
          "next_review,overdue,account_band,scored,strategic,commercial,operational,resilience,"
          "evolution,act_first_on,untrusted,value_at_risk,bias", out);
    for (int r = 0; r < PF_REALITIES; r++)
        fprintf(out, ",gap_%s", REALITY_NAMES[r]);
    fputs(",thresholds,layout,saved_results,problems\n", out);
    for (size_t i = 0; i < p->count; i++) {
        const pf_account *a = &p->accounts[i];
        field(out, a->file, 0);
        if (!a->read) {
            fputs("no", out);
            for (int k = 0; k < 28; k++) /* the columns between read and problems stay empty */
                fputc(',', out);
            fputc(',', out);
            field(out, a->problems ? a->problems : "", 1);
            continue;
        }
        field(out, "yes", 0);
        field(out, a->account, 0);
        field(out, a->lead, 0);
        field(out, a->sponsor, 0);
        number_field(out, a->contract_value);
        date_field(out, a->renewal_date);
        date_field(out, a->last_review);
        field(out, a->review_reason, 0);
        date_field(out, a->next_review);
        field(out, a->overdue == 1 ? "yes" : a->overdue == 0 ? "no" : "", 0);
        field(out, a->account_band, 0);
        int_field(out, a->scored);
        for (int r = 0; r < PF_REALITIES; r++)
            field(out, a->bands[r], 0);
        field(out, a->act_first_on, 0);
        int_field(out, a->untrusted);
        number_field(out, a->value_at_risk);
        number_field(out, a->bias);
        for (int r = 0; r < PF_REALITIES; r++)
            number_field(out, a->gaps[r]);
        write_field(out, strchr("=+@\t\r", a->thresholds_text[0]) && a->thresholds_text[0] ? "'" : "",
                    a->thresholds_text, 0);
        field(out, pf_layout_text(a->layout), 0);
        field(out, pf_saved_text(a->saved), 0);
        field(out, a->problems, 1);
    }
    return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

/* Terminal columns a character takes: 2 for East Asian wide ranges (CJK, Hangul, full-width). */
static int columns_of(const unsigned char *p)
{
    uint32_t c = *p;
    if (c >= 0xE0 && c < 0xF0 && p[1] && p[2])
        c = ((c & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    else if (c >= 0xF0)
        return 2; /* beyond the BMP: mostly CJK extensions and emoji */
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                   (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                   (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                   (c >= 0xFFE0 && c <= 0xFFE6)
               ? 2
               : 1;
}

/* Writes s padded (or cut, with "~") to width terminal columns. */
static void cell(FILE *out, const char *s, int width, int right)
{
    int chars = 0;
    size_t cut = 0, n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            int w = columns_of((const unsigned char *)s + i);
            if (chars + w > width) {
                cut = i;
                break;
            }
            chars += w;
        }
        cut = i + 1;
    }
    int truncated = cut < n;
    if (truncated) { /* make room for the marker: drop characters until one column is free */
        while (chars + 1 > width && cut > 0) {
            while (cut > 0 && ((unsigned char)s[--cut] & 0xC0) == 0x80)
                ;
            chars -= columns_of((const unsigned char *)s + cut);
        }
    }
    int pad = width - chars - truncated;
    if (right)
        fprintf(out, "%*s", pad, "");
    fwrite(s, 1, cut, out);
    if (truncated)
        fputc('~', out);
    if (!right)
        fprintf(out, "%*s", pad, "");
    fputs("  ", out);
}

/* A money amount with thousands separators: "1,250,000". */
static void money(double x, char *out, size_t size)
{
    char digits[64];
    snprintf(digits, sizeof digits, "%.0f", fabs(x));
    size_t n = strlen(digits), k = 0;
    if (x < 0 && k + 1 < size)
        out[k++] = '-';
    for (size_t i = 0; i < n && k + 2 < size; i++) {
        out[k++] = digits[i];
        if ((n - i - 1) % 3 == 0 && i + 1 < n)
            out[k++] = ',';
    }
    out[k] = '\0';
}

int pf_report_table(FILE *out, const pf_portfolio *p)
{
    const pf_totals *t = &p->totals;
    char today[16];
    pf_format_date(p->today, today, sizeof today);
    fprintf(out, "Portfolio of %zu account%s on %s\n\n", t->accounts, t->accounts == 1 ? "" : "s",
            today);
    static const struct { const char *title; int width, right; } columns[] = {
        {"Account", 26, 0}, {"Band", 18, 0}, {"Scored", 6, 1}, {"Act first on", 12, 0},
        {"Untrusted", 9, 1}, {"Value at risk", 13, 1}, {"Bias", 5, 1}, {"Next review", 11, 0},
        {"Saved", 7, 0},
    };
    for (size_t c = 0; c < sizeof columns / sizeof columns[0]; c++)
        cell(out, columns[c].title, columns[c].width, columns[c].right);
    fputc('\n', out);
    for (size_t i = 0; i < p->count; i++) {
        const pf_account *a = &p->accounts[i];
        if (!a->read)
            continue;
        char scored[16], untrusted[16], var[40] = "", bias[16] = "", next[32] = "";
        snprintf(scored, sizeof scored, "%d/5", a->scored);
        snprintf(untrusted, sizeof untrusted, "%d", a->untrusted);
        if (a->value_at_risk.present)
            money(a->value_at_risk.value, var, sizeof var);
        if (a->bias.present)
            snprintf(bias, sizeof bias, "%+.2f", a->bias.value);
        if (a->next_review.present) {
            pf_format_date(a->next_review.value, next, sizeof next);
            if (a->overdue == 1)
                strcat(next, "!");
        }
        cell(out, a->account[0] ? a->account : "(no account name)", 26, 0);
        cell(out, a->account_band[0] ? a->account_band : "Not scored", 18, 0);
        cell(out, scored, 6, 1);
        cell(out, a->act_first_on, 12, 0);
        cell(out, untrusted, 9, 1);
        cell(out, var, 13, 1);
        cell(out, bias, 5, 1);
        cell(out, next, 11, 0);
        cell(out, a->saved == PF_SAVED_STALE ? "STALE" : "", 7, 0);
        fputc('\n', out);
    }
    char total[40];
    money(t->value_at_risk, total, sizeof total);
    fprintf(out, "\nValue at risk: %s in total", total);
    const char *separator = "; accounts: ";
    for (size_t g = 0; g < PF_BAND_GROUPS; g++)
        if (t->per_band[g]) {
            money(t->value_at_risk_per_band[g], total, sizeof total);
            fprintf(out, "%s%s %zu (%s)", separator, pf_band_groups[g], t->per_band[g], total);
            separator = ", ";
        }
    fprintf(out, "\nOverdue reviews (\"!\" above): %zu", t->overdue);
    if (t->scored)
        fprintf(out, "; untrusted realities: %zu of %zu scored (%.0f%%)", t->untrusted, t->scored,
                100.0 * (double)t->untrusted / (double)t->scored);
    if (t->bias.present)
        fprintf(out, "; self-assessment bias: %+.2f (mean gap, org - customer)", t->bias.value);
    char th[3][40];
    for (int k = 0; k < 3; k++)
        pf_format_number(t->thresholds[k], th[k], sizeof th[k]);
    fprintf(out, "\nThresholds: Aligned up to %s, Watch up to %s, Material up to %s%s\n", th[0],
            th[1], th[2], t->same_thresholds ? "" : " (not every account uses these)");
    int heading = 0;
    for (size_t i = 0; i < p->count; i++) {
        const pf_account *a = &p->accounts[i];
        if (!a->problems || !a->problems[0])
            continue;
        if (!heading++)
            fputs("\nTo look at:\n", out);
        fprintf(out, "  %s: %s\n", a->read && a->account[0] ? a->account : a->file, a->problems);
    }
    return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}
