/* pf_map.c — one account map: where its cells are, what the template's formulas make of them,
 * and whether the results saved in the file agree. */
#include "pf_map.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pf_format.h"
#include "sensesgap.h"

#define STALE "saved results stale (edited without the extension?)"
/* The texts the current template's formulas show in place of an error (reality_map.py). */
#define VAR_MESSAGE "Check the inputs above: amounts 0 or more, probabilities 0\xE2\x80\x93" \
                    "100%, each value with its probability"
#define REVIEW_MESSAGE "Check the review date and reason"
#define TEXTS 96 /* UTF-16 texts one account converts: 5 realities x 6 cells, 13 more, twice */

/* A cell position; set is 0 when the layout has no such cell. */
typedef struct pos {
    int set;
    uint32_t sheet, row, col;
} pos;

/* Where a layout keeps what the portfolio reads (the first cell of each run of rows). */
typedef struct map_cells {
    pf_layout layout;
    pos account, contract, lead, sponsor, renewal, review, reason, next_review;
    pos realities, org, customer, evidence, gaps, bands, statuses, checks, flags;
    pos account_band, scored, focus, untrusted, to_fix, threshold_check, var_inputs, var;
    pos thresholds;
} map_cells;

/* One recomputed result and how the template shows it. */
typedef struct shown {
    enum { SHOWN_NOTHING, SHOWN_NUMBER, SHOWN_TEXT } kind; /* nothing: no comparison */
    double number;
    const char *text;
} shown;

/* UTF-16 copies of cell texts, owned for one account's computation. */
typedef struct texts {
    sg_char *buffers[TEXTS];
    size_t count;
    int failed;
} texts;

typedef struct computation {
    int input_error;        /* an input holds an error value: Calc then shows errors downstream */
    const pf_book *book;
    const map_cells *at;
    texts utf16;
    pf_account *a;
    char to_fix[PF_MAX_TEXT + 64];
} computation;

static pos at(uint32_t sheet, uint32_t row, uint32_t col)
{
    return (pos){1, sheet, row, col};
}

static pos below(pos p, uint32_t rows)
{
    p.row += rows;
    return p;
}

static const pf_cell *cell_at(const pf_book *book, pos p)
{
    return p.set ? pf_book_cell(book, p.sheet, p.row, p.col) : NULL;
}

/* ---- finding the map ------------------------------------------------------------------------ */

/* The first cell of a named range of the expected number of rows (one column), or unset. */
static pos named(const pf_book *book, const char *name, uint32_t rows)
{
    const pf_name *n = pf_book_name(book, name);
    if (!n || n->row2 - n->row1 + 1 != rows || n->col2 != n->col1)
        return (pos){0, 0, 0, 0};
    return at(n->sheet, n->row1, n->col1);
}

/* The current template's cells by name; 0 when a name a reader needs is missing. */
static int find_by_names(const pf_book *book, map_cells *m)
{
    struct { pos *p; const char *name; uint32_t rows; } names[] = {
        {&m->account, "MapAccount", 1}, {&m->contract, "MapContractValue", 1},
        {&m->lead, "MapLead", 1}, {&m->sponsor, "MapSponsor", 1},
        {&m->renewal, "MapRenewalDate", 1}, {&m->review, "MapReviewDate", 1},
        {&m->reason, "MapReviewReason", 1}, {&m->next_review, "MapNextReview", 1},
        {&m->realities, "MapRealities", 5}, {&m->org, "MapOrgScores", 5},
        {&m->customer, "MapCustomerScores", 5}, {&m->evidence, "MapEvidence", 5},
        {&m->gaps, "MapGaps", 5}, {&m->bands, "MapBands", 5}, {&m->statuses, "MapStatuses", 5},
        {&m->checks, "MapChecks", 5}, {&m->account_band, "MapAccountBand", 1},
        {&m->scored, "MapScored", 1}, {&m->focus, "MapActFirstOn", 1},
        {&m->untrusted, "MapUntrusted", 1}, {&m->to_fix, "MapToFix", 1},
        {&m->threshold_check, "MapThresholdCheck", 1}, {&m->var_inputs, "MapValueAtRiskInputs", 5},
        {&m->var, "MapValueAtRisk", 1}, {&m->thresholds, "Thresholds", 3},
    };
    memset(m, 0, sizeof *m);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        *names[i].p = named(book, names[i].name, names[i].rows);
        if (!names[i].p->set)
            return 0;
    }
    m->layout = PF_LAYOUT_CURRENT;
    return 1;
}

