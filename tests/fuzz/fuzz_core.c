/* fuzz_core.c — libFuzzer target for every core entry point that takes data from a spreadsheet.
 *
 * The input bytes become a function selector and up to five arguments of any kind Calc can pass:
 * omitted, numbers (any bit pattern: NaN, infinities, denormals), UTF-16 text, and ranges of up to
 * 16x16 cells. Every text and range lives in its own exactly-sized heap block, so AddressSanitizer
 * catches a read one unit past the end. On SG_OK the results must be sane: finite numbers,
 * bands and labels in range, the focus index inside its range.
 * Build: clang -fsanitize=fuzzer,address,undefined (make fuzz), once per entry point with
 * -DSG_FUZZ_TARGET='"<name in TARGETS>"'.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sensesgap.h"

#define MAX_ARGS 5
#define MAX_SIDE 16

typedef struct reader {
    const uint8_t *data;
    size_t size, pos;
} reader;

typedef struct arena {
    void *blocks[2 * MAX_ARGS * (MAX_SIDE * MAX_SIDE + 1)];
    size_t count;
} arena;

/* Next byte of input, 0 when exhausted. */
static uint8_t next_byte(reader *r)
{
    return r->pos < r->size ? r->data[r->pos++] : 0;
}

/* A block the arena frees at the end of the run; NULL for a zero size. */
static void *take(arena *a, size_t bytes)
{
    if (bytes == 0 || a->count == sizeof a->blocks / sizeof a->blocks[0])
        return NULL;
    void *p = malloc(bytes);
    if (p != NULL)
        a->blocks[a->count++] = p;
    return p;
}

/* One scalar cell: a number from raw bits or a small set of telling values, or text. */
static sg_value read_cell(reader *r, arena *a, int allow_omitted)
{
    const uint8_t kind = next_byte(r);
    switch (kind % (allow_omitted ? 4 : 3)) {
    case 0: {
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++)
            bits = bits << 8 | next_byte(r);
        double x;
        memcpy(&x, &bits, sizeof x);
        return sg_number(x);
    }
    case 1: {
        static const double telling[] = {0, 0.5, 1, 1.5, 2, 3, 4, 5, -0.5, -1, 4.1, 3.1, 1e308,
                                         -1e308, 5e-324, 1e5, 0.49999999999, 0.1 + 0.2,
                                         46418.5, 2958465, 2958466, 36585};
        const uint8_t pick = next_byte(r);
        if (pick >= 0xF0) { /* a whole word: review reasons are too long to come by chance */
            static const sg_char *const words[] = {u"Quarterly", u"renewal", u" Post-incident ",
                                                   u"Leadership change", u"Direction", u"Delivery"};
            static const size_t lengths[] = {9, 7, 15, 17, 9, 8};
            return sg_text(words[pick % 6], lengths[pick % 6]);
        }
        return sg_number(telling[pick % (sizeof telling / sizeof telling[0])]);
    }
    case 2: {
        const size_t length = next_byte(r) % 24;
        sg_char *text = take(a, length * sizeof(sg_char));
        if (text == NULL)
            return sg_text(NULL, 0);
        static const sg_char alphabet[] = {u'A', u'B', u'C', u'c', u' ', u'3', u'.', u'5', u'e',
                                           u'-', u'+', u',', u'0', 0x00A0, 0xD800, 0xFFFF, u'\t',
                                           u':', u'1', u'x', u'E', u'9'};
        for (size_t i = 0; i < length; i++)
            text[i] = alphabet[next_byte(r) % (sizeof alphabet / sizeof alphabet[0])];
        return sg_text(text, length);
    }
    default:
        return sg_omitted();
    }
}

/* One argument: a cell or a range of cells (ranges hold numbers and text, as Calc sends them). */
static sg_value read_arg(reader *r, arena *a)
{
    if (next_byte(r) % 3 != 0)
        return read_cell(r, a, 1);
    const size_t rows = next_byte(r) % MAX_SIDE + 1, cols = next_byte(r) % MAX_SIDE + 1;
    sg_value *cells = take(a, rows * cols * sizeof(sg_value));
    if (cells == NULL)
        return sg_omitted();
    for (size_t i = 0; i < rows * cols; i++)
        cells[i] = read_cell(r, a, 0);
    return sg_range(cells, rows, cols);
}

/* A status is one of the enum's values, and a number result is finite. */
static void check(sg_status s, double x)
{
    assert(s >= SG_OK && s <= SG_ERR_REASON);
    assert(sg_status_message(s) != NULL);
    if (s == SG_OK)
        assert(isfinite(x));
}

/* The entry points, in the order of the switch below; make fuzz builds one target per name. */
static const char *const TARGETS[] = {"score_gap", "gap_band", "untrusted", "reality_status",
                                      "account_band", "focus_reality", "score_label", "gap_trend",
                                      "value_at_risk", "reality_check", "thresholds_check",
                                      "next_review", "mean_gap", "review_overdue"};
