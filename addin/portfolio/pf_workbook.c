/* pf_workbook.c — the portfolio as an ODF spreadsheet package (.ods), written directly.
 *
 * Values and hyperlinks only: no cell holds a formula, so the workbook reads the same where the
 * extension is missing and never shows an error value. The static parts (styles.xml, the 90-day
 * pilot sheet, the sheet and reality names, each band's style and colour) come from the template's
 * Python sources through the generated pf_parts.h (addin/template/portfolio_parts.py), so one
 * source defines the look. This file writes what depends on the accounts: the Portfolio sheet with
 * its totals and chart, the Not read sheet, the view settings, and the package. Its automatic
 * styles are named pfco*, pfro*, pfta*, never clashing with the generated co*, ro*, ta*.
 *
 * Every XML part is built in memory first (a failed allocation is remembered by the buffer and
 * checked once), then the package is written to path.tmp and renamed over path. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath (glibc declares it for X/Open, not plain POSIX) */
#endif

#include "pf_workbook.h"

#include "pf_format.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "pf_parts.h"

_Static_assert(PF_PARTS_REALITIES == PF_REALITIES, "the template and the reader count alike");

/* --- the Portfolio sheet's layout (rows are 1-based, as Calc shows them) ---------------------- */

#define ROW_HEADER 3          /* title, date line, header: frozen and printed on every page */
#define FIRST_ACCOUNT_ROW 4
#define HEADER_ROW_CM 0.9     /* two lines of 9 pt bold: "Next review" / "due" */
#define LABEL_SPAN 2          /* a summary label covers A:B, its value is in C */
#define NOTE_SPAN 3           /* a summary note covers D:F, left of the chart */
#define SECTION_SPAN 4        /* a section title covers A:D */
#define SUMMARY_ROWS 6        /* the section title, four totals and an empty row */
#define GROUP_HEADER_ROWS 1
#define THRESHOLDS 3
#define CHART_COLUMN 6        /* G: the chart stands right of the summary's notes */
#define CHART_OFFSET_CM 0.3   /* a gap between the notes and the chart */
#define CHART_WIDTH_CM 12.0
#define CHART_HEIGHT_CM 8.0
#define ROW_CM 0.45           /* Calc's row height at 9 pt: how many rows the chart covers */
#define NOT_READ_HEADER 3     /* the Not read sheet's title, note and header */

/* Column indexes of the Portfolio sheet; the five realities follow COL_SCORED. */
enum {
    COL_ACCOUNT, COL_LEAD, COL_SPONSOR, COL_CONTRACT, COL_RENEWAL, COL_LAST_REVIEW, COL_NEXT_REVIEW,
    COL_OVERDUE, COL_BAND, COL_SCORED, COL_FIRST_REALITY,
    COL_ACT_FIRST = COL_FIRST_REALITY + PF_REALITIES, COL_UNTRUSTED, COL_VALUE_AT_RISK, COL_BIAS,
    COL_SAVED, COL_PROBLEMS, COLUMNS
};

typedef struct column {
    const char *header; /* NULL: a reality, named by pf_reality_names */
    double width_cm;
} column;

/* Widths fit each column's longest usual content at 9 pt (a date, "Opportunity", a money sum). */
static const column portfolio_columns[COLUMNS] = {
    {"Account", 3.4}, {"Lead", 2.3}, {"Sponsor", 2.3}, {"Contract value", 2.1}, {"Renewal", 1.85},
    {"Last review", 1.85}, {"Next review due", 1.85}, {"Overdue", 1.55}, {"Account band", 3.0},
    {"Scored", 1.3}, {NULL, 1.95}, {NULL, 1.95}, {NULL, 1.95}, {NULL, 1.95}, {NULL, 1.95},
    {"Act first on", 2.0}, {"Untrusted", 1.6}, {"Value at risk", 2.1}, {"Bias", 1.4},
    {"Saved results", 1.7}, {"Problems", 5.5},
};

static const column not_read_columns[] = {{"File", 9.0}, {"Why it was not read", 17.0}};
#define NOT_READ_COLUMNS (sizeof not_read_columns / sizeof not_read_columns[0])

static const char *const threshold_labels[THRESHOLDS] = {"Aligned up to", "Watch up to",
                                                         "Material up to"};

static const char title[] = "Portfolio — Relationship Reality Maps";
static const char bias_note[] = "Mean signed gap, org − customer, over every scored reality: "
                                "positive means we rate ourselves higher than our customers do.";

/* Where the Portfolio sheet's parts go, from the number of accounts. */
typedef struct layout {
    size_t read, not_read;  /* accounts read; files that failed (as pf_totals counts them) */
    size_t skipped;         /* files not read on purpose (lock files, portfolios): no failure */
    size_t total;           /* the Total row under the accounts, sums under their columns */
    size_t summary;         /* the "Summary" section row, which anchors the chart */
    size_t group_header;    /* the band groups' header; the groups follow */
    size_t thresholds;      /* the thresholds' section row; the three values follow */
    size_t last;            /* the last printed row */
} layout;

/* --- a growing text buffer -------------------------------------------------------------------- */

#define BUF_FIRST 4096

typedef struct buf {
    char *data;
    size_t len, cap;
    int failed; /* an allocation failed: the text is incomplete and must not be used */
} buf;

/* Room for n more bytes; a failure is remembered, so that callers check once, at the end. */
static int buf_reserve(buf *b, size_t n)
{
    if (b->failed)
        return 0;
    if (n <= b->cap - b->len)
        return 1;
    size_t cap = b->cap ? b->cap : BUF_FIRST;
    while (cap - b->len < n) {
        if (cap > SIZE_MAX / 2) {
            b->failed = 1;
            return 0;
        }
        cap *= 2;
    }
    char *data = realloc(b->data, cap);
    if (data == NULL) {
        b->failed = 1;
        return 0;
    }
    b->data = data;
    b->cap = cap;
    return 1;
}

/* Appends n bytes as they are (markup, or text already escaped). */
static void buf_add(buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n)) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    }
}