/* Whether the cell's text is label, or begins with it when prefix is set. */
static int label_is(const pf_book *book, uint32_t sheet, const char *cell, const char *label,
                    int prefix)
{
    uint32_t r1, c1, r2, c2;
    char address[32], *name;
    snprintf(address, sizeof address, "$X.%s", cell);
    if (pf_parse_range(address, &name, &r1, &c1, &r2, &c2) != 0)
        return 0;
    free(name);
    const char *text = pf_cell_text(pf_book_cell(book, sheet, r1, c1));
    return prefix ? strncmp(text, label, strlen(label)) == 0 : strcmp(text, label) == 0;
}

/* Which fixed layout the sheet carries, by its labels. */
static pf_layout layout_of_sheet(const pf_book *book, uint32_t s)
{
    if (!label_is(book, s, "A6", "Reality", 0) || !label_is(book, s, "A14", "Account band", 0))
        return PF_LAYOUT_NONE;
    if (label_is(book, s, "A3", "Account", 0) && label_is(book, s, "E6", "Org score", 1) &&
        label_is(book, s, "H6", "Gap", 1))
        return PF_LAYOUT_CURRENT;
    if (label_is(book, s, "A2", "Account", 0) && label_is(book, s, "B6", "Key question", 0) &&
        label_is(book, s, "I6", "Gap", 1))
        return PF_LAYOUT_1_0_0;
    return PF_LAYOUT_NONE;
}

/* The cells of a fixed layout on sheet s (reality_map.py of the current and of 1.0.0). */
static void fixed_layout(const pf_book *book, uint32_t s, pf_layout layout, map_cells *m)
{
    memset(m, 0, sizeof *m);
    m->layout = layout;
    if (layout == PF_LAYOUT_CURRENT) {
        m->account = at(s, 3, 0), m->contract = at(s, 3, 4), m->lead = at(s, 3, 7);
        m->sponsor = at(s, 3, 9), m->renewal = at(s, 3, 10), m->review = at(s, 3, 11);
        m->reason = at(s, 3, 15), m->next_review = at(s, 4, 4);
        m->realities = at(s, 6, 0), m->org = at(s, 6, 4), m->customer = at(s, 6, 5);
        m->evidence = at(s, 6, 6), m->gaps = at(s, 6, 7), m->bands = at(s, 6, 8);
        m->statuses = at(s, 6, 9), m->checks = at(s, 6, 10);
        m->account_band = at(s, 13, 1), m->scored = at(s, 13, 3), m->focus = at(s, 14, 1);
        m->untrusted = at(s, 15, 1), m->to_fix = at(s, 17, 1), m->threshold_check = at(s, 16, 7);
        m->var_inputs = at(s, 13, 16), m->var = at(s, 18, 16), m->thresholds = at(s, 13, 10);
    } else {
        m->account = at(s, 1, 1), m->contract = at(s, 2, 1), m->renewal = at(s, 3, 1);
        m->review = at(s, 4, 1), m->lead = at(s, 1, 3), m->sponsor = at(s, 2, 3);
        m->reason = at(s, 3, 3);
        m->realities = at(s, 6, 0), m->org = at(s, 6, 4), m->customer = at(s, 6, 5);
        m->evidence = at(s, 6, 7), m->gaps = at(s, 6, 8), m->bands = at(s, 6, 9);
        m->flags = at(s, 6, 10), m->statuses = at(s, 6, 11);
        m->account_band = at(s, 13, 1), m->scored = at(s, 13, 2), m->focus = at(s, 14, 1);
        m->untrusted = at(s, 15, 1), m->var_inputs = at(s, 13, 11), m->var = at(s, 18, 11);
        m->thresholds = at(s, 22, 15);
    }
    pos named_thresholds = named(book, "Thresholds", 3);
    if (named_thresholds.set)
        m->thresholds = named_thresholds;
}

