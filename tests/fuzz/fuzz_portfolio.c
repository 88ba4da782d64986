/* fuzz_portfolio.c — libFuzzer target for the portfolio's reader: any bytes as a map file.
 *
 * Bytes that begin like a zip go through a file and libzip (pf_read_file); anything else is read
 * as ODF XML in memory (pf_read_xml). Whatever comes in, a map found must hold sane results:
 * texts present, counts within 0-5, bands among the fixed words. Seeded with real map files
 * (make fuzz: the examples' .fods files and the Calc-made corpus when it has been built).
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pf_map.h"
#include "pf_read.h"

/* Whether s is a band word, or empty. */
static int band_or_empty(const char *s)
{
    static const char *const bands[] = {"", "Aligned", "Opportunity", "Watch", "Material", "Critical"};
    for (size_t i = 0; i < sizeof bands / sizeof bands[0]; i++)
        if (strcmp(s, bands[i]) == 0)
            return 1;
    return 0;
}

/* The same bytes as a file, for the zip route; NULL when the file cannot be made. */
static const char *as_file(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/fuzz_portfolio.%ld.ods", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return NULL;
    size_t written = fwrite(data, 1, size, f);
    fclose(f);
    return written == size ? path : NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char reason[512];
    pf_book book;
    int read;
    if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
        const char *path = as_file(data, size);
        if (!path)
            return 0;
        read = pf_read_file(path, &book, reason, sizeof reason);
    } else {
        read = pf_read_xml((const char *)data, size, &book, reason, sizeof reason);
    }
    if (read != 0) {
        assert(reason[0] != '\0');
        return 0;
    }
    pf_account a;
    pf_found found = pf_map_read(&book, 46357.0, &a, reason, sizeof reason);
    if (found == PF_FOUND_MAP) {
        assert(a.account && a.lead && a.sponsor && a.review_reason && a.problems);
        assert(a.scored >= 0 && a.scored <= 5 && a.untrusted >= 0 && a.untrusted <= 5);
        for (int i = 0; i < PF_REALITIES; i++)
            assert(band_or_empty(a.bands[i]));
        assert(band_or_empty(a.account_band) || strncmp(a.account_band, "Fix ", 4) == 0);
        pf_account_free(&a);
    } else {
        assert(reason[0] != '\0');
    }
    pf_book_free(&book);
    return 0;
}