/* Appends markup. */
static void buf_puts(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

/* Appends a generated part, held as literals short enough for any C11 compiler. */
static void buf_parts(buf *b, const char *const *parts)
{
    for (; *parts != NULL; ++parts)
        buf_puts(b, *parts);
}

/* Appends formatted markup; arguments that hold text from a workbook go through buf_xml instead. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        b->failed = 1;
    else if (buf_reserve(b, (size_t)n + 1)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
}

/* Frees a part once the package is written (or given up). */
static void buf_free(buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* --- XML text --------------------------------------------------------------------------------- */

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD, for bytes that are not UTF-8 */

/* Decodes one UTF-8 character at s (n bytes left); returns the bytes it takes, with *cp 0xFFFD
 * for a malformed, overlong or surrogate sequence (then one byte is taken). Texts come from files
 * and file names, which need not be UTF-8, and a package must be. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000}; /* below: overlong */
    size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
               : s[0] >= 0xE0 && s[0] <= 0xEF ? 3 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
    *cp = 0xFFFD;
    if (len == 0 || len > n)
        return 1;
    uint32_t c = len == 1 ? s[0] : s[0] & (0x7Fu >> len);
    for (size_t i = 1; i < len; ++i) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        c = c << 6 | (s[i] & 0x3Fu);
    }
    if (c < least[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 1;
    *cp = c;
    return len;
}

/* Whether XML 1.0 allows the character at all (no control characters but tab and line ends). */
static int xml_allowed(uint32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Appends text escaped for an attribute or an element, dropping what XML cannot hold. With
 * paragraphs, each line becomes its own text:p (the caller has opened the first one), since
 * a line end inside text:p is mere white space to Calc. */
static void buf_xml_text(buf *b, const char *text, int paragraphs)
{
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    size_t n = strlen((const char *)s);
    while (n > 0) {
        uint32_t c;
        size_t len = utf8_decode(s, n, &c);
        if (c == 0xFFFD && len == 1)
            buf_puts(b, REPLACEMENT); /* not UTF-8 (U+FFFD itself takes three bytes) */
        else if (paragraphs && c == '\n')
            buf_puts(b, "</text:p><text:p>");
        else if (paragraphs && c == '\r')
            ; /* the \n of a \r\n ends the line */
        else if (!xml_allowed(c))
            ; /* a control character: nothing to show */
        else if (c == '&')
            buf_puts(b, "&amp;");
        else if (c == '<')
            buf_puts(b, "&lt;");
        else if (c == '>')
            buf_puts(b, "&gt;");
        else if (c == '"')
            buf_puts(b, "&quot;");
        else if (c == '\'')
            buf_puts(b, "&apos;");
        else
            buf_add(b, (const char *)s, len);
        s += len;
        n -= len;
    }
}

/* Appends text for an attribute value. */
static void buf_xml(buf *b, const char *text)
{
    buf_xml_text(b, text, 0);
}

/* --- numbers and dates ------------------------------------------------------------------------ */

#define NUMBER_CHARS 32
#define ROUND_TRIP_DIGITS 17 /* a double needs at most 17 significant digits to read back */
#define SHORT_DIGITS 15      /* enough for every value a map holds; tried first, as it reads well */

/* A finite double in the shortest of 15-17 digits that reads back exactly, with a '.' whatever the
 * locale (%g never groups digits, so a ',' can only be the decimal point). */
static void format_number(char out[NUMBER_CHARS], double v)
{
    for (int digits = SHORT_DIGITS; digits <= ROUND_TRIP_DIGITS; ++digits) {
        snprintf(out, NUMBER_CHARS, "%.*g", digits, v);
        if (strtod(out, NULL) == v)
            break;
    }
    for (char *c = out; *c != '\0'; ++c)
        if (*c == ',')
            *c = '.';
}

typedef struct cm_text {
    char s[32]; /* room for any long, the point, two digits and "cm" */
} cm_text;

/* A length as ODF writes it, "3.40cm": printf's %f would write the locale's decimal point. */
static cm_text cm(double v)
{
    cm_text t;
    long hundredths = lround(v * 100);
    snprintf(t.s, sizeof t.s, "%ld.%02ldcm", hundredths / 100, hundredths % 100);
    return t;
}

/* --- cells ------------------------------------------------------------------------------------ */

/* Opens a cell with its style (NULL: the column's default); the caller adds attributes and '>'. */
static void cell_open(buf *b, const char *style)
{
    buf_puts(b, "<table:table-cell");
    if (style != NULL) {
        buf_puts(b, " table:style-name=\"");
        buf_xml(b, style);
        buf_puts(b, "\"");
    }
}

/* An empty cell that still shows its style: borders keep the table readable. */
static void cell_empty(buf *b, const char *style)
{
    cell_open(b, style);
    buf_puts(b, "/>");
}

/* n empty unstyled cells. */
static void cells_skip(buf *b, size_t n)
{
    if (n == 1)
        buf_puts(b, "<table:table-cell/>");
    else if (n > 1)
        buf_printf(b, "<table:table-cell table:number-columns-repeated=\"%zu\"/>", n);
}

/* A text cell spanning span columns (the covered ones written after it); no text: empty. */
static void cell_text_span(buf *b, const char *style, const char *text, size_t span)
{
    cell_open(b, style);
    if (span > 1)
        buf_printf(b, " table:number-columns-spanned=\"%zu\" table:number-rows-spanned=\"1\"",
                   span);
    if (text == NULL || text[0] == '\0')
        buf_puts(b, "/>");
    else {
        buf_puts(b, " office:value-type=\"string\" calcext:value-type=\"string\"><text:p>");
        buf_xml_text(b, text, 1);
        buf_puts(b, "</text:p></table:table-cell>");
    }
    for (size_t i = 1; i < span; ++i)
        buf_puts(b, "<table:covered-table-cell/>");
}

/* A text cell in one column: most cells of the sheet. */
static void cell_text(buf *b, const char *style, const char *text)
{
    cell_text_span(b, style, text, 1);
}

/* A number cell of the given ODF value type ("float", "percentage"); not finite: an empty cell,
 * since a blank must never read as 0 and XML cannot hold NaN. */
static void cell_value(buf *b, const char *style, const char *type, double v)
{
    char text[NUMBER_CHARS];
    if (!isfinite(v)) {
        cell_empty(b, style);
        return;
    }
    format_number(text, v);
    cell_open(b, style);
    buf_printf(b, " office:value-type=\"%s\" office:value=\"%s\" calcext:value-type=\"%s\">"
                  "<text:p>%s</text:p></table:table-cell>", type, text, type, text);
}

/* A number cell: counts and sums that are never blank. */
static void cell_float(buf *b, const char *style, double v)
{
    cell_value(b, style, "float", v);
}

/* A number that may be blank: blank is an empty cell, never 0. */
static void cell_number(buf *b, const char *style, pf_number n)
{
    if (n.present)
        cell_float(b, style, n.value);
    else
        cell_empty(b, style);
}

/* A date value, shown by the style's date format; a serial outside years 1-9999 stays a number. */
static void cell_date(buf *b, const char *style, pf_number n)
{
    long y;
    unsigned m, d;
    if (!n.present || !pf_civil_date(n.value, &y, &m, &d)) {
        cell_number(b, style, n);
        return;
    }
    cell_open(b, style);
    buf_printf(b, " office:value-type=\"date\" office:date-value=\"%04ld-%02u-%02u\" "
                  "calcext:value-type=\"date\"><text:p>%04ld-%02u-%02u</text:p></table:table-cell>",
               y, m, d, y, m, d);
}

/* A text cell whose text links to href (NULL: no link, the text alone). */
static void cell_link(buf *b, const char *style, const char *href, const char *text)
{
    if (href == NULL) {
        cell_text(b, style, text);
        return;
    }
    cell_open(b, style);
    buf_puts(b, " office:value-type=\"string\" calcext:value-type=\"string\"><text:p><text:a "
                "xlink:href=\"");
    buf_xml(b, href);
    buf_puts(b, "\" xlink:type=\"simple\">");
    buf_xml_text(b, text, 0);
    buf_puts(b, "</text:a></text:p></table:table-cell>");
}

/* --- bands ------------------------------------------------------------------------------------ */

/* The template's look of a band text, by its first word as the map's conditional formats test it
 * ("Watch and Untrusted" looks like Watch); NULL when it is no band. */
static const pf_band_look *band_look(const char *text)
{
    for (size_t i = 0; text != NULL && i < PF_BAND_LOOKS; ++i)
        if (strncmp(text, pf_band_looks[i].band, strlen(pf_band_looks[i].band)) == 0)
            return &pf_band_looks[i];
    return NULL;
}

/* "Fix Commercial", "Fix the thresholds", "Fix inputs": an account whose inputs must be fixed. */
static int is_fix(const char *text)
{
    return text != NULL && strncmp(text, "Fix ", strlen("Fix ")) == 0;
}

/* The cell style of a band, a "Fix ..." or anything else (no band yet: plain text). */
static const char *band_style(const char *text)
{
    const pf_band_look *look = band_look(text);
    return look ? look->style : is_fix(text) ? PF_FIX_STYLE
         : text != NULL && text[0] != '\0' ? PF_UNSCORED_STYLE : "SG Text";
}

/* The chart bar's colour of a band group. */
static const char *group_colour(const char *group)
{
    const pf_band_look *look = band_look(group);
    return look ? look->colour : is_fix(group) ? PF_FIX_COLOUR : PF_UNSCORED_COLOUR;
}

/* --- paths and hyperlinks --------------------------------------------------------------------- */

/* Appends the component s[0..n) to an absolute path, resolving "." and ".." by name. */
static void path_push(char *out, size_t *len, const char *s, size_t n)
{
    if (n == 0 || (n == 1 && s[0] == '.'))
        return;
    if (n == 2 && s[0] == '.' && s[1] == '.') {
        while (*len > 0 && out[*len - 1] != '/')
            --*len;
        if (*len > 0)
            --*len; /* the '/' before the dropped component */
        out[*len] = '\0';
        return;
    }
    out[(*len)++] = '/';
    memcpy(out + *len, s, n);
    *len += n;
    out[*len] = '\0';
}

/* dir/path (or path, when absolute) with "." and ".." resolved by name: the absolute form of a file
 * that realpath cannot resolve (a file not read may be gone by now). NULL: no memory. */
static char *path_join_normal(const char *dir, const char *path)
{
    size_t cap = strlen(dir) + strlen(path) + 2;
    char *out = malloc(cap), *in = malloc(cap);
    if (out == NULL || in == NULL) {
        free(out);
        free(in);
        return NULL;
    }
    snprintf(in, cap, "%s/%s", path[0] == '/' ? "" : dir, path);
    size_t len = 0;
    out[0] = '\0';
    for (const char *s = in; *s != '\0';) {
        size_t n = strcspn(s, "/");
        path_push(out, &len, s, n);
        s += n + (s[n] == '/');
    }
    free(in);
    if (len == 0)
        strcpy(out, "/");
    return out;
}

/* The absolute, resolved path of a file: realpath, else joined to the current folder by name.
 * NULL when even the current folder is unknown (errno says why: ENOMEM means no memory). */
static char *absolute_path(const char *path)
{
    char *real = realpath(path, NULL);
    if (real != NULL || errno == ENOMEM)
        return real;
    char *cwd = realpath(".", NULL);
    if (cwd == NULL)
        return NULL;
    char *out = path_join_normal(cwd, path);
    free(cwd);
    if (out == NULL)
        errno = ENOMEM;
    return out;
}

/* The length of the leading components that two absolute paths share, up to a '/' or the end. */
static size_t common_prefix(const char *a, const char *b)
{
    size_t common = 0, i = 0;
    for (; a[i] != '\0' && a[i] == b[i]; ++i)
        if (a[i] == '/')
            common = i;
    if ((a[i] == '\0' || a[i] == '/') && (b[i] == '\0' || b[i] == '/'))
        common = i; /* the last component is shared whole */
    return common;
}

/* Whether a byte may stand as it is in a URI path: RFC 3986 unreserved characters and '/'. */
static int uri_plain(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_' || c == '~' || c == '/';
}

/* Appends path percent-encoded: spaces, '#', '%', '?', non-ASCII bytes and the rest. */
static void buf_uri(buf *b, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *s = (const unsigned char *)path; *s != '\0'; ++s) {
        if (uri_plain(*s))
            buf_add(b, (const char *)s, 1);
        else {
            char esc[3] = {'%', hex[*s >> 4], hex[*s & 0xF]};
            buf_add(b, esc, sizeof esc);
        }
    }
}

/* The href from the package at base (a resolved folder) to file. A relative href resolves against
 * the package itself, as if it were a folder, so "../" first leaves it: a sibling "acme.ods" is
 * "../acme.ods". Returns 1 with *href set (malloc'd), 0 when the file has no absolute path (no
 * link then), -1 when memory ran out. */
static int href_of(const char *file, const char *base, char **href)
{
    *href = NULL;
    char *target = absolute_path(file);
    if (target == NULL)
        return errno == ENOMEM ? -1 : 0;
    size_t common = common_prefix(base, target);
    buf b = {0};
    buf_puts(&b, "../");
    for (const char *s = base + common; *s != '\0'; ++s)
        if (*s == '/' && s[1] != '\0')
            buf_puts(&b, "../"); /* each folder of base below the shared part ("/" has none) */
    buf_uri(&b, target + common + (target[common] == '/'));
    buf_add(&b, "", 1);
    free(target);
    if (b.failed) {
        buf_free(&b);
        return -1;
    }
    *href = b.data;
    return 1;
}

/* A link cell to an account's file, its text the account's name or, when unknown, the file's. */
static void cell_file_link(buf *b, const char *style, const char *file, const char *text,
                           const char *base)
{
    char *href = NULL;
    if (file != NULL && file[0] != '\0' && href_of(file, base, &href) < 0) {
        b->failed = 1;
        return;
    }
    cell_link(b, style, href, text != NULL && text[0] != '\0' ? text : file);
    free(href);
}

/* --- the Portfolio sheet ---------------------------------------------------------------------- */

/* A column's letters: 0 -> A, 25 -> Z, 26 -> AA. */
static void column_letters(size_t index, char out[4])
{
    char tmp[4];
    size_t n = 0;
    for (++index; index > 0 && n < sizeof tmp - 1; index = (index - 1) / 26)
        tmp[n++] = (char)('A' + (index - 1) % 26);
    for (size_t i = 0; i < n; ++i)
        out[i] = tmp[n - 1 - i];
    out[n] = '\0';
}

/* Counts the accounts of each kind and places the totals, groups and thresholds below them. */
static layout layout_of(const pf_portfolio *p)
{
    layout L = {0};
    for (size_t i = 0; i < p->count; ++i) {
        const pf_account *a = &p->accounts[i];
        if (a->read)
            ++L.read;
        else if (a->skipped)
            ++L.skipped;
        else
            ++L.not_read;
    }
    L.total = FIRST_ACCOUNT_ROW + L.read + L.not_read;
    L.summary = L.total + 2; /* one empty row after the Total row */
    L.group_header = L.summary + SUMMARY_ROWS;
    L.thresholds = L.group_header + GROUP_HEADER_ROWS + PF_BAND_GROUPS + 1;
    size_t chart_rows = (size_t)ceil(CHART_HEIGHT_CM / ROW_CM);
    L.last = L.thresholds + THRESHOLDS;
    if (L.summary + chart_rows > L.last)
        L.last = L.summary + chart_rows;
    return L;
}

/* The column and table styles this file writes (the pilot's come generated). */
static void automatic_styles(buf *b)
{
    for (size_t i = 0; i < COLUMNS; ++i)
        buf_printf(b, "<style:style style:name=\"pfco%zu\" style:family=\"table-column\">"
                      "<style:table-column-properties fo:break-before=\"auto\" "
                      "style:column-width=\"%s\"/></style:style>", i + 1,
                   cm(portfolio_columns[i].width_cm).s);
    for (size_t i = 0; i < NOT_READ_COLUMNS; ++i)
        buf_printf(b, "<style:style style:name=\"pfco%zu\" style:family=\"table-column\">"
                      "<style:table-column-properties fo:break-before=\"auto\" "
                      "style:column-width=\"%s\"/></style:style>", COLUMNS + i + 1,
                   cm(not_read_columns[i].width_cm).s);
    buf_printf(b, "<style:style style:name=\"pfro1\" style:family=\"table-row\">"
                  "<style:table-row-properties style:row-height=\"%s\" "
                  "style:use-optimal-row-height=\"false\" fo:break-before=\"auto\"/></style:style>",
               cm(HEADER_ROW_CM).s);
    static const char *const masters[] = {PF_MASTER_PORTFOLIO, PF_MASTER_NOT_READ};
    for (size_t i = 0; i < sizeof masters / sizeof masters[0]; ++i)
        buf_printf(b, "<style:style style:name=\"pfta%zu\" style:family=\"table\" "
                      "style:master-page-name=\"%s\"><style:table-properties "
                      "table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>",
                   i + 1, masters[i]);
}

/* Opens a sheet: its name, table style, print range (A1 to last_column/last_row) and columns. */
static void table_open(buf *b, const char *name, const char *quoted, const char *table_style,
                       size_t columns, size_t first_column_style, size_t last_row)
{
    char last[4];
    column_letters(columns - 1, last);
    buf_puts(b, "<table:table table:name=\"");
    buf_xml(b, name);
    buf_printf(b, "\" table:style-name=\"%s\" table:print-ranges=\"$", table_style);
    buf_xml(b, quoted);
    buf_printf(b, ".$A$1:.$%s$%zu\">", last, last_row);
    for (size_t i = 0; i < columns; ++i)
        buf_printf(b, "<table:table-column table:style-name=\"pfco%zu\" "
                      "table:default-cell-style-name=\"Default\"/>", first_column_style + i);
}

/* The header row of a sheet's columns; NULL headers name the realities in order. */
static void header_row(buf *b, const column *columns, size_t n)
{
    size_t reality = 0;
    buf_puts(b, "<table:table-row table:style-name=\"pfro1\">");
    for (size_t i = 0; i < n; ++i) {
        const char *header = columns[i].header;
        cell_text(b, "SG Header", header ? header : pf_reality_names[reality++ % PF_REALITIES]);
    }
    buf_puts(b, "</table:table-row>");
}

/* Title, the date with how many files were read, and the header: the rows every page repeats. */
static void portfolio_head(buf *b, const pf_portfolio *p, const layout *L)
{
    char line[160];
    buf_puts(b, "<table:table-header-rows><table:table-row>");
    cell_text_span(b, "SG Title", title, COLUMNS);
    buf_puts(b, "</table:table-row><table:table-row>");
    cell_text(b, "SG Label", "As of");
    cell_date(b, "SG Record Date", (pf_number){1, p->today});
    char skipped[64] = "";
    if (L->skipped > 0)
        snprintf(skipped, sizeof skipped, ", %zu skipped (lock files, portfolios)", L->skipped);
    snprintf(line, sizeof line, "%zu map file%s read, %zu not read%s%s.", L->read,
             L->read == 1 ? "" : "s", L->not_read,
             L->not_read > 0 ? " (see the sheet " PF_SHEET_NOT_READ ")" : "", skipped);
    cell_text_span(b, "SG Note", line, COLUMNS - 2);
    buf_puts(b, "</table:table-row>");
    header_row(b, portfolio_columns, COLUMNS);
    buf_puts(b, "</table:table-header-rows>");
}

/* The cells of an account read, after its name. */
static void read_cells(buf *b, const pf_account *a)
{
    char scored[32];
    cell_text(b, "SG Text", a->lead);
    cell_text(b, "SG Text", a->sponsor);
    cell_number(b, "SG Computed Money", a->contract_value);
    cell_date(b, "SG Computed Date", a->renewal_date);
    cell_date(b, "SG Computed Date", a->last_review);
    cell_date(b, "SG Computed Date", a->next_review);
    if (a->overdue == 1)
        cell_text(b, "SG Problem", "Overdue");
    else
        cell_empty(b, "SG Text");
    cell_text(b, band_style(a->account_band), a->account_band);
    snprintf(scored, sizeof scored, "%d of %d", a->scored, PF_REALITIES);
    cell_text(b, "SG Count", scored);
    for (size_t i = 0; i < PF_REALITIES; ++i)
        cell_text(b, band_style(a->bands[i]), a->bands[i]);
    cell_text(b, "SG Computed Bold", a->act_first_on);
    cell_float(b, a->untrusted > 0 ? "SG Untrusted Count" : "SG Count", a->untrusted);
    cell_number(b, "SG Computed Money", a->value_at_risk);
    cell_number(b, "SG Bias", a->bias);
    cell_text(b, a->saved == PF_SAVED_STALE ? "SG Problem" : "SG Text", pf_saved_text(a->saved));
}

/* One account's row: a file not read shows its name, link and why, nothing else. */
static void account_row(buf *b, const pf_account *a, const char *base)
{
    buf_puts(b, "<table:table-row>");
    cell_file_link(b, "SG Reality", a->file, a->account, base);
    if (a->read)
        read_cells(b, a);
    else
        for (size_t i = COL_LEAD; i < COL_PROBLEMS; ++i)
            cell_empty(b, "SG Text");
    cell_text(b, a->problems && a->problems[0] ? "SG Problem" : "SG Text", a->problems);
    buf_puts(b, "</table:table-row>");
}

/* An empty row between the sheet's parts, so each reads as a block. */
static void empty_row(buf *b)
{
    buf_puts(b, "<table:table-row><table:table-cell/></table:table-row>");
}

/* A chart range on the Portfolio sheet: a column's letter, rows first..last (one cell if equal). */
static void chart_range(buf *b, char letter, size_t first, size_t last)
{
    buf_printf(b, PF_SHEET_PORTFOLIO ".$%c$%zu", letter, first);
    if (last != first)
        buf_printf(b, ":" PF_SHEET_PORTFOLIO ".$%c$%zu", letter, last);
}

/* The chart, anchored in the cell it is written in (it moves with the rows above it) and keeping
 * its size: without table:end-cell-address Calc does not stretch it with the cells it covers. */
static void chart_frame(buf *b, const layout *L)
{
    size_t first = L->group_header + GROUP_HEADER_ROWS, last = first + PF_BAND_GROUPS - 1;
    buf_printf(b, "<table:table-cell><draw:frame draw:z-index=\"0\" draw:name=\"Value at risk by "
                  "band\" svg:width=\"%s\" svg:height=\"%s\" svg:x=\"%s\" "
                  "svg:y=\"0cm\"><draw:object draw:notify-on-update-of-ranges=\"",
               cm(CHART_WIDTH_CM).s, cm(CHART_HEIGHT_CM).s, cm(CHART_OFFSET_CM).s);
    chart_range(b, 'A', first, last);
    buf_puts(b, " ");
    chart_range(b, 'C', L->group_header, last);
    buf_puts(b, "\" xlink:href=\"./Object 1\" xlink:type=\"simple\" xlink:show=\"embed\" "
                "xlink:actuate=\"onLoad\"/></draw:frame></table:table-cell>");
}

/* A summary row's label (A:B); the caller writes the value (C) and the note. */
static void total_label(buf *b, const char *label)
{
    buf_puts(b, "<table:table-row>");
    cell_text_span(b, "SG Label", label, LABEL_SPAN);
}

/* A summary row's note (D:F) and the row's end. */
static void total_note(buf *b, const char *style, const char *note)
{
    cell_text_span(b, style, note, NOTE_SPAN);
    buf_puts(b, "</table:table-row>");
}

/* The contract value of the accounts read, summed: the Total row's, beside their value at risk. */
static double contract_total(const pf_portfolio *p)
{
    double sum = 0;
    for (size_t i = 0; i < p->count; ++i)
        if (p->accounts[i].read && p->accounts[i].contract_value.present)
            sum += p->accounts[i].contract_value.value;
    return sum;
}

/* The Total row, right under the accounts: each sum in its own column, as a reader expects. */
static void total_row(buf *b, const pf_portfolio *p, const layout *L)
{
    const pf_totals *t = &p->totals;
    char scored[64];
    buf_puts(b, "<table:table-row>");
    cell_text(b, "SG Section", "Total");
    cells_skip(b, COL_CONTRACT - COL_ACCOUNT - 1);
    cell_float(b, "SG Computed Money", contract_total(p));
    cells_skip(b, COL_OVERDUE - COL_CONTRACT - 1);
    cell_float(b, "SG Count", (double)t->overdue);
    cells_skip(b, COL_SCORED - COL_OVERDUE - 1);
    snprintf(scored, sizeof scored, "%zu of %zu", t->scored, L->read * PF_REALITIES);
    cell_text(b, "SG Count", scored);
    cells_skip(b, COL_UNTRUSTED - COL_SCORED - 1);
    cell_float(b, t->untrusted > 0 ? "SG Untrusted Count" : "SG Count", (double)t->untrusted);
    cell_float(b, "SG Computed Money", t->value_at_risk);
    cell_number(b, "SG Bias", t->bias);
    buf_puts(b, "</table:table-row>");
    empty_row(b);
}

/* Value at risk, overdue reviews, the untrusted share and the bias, in words, by the chart. */
static void summary_rows(buf *b, const pf_portfolio *p, const layout *L)
{
    const pf_totals *t = &p->totals;
    char note[160];
    buf_puts(b, "<table:table-row>");
    cell_text_span(b, "SG Section", "Summary", SECTION_SPAN);
    cells_skip(b, CHART_COLUMN - SECTION_SPAN);
    chart_frame(b, L);
    buf_puts(b, "</table:table-row>");

    total_label(b, "Total value at risk");
    cell_float(b, "SG Computed Money", t->value_at_risk);
    total_note(b, "SG Note", "Sum over the accounts read: indicative, not a prediction.");

    total_label(b, "Overdue reviews");
    cell_float(b, "SG Count", (double)t->overdue);
    total_note(b, "SG Note", "Accounts whose next review was due before the date above.");

    total_label(b, "Untrusted share");
    if (t->scored > 0) {
        double share = (double)t->untrusted / (double)t->scored;
        cell_value(b, "SG Computed Percent", "percentage", share);
        snprintf(note, sizeof note, "%zu of %zu scored realities rest on C or unrated evidence.",
                 t->untrusted, t->scored);
    } else {
        cell_empty(b, "SG Computed Percent");
        snprintf(note, sizeof note, "No reality is scored yet.");
    }
    total_note(b, "SG Note", note);

    total_label(b, "Portfolio bias");
    cell_number(b, "SG Bias", t->bias);
    total_note(b, "SG Note", bias_note);
    empty_row(b);
}

/* Accounts and value at risk per band group: the chart's data. */
static void group_rows(buf *b, const pf_portfolio *p)
{
    buf_puts(b, "<table:table-row>");
    cell_text(b, "SG Header", "Account band");
    cell_text(b, "SG Header", "Accounts");
    cell_text(b, "SG Header", "Value at risk");
    buf_puts(b, "</table:table-row>");
    for (size_t i = 0; i < PF_BAND_GROUPS; ++i) {
        buf_puts(b, "<table:table-row>");
        cell_text(b, band_style(pf_band_groups[i]), pf_band_groups[i]);
        cell_float(b, "SG Count", (double)p->totals.per_band[i]);
        cell_float(b, "SG Computed Money", p->totals.value_at_risk_per_band[i]);
        buf_puts(b, "</table:table-row>");
    }
    empty_row(b);
}

/* The band thresholds the accounts were banded with. */
static void threshold_rows(buf *b, const pf_totals *t)
{
    buf_puts(b, "<table:table-row>");
    cell_text_span(b, "SG Section", "Band thresholds (gap size)", SECTION_SPAN);
    buf_puts(b, "</table:table-row>");
    for (size_t i = 0; i < THRESHOLDS; ++i) {
        int differ = i == 0 && !t->same_thresholds;
        total_label(b, threshold_labels[i]);
        cell_float(b, "SG Computed Tolerance", t->thresholds[i]);
        total_note(b, "SG Warning", differ ? "(not all accounts use the same thresholds)" : "");
    }
}

/* The Portfolio sheet: head, one row per account, the Total row, then the summary, band groups
 * with the chart, and the thresholds. */
static void portfolio_table(buf *b, const pf_portfolio *p, const layout *L, const char *base)
{
    table_open(b, PF_SHEET_PORTFOLIO, PF_SHEET_PORTFOLIO, "pfta1", COLUMNS, 1, L->last);
    portfolio_head(b, p, L);
    for (size_t i = 0; i < p->count; ++i) /* a skipped file is no account, and no failure */
        if (p->accounts[i].read || !p->accounts[i].skipped)
            account_row(b, &p->accounts[i], base);
    total_row(b, p, L);
    summary_rows(b, p, L);
    group_rows(b, p);
    threshold_rows(b, &p->totals);
    buf_puts(b, "</table:table>");
}

/* The files that could not be read, each linked, with the reason. */
static void not_read_table(buf *b, const pf_portfolio *p, const layout *L, const char *base)
{
    table_open(b, PF_SHEET_NOT_READ, "'" PF_SHEET_NOT_READ "'", "pfta2", NOT_READ_COLUMNS,
               COLUMNS + 1, NOT_READ_HEADER + L->not_read);
    buf_puts(b, "<table:table-header-rows><table:table-row>");
    cell_text_span(b, "SG Title", "Files not read", NOT_READ_COLUMNS);
    buf_puts(b, "</table:table-row><table:table-row>");
    cell_text_span(b, "SG Note", "These files were found but could not be read as Relationship "
                   "Reality Maps: their accounts are in no total.", NOT_READ_COLUMNS);
    buf_puts(b, "</table:table-row>");
    header_row(b, not_read_columns, NOT_READ_COLUMNS);
    buf_puts(b, "</table:table-header-rows>");
    for (size_t i = 0; i < p->count; ++i) {
        const pf_account *a = &p->accounts[i];
        if (a->read || a->skipped)
            continue;
        buf_puts(b, "<table:table-row>");
        cell_file_link(b, "SG Text", a->file, NULL, base);
        cell_text(b, "SG Problem", a->problems);
        buf_puts(b, "</table:table-row>");
    }
    buf_puts(b, "</table:table>");
}

/* --- the package's parts ---------------------------------------------------------------------- */

static const char xml_decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/* Opens an ODF root element with every namespace the parts use. */
static void root_open(buf *b, const char *root)
{
    buf_printf(b, "%s<office:%s ", xml_decl, root);
    buf_parts(b, pf_ns_decl);
    buf_puts(b, " office:version=\"1.3\">");
}

/* content.xml: the automatic styles, then the sheets in order and the name readers look for. */
static void content_xml(buf *b, const pf_portfolio *p, const layout *L, const char *base)
{
    root_open(b, "document-content");
    buf_puts(b, "<office:automatic-styles>");
    buf_parts(b, pf_pilot_automatic_styles);
    automatic_styles(b);
    buf_puts(b, "</office:automatic-styles><office:body><office:spreadsheet>");
    buf_parts(b, pf_pilot_validations);
    portfolio_table(b, p, L, base);
    buf_parts(b, pf_pilot_table);
    if (L->not_read > 0)
        not_read_table(b, p, L, base);
    buf_puts(b, "<table:named-expressions><table:named-range table:name=\"" PF_WORKBOOK_NAME "\" "
                "table:base-cell-address=\"$" PF_SHEET_PORTFOLIO ".$A$1\" "
                "table:cell-range-address=\"$" PF_SHEET_PORTFOLIO ".$A$1\"/>"
                "</table:named-expressions></office:spreadsheet></office:body>"
                "</office:document-content>");
}

/* One chart style: a bar's fill (data points), or text and lines (the rest). */
static void chart_style(buf *b, const char *name, const char *properties)
{
    buf_printf(b, "<style:style style:name=\"%s\" style:family=\"chart\">%s</style:style>", name,
               properties);
}

/* The chart's styles: text and axes, then one fill per bar in its band group's colour. */
static void chart_styles(buf *b)
{
    chart_style(b, "pfchChart", "<style:graphic-properties draw:stroke=\"none\"/>");
    chart_style(b, "pfchTitle",
                "<style:text-properties fo:font-size=\"12pt\" fo:font-weight=\"bold\"/>");
    chart_style(b, "pfchPlot", "<style:chart-properties chart:include-hidden-cells=\"false\"/>");
    chart_style(b, "pfchAxisX", "<style:chart-properties chart:display-label=\"true\"/>"
                                "<style:text-properties fo:font-size=\"8pt\"/>");
    chart_style(b, "pfchAxisY", "<style:chart-properties chart:display-label=\"true\" "
                                "chart:link-data-style-to-source=\"true\"/>"
                                "<style:text-properties fo:font-size=\"8pt\"/>");
    chart_style(b, "pfchSeries", "<style:chart-properties chart:data-label-number=\"value\" "
                                 "chart:link-data-style-to-source=\"true\"/>"
                                 "<style:graphic-properties draw:stroke=\"none\" "
                                 "draw:fill=\"solid\" draw:fill-color=\"#1f3864\"/>"
                                 "<style:text-properties fo:font-size=\"8pt\"/>");
    for (size_t i = 0; i < PF_BAND_GROUPS; ++i)
        buf_printf(b, "<style:style style:name=\"pfchBar%zu\" style:family=\"chart\">"
                      "<style:graphic-properties draw:stroke=\"solid\" "
                      "svg:stroke-color=\"#808080\" draw:fill=\"solid\" "
                      "draw:fill-color=\"%s\"/></style:style>",
                   i + 1, group_colour(pf_band_groups[i]));
}

/* The chart of value at risk per band group, each bar in its band's colour, over the group rows. */
static void chart_xml(buf *b, const layout *L)
{
    size_t first = L->group_header + GROUP_HEADER_ROWS, last = first + PF_BAND_GROUPS - 1;
    root_open(b, "document-content");
    buf_puts(b, "<office:automatic-styles>");
    chart_styles(b);
    buf_printf(b, "</office:automatic-styles><office:body><office:chart>"
                  "<chart:chart svg:width=\"%s\" svg:height=\"%s\" "
                  "chart:class=\"chart:bar\" chart:style-name=\"pfchChart\">",
               cm(CHART_WIDTH_CM).s, cm(CHART_HEIGHT_CM).s);
    buf_puts(b, "<chart:title chart:style-name=\"pfchTitle\"><text:p>Value at risk by account "
                "band</text:p></chart:title><chart:plot-area chart:style-name=\"pfchPlot\" "
                "chart:data-source-has-labels=\"none\"><chart:axis chart:dimension=\"x\" "
                "chart:name=\"primary-x\" chart:style-name=\"pfchAxisX\">"
                "<chart:categories table:cell-range-address=\"");
    chart_range(b, 'A', first, last);
    buf_puts(b, "\"/></chart:axis><chart:axis chart:dimension=\"y\" chart:name=\"primary-y\" "
                "chart:style-name=\"pfchAxisY\"><chart:grid chart:class=\"major\"/></chart:axis>"
                "<chart:series chart:style-name=\"pfchSeries\" chart:class=\"chart:bar\" "
                "chart:values-cell-range-address=\"");
    chart_range(b, 'C', first, last);
    buf_puts(b, "\" chart:label-cell-address=\"");
    chart_range(b, 'C', L->group_header, L->group_header);
    buf_puts(b, "\">");
    for (size_t i = 0; i < PF_BAND_GROUPS; ++i)
        buf_printf(b, "<chart:data-point chart:style-name=\"pfchBar%zu\"/>", i + 1);
    buf_puts(b, "</chart:series></chart:plot-area></chart:chart></office:chart></office:body>"
                "</office:document-content>");
}

/* meta.xml: the title and which program wrote the workbook. */
static void meta_xml(buf *b)
{
    root_open(b, "document-meta");
    buf_puts(b, "<office:meta><meta:generator>sensesgap portfolio</meta:generator><dc:title>");
    buf_xml(b, title);
    buf_puts(b, "</dc:title></office:meta></office:document-meta>");
}

/* One view setting of a sheet. */
static void config_item(buf *b, const char *name, const char *type, size_t value)
{
    buf_printf(b, "<config:config-item config:name=\"%s\" config:type=\"%s\">%zu"
                  "</config:config-item>", name, type, value);
}

/* The view: Portfolio opens first, its header rows and account names frozen in view. */
static void settings_xml(buf *b, const layout *L)
{
    const size_t cols = 1, rows = ROW_HEADER;
    root_open(b, "document-settings");
    buf_puts(b, "<office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
                "<config:config-item-map-indexed config:name=\"Views\">"
                "<config:config-item-map-entry><config:config-item config:name=\"ViewId\" "
                "config:type=\"string\">view1</config:config-item>"
                "<config:config-item-map-named config:name=\"Tables\">"
                "<config:config-item-map-entry config:name=\"" PF_SHEET_PORTFOLIO "\">");
    config_item(b, "HorizontalSplitMode", "short", 2);  /* 2: frozen */
    config_item(b, "VerticalSplitMode", "short", 2);
    config_item(b, "HorizontalSplitPosition", "int", cols);
    config_item(b, "VerticalSplitPosition", "int", rows);
    config_item(b, "ActiveSplitRange", "short", 2);     /* as the template writes it */
    config_item(b, "PositionLeft", "int", 0);
    config_item(b, "PositionRight", "int", cols);
    config_item(b, "PositionTop", "int", 0);
    config_item(b, "PositionBottom", "int", rows);
    config_item(b, "CursorPositionX", "int", cols);
    config_item(b, "CursorPositionY", "int", rows);
    buf_puts(b, "</config:config-item-map-entry><config:config-item-map-entry config:name=\""
                PF_SHEET_PILOT "\"/>");
    if (L->not_read > 0)
        buf_puts(b, "<config:config-item-map-entry config:name=\"" PF_SHEET_NOT_READ "\"/>");
    buf_puts(b, "</config:config-item-map-named><config:config-item config:name=\"ActiveTable\" "
                "config:type=\"string\">" PF_SHEET_PORTFOLIO "</config:config-item>"
                "</config:config-item-map-entry></config:config-item-map-indexed>"
                "</config:config-item-set></office:settings></office:document-settings>");
}

/* META-INF/manifest.xml: every part with its media type, the chart object as a folder. */
static void manifest_xml(buf *b)
{
    buf_printf(b, "%s<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                  "manifest:1.0\" manifest:version=\"1.3\">", xml_decl);
    buf_puts(b, "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
                "manifest:media-type=\"" PF_MIMETYPE "\"/>");
    static const char *const files[] = {"content.xml", "styles.xml", "meta.xml", "settings.xml",
                                        "Object 1/content.xml"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; ++i)
        buf_printf(b, "<manifest:file-entry manifest:full-path=\"%s\" "
                      "manifest:media-type=\"text/xml\"/>", files[i]);
    buf_puts(b, "<manifest:file-entry manifest:full-path=\"Object 1/\" manifest:version=\"1.3\" "
                "manifest:media-type=\"application/vnd.oasis.opendocument.chart\"/>"
                "</manifest:manifest>");
}

/* The package's files in the order written after the mimetype. */
enum { PART_CONTENT, PART_STYLES, PART_META, PART_SETTINGS, PART_MANIFEST, PART_CHART, PARTS };
static const char *const part_names[PARTS] = {"content.xml", "styles.xml", "meta.xml",
                                              "settings.xml", "META-INF/manifest.xml",
                                              "Object 1/content.xml"};

/* Builds every part in memory; 0, or -1 when memory ran out. */
static int build_parts(buf parts[PARTS], const pf_portfolio *p, const char *base)
{
    layout L = layout_of(p);
    content_xml(&parts[PART_CONTENT], p, &L, base);
    buf_parts(&parts[PART_STYLES], pf_styles_xml);
    meta_xml(&parts[PART_META]);
    settings_xml(&parts[PART_SETTINGS], &L);
    manifest_xml(&parts[PART_MANIFEST]);
    chart_xml(&parts[PART_CHART], &L);
    for (size_t i = 0; i < PARTS; ++i)
        if (parts[i].failed)
            return -1;
    return 0;
}

/* --- the package ------------------------------------------------------------------------------ */

/* The reason libzip gives, in the system's words when it is the system's error. */
static const char *zip_reason(zip_error_t *error)
{
    int sys = zip_error_code_system(error);
    return zip_error_system_type(error) == ZIP_ET_SYS && sys != 0 ? strerror(sys)
                                                                 : zip_error_strerror(error);
}

/* Adds one file from memory (owned by the caller until the archive is closed); -1 on failure. */
static zip_int64_t add_file(zip_t *za, const char *name, const char *data, size_t len)
{
    zip_source_t *src = zip_source_buffer(za, data, len, 0);
    if (src == NULL)
        return -1;
    zip_int64_t index = zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8);
    if (index < 0)
        zip_source_free(src);
    return index;
}

/* Writes the package at tmp: the mimetype first and stored, as ODF requires, so that a reader
 * recognises the file by its first bytes; then the parts, deflated. 0, or -1 with the reason. */
static int write_zip(const char *tmp, const buf parts[PARTS], char *reason, size_t len)
{
    int code = 0;
    zip_t *za = zip_open(tmp, ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (za == NULL) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        snprintf(reason, len, "%s", zip_reason(&error));
        zip_error_fini(&error);
        return -1;
    }
    zip_int64_t mime = add_file(za, "mimetype", PF_MIMETYPE, strlen(PF_MIMETYPE));
    int ok = mime >= 0 && zip_set_file_compression(za, (zip_uint64_t)mime, ZIP_CM_STORE, 0) == 0;
    for (size_t i = 0; ok && i < PARTS; ++i)
        ok = add_file(za, part_names[i], parts[i].data, parts[i].len) >= 0;
    if (ok && zip_close(za) == 0)
        return 0;
    snprintf(reason, len, "%s", zip_reason(zip_get_error(za)));
    zip_discard(za);
    return -1;
}

/* Writes the package to path.tmp and renames it over path: path is never half-written. */
static int write_package(const char *path, const buf parts[PARTS], char *err, size_t errlen)
{
    char reason[256];
    size_t n = strlen(path) + sizeof ".tmp";
    char *tmp = malloc(n);
    if (tmp == NULL) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(ENOMEM));
        return -1;
    }
    snprintf(tmp, n, "%s.tmp", path);
    int rc = write_zip(tmp, parts, reason, sizeof reason);
    if (rc == 0 && rename(tmp, path) != 0) {
        snprintf(reason, sizeof reason, "%s", strerror(errno));
        rc = -1;
    }
    if (rc != 0) {
        remove(tmp);
        snprintf(err, errlen, "cannot write %s: %s", path, reason);
    }
    free(tmp);
    return rc;
}

int pf_workbook_write(const char *path, const pf_portfolio *p, const char *href_base, char *err,
                      size_t errlen)
{
    char scratch[8];
    if (err == NULL || errlen == 0) {
        err = scratch; /* the caller wants no reason: still never write through NULL */
        errlen = sizeof scratch;
    }
    err[0] = '\0';
    if (path == NULL || path[0] == '\0' || p == NULL || (p->count > 0 && p->accounts == NULL)
        || href_base == NULL) {
        snprintf(err, errlen, "cannot write the portfolio: no file, portfolio or folder given");
        return -1;
    }
    char *base = realpath(href_base, NULL);
    if (base == NULL) {
        snprintf(err, errlen, "cannot write %s: cannot find the folder %s: %s", path, href_base,
                 strerror(errno));
        return -1;
    }
    buf parts[PARTS] = {{0}};
    int rc = build_parts(parts, p, base);
    if (rc != 0)
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(ENOMEM));
    else
        rc = write_package(path, parts, err, errlen);
    for (size_t i = 0; i < PARTS; ++i)
        buf_free(&parts[i]);
    free(base);
    return rc;
}