/* Locates the map, or says why there is none. */
static pf_found find_map(const pf_book *book, map_cells *m, char *reason, size_t n)
{
    if (pf_book_name(book, "SensesgapPortfolio")) {
        snprintf(reason, n, "a portfolio written by sensesgap-portfolio, not an account map: skipped");
        return PF_FOUND_SKIP;
    }
    if (find_by_names(book, m))
        return PF_FOUND_MAP;
    long map = pf_book_sheet(book, "Map");
    if (map >= 0) {
        pf_layout layout = layout_of_sheet(book, (uint32_t)map);
        if (layout != PF_LAYOUT_NONE) {
            fixed_layout(book, (uint32_t)map, layout, m);
            return PF_FOUND_MAP;
        }
    }
    size_t maps = 0;
    for (size_t s = 0; s < book->sheet_count; s++)
        maps += layout_of_sheet(book, (uint32_t)s) != PF_LAYOUT_NONE;
    if (maps > 0 && pf_book_sheet(book, "Portfolio") >= 0) {
        snprintf(reason, n, "a portfolio workbook holding %zu maps on its sheets, not one account's "
                 "map: skipped (give each account its own map file)", maps);
        return PF_FOUND_SKIP;
    }
    snprintf(reason, n, "no Relationship Reality Map in it (no sheet Map with the template's "
             "layout): not an account map");
    return PF_FOUND_NONE;
}

/* ---- arguments as Calc passes them to the add-in ------------------------------------------ */

/* A UTF-16 copy of UTF-8 text (invalid bytes become U+FFFD), kept until the account is done. */
static sg_value utf16(texts *t, const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return sg_text(NULL, 0);
    sg_char *out = t->count < TEXTS ? malloc(n * sizeof *out) : NULL;
    if (!out) {
        t->failed = 1;
        return sg_text(NULL, 0);
    }
    t->buffers[t->count++] = out;
    size_t k = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c = 0xFFFD;
        int extra = *p < 0x80 ? 0 : (*p >> 5) == 6 ? 1 : (*p >> 4) == 14 ? 2 : (*p >> 3) == 30 ? 3 : -1;
        if (extra < 0) {
            p++;
        } else {
            c = extra == 0 ? *p : (uint32_t)(*p & (0x3F >> extra));
            p++;
            for (int i = 0; i < extra; i++, p++) {
                if ((*p & 0xC0) != 0x80) {
                    c = 0xFFFD;
                    break;
                }
                c = (c << 6) | (*p & 0x3F);
            }
        }
        if (c >= 0x10000 && c <= 0x10FFFF) {
            out[k++] = (sg_char)(0xD800 + ((c - 0x10000) >> 10));
            out[k++] = (sg_char)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            out[k++] = (sg_char)(c > 0x10FFFF ? 0xFFFD : c);
        }
    }
    return sg_text(out, k);
}

static void texts_free(texts *t)
{
    for (size_t i = 0; i < t->count; i++)
        free(t->buffers[i]);
    t->count = 0;
}

/* A cell as one argument: an empty cell arrives as the number 0 (sg_value.h). */
static sg_value single(computation *c, pos p, int *error)
{
    const pf_cell *cell = cell_at(c->book, p);
    if (!cell)
        return sg_number(0.0);
    if (cell->kind == PF_ERROR)
        *error = c->input_error = 1;
    return cell->kind == PF_NUMBER ? sg_number(cell->number) : utf16(&c->utf16, cell->text);
}

/* A cell inside a range argument: an empty cell arrives as empty text. */
static sg_value in_range(computation *c, pos p, int *error)
{
    const pf_cell *cell = cell_at(c->book, p);
    if (!cell)
        return sg_text(NULL, 0);
    return single(c, p, error);
}

/* ---- the account's results ----------------------------------------------------------------- */

static char *copy(const char *s)
{
    char *out = malloc(strlen(s) + 1);
    if (out)
        strcpy(out, s);
    return out;
}

/* Adds a sentence to the account's problems ("; " between them). */
static void add_problem(pf_account *a, const char *format, ...)
{
    char line[PF_MAX_TEXT + 256];
    va_list ap;
    va_start(ap, format);
    vsnprintf(line, sizeof line, format, ap);
    va_end(ap);
    size_t old = a->problems ? strlen(a->problems) : 0;
    char *p = realloc(a->problems, old + strlen(line) + 3);
    if (!p)
        return;
    if (old)
        strcpy(p + old, "; "), old += 2;
    strcpy(p + old, line);
    a->problems = p;
}

