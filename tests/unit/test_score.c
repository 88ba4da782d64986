/* Scores, the gap between them, and the scale text. */
#include "sg_test.h"

/* SCOREGAP on two numbers. */
static sg_status gap_of(double org, double customer, double *gap)
{
    sg_value o = sg_number(org), c = sg_number(customer);
    return sg_score_gap(&o, &c, gap);
}

/* The gap is org minus customer: positive is a blind spot, negative an opportunity. */
static void gap_is_org_minus_customer(void **state)
{
    (void)state;
    double g = 0;
    assert_int_equal(gap_of(4.0, 2.5, &g), SG_OK);
    assert_double_exact(g, 1.5);
    assert_int_equal(gap_of(2.0, 4.5, &g), SG_OK);
    assert_double_exact(g, -2.5);
    assert_int_equal(gap_of(5.0, 1.0, &g), SG_OK);
    assert_double_exact(g, 4.0);
    assert_int_equal(gap_of(3.0, 3.0, &g), SG_OK);
    assert_double_exact(g, 0.0);
}

/* Every one-decimal pair gives the exact decimal difference, where plain subtraction does not. */
static void gap_of_one_decimal_scores_is_exact(void **state)
{
    (void)state;
    int noisy = 0;
    for (int a = 10; a <= 50; a++) {
        for (int b = 10; b <= 50; b++) {
            double g = 0;
            assert_int_equal(gap_of(a / 10.0, b / 10.0, &g), SG_OK);
            assert_double_exact(g, (a - b) / 10.0);
            noisy += (a / 10.0 - b / 10.0) != (a - b) / 10.0;
        }
    }
    assert_true(noisy > 0); /* the noise is real, so this test proves something */
}

/* Blank scores (empty cell = 0, empty text) mean not assessed yet: no number at all. */
static void blank_score_gives_blank_gap(void **state)
{
    (void)state;
    double g = 99;
    assert_int_equal(gap_of(0.0, 3.0, &g), SG_BLANK);
    assert_int_equal(gap_of(3.0, 0.0, &g), SG_BLANK);
    sg_value empty = TXT(u""), three = sg_number(3.0);
    assert_int_equal(sg_score_gap(&empty, &three, &g), SG_BLANK);
    assert_double_exact(g, 99);
}

/* Scores outside 1-5, text and missing arguments are errors; errors win over blanks. */
static void invalid_scores_are_errors(void **state)
{
    (void)state;
    double g = 0;
    assert_int_equal(gap_of(0.99, 3.0, &g), SG_ERR_RANGE);
    assert_int_equal(gap_of(5.01, 3.0, &g), SG_ERR_RANGE);
    assert_int_equal(gap_of(-1.0, 3.0, &g), SG_ERR_RANGE);
    assert_int_equal(gap_of(3.0, 1e308, &g), SG_ERR_RANGE);
    assert_int_equal(gap_of(3.0, 4.9e-324, &g), SG_ERR_RANGE);
    assert_int_equal(gap_of(0.0, 7.0, &g), SG_ERR_RANGE);
    sg_value text = TXT(u"good"), three = sg_number(3.0), omitted = sg_omitted();
    assert_int_equal(sg_score_gap(&text, &three, &g), SG_ERR_NOT_NUMBER);
    assert_int_equal(sg_score_gap(&three, &omitted, &g), SG_ERR_MISSING);
    sg_value as_text = TXT(u" 4.5 ");
    assert_int_equal(sg_score_gap(&as_text, &three, &g), SG_OK);
    assert_double_exact(g, 1.5);
}

/* Score edges 1 and 5 are valid, and noise just outside them is absorbed. */
static void score_edges_are_inclusive(void **state)
{
    (void)state;
    double s = 0;
    sg_value one = sg_number(1.0), five = sg_number(5.0), noisy = sg_number(5.000000000000001);
    assert_int_equal(sg_score_read(&one, &s), SG_OK);
    assert_int_equal(sg_score_read(&five, &s), SG_OK);
    assert_int_equal(sg_score_read(&noisy, &s), SG_OK);
    assert_double_exact(s, 5.0);
}

/* The scale text belongs to the whole point at or below the score. */
static void label_is_the_whole_point_below(void **state)
{
    (void)state;
    const char *label = NULL;
    sg_value v = sg_number(3.5);
    assert_int_equal(sg_score_label(&v, &label), SG_OK);
    assert_string_equal(label, "Acceptable but fragile");
    v = sg_number(2.9999999999999996);
    assert_int_equal(sg_score_label(&v, &label), SG_OK);
    assert_string_equal(label, "Acceptable but fragile");
    v = sg_number(1.0);
    assert_int_equal(sg_score_label(&v, &label), SG_OK);
    assert_string_equal(label, "Materially failing the customer's reality");
    v = sg_number(2.99);
    assert_int_equal(sg_score_label(&v, &label), SG_OK);
    assert_string_equal(label, "Weak and creating visible concern");
    v = sg_number(4.0);
    assert_int_equal(sg_score_label(&v, &label), SG_OK);
    assert_string_equal(label, "Strong and broadly trusted");
    v = sg_number(5.0);
    assert_int_equal(sg_score_label(&v, &label), SG_OK);
    assert_string_equal(label, "Demonstrably creating recognised value");
    v = sg_number(0.0);
    assert_int_equal(sg_score_label(&v, &label), SG_BLANK);
    v = sg_number(5.5);
    assert_int_equal(sg_score_label(&v, &label), SG_ERR_RANGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gap_is_org_minus_customer),
        cmocka_unit_test(gap_of_one_decimal_scores_is_exact),
        cmocka_unit_test(blank_score_gives_blank_gap),
        cmocka_unit_test(invalid_scores_are_errors),
        cmocka_unit_test(score_edges_are_inclusive),
        cmocka_unit_test(label_is_the_whole_point_below),
    };
    return cmocka_run_group_tests_name("score", tests, NULL, NULL);
}
