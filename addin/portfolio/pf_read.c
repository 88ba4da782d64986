/* pf_read.c — ODF spreadsheet content into a pf_book: libzip for the package, expat for the XML. */
#include "pf_read.h"

#include "pf_format.h"

#include <errno.h>
#include <expat.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0\t"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0\t"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0\t"
#define NS_DRAW "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\t"
#define NS_CALCEXT "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\t"
#define CHUNK 65536
#define MAX_ROW_CELLS PF_MAX_COLS  /* cells of one row kept while its repetition is unknown */
#define MAX_SPACES 1024            /* text:s c="..." beyond this adds nothing a reader needs */

/* One cell of the row being read, before the row's repetition is known. */
typedef struct row_cell {
    uint32_t col;
    pf_kind kind;
    int formula, unsaved;
    double number;
    char *text;
} row_cell;

typedef struct reader {
    XML_Parser parser;
    pf_book *book;
    char *reason;
    size_t reason_size;
    int failed;
    unsigned depth;
    int table_depth;        /* tables open: only top-level ones are sheets */
    uint32_t sheet, row, col;
    uint64_t row_repeat;
    int in_row;
    unsigned row_depth;     /* the depth of the row open: a row inside it is not a row */
    size_t text_bytes;      /* bytes of cell text kept: capped, as a tiny zip can repeat a lot */
    row_cell row_cells[MAX_ROW_CELLS];
    size_t row_count;
    /* the cell being read */
    int in_cell;
    unsigned cell_depth;
    uint64_t col_repeat;
    pf_kind kind;
    int formula, is_string, text_from_attribute, paragraphs;
    double number;
    unsigned skip_depth;    /* inside an annotation or a drawing: its text is not the cell's */
    int in_paragraph;
    char text[PF_MAX_TEXT + 1];
    size_t text_length;
} reader;

/* Stops the parse with a reason, keeping the first one. */
static void fail(reader *r, const char *format, ...)
{
    if (r->failed)
        return;
    r->failed = 1;
    va_list ap;
    va_start(ap, format);
    vsnprintf(r->reason, r->reason_size, format, ap);
    va_end(ap);
    XML_StopParser(r->parser, XML_FALSE);
}

/* The value of attribute name (namespace URI, tab, local name), or NULL. */
static const char *attribute(const XML_Char **atts, const char *name)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(atts[i], name) == 0)
            return atts[i + 1];
    return NULL;
}

/* A repetition count: 1 when absent or malformed, at most 2^31 (far past any sheet's end). */
static uint64_t repeat_count(const char *value)
{
    if (!value)
        return 1;
    char *end;
    errno = 0;
    unsigned long long n = strtoull(value, &end, 10);
    if (end == value || *end || errno || n == 0 || value[0] == '-')
        return 1;
    return n > (1ull << 31) ? (1ull << 31) : n;
}

/* "2026-11-16" or "2026-11-16T12:00:00" as a serial day; -1 when malformed. */
static int parse_date(const char *s, double *out)
{
    long y;
    unsigned m, d, hh = 0, mm = 0;
    double ss = 0;
    int n = 0;
    if (sscanf(s, "%ld-%u-%u%n", &y, &m, &d, &n) != 3 || m < 1 || m > 12 || d < 1 || d > 31 ||
        y < -9999 || y > 99999)
        return -1;
    if (s[n] == 'T' && sscanf(s + n, "T%u:%u:%lf", &hh, &mm, &ss) != 3)
        return -1;
    *out = pf_serial_day(y, m, d) + (hh * 3600.0 + mm * 60.0 + ss) / 86400.0;
    return 0;
}

/* "PT12H30M00S" as a fraction of a day; -1 when malformed. */
static int parse_duration(const char *s, double *out)
{
    double h = 0, m = 0, sec = 0;
    if (sscanf(s, "PT%lfH%lfM%lfS", &h, &m, &sec) != 3)
        return -1;
    *out = (h * 3600 + m * 60 + sec) / 86400.0;
    return 0;
}