#define TARGET_COUNT (int)(sizeof TARGETS / sizeof TARGETS[0])

/* The entry point to call: the one named by SG_FUZZ_TARGET, or one chosen by the input. */
static int target_index(uint8_t which)
{
#ifdef SG_FUZZ_TARGET
    (void)which;
    for (int i = 0; i < TARGET_COUNT; i++)
        if (strcmp(TARGETS[i], SG_FUZZ_TARGET) == 0)
            return i;
    abort(); /* a target name the harness does not know: a build mistake */
#else
    return which % TARGET_COUNT;
#endif
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size, 0};
    arena a = {{0}, 0};
    const uint8_t which = next_byte(&r);
    const int selected = target_index(which);
    sg_value args[MAX_ARGS];
    for (int i = 0; i < MAX_ARGS; i++)
        args[i] = read_arg(&r, &a);

    double x = 0;
    sg_band band = SG_BAND_ALIGNED;
    int flag = 0;
    switch (selected) {
    case 0:
        check(sg_score_gap(&args[0], &args[1], &x), x);
        if (x != 0)
            assert(fabs(x) <= 4);
        break;
    case 1:
        check(sg_gap_band(&args[0], &args[1], &band), 0);
        assert(sg_band_text(band) != NULL);
        break;
    case 2:
        check(sg_untrusted(&args[0], &flag), 0);
        assert(flag == 0 || flag == 1);
        break;
    case 3:
        check(sg_reality_status(&args[0], &args[1], &args[2], &args[3], &band, &flag), 0);
        assert(sg_status_text(band, flag) != NULL);
        break;
    case 4:
        check(sg_account_band(&args[0], &args[1], &band), 0);
        break;
    case 5: {
        size_t index = 0, count = 0;
        sg_status s = sg_focus_reality(&args[0], &args[1], &args[2], &args[3], &index);
        check(s, 0);
        if (s == SG_OK) {
            const sg_value *names = sg_line_cells(&args[0], &count);
            assert(index < count && names[index].kind == SG_TEXT && names[index].length > 0);
        }
        break;
    }
    case 6: {
        const char *label = NULL;
        sg_status s = sg_score_label(&args[0], &label);
        check(s, 0);
        assert(s != SG_OK || label != NULL);
        break;
    }
    case 7: {
        sg_trend trend = SG_TREND_STABLE;
        check(sg_gap_trend(&args[0], &args[1], &args[2], &trend), 0);
        assert(sg_trend_text(trend) != NULL);
        break;
    }
    case 8:
        check(sg_value_at_risk(&args[0], &args[1], &args[2], &args[3], &args[4], &x), x);
        assert(!(x < 0));
        break;
    case 9: {
        /* The sentence is empty exactly when REALITYSTATUS accepts the same inputs. */
        const char *problem = NULL;
        sg_value none = sg_omitted();
        sg_status s = sg_reality_check(&args[0], &args[1], &args[2], &problem);
        check(s, 0);
        if (s == SG_OK) {
            sg_status r = sg_reality_status(&args[0], &args[1], &args[2], &none, &band, &flag);
            assert((problem[0] == '\0') == !sg_status_is_error(r));
        }
        break;
    }
    case 10: {
        /* The sentence is empty exactly when the thresholds are accepted. */
        const char *problem = NULL;
        sg_thresholds t;
        sg_status s = sg_thresholds_check(&args[0], &problem);
        check(s, 0);
        if (s == SG_OK)
            assert((problem[0] == '\0') == (sg_thresholds_read(&args[0], &t) == SG_OK));
        break;
    }
    case 11: {
        /* The next review is 1 to 3 calendar months after the last: 28 to 92 days. */
        double last = 0;
        sg_status s = sg_next_review(&args[0], &args[1], &x);
        check(s, x);
        if (s == SG_OK && sg_read_number(&args[0], 1, &last) == SG_OK)
            assert(x - floor(last) >= 28 && x - floor(last) <= 92 && x <= SG_DATE_MAX);
        break;
    }
    case 12: {
        /* A mean of gaps is a gap: within -4..4. */
        sg_status s = sg_mean_gap(&args[0], &x);
        check(s, x);
        if (s == SG_OK)
            assert(x >= -SG_GAP_LIMIT && x <= SG_GAP_LIMIT);
        break;
    }
    default: {
        /* Overdue exactly when the due day is before today's, for days of Calc's calendar. */
        if (args[0].kind != SG_NUMBER || args[1].kind != SG_NUMBER)
            break;
        int overdue = -1;
        sg_status s = sg_review_overdue(args[0].number, args[1].number, &overdue);
        check(s, 0);
        if (s == SG_OK)
            assert(overdue == (floor(args[0].number) < floor(args[1].number)));
        else
            assert(overdue == -1);
        break;
    }
    }
    for (size_t i = 0; i < a.count; i++)
        free(a.blocks[i]);
    return 0;
}
