/* REALITYCHECK and THRESHOLDCHECK: the first problem of the inputs, in words, or "". */
#include <stdio.h>

#include "sg_test.h"

/* The sentence for one reality's inputs; "<status N>" when the function itself fails. */
static const char *reality(sg_value org, sg_value customer, sg_value evidence)
{
    static char failed[32];
    const char *problem = NULL;
    sg_status s = sg_reality_check(&org, &customer, &evidence, &problem);
    if (s != SG_OK) {
        snprintf(failed, sizeof failed, "<status %d>", (int)s);
        return failed;
    }
    return problem;
}

/* The sentence for a thresholds argument. */
static const char *thresholds(sg_value t)
{
    const char *problem = NULL;
    return sg_thresholds_check(&t, &problem) == SG_OK ? problem : "<failed>";
}

/* Valid and blank inputs are not problems. */
static void valid_or_blank_inputs_say_nothing(void **state)
{
    (void)state;
    assert_string_equal(reality(sg_number(4), sg_number(2.5), TXT(u"B")), "");
    assert_string_equal(reality(sg_number(0), TXT(u""), TXT(u"")), "");
    assert_string_equal(reality(TXT(u" 3.5 "), sg_number(5), TXT(u"c")), "");
    assert_string_equal(reality(sg_number(1), sg_number(0), sg_number(0)), "");
}

/* Each input is named, in the order of the row: org, customer, evidence. */
static void the_first_problem_is_named(void **state)
{
    (void)state;
    assert_string_equal(reality(sg_number(6), sg_number(1), TXT(u"A")),
                        "Org score must be a number from 1 to 5");
    assert_string_equal(reality(TXT(u"abc"), sg_number(9), TXT(u"X")),
                        "Org score must be a number from 1 to 5");
    assert_string_equal(reality(sg_number(4), sg_number(0.5), TXT(u"X")),
                        "Customer score must be a number from 1 to 5");
    assert_string_equal(reality(sg_number(4), TXT(u"3,5"), TXT(u"A")),
                        "Customer score must be a number from 1 to 5");
    assert_string_equal(reality(sg_number(4), sg_number(3), TXT(u"D")), "Evidence must be A, B or C");
    assert_string_equal(reality(sg_number(4), sg_number(3), sg_number(1)), "Evidence must be A, B or C");
    assert_string_equal(reality(TXT(u""), TXT(u""), TXT(u"AB")), "Evidence must be A, B or C");
    assert_string_equal(reality(sg_number(-1), TXT(u""), TXT(u"")), "Org score must be a number from 1 to 5");
}

/* A range where one cell belongs is named as such. */
static void ranges_are_named(void **state)
{
    (void)state;
    sg_value two[] = {sg_number(4), sg_number(3)};
    assert_string_equal(reality(ROW(two), sg_number(3), TXT(u"A")),
                        "Org score must be one cell, not a range");
    assert_string_equal(reality(sg_number(3), ROW(two), TXT(u"A")),
                        "Customer score must be one cell, not a range");
    sg_value grades[] = {TXT(u"A"), TXT(u"B")};
    assert_string_equal(reality(sg_number(3), sg_number(3), COLUMN(grades)),
                        "Evidence must be one cell, not a range");
}

/* An argument left out of the formula is a formula error, not an input problem. */
static void omitted_arguments_fail(void **state)
{
    (void)state;
    assert_string_equal(reality(sg_number(4), sg_omitted(), TXT(u"A")), "<status 2>");
    assert_string_equal(reality(sg_number(4), sg_number(3), sg_omitted()), "<status 2>");
    const char *problem = NULL;
    sg_value none = sg_omitted();
    assert_int_equal(sg_thresholds_check(&none, &problem), SG_ERR_MISSING);
}