/* A finite number from an attribute; -1 when malformed. */
static int parse_number(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

/* Appends UTF-8 bytes to the cell's text, cutting at PF_MAX_TEXT on a character boundary. */
static void add_text(reader *r, const char *s, size_t n)
{
    size_t room = PF_MAX_TEXT - r->text_length;
    if (n > room) {
        n = room;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* s[n] begins the cut character */
            n--;
    }
    memcpy(r->text + r->text_length, s, n);
    r->text_length += n;
    r->text[r->text_length] = '\0';
}

/* Reads the value attributes of a cell that starts. */
static void begin_cell(reader *r, const XML_Char **atts)
{
    r->in_cell = 1;
    r->cell_depth = r->depth;
    r->col_repeat = repeat_count(attribute(atts, NS_TABLE "number-columns-repeated"));
    r->kind = PF_EMPTY;
    r->formula = attribute(atts, NS_TABLE "formula") != NULL;
    r->is_string = 0;
    r->text_from_attribute = 0;
    r->paragraphs = 0;
    r->text_length = 0;
    r->text[0] = '\0';
    const char *type = attribute(atts, NS_OFFICE "value-type");
    const char *ext = attribute(atts, NS_CALCEXT "value-type");
    if (ext && strcmp(ext, "error") == 0) {
        r->kind = PF_ERROR;
        return;
    }
    if (!type)
        return;
    const char *v = NULL;
    int ok = -1;
    if (!strcmp(type, "float") || !strcmp(type, "percentage") || !strcmp(type, "currency")) {
        v = attribute(atts, NS_OFFICE "value");
        ok = v ? parse_number(v, &r->number) : -1;
    } else if (!strcmp(type, "date")) {
        v = attribute(atts, NS_OFFICE "date-value");
        ok = v ? parse_date(v, &r->number) : -1;
    } else if (!strcmp(type, "time")) {
        v = attribute(atts, NS_OFFICE "time-value");
        ok = v ? parse_duration(v, &r->number) : -1;
    } else if (!strcmp(type, "boolean")) {
        v = attribute(atts, NS_OFFICE "boolean-value");
        ok = v && (!strcmp(v, "true") || !strcmp(v, "false")) ? 0 : -1;
        r->number = v && !strcmp(v, "true");
    } else if (!strcmp(type, "string")) {
        r->is_string = 1;
        v = attribute(atts, NS_OFFICE "string-value");
        if (v) {
            add_text(r, v, strlen(v));
            r->text_from_attribute = 1;
        }
        r->kind = PF_TEXT;
        return;
    }
    /* A value that cannot be read is kept as an error: never as a plausible number. */
    r->kind = ok == 0 ? PF_NUMBER : PF_ERROR;
}

/* Adds the finished cell to the row being read, once per repeated column within the kept area. */
static void end_cell(reader *r)
{
    r->in_cell = 0;
    pf_kind kind = r->kind;
    /* Calc saves an empty result as <text:p/>; a formula with no paragraph was never computed */
    int unsaved = kind == PF_EMPTY && r->formula && r->paragraphs == 0;
    if (kind == PF_EMPTY && (r->formula || r->text_length > 0))
        kind = PF_TEXT; /* a formula with an empty result, or text written without a type */
    if (kind != PF_EMPTY) {
        for (uint64_t i = 0; i < r->col_repeat && r->col + i < PF_MAX_COLS; i++) {
            if (r->row_count == MAX_ROW_CELLS)
                break;
            char *text = NULL;
            if (kind != PF_NUMBER) {
                text = malloc(r->text_length + 1);
                if (!text) {
                    fail(r, "out of memory");
                    return;
                }
                memcpy(text, r->text, r->text_length + 1);
            }
            r->row_cells[r->row_count++] = (row_cell){(uint32_t)(r->col + i), kind, r->formula,
                                                      unsaved, r->number, text};
        }
    }
    uint64_t next = r->col + r->col_repeat;
    r->col = next > PF_MAX_COLS ? PF_MAX_COLS : (uint32_t)next;
}

/* Appends a copy of one cell to the book; the row's cells arrive in column order. */
static int push_cell(reader *r, uint32_t row, const row_cell *c)
{
    pf_book *b = r->book;
    if (b->count == PF_MAX_CELLS) {
        fail(r, "more than %d cells with content: too large to read as an account map",
             PF_MAX_CELLS);
        return -1;
    }
    if (c->text && (r->text_bytes += strlen(c->text) + 1) > PF_MAX_TEXT_BYTES) {
        fail(r, "more than %u MB of cell text: too large to read as an account map",
             PF_MAX_TEXT_BYTES >> 20);
        return -1;
    }
    if (b->count == b->capacity) {
        size_t cap = b->capacity ? b->capacity * 2 : 1024;
        pf_cell *cells = realloc(b->cells, cap * sizeof *cells);
        if (!cells) {
            fail(r, "out of memory");
            return -1;
        }
        b->cells = cells;
        b->capacity = cap;
    }
    char *text = NULL;
    if (c->text) {
        text = strdup(c->text);
        if (!text) {
            fail(r, "out of memory");
            return -1;
        }
    }
    b->cells[b->count++] = (pf_cell){r->sheet, row, c->col, c->kind, c->formula, c->unsaved,
                                     c->number, text};
    return 0;
}

/* Emits the finished row's cells once for every row it repeats within the kept area. */
static void end_row(reader *r)
{
    uint64_t rows = r->row_repeat;
    if (r->row >= PF_MAX_ROWS)
        rows = 0;
    else if (r->row + rows > PF_MAX_ROWS)
        rows = PF_MAX_ROWS - r->row;
    for (uint64_t k = 0; k < rows && !r->failed; k++)
        for (size_t i = 0; i < r->row_count && !r->failed; i++)
            push_cell(r, (uint32_t)(r->row + k), &r->row_cells[i]);
    for (size_t i = 0; i < r->row_count; i++)
        free(r->row_cells[i].text);
    r->row_count = 0;
    uint64_t next = r->row + r->row_repeat;
    r->row = next > PF_MAX_ROWS ? PF_MAX_ROWS : (uint32_t)next;
    r->in_row = 0;
}

/* A new top-level table: a sheet. */
static void begin_table(reader *r, const XML_Char **atts)
{
    pf_book *b = r->book;
    const char *name = attribute(atts, NS_TABLE "name");
    if (b->sheet_count == PF_MAX_SHEETS) {
        fail(r, "more than %d sheets: not an account map", PF_MAX_SHEETS);
        return;
    }
    char **sheets = realloc(b->sheets, (b->sheet_count + 1) * sizeof *sheets);
    if (!sheets) {
        fail(r, "out of memory");
        return;
    }
    b->sheets = sheets;
    sheets[b->sheet_count] = strdup(name ? name : "");
    if (!sheets[b->sheet_count]) {
        fail(r, "out of memory");
        return;
    }
    r->sheet = (uint32_t)b->sheet_count++;
    r->row = 0;
}

/* A named range whose sheet is known; others are not a map's and are ignored. */
static void add_name(reader *r, const XML_Char **atts)
{
    pf_book *b = r->book;
    const char *name = attribute(atts, NS_TABLE "name");
    const char *address = attribute(atts, NS_TABLE "cell-range-address");
    char *sheet;
    pf_name n;
    if (!name || !address || b->name_count == PF_MAX_NAMES ||
        pf_parse_range(address, &sheet, &n.row1, &n.col1, &n.row2, &n.col2) != 0)
        return;
    long index = pf_book_sheet(b, sheet);
    free(sheet);
    if (index < 0)
        return;
    pf_name *names = realloc(b->names, (b->name_count + 1) * sizeof *names);
    if (!names) {
        fail(r, "out of memory");
        return;
    }
    b->names = names;
    n.sheet = (uint32_t)index;
    n.name = strdup(name);
    if (!n.name) {
        fail(r, "out of memory");
        return;
    }
    b->names[b->name_count++] = n;
}

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **atts)
{
    reader *r = data;
    if (++r->depth > PF_MAX_DEPTH) {
        fail(r, "XML nested deeper than %d levels: not a spreadsheet", PF_MAX_DEPTH);
        return;
    }
    if (r->skip_depth)
        return;
    if (r->in_cell) {
        if (!strcmp(name, NS_OFFICE "annotation") || !strncmp(name, NS_DRAW, sizeof NS_DRAW - 1)) {
            r->skip_depth = r->depth;
        } else if (!strcmp(name, NS_TEXT "p")) {
            if (r->paragraphs++ && !r->text_from_attribute)
                add_text(r, "\n", 1);
            r->in_paragraph++;
        } else if (r->in_paragraph && !r->text_from_attribute) {
            if (!strcmp(name, NS_TEXT "s")) {
                uint64_t n = repeat_count(attribute(atts, NS_TEXT "c"));
                size_t room = PF_MAX_TEXT - r->text_length; /* spaces are one byte each */
                n = n < MAX_SPACES ? n : MAX_SPACES;
                n = n < room ? n : room;
                memset(r->text + r->text_length, ' ', (size_t)n);
                r->text_length += (size_t)n;
                r->text[r->text_length] = '\0';
            } else if (!strcmp(name, NS_TEXT "tab")) {
                add_text(r, "\t", 1);
            } else if (!strcmp(name, NS_TEXT "line-break")) {
                add_text(r, "\n", 1);
            }
        }
        return;
    }
    if (!strcmp(name, NS_TABLE "table")) {
        if (r->table_depth++ == 0)
            begin_table(r, atts);
    } else if (r->table_depth != 1) {
        if (r->table_depth == 0 && !strcmp(name, NS_TABLE "named-range"))
            add_name(r, atts); /* global names only: a sheet's own names are not the map's */
    } else if (!r->in_row && !strcmp(name, NS_TABLE "table-row")) {
        r->in_row = 1;
        r->row_depth = r->depth;
        r->col = 0;
        r->row_count = 0;
        r->row_repeat = repeat_count(attribute(atts, NS_TABLE "number-rows-repeated"));
    } else if (r->in_row &&
               (!strcmp(name, NS_TABLE "table-cell") || !strcmp(name, NS_TABLE "covered-table-cell"))) {
        begin_cell(r, atts);
    }
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
    reader *r = data;
    unsigned depth = r->depth--;
    if (r->skip_depth) {
        if (depth == r->skip_depth)
            r->skip_depth = 0;
        return;
    }
    if (r->in_cell) {
        if (depth == r->cell_depth)
            end_cell(r);
        else if (!strcmp(name, NS_TEXT "p"))
            r->in_paragraph--;
        return;
    }
    if (!strcmp(name, NS_TABLE "table"))
        r->table_depth--;
    else if (r->table_depth == 1 && r->in_row && depth == r->row_depth)
        end_row(r);
}

