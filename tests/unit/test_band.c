/* Gap bands, thresholds, the account band and the trend. */
#include "sg_test.h"

#include <math.h>

/* GAPBAND of a number under the default thresholds; returns the band or -1 on another status. */
static int band_of(double gap)
{
    sg_value g = sg_number(gap), t = sg_omitted();
    sg_band b;
    return sg_gap_band(&g, &t, &b) == SG_OK ? (int)b : -1;
}

/* Each default threshold exactly, just below and just above, on both sides of zero. */
static void default_thresholds_band_exactly(void **state)
{
    (void)state;
    assert_int_equal(band_of(0.0), SG_BAND_ALIGNED);
    assert_int_equal(band_of(0.5), SG_BAND_ALIGNED);
    assert_int_equal(band_of(0.49), SG_BAND_ALIGNED);
    assert_int_equal(band_of(0.51), SG_BAND_WATCH);
    assert_int_equal(band_of(1.0), SG_BAND_WATCH);
    assert_int_equal(band_of(0.99), SG_BAND_WATCH);
    assert_int_equal(band_of(1.01), SG_BAND_MATERIAL);
    assert_int_equal(band_of(1.5), SG_BAND_MATERIAL);
    assert_int_equal(band_of(1.49), SG_BAND_MATERIAL);
    assert_int_equal(band_of(1.51), SG_BAND_CRITICAL);
    assert_int_equal(band_of(4.0), SG_BAND_CRITICAL);
    assert_int_equal(band_of(-0.5), SG_BAND_ALIGNED);
    assert_int_equal(band_of(-0.49), SG_BAND_ALIGNED);
    assert_int_equal(band_of(-0.51), SG_BAND_OPPORTUNITY);
    assert_int_equal(band_of(-4.0), SG_BAND_OPPORTUNITY);
}

/* A gap a hair off a threshold through binary noise bands like the threshold itself. */
static void noise_at_thresholds_bands_like_the_exact_value(void **state)
{
    (void)state;
    assert_int_equal(band_of(nextafter(0.5, 1)), SG_BAND_ALIGNED);
    assert_int_equal(band_of(nextafter(1.0, 2)), SG_BAND_WATCH);
    assert_int_equal(band_of(nextafter(1.5, 2)), SG_BAND_MATERIAL);
    assert_int_equal(band_of(nextafter(-0.5, -1)), SG_BAND_ALIGNED);
    assert_int_equal(band_of(4.1 - 3.1), SG_BAND_WATCH);
}

/* All one-decimal score pairs whose exact difference is a threshold band like that exact value,
 * through SCOREGAP and through a plain difference typed as =E7-F7. */
static void one_decimal_pairs_at_thresholds_band_like_exact(void **state)
{
    (void)state;
    const int thresholds[] = {-5, 5, 10, 15};
    int checked = 0;
    for (int a = 10; a <= 50; a++) {
        for (int b = 10; b <= 50; b++) {
            for (size_t k = 0; k < 4; k++) {
                if (a - b != thresholds[k])
                    continue;
                int exact = band_of(thresholds[k] / 10.0);
                sg_value o = sg_number(a / 10.0), c = sg_number(b / 10.0);
                double gap = 0;
                assert_int_equal(sg_score_gap(&o, &c, &gap), SG_OK);
                assert_int_equal(band_of(gap), exact);
                assert_int_equal(band_of(a / 10.0 - b / 10.0), exact);
                checked++;
            }
        }
    }
    assert_int_equal(checked, 36 + 36 + 31 + 26);
}