/* A text input of the header (an empty cell gives ""; a number its plain digits). */
static char *header_text(computation *c, pos p)
{
    const pf_cell *cell = cell_at(c->book, p);
    if (cell && cell->kind == PF_NUMBER) {
        char digits[32];
        snprintf(digits, sizeof digits, "%.15g", cell->number);
        return copy(digits);
    }
    return copy(pf_cell_text(cell));
}

/* A number input of the header: blank when empty; text or an error is named as a problem, and so
 * is a date Calc cannot show (is_date). */
static pf_number header_number(computation *c, pos p, const char *what, int is_date)
{
    const pf_cell *cell = cell_at(c->book, p);
    if (!cell || (cell->kind == PF_TEXT && cell->text[0] == '\0'))
        return (pf_number){0, 0.0};
    if (cell->kind == PF_NUMBER && is_date && !(cell->number >= 1.0 && cell->number <= SG_DATE_MAX)) {
        add_problem(c->a, "%s is not a date from 1900 to 9999", what);
        return (pf_number){0, 0.0};
    }
    if (cell->kind == PF_NUMBER)
        return (pf_number){1, cell->number};
    add_problem(c->a, "%s is not a number or date (%s)", what, cell->text);
    return (pf_number){0, 0.0};
}

/* The threshold cells as they are written, separated by spaces ("0.5 1.75 1.5"). */
static char *thresholds_text(computation *c, pos first)
{
    char text[3 * (PF_MAX_TEXT + 1)] = "";
    for (uint32_t i = 0; i < 3; i++) {
        const pf_cell *cell = cell_at(c->book, below(first, i));
        char number[40];
        const char *part = pf_cell_text(cell);
        if (cell && cell->kind == PF_NUMBER) {
            pf_format_number(cell->number, number, sizeof number);
            part = number;
        }
        if (i)
            strcat(text, " ");
        strcat(text, part);
    }
    return copy(text);
}

/* Whether text contains "untrusted" in any case, as the template's SEARCH counts it. */
static int mentions_untrusted(const char *text)
{
    for (const char *p = text; *p; p++) {
        const char *w = "untrusted", *q = p;
        while (*w && tolower((unsigned char)*q) == *w)
            w++, q++;
        if (!*w)
            return 1;
    }
    return 0;
}

/* The template's result cells for one account, in the order they are compared. */
typedef struct results {
    shown gaps[PF_REALITIES], bands[PF_REALITIES], statuses[PF_REALITIES], checks[PF_REALITIES],
        flags[PF_REALITIES];
    shown account_band, scored, focus, untrusted, to_fix, threshold_check, var, next_review;
    char scored_text[32];
} results;

/* A saved cell and the result it should hold. */
typedef struct compared {
    pos p;
    shown want;
} compared;

static shown number_shown(double x)
{
    return (shown){SHOWN_NUMBER, x, NULL};
}

static shown text_shown(const char *s)
{
    return (shown){SHOWN_TEXT, 0.0, s};
}

