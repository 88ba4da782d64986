/* sensesgap-portfolio — leadership's view over many account map workbooks.
 *
 * Reads every map given (or found in the folders given), recomputes each account with the core,
 * and prints the portfolio table, writes CSV (--csv) or a portfolio workbook (-o FILE.ods). One line
 * on standard error per file that needs a look, "FILE: reason"; the rest go on. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pf_files.h"
#include "pf_format.h"
#include "pf_map.h"
#include "pf_portfolio.h"
#include "pf_read.h"
#include "pf_report.h"
#include "pf_workbook.h"

#ifndef SG_VERSION
#define SG_VERSION "unknown"
#endif

enum { EXIT_ALL_READ = 0, EXIT_SOME_NOT_READ = 1, EXIT_USAGE = 2 };
enum { MAX_THREADS = 8 };

static const char HELP[] =
    "Usage: sensesgap-portfolio [-o FILE.ods] [--csv] [--today YYYY-MM-DD] FOLDER|FILE...\n"
    "\n"
    "Rolls up Relationship Reality Map workbooks (one account per workbook) into one portfolio.\n"
    "Folders are searched, with their subfolders, for .ods and .fods files. Both the current map\n"
    "template and release 1.0.0's map are read. Every result is recomputed from the map's inputs\n"
    "with the same rules as the sensesgap extension; the results saved in a file are only compared,\n"
    "and an account whose saved results differ is marked \"saved results stale (edited without the\n"
    "extension?)\".\n"
    "\n"
    "Without -o or --csv, prints the portfolio table: most severe band first, then the largest value\n"
    "at risk.\n"
    "  -o FILE.ods     write the portfolio workbook (values and links: opens without the extension)\n"
    "  --csv           write CSV to standard output, one row per file, with the columns\n"
    "                  file,read,account,lead,sponsor,contract_value,renewal_date,last_review,\n"
    "                  review_reason,next_review,overdue,account_band,scored,strategic,commercial,\n"
    "                  operational,resilience,evolution,act_first_on,untrusted,value_at_risk,bias,\n"
    "                  gap_strategic,gap_commercial,gap_operational,gap_resilience,gap_evolution,\n"
    "                  thresholds,layout,saved_results,problems\n"
    "  --today DATE    decide \"overdue\" as on DATE (default: today)\n"
    "  --help          this text;  --version  the version\n"
    "\n"
    "Each file that is not a map, cannot be read, names an account another file names, has\n"
    "invalid inputs or stale saved results gets one line on standard error: \"FILE: reason\".\n"
    "Exit status: 0 every file was read (lock files and portfolio workbooks are left out on\n"
    "purpose); 1 some file was not read or names the same account as another; 2 wrong usage,\n"
    "or the output could not be written.\n";

/* Writes s with control characters (a newline in a file name) as '?', so that one report stays
 * one line. */
static void put_line_safe(const char *s)
{
    for (; *s; s++)
        fputc((unsigned char)*s < 0x20 || *s == 0x7F ? '?' : *s, stderr);
}

/* Prints one "FILE: reason" line. */
static void report(const char *file, const char *reason)
{
    put_line_safe(file);
    fputs(": ", stderr);
    put_line_safe(reason);
    fputc('\n', stderr);
}

/* Today's date in the local time zone, as a Calc serial day. */
static double local_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm))
        return 0.0;
    return pf_serial_day(tm.tm_year + 1900L, (unsigned)tm.tm_mon + 1, (unsigned)tm.tm_mday);
}

/* Reads --today's YYYY-MM-DD; -1 when malformed or not a day of the calendar. */
static int parse_today(const char *text, double *out)
{
    int y, m, d, n = 0;
    if (sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || text[n] || m < 1 || m > 12 || d < 1 ||
        d > 31 || y < 1900)
        return -1;
    *out = pf_serial_day(y, (unsigned)m, (unsigned)d);
    char back[16];
    pf_format_date(*out, back, sizeof back);
    return strcmp(back, text) == 0 ? 0 : -1; /* 2026-02-30 does not come back */
}

