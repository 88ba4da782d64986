/* pf_book.h — what a reader needs of a spreadsheet: its sheets' cells (value and saved result) and
 * its named ranges, as read from ODF content by pf_read. Only cells within PF_MAX_ROWS x
 * PF_MAX_COLS of each sheet are kept: a map lies well within them. */
#ifndef PF_BOOK_H
#define PF_BOOK_H

#include <stddef.h>
#include <stdint.h>

#define PF_MAX_ROWS 4096   /* the template's History ends at row 2003 */
#define PF_MAX_COLS 64
#define PF_MAX_CELLS 400000
#define PF_MAX_SHEETS 256
#define PF_MAX_NAMES 1024
#define PF_MAX_TEXT 4096   /* bytes kept of one cell's text */
#define PF_MAX_TEXT_BYTES (16u << 20) /* bytes of text kept over all cells */

typedef enum pf_kind { PF_EMPTY = 0, PF_NUMBER, PF_TEXT, PF_ERROR } pf_kind;

typedef struct pf_cell {
    uint32_t sheet, row, col;  /* 0-based */
    pf_kind kind;
    int formula;               /* the cell holds a formula: its value is a saved result */
    int unsaved;               /* a formula saved without any result (a generated file) */
    double number;             /* PF_NUMBER (dates as Calc serial days, booleans 1/0) */
    char *text;                /* PF_TEXT and PF_ERROR: UTF-8, never NULL for those kinds */
} pf_cell;

typedef struct pf_name {
    char *name;
    uint32_t sheet, row1, col1, row2, col2;
} pf_name;

typedef struct pf_book {
    pf_cell *cells;            /* in document order: sorted by sheet, row, column */
    size_t count, capacity;
    char **sheets;
    size_t sheet_count;
    pf_name *names;
    size_t name_count;
} pf_book;

void pf_book_free(pf_book *book);

/* The cell at a position, or NULL when it is empty. */
const pf_cell *pf_book_cell(const pf_book *book, uint32_t sheet, uint32_t row, uint32_t col);

/* The sheet index of a name, or -1. */
long pf_book_sheet(const pf_book *book, const char *name);

/* The named range called name (case-insensitive, as Calc treats names), or NULL. */
const pf_name *pf_book_name(const pf_book *book, const char *name);

/* Parses a range address as ODF writes it ("$Map.$K$14:.$K$16", "$'Customer view'.A1") into
 * the sheet name (malloc'd, written to *sheet) and 0-based corners. Returns 0, or -1 when it is
 * not a cell or range address on one sheet. */
int pf_parse_range(const char *address, char **sheet, uint32_t *row1, uint32_t *col1,
                   uint32_t *row2, uint32_t *col2);

/* The cell's text for reading a label: the text, or "" for any other kind (never NULL). */
const char *pf_cell_text(const pf_cell *cell);

#endif
