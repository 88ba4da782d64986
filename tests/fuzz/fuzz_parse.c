/* fuzz_parse.c — sg_parse_number against the C library's strtod, the oracle for decimal text.
 *
 * The input becomes a short ASCII string over digits, '.', 'e', 'E', '+', '-' and spaces. Where
 * sg_parse_number accepts it, strtod must read the same whole text to a value at most one ulp
 * away, and to exactly the same value for text of up to 15 digits without an exponent (what
 * people type: the path every score and probability takes). Where strtod reads the whole text
 * to a normal, finite number, sg_parse_number must accept it.
 */
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sensesgap.h"

/* The distance between two doubles in units in the last place (0 when equal). */
static uint64_t ulps(double a, double b)
{
    int64_t ia, ib;
    memcpy(&ia, &a, sizeof ia);
    memcpy(&ib, &b, sizeof ib);
    if (ia < 0)
        ia = INT64_MIN - ia;
    if (ib < 0)
        ib = INT64_MIN - ib;
    return ia > ib ? (uint64_t)(ia - ib) : (uint64_t)(ib - ia);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char alphabet[] = "0123456789012345678901234567890123456789..eE+- ";
    char text[48];
    sg_char wide[48];
    size_t n = size < 40 ? size : 40;
    for (size_t i = 0; i < n; i++) {
        text[i] = alphabet[data[i] % (sizeof alphabet - 1)];
        wide[i] = (sg_char)text[i];
    }
    text[n] = '\0';

    double ours = 0.0;
    int accepted = sg_parse_number(wide, n, &ours) == SG_OK;

    /* strtod on the text without surrounding spaces, which both ignore. */
    size_t start = 0, end = n;
    while (start < end && text[start] == ' ')
        start++;
    while (end > start && text[end - 1] == ' ')
        end--;
    char trimmed[48];
    memcpy(trimmed, text + start, end - start);
    trimmed[end - start] = '\0';
    char *stop = NULL;
    errno = 0;
    double theirs = strtod(trimmed, &stop);
    int whole = end > start && stop == trimmed + (end - start);

    if (accepted) {
        size_t digits = 0;
        int exponent = 0;
        for (size_t i = start; i < end; i++) {
            digits += text[i] >= '0' && text[i] <= '9';
            exponent |= text[i] == 'e' || text[i] == 'E';
        }
        assert(whole);
        assert(isfinite(ours));
        assert(ulps(ours, theirs) <= (digits <= 15 && !exponent ? 0u : 1u));
    }
    if (whole && errno != ERANGE && isfinite(theirs) && (theirs == 0.0 || isnormal(theirs)))
        assert(accepted);
    return 0;
}