/* Reads one file into its account record; the problem lines are printed later, in file order. */
static void read_one(const pf_file *f, double today, pf_account *a)
{
    char reason[512];
    pf_book book;
    memset(a, 0, sizeof *a);
    if (f->skip || f->problem) {
        a->skipped = f->skip != NULL;
        snprintf(reason, sizeof reason, "%s", f->skip ? f->skip : f->problem);
    } else if (pf_read_file(f->path, &book, reason, sizeof reason) == 0) {
        pf_found found = pf_map_read(&book, today, a, reason, sizeof reason);
        pf_book_free(&book);
        if (found == PF_FOUND_MAP) {
            a->file = strdup(f->path);
            return;
        }
        a->skipped = found == PF_FOUND_SKIP;
    }
    a->file = strdup(f->path);
    a->problems = strdup(reason);
}

/* The files shared by the reading threads: each takes the next one not yet taken. */
typedef struct work {
    const pf_files *files;
    pf_account *accounts;
    double today;
    atomic_size_t next;
} work;

static void *reader_thread(void *arg)
{
    work *w = arg;
    for (size_t k; (k = atomic_fetch_add(&w->next, 1)) < w->files->count;)
        read_one(&w->files->items[k], w->today, &w->accounts[k]);
    return NULL;
}

/* Reads every file, on as many threads as the machine has cores (up to MAX_THREADS): the files
 * are independent, and most of the time goes to inflating and parsing each one's XML. */
static void read_all(const pf_files *files, double today, pf_account *accounts)
{
    work w = {files, accounts, today, 0};
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    size_t threads = cores < 1 ? 1 : cores > MAX_THREADS ? MAX_THREADS : (size_t)cores;
    if (threads > files->count)
        threads = files->count;
    pthread_t ids[MAX_THREADS];
    size_t started = 0;
    while (started + 1 < threads && pthread_create(&ids[started], NULL, reader_thread, &w) == 0)
        started++;
    reader_thread(&w); /* this thread reads too, alone when no thread could start */
    for (size_t t = 0; t < started; t++)
        pthread_join(ids[t], NULL);
}

