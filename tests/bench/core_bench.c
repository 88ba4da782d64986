/* core_bench.c — nanoseconds per call for every core function, on one core.
 *
 * Inputs cycle through every one-decimal score pair 1.0-5.0 (1681 pairs) and the three evidence
 * grades, so branches and band boundaries are exercised as in a real portfolio. A checksum of the
 * results is printed so the compiler cannot drop the work. Usage: core_bench [calls]
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sensesgap.h"

#define PAIRS 1681

static sg_value org_in[PAIRS], cust_in[PAIRS], gap_in[PAIRS];
static const sg_char GRADE_TEXT[3][1] = {{u'A'}, {u'B'}, {u'C'}};
static sg_value grade_in[3];

/* Monotonic wall time in seconds. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Prints one line: name, ns per call, million calls per second. */
static void report(const char *name, double seconds, long calls, double checksum)
{
    printf("%-28s %8.1f ns/call %10.1f M calls/s   (checksum %.0f)\n", name,
           seconds / (double)calls * 1e9, (double)calls / seconds / 1e6, checksum);
}

int main(int argc, char **argv)
{
    long calls = argc > 1 ? atol(argv[1]) : 20000000L;
    if (calls < PAIRS)
        calls = PAIRS;
    for (int i = 0; i < PAIRS; i++) {
        double o = 1.0 + (i / 41) * 0.1, c = 1.0 + (i % 41) * 0.1;
        org_in[i] = sg_number(o);
        cust_in[i] = sg_number(c);
        gap_in[i] = sg_number(o - c);
    }
    for (int g = 0; g < 3; g++)
        grade_in[g] = sg_text(GRADE_TEXT[g], 1);
    const sg_value none = sg_omitted();
    double t, sum;

    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        double gap = 0;
        if (sg_score_gap(&org_in[n % PAIRS], &cust_in[n % PAIRS], &gap) == SG_OK)
            sum += gap;
    }
    report("sg_score_gap", now() - t, calls, sum);

    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        sg_band band = SG_BAND_ALIGNED;
        if (sg_gap_band(&gap_in[n % PAIRS], &none, &band) == SG_OK)
            sum += band;
    }
    report("sg_gap_band", now() - t, calls, sum);

    /* The pair the target names: SCOREGAP then GAPBAND on its result. */
    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        double gap = 0;
        sg_band band = SG_BAND_ALIGNED;
        if (sg_score_gap(&org_in[n % PAIRS], &cust_in[n % PAIRS], &gap) == SG_OK) {
            const sg_value g = sg_number(gap);
            if (sg_gap_band(&g, &none, &band) == SG_OK)
                sum += band;
        }
    }
    double pair_seconds = now() - t;
    report("sg_score_gap + sg_gap_band", pair_seconds, calls, sum);

    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        int flag = 0;
        if (sg_untrusted(&grade_in[n % 3], &flag) == SG_OK)
            sum += flag;
    }
    report("sg_untrusted", now() - t, calls, sum);

    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        sg_band band = SG_BAND_ALIGNED;
        int flag = 0;
        if (sg_reality_status(&org_in[n % PAIRS], &cust_in[n % PAIRS], &grade_in[n % 3], &none,
                              &band, &flag) == SG_OK)
            sum += band + flag;
    }
    report("sg_reality_status", now() - t, calls, sum);

    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        const char *label = NULL;
        if (sg_score_label(&org_in[n % PAIRS], &label) == SG_OK)
            sum += label[0];
    }
    report("sg_score_label", now() - t, calls, sum);

    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        sg_trend trend = SG_TREND_STABLE;
        if (sg_gap_trend(&gap_in[n % PAIRS], &gap_in[(n + 7) % PAIRS], &none, &trend) == SG_OK)
            sum += trend;
    }
    report("sg_gap_trend", now() - t, calls, sum);

    sg_value rv = sg_number(1800000), rp = sg_number(0.3), ev = sg_number(600000),
             dp = sg_number(0.5), ac = sg_number(120000);
    sum = 0; t = now();
    for (long n = 0; n < calls; n++) {
        double v = 0;
        rp.number = 0.1 + (double)(n % 9) * 0.1;
        if (sg_value_at_risk(&rv, &rp, &ev, &dp, &ac, &v) == SG_OK)
            sum += v;
    }
    report("sg_value_at_risk", now() - t, calls, sum / 1e6);

    /* Roll-ups over one account's five realities. */
    static const sg_char NAMES[5][11] = {u"Strategic", u"Commercial", u"Operational", u"Resilience",
                                         u"Evolution"};
    static const size_t NAME_LEN[5] = {9, 10, 11, 10, 9};
    sg_value names[5], grades[5];
    for (int i = 0; i < 5; i++) {
        names[i] = sg_text(NAMES[i], NAME_LEN[i]);
        grades[i] = grade_in[i % 3];
    }
    const sg_value names_col = sg_range(names, 5, 1), grades_col = sg_range(grades, 5, 1);
    long rollups = calls / 5;
    sum = 0; t = now();
    for (long n = 0; n < rollups; n++) {
        const sg_value gaps_col = sg_range(&gap_in[(n * 5) % (PAIRS - 5)], 5, 1);
        sg_band band = SG_BAND_ALIGNED;
        if (sg_account_band(&gaps_col, &none, &band) == SG_OK)
            sum += band;
    }
    report("sg_account_band (5 gaps)", now() - t, rollups, sum);

    sum = 0; t = now();
    for (long n = 0; n < rollups; n++) {
        const sg_value gaps_col = sg_range(&gap_in[(n * 5) % (PAIRS - 5)], 5, 1);
        size_t index = 0;
        if (sg_focus_reality(&names_col, &gaps_col, &grades_col, &none, &index) == SG_OK)
            sum += (double)index;
    }
    report("sg_focus_reality (5)", now() - t, rollups, sum);

    printf("\nSCOREGAP + GAPBAND: %.1f million evaluations per second on one core (target >= 50)\n",
           (double)calls / pair_seconds / 1e6);
    return 0;
}
