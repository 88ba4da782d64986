/* host_report.h -- the ABI test host's transcript: one line per check, "label -> actual", with
 * mismatches marked, and the closing "N passed, N failed" line. Nothing printed may depend on the
 * platform: no pointers, no paths, doubles with %.17g. */
#ifndef ABI_HOST_REPORT_H
#define ABI_HOST_REPORT_H

#include <stddef.h>

/* Prints one check: "label -> actual", and when ok is 0 also what was expected. */
void report_check(const char *label, const char *actual, int ok, const char *expected);

/* A check whose actual text must equal the expected text. */
void report_expect(const char *label, const char *actual, const char *expected);

/* Prints a heading line (no check). */
void report_heading(const char *text);

/* Prints "N passed, N failed" and returns the number failed. */
int report_summary(void);

/* snprintf that never fails the build on truncation: long texts are cut, never overrun. */
void text_format(char *buf, size_t size, const char *format, ...)
#if defined __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Appends formatted text to the NUL-terminated text in buf. */
void text_append(char *buf, size_t size, const char *format, ...)
#if defined __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