static void XMLCALL on_text(void *data, const XML_Char *s, int length)
{
    reader *r = data;
    if (r->in_cell && r->in_paragraph && !r->skip_depth && !r->text_from_attribute && length > 0)
        add_text(r, s, (size_t)length);
}

/* ODF has no document type: a declaration can only carry entity tricks. */
static void XMLCALL on_doctype(void *data, const XML_Char *name, const XML_Char *sysid,
                               const XML_Char *pubid, int has_internal_subset)
{
    (void)name, (void)sysid, (void)pubid, (void)has_internal_subset;
    fail(data, "XML with a document type declaration (entities): refused, ODF has none");
}

/* A parser over book with the handlers and protections above. */
static int reader_open(reader *r, pf_book *book, char *reason, size_t reason_size)
{
    memset(r, 0, sizeof *r);
    memset(book, 0, sizeof *book);
    r->book = book;
    r->reason = reason;
    r->reason_size = reason_size;
    r->parser = XML_ParserCreateNS(NULL, '\t');
    if (!r->parser) {
        snprintf(reason, reason_size, "out of memory");
        return -1;
    }
    XML_SetUserData(r->parser, r);
    XML_SetElementHandler(r->parser, on_start, on_end);
    XML_SetCharacterDataHandler(r->parser, on_text);
    XML_SetStartDoctypeDeclHandler(r->parser, on_doctype);
    XML_SetParamEntityParsing(r->parser, XML_PARAM_ENTITY_PARSING_NEVER);
    return 0;
}

