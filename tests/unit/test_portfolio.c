/* The portfolio's roll-ups: self-assessment bias (mean signed gap) and overdue reviews.
 * Expected means are worked by hand from the gaps listed beside them. */
#include "sg_test.h"

/* The worked example's gaps (whitepaper section 6): +1.0, +2.0, -0.5, +2.5, +1.0 -> 6.0 / 5. */
static void bias_is_the_mean_signed_gap(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(1.0), sg_number(2.0), sg_number(-0.5), sg_number(2.5), sg_number(1.0)};
    sg_value line = COLUMN(gaps);
    double mean = 0.0;
    assert_int_equal(sg_mean_gap(&line, &mean), SG_OK);
    assert_double_exact(mean, 1.2);
    sg_value row = ROW(gaps);
    mean = 0.0;
    assert_int_equal(sg_mean_gap(&row, &mean), SG_OK);
    assert_double_exact(mean, 1.2);
}

/* Unscored realities (empty text, or spaces) are left out, not counted as 0: (2 - 1) / 2. */
static void bias_skips_unscored_realities(void **state)
{
    (void)state;
    sg_value gaps[] = {TXT(u""), sg_number(2.0), TXT(u"  "), sg_number(-1.0), TXT(u"")};
    sg_value line = COLUMN(gaps);
    double mean = 0.0;
    assert_int_equal(sg_mean_gap(&line, &mean), SG_OK);
    assert_double_exact(mean, 0.5);
    sg_value one = sg_number(-0.5);
    assert_int_equal(sg_mean_gap(&one, &mean), SG_OK);
    assert_double_exact(mean, -0.5);
}

/* Nothing scored is blank: no bias, rather than a plausible 0. */
static void bias_of_nothing_scored_is_blank(void **state)
{
    (void)state;
    sg_value gaps[] = {TXT(u""), TXT(u"")};
    sg_value line = COLUMN(gaps);
    double mean = 7.0;
    assert_int_equal(sg_mean_gap(&line, &mean), SG_BLANK);
    assert_double_exact(mean, 7.0);
}

/* A cell that is not a gap makes the bias an error, never a mean of the rest. */
static void bias_refuses_what_is_not_a_gap(void **state)
{
    (void)state;
    double mean = 7.0;
    sg_value text[] = {sg_number(1.0), TXT(u"high")};
    sg_value line = COLUMN(text);
    assert_int_equal(sg_mean_gap(&line, &mean), SG_ERR_NOT_NUMBER);
    sg_value big[] = {sg_number(1.0), sg_number(4.5)};
    line = COLUMN(big);
    assert_int_equal(sg_mean_gap(&line, &mean), SG_ERR_RANGE);
    sg_value square[] = {sg_number(1.0), sg_number(1.0), sg_number(1.0), sg_number(1.0)};
    line = sg_range(square, 2, 2);
    assert_int_equal(sg_mean_gap(&line, &mean), SG_ERR_SHAPE);
    assert_double_exact(mean, 7.0);
}

/* Gaps at the scale's ends and many of them: the mean keeps the exact sum's value
 * (0.1 * 10 summed naively is 0.9999999999999999). */
static void bias_of_many_gaps_is_exact(void **state)
{
    (void)state;
    sg_value gaps[10];
    for (size_t i = 0; i < 10; i++)
        gaps[i] = sg_number(0.1);
    sg_value line = COLUMN(gaps);
    double mean = 0.0;
    assert_int_equal(sg_mean_gap(&line, &mean), SG_OK);
    assert_double_exact(mean, 0.1);
    sg_value ends[] = {sg_number(4.0), sg_number(-4.0), sg_number(4.0)};
    line = COLUMN(ends);
    assert_int_equal(sg_mean_gap(&line, &mean), SG_OK);
    assert_double_exact(mean, 4.0 / 3.0);
}

/* Overdue once the due day has passed; the due day itself is not overdue; times are ignored. */
static void review_is_overdue_after_its_day(void **state)
{
    (void)state;
    int overdue = -1;
    assert_int_equal(sg_review_overdue(46372, 46373, &overdue), SG_OK); /* due 2026-12-16, today 17 */
    assert_int_equal(overdue, 1);
    assert_int_equal(sg_review_overdue(46372, 46372.9, &overdue), SG_OK);
    assert_int_equal(overdue, 0);
    assert_int_equal(sg_review_overdue(46372.75, 46372.25, &overdue), SG_OK);
    assert_int_equal(overdue, 0);
    assert_int_equal(sg_review_overdue(46372.75, 46373.0, &overdue), SG_OK);
    assert_int_equal(overdue, 1);
    assert_int_equal(sg_review_overdue(46400, 46372, &overdue), SG_OK);
    assert_int_equal(overdue, 0);
}

/* Days outside Calc's calendar are errors and leave the flag alone. */
static void overdue_refuses_days_outside_the_calendar(void **state)
{
    (void)state;
    int overdue = -1;
    assert_int_equal(sg_review_overdue(0.5, 46372, &overdue), SG_ERR_RANGE);
    assert_int_equal(sg_review_overdue(46372, SG_DATE_MAX + 1, &overdue), SG_ERR_RANGE);
    assert_int_equal(sg_review_overdue(0.0 / 0.0, 46372, &overdue), SG_ERR_RANGE);
    assert_int_equal(sg_review_overdue(46372, 1.0 / 0.0, &overdue), SG_ERR_RANGE);
    assert_int_equal(overdue, -1);
    assert_int_equal(sg_review_overdue(1.0, SG_DATE_MAX, &overdue), SG_OK);
    assert_int_equal(overdue, 1);
    assert_int_equal(sg_review_overdue(SG_DATE_MAX, 1.0, &overdue), SG_OK);
    assert_int_equal(overdue, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bias_is_the_mean_signed_gap),
        cmocka_unit_test(bias_skips_unscored_realities),
        cmocka_unit_test(bias_of_nothing_scored_is_blank),
        cmocka_unit_test(bias_refuses_what_is_not_a_gap),
        cmocka_unit_test(bias_of_many_gaps_is_exact),
        cmocka_unit_test(review_is_overdue_after_its_day),
        cmocka_unit_test(overdue_refuses_days_outside_the_calendar),
    };
    return cmocka_run_group_tests_name("portfolio", tests, NULL, NULL);
}