/* Custom thresholds given as a row, a column or as text numbers are all honoured. */
static void custom_thresholds_row_or_column(void **state)
{
    (void)state;
    sg_value cells[] = {sg_number(0.25), sg_number(0.75), sg_number(2.0)};
    sg_value row = ROW(cells), column = COLUMN(cells), gap = sg_number(0.5);
    sg_band b;
    assert_int_equal(sg_gap_band(&gap, &row, &b), SG_OK);
    assert_int_equal(b, SG_BAND_WATCH);
    assert_int_equal(sg_gap_band(&gap, &column, &b), SG_OK);
    assert_int_equal(b, SG_BAND_WATCH);
    gap = sg_number(-0.3);
    assert_int_equal(sg_gap_band(&gap, &row, &b), SG_OK);
    assert_int_equal(b, SG_BAND_OPPORTUNITY);
    gap = sg_number(1.9);
    assert_int_equal(sg_gap_band(&gap, &row, &b), SG_OK);
    assert_int_equal(b, SG_BAND_MATERIAL);
    sg_value texts[] = {TXT(u"0.5"), TXT(u"1"), TXT(u"1.5")};
    sg_value text_row = ROW(texts);
    gap = sg_number(1.2);
    assert_int_equal(sg_gap_band(&gap, &text_row, &b), SG_OK);
    assert_int_equal(b, SG_BAND_MATERIAL);
}

/* Reads thresholds from three cells in the given shape and returns the status. */
static sg_status thresholds_status(double a, double b, double c)
{
    sg_value cells[] = {sg_number(a), sg_number(b), sg_number(c)};
    sg_value row = ROW(cells);
    sg_thresholds t;
    return sg_thresholds_read(&row, &t);
}

/* Thresholds must be 3 strictly ascending finite numbers with t1 > 0, one row or one column. */
static void bad_thresholds_are_errors(void **state)
{
    (void)state;
    sg_thresholds t;
    assert_int_equal(thresholds_status(0.5, 1.0, 1.5), SG_OK);
    assert_int_equal(thresholds_status(0.0, 1.0, 1.5), SG_ERR_THRESHOLDS);
    assert_int_equal(thresholds_status(-0.5, 1.0, 1.5), SG_ERR_THRESHOLDS);
    assert_int_equal(thresholds_status(1.0, 1.0, 1.5), SG_ERR_THRESHOLDS);
    assert_int_equal(thresholds_status(1.5, 1.0, 0.5), SG_ERR_THRESHOLDS);
    assert_int_equal(thresholds_status(0.5, NAN, 1.5), SG_ERR_THRESHOLDS);
    assert_int_equal(thresholds_status(0.5, 1.0, INFINITY), SG_ERR_THRESHOLDS);
    sg_value two[] = {sg_number(0.5), sg_number(1.0)};
    sg_value two_row = ROW(two);
    assert_int_equal(sg_thresholds_read(&two_row, &t), SG_ERR_THRESHOLDS);
    sg_value four[] = {sg_number(0.5), sg_number(1.0), sg_number(1.5), sg_number(2.0)};
    sg_value four_row = ROW(four), square = sg_range(four, 2, 2);
    assert_int_equal(sg_thresholds_read(&four_row, &t), SG_ERR_THRESHOLDS);
    assert_int_equal(sg_thresholds_read(&square, &t), SG_ERR_THRESHOLDS);
    sg_value with_blank[] = {sg_number(0.5), TXT(u""), sg_number(1.5)};
    sg_value blank_row = ROW(with_blank);
    assert_int_equal(sg_thresholds_read(&blank_row, &t), SG_ERR_THRESHOLDS);
    sg_value with_word[] = {sg_number(0.5), TXT(u"one"), sg_number(1.5)};
    sg_value word_row = ROW(with_word);
    assert_int_equal(sg_thresholds_read(&word_row, &t), SG_ERR_THRESHOLDS);
    sg_value single = sg_number(0.5), blank_cell = sg_number(0.0), text = TXT(u"0.5;1;1.5");
    assert_int_equal(sg_thresholds_read(&single, &t), SG_ERR_THRESHOLDS);
    assert_int_equal(sg_thresholds_read(&blank_cell, &t), SG_ERR_THRESHOLDS);
    assert_int_equal(sg_thresholds_read(&text, &t), SG_ERR_THRESHOLDS);
    sg_value omitted = sg_omitted();
    assert_int_equal(sg_thresholds_read(&omitted, &t), SG_OK);
    assert_double_exact(t.t[0], 0.5);
    assert_double_exact(t.t[1], 1.0);
    assert_double_exact(t.t[2], 1.5);
}