/* Feeds one chunk (final: the last); -1 with the reason set when the XML is bad. */
static int reader_feed(reader *r, const char *bytes, size_t n, int final)
{
    if (r->failed)
        return -1;
    if (XML_Parse(r->parser, bytes, (int)n, final) == XML_STATUS_ERROR) {
        if (!r->failed) {
            r->failed = 1;
            snprintf(r->reason, r->reason_size, "broken XML at line %lu: %s",
                     (unsigned long)XML_GetCurrentLineNumber(r->parser),
                     XML_ErrorString(XML_GetErrorCode(r->parser)));
        }
        return -1;
    }
    return r->failed ? -1 : 0;
}

/* Releases the parser; on failure also the partial book. */
static int reader_close(reader *r, int ok)
{
    for (size_t i = 0; i < r->row_count; i++)
        free(r->row_cells[i].text);
    r->row_count = 0;
    XML_ParserFree(r->parser);
    if (!ok || r->failed) {
        pf_book_free(r->book);
        return -1;
    }
    if (r->book->sheet_count == 0) {
        snprintf(r->reason, r->reason_size, "no sheets: not a spreadsheet");
        return -1;
    }
    return 0;
}

int pf_read_xml(const char *xml, size_t length, pf_book *book, char *reason, size_t reason_size)
{
    reader r;
    if (reader_open(&r, book, reason, reason_size) != 0)
        return -1;
    int ok = 1;
    while (ok && length > CHUNK) {
        ok = reader_feed(&r, xml, CHUNK, 0) == 0;
        xml += CHUNK;
        length -= CHUNK;
    }
    if (ok)
        ok = reader_feed(&r, xml, length, 1) == 0;
    return reader_close(&r, ok);
}