/* Each reality's gap, band and status, as the template's row formulas make them. */
static void realities(computation *c, const sg_value *thresholds, const char *threshold_problem,
                      results *out)
{
    pf_account *a = c->a;
    const map_cells *m = c->at;
    c->to_fix[0] = '\0';
    for (uint32_t i = 0; i < PF_REALITIES; i++) {
        int error = 0;
        sg_value org = single(c, below(m->org, i), &error);
        sg_value customer = single(c, below(m->customer, i), &error);
        sg_value evidence = single(c, below(m->evidence, i), &error);
        const char *name = pf_cell_text(cell_at(c->book, below(m->realities, i)));
        const char *problem = "";
        sg_reality_check(&org, &customer, &evidence, &problem);
        if (error)
            problem = "An input holds an error value: retype it";
        out->checks[i] = text_shown(problem);
        double gap = 0.0;
        sg_status gs = problem[0] ? SG_BLANK : sg_score_gap(&org, &customer, &gap);
        a->gaps[i] = (pf_number){gs == SG_OK, gs == SG_OK ? gap : 0.0};
        out->gaps[i] = gs == SG_OK ? number_shown(gap) : text_shown("");
        const char *band = "", *status;
        sg_band b;
        int untrusted = 0;
        if (gs == SG_OK && !threshold_problem[0]) {
            sg_value g = sg_number(gap);
            if (sg_gap_band(&g, thresholds, &b) == SG_OK)
                band = sg_band_text(b);
        }
        if (problem[0])
            status = "Fix the inputs";
        else if (threshold_problem[0])
            status = "Fix the thresholds";
        else if (gs != SG_OK)
            status = "Not scored yet";
        else if (sg_reality_status(&org, &customer, &evidence, thresholds, &b, &untrusted) == SG_OK)
            status = sg_status_text(b, untrusted);
        else
            status = "";
        a->bands[i] = copy(band);
        out->bands[i] = text_shown(band);
        out->statuses[i] = text_shown(status);
        a->untrusted += mentions_untrusted(status);
        /* release 1.0.0's Untrusted column: TRUE/FALSE for a scored reality */
        out->flags[i] = gs == SG_OK ? number_shown(untrusted) : text_shown("");
        if (problem[0]) {
            if (!c->to_fix[0])
                snprintf(c->to_fix, sizeof c->to_fix, "%s: %s", name, problem);
            add_problem(a, "%s: %s", name, problem);
        }
    }
}

/* The roll-up: account band, scored count, act first on and untrusted count (rows 14-18). */
static void rollup(computation *c, const sg_value *thresholds, const char *threshold_problem,
                   results *out)
{
    pf_account *a = c->a;
    const map_cells *m = c->at;
    sg_value gaps[PF_REALITIES], names[PF_REALITIES], grades[PF_REALITIES];
    int error = 0;
    for (uint32_t i = 0; i < PF_REALITIES; i++) {
        gaps[i] = a->gaps[i].present ? sg_number(a->gaps[i].value) : sg_text(NULL, 0);
        names[i] = in_range(c, below(m->realities, i), &error);
        grades[i] = in_range(c, below(m->evidence, i), &error);
        a->scored += a->gaps[i].present;
    }
    sg_value gap_line = sg_range(gaps, PF_REALITIES, 1);
    sg_value name_line = sg_range(names, PF_REALITIES, 1);
    sg_value grade_line = sg_range(grades, PF_REALITIES, 1);
    char band[PF_MAX_TEXT + 8] = "";
    sg_band b;
    if (threshold_problem[0]) {
        strcpy(band, "Fix the thresholds");
    } else if (c->to_fix[0]) {
        size_t cut = strcspn(c->to_fix, ":"); /* LEFT(B18; FIND(":"; B18) - 1) */
        snprintf(band, sizeof band, "Fix %.*s", (int)cut, c->to_fix);
    } else if (sg_account_band(&gap_line, thresholds, &b) == SG_OK) {
        strcpy(band, sg_band_text(b));
    }
    a->account_band = copy(band);
    size_t focus;
    const char *focus_name = "";
    if (!threshold_problem[0] && !c->to_fix[0]) {
        sg_status s = sg_focus_reality(&name_line, &gap_line, &grade_line, thresholds, &focus);
        if (s == SG_OK)
            focus_name = pf_cell_text(cell_at(c->book, below(m->realities, (uint32_t)focus)));
        else if (s != SG_BLANK)
            add_problem(a, "act first on: %s", sg_status_message(s));
    }
    a->act_first_on = copy(focus_name);
    snprintf(out->scored_text, sizeof out->scored_text, "%d of 5 scored", a->scored);
    out->scored = text_shown(out->scored_text);
    out->untrusted = number_shown(a->untrusted);
    out->threshold_check = text_shown(threshold_problem);
    if (sg_mean_gap(&gap_line, &a->bias.value) == SG_OK)
        a->bias.present = 1;
}