/* Empty text (an empty SCOREGAP) bands as empty; out-of-range and text gaps are errors. */
static void gap_band_blank_and_invalid(void **state)
{
    (void)state;
    sg_value t = sg_omitted(), empty = TXT(u""), word = TXT(u"big"), big = sg_number(4.5);
    sg_value as_text = TXT(u"1.5");
    sg_band b;
    assert_int_equal(sg_gap_band(&empty, &t, &b), SG_BLANK);
    assert_int_equal(sg_gap_band(&word, &t, &b), SG_ERR_NOT_NUMBER);
    assert_int_equal(sg_gap_band(&big, &t, &b), SG_ERR_RANGE);
    assert_int_equal(sg_gap_band(&as_text, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_MATERIAL);
    sg_value bad[] = {sg_number(1), sg_number(1), sg_number(1)};
    sg_value bad_t = ROW(bad);
    assert_int_equal(sg_gap_band(&empty, &bad_t, &b), SG_ERR_THRESHOLDS);
    assert_int_equal(band_of(NAN), -1);
}

/* Band texts are a stored contract: every one, letter for letter. */
static void band_texts_are_fixed(void **state)
{
    (void)state;
    assert_string_equal(sg_band_text(SG_BAND_ALIGNED), "Aligned");
    assert_string_equal(sg_band_text(SG_BAND_OPPORTUNITY), "Opportunity");
    assert_string_equal(sg_band_text(SG_BAND_WATCH), "Watch");
    assert_string_equal(sg_band_text(SG_BAND_MATERIAL), "Material");
    assert_string_equal(sg_band_text(SG_BAND_CRITICAL), "Critical");
}

/* One Critical reality makes the account Critical: the worst band, never an average. */
static void account_band_is_the_worst_band(void **state)
{
    (void)state;
    sg_value t = sg_omitted();
    sg_band b;
    sg_value worked[] = {sg_number(1.0), sg_number(1.5), sg_number(1.5), sg_number(2.0),
                         sg_number(1.0)};
    sg_value worked_col = COLUMN(worked);
    assert_int_equal(sg_account_band(&worked_col, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_CRITICAL);
    sg_value one_bad[] = {sg_number(0.0), sg_number(0.0), sg_number(0.0), sg_number(0.0),
                          sg_number(1.6)};
    sg_value one_bad_col = COLUMN(one_bad);
    assert_int_equal(sg_account_band(&one_bad_col, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_CRITICAL);
    sg_value opp[] = {sg_number(0.0), sg_number(-1.0), TXT(u"")};
    sg_value opp_col = COLUMN(opp);
    assert_int_equal(sg_account_band(&opp_col, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_OPPORTUNITY);
    sg_value watch[] = {sg_number(-2.0), sg_number(0.8)};
    sg_value watch_row = ROW(watch);
    assert_int_equal(sg_account_band(&watch_row, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_WATCH);
}

/* Blanks are skipped; nothing scored is blank; one invalid cell is an error. */
static void account_band_blanks_and_errors(void **state)
{
    (void)state;
    sg_value t = sg_omitted();
    sg_band b;
    sg_value blanks[] = {TXT(u""), TXT(u""), TXT(u"")};
    sg_value blank_col = COLUMN(blanks);
    assert_int_equal(sg_account_band(&blank_col, &t, &b), SG_BLANK);
    sg_value some[] = {TXT(u""), sg_number(0.2), TXT(u"")};
    sg_value some_col = COLUMN(some);
    assert_int_equal(sg_account_band(&some_col, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_ALIGNED);
    sg_value bad[] = {sg_number(0.2), TXT(u"n/a")};
    sg_value bad_col = COLUMN(bad);
    assert_int_equal(sg_account_band(&bad_col, &t, &b), SG_ERR_NOT_NUMBER);
    sg_value huge[] = {sg_number(0.2), sg_number(9.0)};
    sg_value huge_col = COLUMN(huge);
    assert_int_equal(sg_account_band(&huge_col, &t, &b), SG_ERR_RANGE);
    sg_value single = sg_number(1.2), omitted = sg_omitted();
    assert_int_equal(sg_account_band(&single, &t, &b), SG_OK);
    assert_int_equal(b, SG_BAND_MATERIAL);
    assert_int_equal(sg_account_band(&omitted, &t, &b), SG_ERR_MISSING);
    sg_value none = sg_range(NULL, 0, 0);
    assert_int_equal(sg_account_band(&none, &t, &b), SG_BLANK);
    sg_value bad_t[] = {sg_number(1), sg_number(0.5), sg_number(2)};
    sg_value bad_row = ROW(bad_t);
    assert_int_equal(sg_account_band(&single, &bad_row, &b), SG_ERR_THRESHOLDS);
}

/* GAPTREND on two numbers with an optional tolerance; -1 on another status. */
static int trend_of(double previous, double current, const sg_value *tolerance)
{
    sg_value p = sg_number(previous), c = sg_number(current);
    sg_trend tr;
    return sg_gap_trend(&p, &c, tolerance, &tr) == SG_OK ? (int)tr : -1;
}

/* The trend follows the change in the gap's size beyond the tolerance, boundary included. */
static void trend_follows_gap_size(void **state)
{
    (void)state;
    sg_value omitted = sg_omitted();
    assert_int_equal(trend_of(1.0, 1.5, &omitted), SG_TREND_WIDENING);
    assert_int_equal(trend_of(1.5, 1.0, &omitted), SG_TREND_NARROWING);
    assert_int_equal(trend_of(1.0, 1.25, &omitted), SG_TREND_STABLE);
    assert_int_equal(trend_of(1.0, 0.75, &omitted), SG_TREND_STABLE);
    assert_int_equal(trend_of(1.0, 1.26, &omitted), SG_TREND_WIDENING);
    assert_int_equal(trend_of(1.0, -1.5, &omitted), SG_TREND_WIDENING);
    assert_int_equal(trend_of(-2.0, 0.5, &omitted), SG_TREND_NARROWING);
    assert_int_equal(trend_of(0.1 + 0.2, 0.3 + 0.25, &omitted), SG_TREND_STABLE);
    sg_value zero = sg_number(0.0), half = sg_number(0.5), empty = TXT(u"");
    assert_int_equal(trend_of(1.0, 1.1, &zero), SG_TREND_WIDENING);
    assert_int_equal(trend_of(1.0, 1.5, &half), SG_TREND_STABLE);
    assert_int_equal(trend_of(1.0, 1.3, &empty), SG_TREND_WIDENING);
    assert_string_equal(sg_trend_text(SG_TREND_WIDENING), "Widening");
    assert_string_equal(sg_trend_text(SG_TREND_NARROWING), "Narrowing");
    assert_string_equal(sg_trend_text(SG_TREND_STABLE), "Stable");
}

/* Blank gaps give a blank trend; bad gaps and tolerances are errors. */
static void trend_blanks_and_errors(void **state)
{
    (void)state;
    sg_value omitted = sg_omitted(), empty = TXT(u""), one = sg_number(1.0);
    sg_value negative = sg_number(-0.1), huge = sg_number(5.0), word = TXT(u"x");
    sg_trend tr;
    assert_int_equal(sg_gap_trend(&empty, &one, &omitted, &tr), SG_BLANK);
    assert_int_equal(sg_gap_trend(&one, &empty, &omitted, &tr), SG_BLANK);
    assert_int_equal(sg_gap_trend(&one, &one, &negative, &tr), SG_ERR_RANGE);
    assert_int_equal(sg_gap_trend(&one, &one, &huge, &tr), SG_ERR_RANGE);
    assert_int_equal(sg_gap_trend(&one, &one, &word, &tr), SG_ERR_NOT_NUMBER);
    assert_int_equal(sg_gap_trend(&empty, &word, &omitted, &tr), SG_ERR_NOT_NUMBER);
    assert_int_equal(sg_gap_trend(&omitted, &one, &omitted, &tr), SG_ERR_MISSING);
    assert_int_equal(trend_of(1.0, 4.5, &omitted), -1);
}

/* GAPBAND with thresholds given as cells of the given shape. */
static sg_status band_with(double gap, sg_value *cells, size_t rows, size_t cols, sg_band *band)
{
    sg_value g = sg_number(gap), t = sg_range(cells, rows, cols);
    return sg_gap_band(&g, &t, band);
}

/* Only one row or one column of exactly three cells are thresholds; any other block is refused,
 * even when its first three cells would be valid thresholds. */
static void thresholds_of_other_shapes_are_errors(void **state)
{
    (void)state;
    sg_value six[] = {sg_number(0.5), sg_number(1.0), sg_number(1.5),
                      sg_number(2.0), sg_number(3.0), sg_number(4.0)};
    sg_band b;
    assert_int_equal(band_with(1.0, six, 2, 3, &b), SG_ERR_THRESHOLDS);
    assert_int_equal(band_with(1.0, six, 3, 2, &b), SG_ERR_THRESHOLDS);
    assert_int_equal(band_with(1.0, six, 4, 1, &b), SG_ERR_THRESHOLDS);
    assert_int_equal(band_with(1.0, six, 1, 4, &b), SG_ERR_THRESHOLDS);
    assert_int_equal(band_with(1.0, six, 3, 1, &b), SG_OK);
    assert_int_equal(b, SG_BAND_WATCH);
}

/* The third threshold must be strictly above the second, as the first two must be ordered. */
static void third_threshold_not_above_second_is_an_error(void **state)
{
    (void)state;
    sg_value equal[] = {sg_number(0.5), sg_number(1.0), sg_number(1.0)};
    sg_value below[] = {sg_number(0.5), sg_number(1.0), sg_number(0.9)};
    sg_band b;
    assert_int_equal(band_with(1.2, equal, 1, 3, &b), SG_ERR_THRESHOLDS);
    assert_int_equal(band_with(1.2, below, 3, 1, &b), SG_ERR_THRESHOLDS);
}

/* A threshold cell that is not a number is an error wherever it stands, the first included. */
static void invalid_threshold_in_any_place_is_an_error(void **state)
{
    (void)state;
    for (size_t place = 0; place < 3; place++) {
        sg_value cells[] = {sg_number(0.5), sg_number(1.0), sg_number(1.5)};
        cells[place] = TXT(u"abc");
        sg_band b;
        assert_int_equal(band_with(1.2, cells, 3, 1, &b), SG_ERR_THRESHOLDS);
    }
}

/* A threshold computed in the sheet carries binary noise (0.7-0.2 = 0.49999999999999994); it is
 * removed, so a gap of exactly 0.5 stays Aligned as on paper. */
static void threshold_noise_is_removed(void **state)
{
    (void)state;
    sg_value cells[] = {sg_number(0.7 - 0.2), sg_number(1.1 - 0.1), sg_number(1.7 - 0.2)};
    sg_band b = SG_BAND_CRITICAL;
    assert_int_equal(band_with(0.5, cells, 3, 1, &b), SG_OK);
    assert_int_equal(b, SG_BAND_ALIGNED);
    assert_int_equal(band_with(1.0, cells, 3, 1, &b), SG_OK);
    assert_int_equal(b, SG_BAND_WATCH);
    assert_int_equal(band_with(1.5, cells, 3, 1, &b), SG_OK);
    assert_int_equal(b, SG_BAND_MATERIAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_thresholds_band_exactly),
        cmocka_unit_test(noise_at_thresholds_bands_like_the_exact_value),
        cmocka_unit_test(one_decimal_pairs_at_thresholds_band_like_exact),
        cmocka_unit_test(custom_thresholds_row_or_column),
        cmocka_unit_test(bad_thresholds_are_errors),
        cmocka_unit_test(gap_band_blank_and_invalid),
        cmocka_unit_test(band_texts_are_fixed),
        cmocka_unit_test(account_band_is_the_worst_band),
        cmocka_unit_test(account_band_blanks_and_errors),
        cmocka_unit_test(trend_follows_gap_size),
        cmocka_unit_test(trend_blanks_and_errors),
        cmocka_unit_test(thresholds_of_other_shapes_are_errors),
        cmocka_unit_test(third_threshold_not_above_second_is_an_error),
        cmocka_unit_test(invalid_threshold_in_any_place_is_an_error),
        cmocka_unit_test(threshold_noise_is_removed),
    };
    return cmocka_run_group_tests_name("band", tests, NULL, NULL);
}
