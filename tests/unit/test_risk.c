/* Value at risk. */
#include "sg_test.h"

#include <float.h>

/* VALUEATRISK over five arguments; returns the status and writes *out. */
static sg_status var(sg_value r, sg_value rp, sg_value e, sg_value dp, sg_value c, double *out)
{
    return sg_value_at_risk(&r, &rp, &e, &dp, &c, out);
}

/* renewal x risk + expansion x displacement + avoidable cost. */
static void formula_adds_the_three_terms(void **state)
{
    (void)state;
    double v = 0;
    assert_int_equal(var(sg_number(1000000), sg_number(0.25), sg_number(400000), sg_number(0.5),
                         sg_number(30000), &v), SG_OK);
    assert_double_exact(v, 250000.0 + 200000.0 + 30000.0);
    assert_int_equal(var(sg_number(1000000), sg_number(0.25), sg_omitted(), sg_omitted(),
                         sg_omitted(), &v), SG_OK);
    assert_double_exact(v, 250000.0);
    assert_int_equal(var(sg_number(1000000), sg_number(0.0), sg_omitted(), sg_omitted(),
                         sg_omitted(), &v), SG_OK);
    assert_double_exact(v, 0.0);
    assert_int_equal(var(TXT(u""), TXT(u""), sg_number(400000), sg_number(0.5), TXT(u""), &v), SG_OK);
    assert_double_exact(v, 200000.0);
    assert_int_equal(var(TXT(u"1000"), TXT(u"0.5"), sg_omitted(), sg_omitted(), TXT(u" 25 "), &v),
                     SG_OK);
    assert_double_exact(v, 525.0);
}

/* A value without its probability, or the reverse, is an error rather than a silent 0. */
static void value_needs_its_probability(void **state)
{
    (void)state;
    double v = 0;
    assert_int_equal(var(sg_number(1e6), sg_number(0.2), sg_number(4e5), sg_omitted(),
                         sg_omitted(), &v), SG_ERR_PAIR);
    assert_int_equal(var(sg_number(1e6), sg_number(0.2), sg_omitted(), sg_number(0.5),
                         sg_omitted(), &v), SG_ERR_PAIR);
    assert_int_equal(var(sg_number(1e6), sg_number(0.2), TXT(u""), sg_number(0.5),
                         sg_omitted(), &v), SG_ERR_PAIR);
    assert_int_equal(var(sg_number(1e6), TXT(u""), sg_omitted(), sg_omitted(), sg_omitted(), &v),
                     SG_ERR_PAIR);
    assert_int_equal(var(sg_omitted(), sg_number(0.2), sg_omitted(), sg_omitted(), sg_omitted(), &v),
                     SG_ERR_MISSING);
}

/* Nothing assessed — omitted, empty text or the zeros of empty cells — is blank, not 0. */
static void nothing_assessed_is_blank(void **state)
{
    (void)state;
    double v = 42;
    assert_int_equal(var(TXT(u""), TXT(u""), sg_omitted(), sg_omitted(), sg_omitted(), &v), SG_BLANK);
    assert_int_equal(var(sg_number(0), sg_number(0), sg_number(0), sg_number(0), sg_number(0), &v),
                     SG_BLANK);
    assert_double_exact(v, 42);
    assert_int_equal(var(sg_number(0), sg_number(0), sg_omitted(), sg_omitted(), sg_number(500), &v),
                     SG_OK);
    assert_double_exact(v, 500);
}

/* Negative money, probabilities outside 0-1, text and overflow are errors. */
static void invalid_amounts_are_errors(void **state)
{
    (void)state;
    double v = 0;
    sg_value none = sg_omitted();
    assert_int_equal(var(sg_number(-1), sg_number(0.5), none, none, none, &v), SG_ERR_RANGE);
    assert_int_equal(var(sg_number(1), sg_number(1.01), none, none, none, &v), SG_ERR_RANGE);
    assert_int_equal(var(sg_number(1), sg_number(-0.01), none, none, none, &v), SG_ERR_RANGE);
    assert_int_equal(var(sg_number(1), TXT(u"50%"), none, none, none, &v), SG_ERR_NOT_NUMBER);
    assert_int_equal(var(TXT(u"1,000"), sg_number(0.5), none, none, none, &v), SG_ERR_NOT_NUMBER);
    assert_int_equal(var(sg_number(1), sg_number(0.5), none, none, sg_number(-5), &v), SG_ERR_RANGE);
    assert_int_equal(var(sg_number(DBL_MAX), sg_number(1), sg_number(DBL_MAX), sg_number(1), none, &v),
                     SG_ERR_OVERFLOW);
    sg_value two[] = {sg_number(1), sg_number(2)};
    assert_int_equal(var(COLUMN(two), sg_number(0.5), none, none, none, &v), SG_ERR_SHAPE);
    assert_int_equal(var(sg_number(1), sg_number(1.0000000000000002), none, none, none, &v), SG_OK);
    assert_double_exact(v, 1.0);
}

/* =VALUEATRISK("";;400000;0.5): the renewal is not assessed, but its probability is a required
 * argument and is left out: an error, not a partial sum. */
static void omitted_required_probability_is_an_error_beside_empty_renewal(void **state)
{
    (void)state;
    double out = -1.0;
    assert_int_equal(var(TXT(u""), sg_omitted(), sg_number(400000), sg_number(0.5), sg_omitted(),
                         &out), SG_ERR_MISSING);
    assert_int_equal(var(sg_number(1000), TXT(u""), sg_omitted(), sg_omitted(), sg_omitted(), &out),
                     SG_ERR_PAIR);
    assert_double_exact(out, -1.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formula_adds_the_three_terms),
        cmocka_unit_test(value_needs_its_probability),
        cmocka_unit_test(nothing_assessed_is_blank),
        cmocka_unit_test(invalid_amounts_are_errors),
        cmocka_unit_test(omitted_required_probability_is_an_error_beside_empty_renewal),
    };
    return cmocka_run_group_tests_name("risk", tests, NULL, NULL);
}