/* Value at risk, and the review rhythm: when the next review is due and whether it is overdue. */
static void value_and_review(computation *c, double today, results *out)
{
    pf_account *a = c->a;
    const map_cells *m = c->at;
    int error = 0;
    sg_value v[5];
    for (uint32_t i = 0; i < 5; i++)
        v[i] = single(c, below(m->var_inputs, i), &error);
    double var = 0.0;
    sg_status s = error ? SG_ERR_NOT_NUMBER : sg_value_at_risk(&v[0], &v[1], &v[2], &v[3], &v[4], &var);
    a->value_at_risk = (pf_number){s == SG_OK, s == SG_OK ? var : 0.0};
    out->var = s == SG_OK ? number_shown(var) : text_shown(s == SG_BLANK ? "" : VAR_MESSAGE);
    if (sg_status_is_error(s))
        add_problem(a, "value at risk: %s", error ? "an input holds an error value"
                                                  : sg_status_message(s));
    error = 0;
    sg_value last = single(c, m->review, &error), reason = single(c, m->reason, &error);
    double due = 0.0;
    s = error ? SG_ERR_NOT_NUMBER : sg_next_review(&last, &reason, &due);
    a->next_review = (pf_number){s == SG_OK, s == SG_OK ? due : 0.0};
    out->next_review = s == SG_OK ? number_shown(due) : text_shown(s == SG_BLANK ? "" : REVIEW_MESSAGE);
    if (sg_status_is_error(s))
        add_problem(a, "review: " REVIEW_MESSAGE " (%s)", error ? "an input holds an error value"
                                                               : sg_status_message(s));
    int overdue = 0;
    a->overdue = -1;
    if (s == SG_OK && sg_review_overdue(due, today, &overdue) == SG_OK)
        a->overdue = overdue;
}

/* ---- saved results ------------------------------------------------------------------------- */

/* Whether the saved cell shows what was recomputed. */
static int agrees(const pf_cell *saved, shown want)
{
    if (want.kind == SHOWN_NOTHING)
        return 1;
    if (!saved)
        return 0;
    if (want.kind == SHOWN_NUMBER)
        return saved->kind == PF_NUMBER &&
               fabs(saved->number - want.number) <= 1e-9 * fmax(1.0, fabs(want.number));
    return saved->kind == PF_TEXT && strcmp(saved->text, want.text) == 0;
}

/* The bytes of s's first 60 or fewer, ending on a whole UTF-8 character. */
static int quoted_length(const char *s)
{
    size_t n = strlen(s);
    if (n <= 60)
        return (int)n;
    n = 60;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* s[n] continues a character */
        n--;
    return (int)n;
}

/* Describes a saved cell for the stale message. */
static void describe(const pf_cell *cell, char *out, size_t n)
{
    if (!cell)
        snprintf(out, n, "nothing");
    else if (cell->kind == PF_NUMBER)
        snprintf(out, n, "%.15g", cell->number);
    else
        snprintf(out, n, "\"%.*s\"", quoted_length(cell->text), cell->text);
}

/* Compares every saved result with its recomputed value; the first difference is named. */
static void check_saved(computation *c, const results *r)
{
    const map_cells *m = c->at;
    compared cells[4 * PF_REALITIES + 9];
    size_t n = 0;
    for (uint32_t i = 0; i < PF_REALITIES; i++) {
        cells[n++] = (compared){below(m->gaps, i), r->gaps[i]};
        cells[n++] = (compared){below(m->bands, i), r->bands[i]};
        if (m->layout == PF_LAYOUT_CURRENT)
            cells[n++] = (compared){below(m->checks, i), r->checks[i]};
        else
            cells[n++] = (compared){below(m->flags, i), r->flags[i]};
        cells[n++] = (compared){below(m->statuses, i), r->statuses[i]};
    }
    cells[n++] = (compared){m->account_band, r->account_band};
    cells[n++] = (compared){m->scored, r->scored};
    cells[n++] = (compared){m->focus, r->focus};
    cells[n++] = (compared){m->untrusted, r->untrusted};
    cells[n++] = (compared){m->var, r->var};
    if (m->layout == PF_LAYOUT_CURRENT) {
        cells[n++] = (compared){m->to_fix, r->to_fix};
        cells[n++] = (compared){m->threshold_check, r->threshold_check};
        cells[n++] = (compared){m->next_review, r->next_review};
    }
    size_t saved_results = 0;
    for (size_t i = 0; i < n; i++) {
        const pf_cell *saved = cell_at(c->book, cells[i].p);
        if (saved && saved->unsaved)
            continue; /* nothing saved to compare: a file generated, never opened in Calc */
        saved_results++;
        if (!agrees(saved, cells[i].want)) {
            char was[96], now[96];
            describe(saved, was, sizeof was);
            if (cells[i].want.kind == SHOWN_NUMBER)
                snprintf(now, sizeof now, "%.15g", cells[i].want.number);
            else
                snprintf(now, sizeof now, "\"%.*s\"", quoted_length(cells[i].want.text),
                         cells[i].want.text);
            uint32_t col = cells[i].p.col; /* within PF_MAX_COLS: at most two letters */
            char letters[3] = {0};
            if (col >= 26)
                letters[0] = (char)('A' + col / 26 - 1), letters[1] = (char)('A' + col % 26);
            else
                letters[0] = (char)('A' + col);
            add_problem(c->a, STALE ": %s!%s%u holds %s, recomputed %s",
                        c->book->sheets[cells[i].p.sheet], letters, cells[i].p.row + 1, was, now);
            c->a->saved = PF_SAVED_STALE;
            return;
        }
    }
    c->a->saved = saved_results ? PF_SAVED_CURRENT : PF_SAVED_NOT_CHECKED;
}