/* The absolute folder an output file will live in (the file need not exist yet). */
static int output_folder(const char *path, char *folder)
{
    char *copy = strdup(path);
    if (!copy)
        return -1;
    int ok = realpath(dirname(copy), folder) != NULL;
    free(copy);
    return ok ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *output = NULL;
    int csv = 0;
    double today = local_today();
    pf_files files = {0};
    int i = 1, options = 1, paths = 0;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (options && !strcmp(arg, "--")) {
            options = 0;
        } else if (options && (!strcmp(arg, "--help") || !strcmp(arg, "-h"))) {
            fputs(HELP, stdout);
            pf_files_free(&files);
            return EXIT_ALL_READ;
        } else if (options && !strcmp(arg, "--version")) {
            printf("sensesgap-portfolio %s\n", SG_VERSION);
            pf_files_free(&files);
            return EXIT_ALL_READ;
        } else if (options && !strcmp(arg, "--csv")) {
            csv = 1;
        } else if (options && (!strcmp(arg, "-o") || !strcmp(arg, "--today"))) {
            if (i + 1 == argc) {
                fprintf(stderr, "sensesgap-portfolio: %s needs a value (see --help)\n", arg);
                pf_files_free(&files);
                return EXIT_USAGE;
            }
            if (!strcmp(arg, "-o")) {
                output = argv[++i];
            } else if (parse_today(argv[++i], &today) != 0) {
                fprintf(stderr, "sensesgap-portfolio: --today takes a date such as 2026-11-16, "
                        "not %s\n", argv[i]);
                pf_files_free(&files);
                return EXIT_USAGE;
            }
        } else if (options && arg[0] == '-' && arg[1]) {
            fprintf(stderr, "sensesgap-portfolio: unknown option %s (see --help)\n", arg);
            pf_files_free(&files);
            return EXIT_USAGE;
        } else if (paths++, pf_files_add(&files, arg) != 0) {
            fprintf(stderr, "sensesgap-portfolio: too many files, or out of memory\n");
            pf_files_free(&files);
            return EXIT_USAGE;
        }
    }
    if (paths == 0) {
        fprintf(stderr, "sensesgap-portfolio: name a folder or files to read (see --help)\n");
        pf_files_free(&files);
        return EXIT_USAGE;
    }
    if (files.count == 0) {
        fprintf(stderr, "sensesgap-portfolio: no .ods or .fods workbooks found in what was given\n");
        return EXIT_SOME_NOT_READ;
    }
    size_t out_length = output ? strlen(output) : 0;
    if (output && (out_length < 5 || strcasecmp(output + out_length - 4, ".ods") != 0)) {
        fprintf(stderr, "sensesgap-portfolio: -o writes an OpenDocument spreadsheet: name it "
                "FILE.ods, not %s\n", output);
        pf_files_free(&files);
        return EXIT_USAGE;
    }
    char folder[PATH_MAX];
    struct stat st;
    if (output && stat(output, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "sensesgap-portfolio: -o %s is a folder: name the workbook to write, "
                "e.g. %s/portfolio.ods\n", output, output);
        pf_files_free(&files);
        return EXIT_USAGE;
    }
    if (output && output_folder(output, folder) != 0) {
        fprintf(stderr, "sensesgap-portfolio: cannot write %s: %s\n", output, strerror(errno));
        pf_files_free(&files);
        return EXIT_USAGE;
    }

    pf_portfolio p = {0};
    p.today = today;
    p.accounts = calloc(files.count, sizeof *p.accounts);
    if (!p.accounts) {
        fprintf(stderr, "sensesgap-portfolio: out of memory\n");
        pf_files_free(&files);
        return EXIT_USAGE;
    }
    read_all(&files, today, p.accounts);
    p.count = files.count;
    pf_files_free(&files);
    for (size_t k = 0; k < p.count; k++)
        if (p.accounts[k].problems && p.accounts[k].problems[0])
            report(p.accounts[k].file ? p.accounts[k].file : "?", p.accounts[k].problems);
    int status = EXIT_ALL_READ;
    for (size_t k = 0; k < p.count; k++)
        if (!p.accounts[k].file || !p.accounts[k].problems) {
            fprintf(stderr, "sensesgap-portfolio: out of memory\n");
            pf_portfolio_free(&p);
            return EXIT_USAGE;
        }
    long duplicates = pf_portfolio_finish(&p, report);
    if (duplicates < 0) {
        fprintf(stderr, "sensesgap-portfolio: out of memory\n");
        pf_portfolio_free(&p);
        return EXIT_USAGE;
    }
    if (duplicates > 0 || p.totals.not_read > 0)
        status = EXIT_SOME_NOT_READ;

    if (output) {
        char err[512];
        if (pf_workbook_write(output, &p, folder, err, sizeof err) != 0) {
            fprintf(stderr, "sensesgap-portfolio: %s\n", err);
            status = EXIT_USAGE;
        } else if (!csv) {
            printf("wrote %s: %zu account%s, %zu file%s not read\n", output, p.totals.accounts,
                   p.totals.accounts == 1 ? "" : "s", p.totals.not_read,
                   p.totals.not_read == 1 ? "" : "s");
        }
    }
    if (csv ? pf_report_csv(stdout, &p) != 0 : !output && pf_report_table(stdout, &p) != 0) {
        fprintf(stderr, "sensesgap-portfolio: cannot write the output: %s\n", strerror(errno));
        status = EXIT_USAGE;
    }
    pf_portfolio_free(&p);
    return status;
}
