/* host_report.c -- the transcript and the pass/fail counts (host_report.h). */
#include "host_report.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int passed;
static int failed;

void report_check(const char *label, const char *actual, int ok, const char *expected)
{
    if (ok) {
        passed++;
        printf("%s -> %s\n", label, actual);
    } else {
        failed++;
        printf("%s -> %s    [FAIL: expected %s]\n", label, actual, expected);
    }
    fflush(stdout); /* a crash later must not swallow the lines before it */
}

void report_expect(const char *label, const char *actual, const char *expected)
{
    report_check(label, actual, strcmp(actual, expected) == 0, expected);
}

void report_heading(const char *text)
{
    printf("\n# %s\n", text);
}

int report_summary(void)
{
    printf("\n%d passed, %d failed\n", passed, failed);
    fflush(stdout);
    return failed;
}

void text_format(char *buf, size_t size, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(buf, size, format, args);
    va_end(args);
}

void text_append(char *buf, size_t size, const char *format, ...)
{
    size_t used = strlen(buf);
    if (used + 1 >= size)
        return;
    va_list args;
    va_start(args, format);
    vsnprintf(buf + used, size - used, format, args);
    va_end(args);
}