/* ---- the account --------------------------------------------------------------------------- */

pf_found pf_map_read(const pf_book *book, double today, pf_account *a, char *reason,
                     size_t reason_size)
{
    map_cells m;
    pf_found found = find_map(book, &m, reason, reason_size);
    if (found != PF_FOUND_MAP)
        return found;
    memset(a, 0, sizeof *a);
    computation c = {.book = book, .at = &m, .a = a};
    a->read = 1;
    a->layout = m.layout;
    a->account = header_text(&c, m.account);
    a->lead = header_text(&c, m.lead);
    a->sponsor = header_text(&c, m.sponsor);
    a->review_reason = header_text(&c, m.reason);
    a->contract_value = header_number(&c, m.contract, "the annual contract value", 0);
    a->renewal_date = header_number(&c, m.renewal, "the renewal date", 1);
    a->last_review = header_number(&c, m.review, "the review date", 1);

    int error = 0;
    sg_value t[3];
    for (uint32_t i = 0; i < 3; i++)
        t[i] = in_range(&c, below(m.thresholds, i), &error);
    sg_value thresholds = sg_range(t, 3, 1);
    a->thresholds_text = thresholds_text(&c, m.thresholds);
    const char *threshold_problem = "";
    sg_thresholds_check(&thresholds, &threshold_problem);
    if (error)
        threshold_problem = "A threshold holds an error value: retype it";
    sg_thresholds read;
    if (!threshold_problem[0] && sg_thresholds_read(&thresholds, &read) == SG_OK) {
        memcpy(a->thresholds, read.t, sizeof read.t);
        a->thresholds_valid = 1;
    } else {
        add_problem(a, "thresholds: %s", threshold_problem);
    }

    results r;
    memset(&r, 0, sizeof r);
    realities(&c, &thresholds, threshold_problem, &r);
    rollup(&c, &thresholds, threshold_problem, &r);
    value_and_review(&c, today, &r);
    r.account_band = text_shown(a->account_band);
    r.focus = text_shown(a->act_first_on);
    r.to_fix = text_shown(c.to_fix);

    if ((m.layout == PF_LAYOUT_1_0_0 && a->problems) || c.input_error) {
        /* Calc saved error values where the program says why: nothing to compare */
        a->saved = PF_SAVED_NOT_CHECKED;
    } else {
        check_saved(&c, &r);
    }
    int failed = c.utf16.failed || !a->account || !a->lead || !a->sponsor || !a->review_reason ||
                 !a->account_band || !a->act_first_on || !a->thresholds_text;
    for (int i = 0; i < PF_REALITIES; i++)
        failed |= !a->bands[i];
    texts_free(&c.utf16);
    if (failed) {
        pf_account_free(a);
        snprintf(reason, reason_size, "out of memory");
        return PF_FOUND_NONE;
    }
    if (!a->problems && !(a->problems = copy(""))) {
        pf_account_free(a);
        snprintf(reason, reason_size, "out of memory");
        return PF_FOUND_NONE;
    }
    return PF_FOUND_MAP;
}