/* Describes a size for a reason in the units of the limit (MB of 2^20 bytes): "3.0 GB". */
static void size_text(char *out, size_t n, double bytes)
{
    if (bytes >= (double)(1u << 30))
        snprintf(out, n, "%.1f GB", bytes / (double)(1u << 30));
    else
        snprintf(out, n, "%.0f MB", bytes / (double)(1u << 20));
}

/* Whether the package's manifest says its parts are encrypted (a password-protected file). */
static int encrypted(zip_t *zip)
{
    enum { MANIFEST_MAX = 1 << 20 }; /* a manifest lists a few files: far less than this */
    zip_file_t *f = zip_fopen(zip, "META-INF/manifest.xml", 0);
    char *manifest = f ? malloc(MANIFEST_MAX) : NULL;
    if (!manifest) {
        if (f)
            zip_fclose(f);
        return 0;
    }
    zip_int64_t n = zip_fread(f, manifest, MANIFEST_MAX - 1);
    zip_fclose(f);
    manifest[n > 0 ? n : 0] = '\0';
    int found = strstr(manifest, "encryption-data") != NULL;
    free(manifest);
    return found;
}

/* content.xml of an ODF package, streamed; fd is taken over. */
static int read_package(int fd, pf_book *book, char *reason, size_t reason_size)
{
    int error = 0;
    zip_t *zip = zip_fdopen(fd, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip) {
        close(fd);
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        snprintf(reason, reason_size, "broken or truncated zip (%s)", zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return -1;
    }
    int status = -1;
    char mimetype[80] = "";
    zip_file_t *f = zip_fopen(zip, "mimetype", 0);
    if (f) {
        zip_int64_t n = zip_fread(f, mimetype, sizeof mimetype - 1);
        mimetype[n > 0 ? n : 0] = '\0';
        zip_fclose(f);
    }
    if (strcmp(mimetype, "application/vnd.oasis.opendocument.spreadsheet") != 0 &&
        strcmp(mimetype, "application/vnd.oasis.opendocument.spreadsheet-template") != 0) {
        snprintf(reason, reason_size, "a zip but not an OpenDocument spreadsheet (no spreadsheet "
                 "mimetype): not an account map");
        zip_discard(zip);
        return -1;
    }
    if (encrypted(zip)) {
        snprintf(reason, reason_size, "password-protected: save a copy without a password to "
                 "roll it up");
        zip_discard(zip);
        return -1;
    }
    zip_stat_t st;
    char size[32];
    if (zip_stat(zip, "content.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        snprintf(reason, reason_size, "an OpenDocument spreadsheet without content.xml (broken)");
        zip_discard(zip);
        return -1;
    }
    if (st.size > PF_MAX_XML) {
        size_text(size, sizeof size, (double)st.size);
        snprintf(reason, reason_size, "content.xml would expand to %s, far more than any map "
                 "(at most %u MB read): refused", size, PF_MAX_XML >> 20);
        zip_discard(zip);
        return -1;
    }
    f = zip_fopen(zip, "content.xml", 0);
    reader r;
    if (!f) {
        snprintf(reason, reason_size, "broken or truncated zip (%s)", zip_strerror(zip));
    } else if (reader_open(&r, book, reason, reason_size) == 0) {
        char chunk[CHUNK]; /* each thread reads its own file */
        zip_uint64_t total = 0;
        int ok = 1;
        for (;;) {
            zip_int64_t n = zip_fread(f, chunk, sizeof chunk);
            if (n < 0) {
                snprintf(reason, reason_size, "broken or truncated zip (%s)", zip_file_strerror(f));
                r.failed = 1;
                ok = 0;
                break;
            }
            total += (zip_uint64_t)n;
            if (total > st.size) { /* the header understated the size: trust neither */
                snprintf(reason, reason_size, "content.xml holds more than its zip header says "
                         "(%llu bytes): a broken or doctored zip, refused",
                         (unsigned long long)st.size);
                r.failed = 1;
                ok = 0;
                break;
            }
            if (total > PF_MAX_XML) {
                snprintf(reason, reason_size, "content.xml expands past %u MB, far more than any "
                         "map: refused", PF_MAX_XML >> 20);
                r.failed = 1;
                ok = 0;
                break;
            }
            if (reader_feed(&r, chunk, (size_t)n, n == 0) != 0) {
                ok = 0;
                break;
            }
            if (n == 0)
                break;
        }
        status = reader_close(&r, ok);
    }
    if (f)
        zip_fclose(f);
    zip_discard(zip);
    return status;
}

/* A flat ODF file (.fods), streamed. */
static int read_flat(FILE *in, pf_book *book, char *reason, size_t reason_size)
{
    reader r;
    if (reader_open(&r, book, reason, reason_size) != 0)
        return -1;
    char chunk[CHUNK];
    size_t total = 0;
    int ok = 1;
    for (;;) {
        size_t n = fread(chunk, 1, sizeof chunk, in);
        if (n == 0 && ferror(in)) {
            snprintf(reason, reason_size, "cannot read: %s", strerror(errno));
            r.failed = 1;
            ok = 0;
            break;
        }
        total += n;
        if (total > PF_MAX_XML) {
            snprintf(reason, reason_size, "more than %u MB of XML, far more than any map: refused",
                     PF_MAX_XML >> 20);
            r.failed = 1;
            ok = 0;
            break;
        }
        if (reader_feed(&r, chunk, n, n == 0) != 0) {
            ok = 0;
            break;
        }
        if (n == 0)
            break;
    }
    return reader_close(&r, ok);
}

int pf_read_file(const char *path, pf_book *book, char *reason, size_t reason_size)
{
    memset(book, 0, sizeof *book);
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        snprintf(reason, reason_size, "cannot open: %s", strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(reason, reason_size, "cannot read: %s", strerror(errno));
        close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(reason, reason_size, S_ISDIR(st.st_mode) ? "a folder, not a file"
                                                          : "not a regular file");
        close(fd);
        return -1;
    }
    unsigned char magic[4] = {0};
    ssize_t got = pread(fd, magic, sizeof magic, 0);
    if (got < 0) {
        snprintf(reason, reason_size, "cannot read: %s", strerror(errno));
        close(fd);
        return -1;
    }
    if (got == 0) {
        snprintf(reason, reason_size, "an empty file: not an account map");
        close(fd);
        return -1;
    }
    if (got == 4 && memcmp(magic, "PK\3\4", 4) == 0)
        return read_package(fd, book, reason, reason_size);
    if (st.st_size > (off_t)PF_MAX_XML) {
        snprintf(reason, reason_size, "more than %u MB of XML, far more than any map: refused",
                 PF_MAX_XML >> 20);
        close(fd);
        return -1;
    }
    if (got >= 1 && (magic[0] == '<' || magic[0] == 0xEF || magic[0] == ' ' || magic[0] == '\n' ||
                     magic[0] == '\r' || magic[0] == '\t')) {
        FILE *in = fdopen(fd, "rb");
        if (!in) {
            snprintf(reason, reason_size, "cannot read: %s", strerror(errno));
            close(fd);
            return -1;
        }
        int status = read_flat(in, book, reason, reason_size);
        fclose(in);
        return status;
    }
    snprintf(reason, reason_size, "neither an .ods (zip) nor a flat .fods (XML): not an account map");
    close(fd);
    return -1;
}
