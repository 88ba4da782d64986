/* pf_book.c — the cells and names of a spreadsheet read by pf_read. */
#include "pf_book.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void pf_book_free(pf_book *book)
{
    for (size_t i = 0; i < book->count; i++)
        free(book->cells[i].text);
    free(book->cells);
    for (size_t i = 0; i < book->sheet_count; i++)
        free(book->sheets[i]);
    free(book->sheets);
    for (size_t i = 0; i < book->name_count; i++)
        free(book->names[i].name);
    free(book->names);
    memset(book, 0, sizeof *book);
}

/* Orders positions as the document stores them: sheet, then row, then column. */
static int position_cmp(uint32_t s, uint32_t r, uint32_t c, const pf_cell *cell)
{
    if (s != cell->sheet)
        return s < cell->sheet ? -1 : 1;
    if (r != cell->row)
        return r < cell->row ? -1 : 1;
    if (c != cell->col)
        return c < cell->col ? -1 : 1;
    return 0;
}

const pf_cell *pf_book_cell(const pf_book *book, uint32_t sheet, uint32_t row, uint32_t col)
{
    size_t lo = 0, hi = book->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = position_cmp(sheet, row, col, &book->cells[mid]);
        if (c == 0)
            return book->cells[mid].kind == PF_EMPTY ? NULL : &book->cells[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

long pf_book_sheet(const pf_book *book, const char *name)
{
    for (size_t i = 0; i < book->sheet_count; i++)
        if (strcmp(book->sheets[i], name) == 0)
            return (long)i;
    return -1;
}

/* ASCII case-insensitive equality: Calc's names are ASCII letters, digits and underscores. */
static int same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

const pf_name *pf_book_name(const pf_book *book, const char *name)
{
    for (size_t i = 0; i < book->name_count; i++)
        if (same_name(book->names[i].name, name))
            return &book->names[i];
    return NULL;
}

const char *pf_cell_text(const pf_cell *cell)
{
    return cell && (cell->kind == PF_TEXT || cell->kind == PF_ERROR) ? cell->text : "";
}

/* Reads "$Sheet." or "$'It''s'." at *p into a malloc'd name; NULL when absent or malformed. */
static char *parse_sheet(const char **p)
{
    const char *s = *p;
    if (*s == '$')
        s++;
    char *out = malloc(strlen(s) + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    if (*s == '\'') {
        for (s++;; s++) {
            if (*s == '\0') {
                free(out);
                return NULL;
            }
            if (*s == '\'') {
                if (s[1] != '\'')
                    break;
                s++;
            }
            out[n++] = *s;
        }
        s++;
    } else {
        while (*s && *s != '.')
            out[n++] = *s++;
    }
    out[n] = '\0';
    if (*s != '.' || n == 0) {
        free(out);
        return NULL;
    }
    *p = s + 1;
    return out;
}

/* Reads "$K$14" at *p into 0-based row and column; -1 when malformed or beyond Calc's limits. */
static int parse_cell(const char **p, uint32_t *row, uint32_t *col)
{
    const char *s = *p;
    uint32_t c = 0, r = 0;
    if (*s == '$')
        s++;
    if (!isalpha((unsigned char)*s))
        return -1;
    for (; isalpha((unsigned char)*s); s++) {
        c = c * 26 + (uint32_t)(toupper((unsigned char)*s) - 'A' + 1);
        if (c > 16384)
            return -1;
    }
    if (*s == '$')
        s++;
    if (!isdigit((unsigned char)*s))
        return -1;
    for (; isdigit((unsigned char)*s); s++) {
        r = r * 10 + (uint32_t)(*s - '0');
        if (r > 1048576)
            return -1;
    }
    if (r == 0)
        return -1;
    *row = r - 1;
    *col = c - 1;
    *p = s;
    return 0;
}

int pf_parse_range(const char *address, char **sheet, uint32_t *row1, uint32_t *col1,
                   uint32_t *row2, uint32_t *col2)
{
    const char *p = address;
    char *name = parse_sheet(&p);
    if (!name)
        return -1;
    if (parse_cell(&p, row1, col1) != 0)
        goto bad;
    *row2 = *row1;
    *col2 = *col1;
    if (*p == ':') {
        p++;
        if (*p != '.') { /* "$Map.$A$1:$Map.$B$2": the second sheet must be the first */
            char *second = parse_sheet(&p);
            int same = second && strcmp(second, name) == 0;
            free(second);
            if (!same)
                goto bad;
        } else {
            p++;
        }
        if (parse_cell(&p, row2, col2) != 0 || *row2 < *row1 || *col2 < *col1)
            goto bad;
    }
    if (*p != '\0')
        goto bad;
    *sheet = name;
    return 0;
bad:
    free(name);
    return -1;
}