/* The threshold at fault is named, in the order a person fixes them. */
static void the_threshold_at_fault_is_named(void **state)
{
    (void)state;
    sg_value ok[] = {sg_number(0.5), sg_number(1), sg_number(1.5)};
    assert_string_equal(thresholds(COLUMN(ok)), "");
    assert_string_equal(thresholds(ROW(ok)), "");
    sg_value watch_high[] = {sg_number(0.5), sg_number(1.75), sg_number(1.5)};
    assert_string_equal(thresholds(COLUMN(watch_high)), "Material up to must be larger than Watch up to");
    sg_value watch_low[] = {sg_number(0.5), sg_number(0.5), sg_number(1.5)};
    assert_string_equal(thresholds(COLUMN(watch_low)), "Watch up to must be larger than Aligned up to");
    sg_value zero[] = {sg_number(0), sg_number(1), sg_number(1.5)};
    assert_string_equal(thresholds(COLUMN(zero)), "Aligned up to must be above 0");
    sg_value text[] = {sg_number(0.5), TXT(u"x"), sg_number(1.5)};
    assert_string_equal(thresholds(COLUMN(text)), "Watch up to must be a number");
    sg_value empty[] = {sg_number(0.5), sg_number(1), TXT(u"")};
    assert_string_equal(thresholds(COLUMN(empty)), "Material up to must be a number");
    sg_value first_text[] = {TXT(u"a"), sg_number(1), sg_number(1.5)};
    assert_string_equal(thresholds(COLUMN(first_text)), "Aligned up to must be a number above 0");
    sg_value two[] = {sg_number(0.5), sg_number(1)};
    assert_string_equal(thresholds(COLUMN(two)), "Thresholds must be three cells in one row or one column");
    assert_string_equal(thresholds(sg_number(0.5)), "Thresholds must be three cells in one row or one column");
    sg_value square[] = {sg_number(0.5), sg_number(1), sg_number(1.5), sg_number(2)};
    assert_string_equal(thresholds(sg_range(square, 2, 2)),
                        "Thresholds must be three cells in one row or one column");
}

/* The check agrees with the rules it explains: "" exactly when GAPBAND accepts the thresholds,
 * and exactly when REALITYSTATUS raises no error. */
static void checks_agree_with_the_rules(void **state)
{
    (void)state;
    const double values[] = {-1, 0, 0.25, 0.5, 1, 1.5, 2, 4, 5, 5.5, 1e-12};
    const size_t n = sizeof values / sizeof values[0];
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            for (size_t k = 0; k < n; k++) {
                sg_value t[] = {sg_number(values[i]), sg_number(values[j]), sg_number(values[k])};
                sg_value range = COLUMN(t), gap = sg_number(1);
                sg_band band;
                int accepted = sg_gap_band(&gap, &range, &band) == SG_OK;
                assert_int_equal(accepted, thresholds(range)[0] == '\0');
            }
    const sg_value grades[] = {TXT(u"A"), TXT(u""), TXT(u"Q"), sg_number(0), sg_number(2)};
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            for (size_t g = 0; g < 5; g++) {
                sg_value org = sg_number(values[i]), cust = sg_number(values[j]);
                sg_band band;
                int untrusted;
                sg_status s = sg_reality_status(&org, &cust, &grades[g], &(sg_value){.kind = SG_OMITTED},
                                                &band, &untrusted);
                assert_int_equal(sg_status_is_error(s), reality(org, cust, grades[g])[0] != '\0');
            }
}

/* A row of thresholds is checked like a column; a row of any other length is the wrong shape. */
static void a_row_of_thresholds_names_the_threshold_at_fault(void **state)
{
    (void)state;
    sg_value watch_high[] = {sg_number(0.5), sg_number(1.75), sg_number(1.5)};
    assert_string_equal(thresholds(ROW(watch_high)), "Material up to must be larger than Watch up to");
    sg_value four[] = {sg_number(0.5), sg_number(1), sg_number(1.5), sg_number(2)};
    assert_string_equal(thresholds(ROW(four)), "Thresholds must be three cells in one row or one column");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_or_blank_inputs_say_nothing),
        cmocka_unit_test(the_first_problem_is_named),
        cmocka_unit_test(ranges_are_named),
        cmocka_unit_test(omitted_arguments_fail),
        cmocka_unit_test(the_threshold_at_fault_is_named),
        cmocka_unit_test(checks_agree_with_the_rules),
        cmocka_unit_test(a_row_of_thresholds_names_the_threshold_at_fault),
    };
    return cmocka_run_group_tests_name("check", tests, NULL, NULL);
}
