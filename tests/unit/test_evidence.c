/* Evidence grades, Untrusted, and the status text of a reality. */
#include "sg_test.h"

/* Reads evidence and returns the grade, or -1 - status on failure. */
static int grade_of(sg_value v)
{
    sg_evidence e;
    sg_status s = sg_evidence_read(&v, &e);
    return s == SG_OK ? (int)e : -1 - (int)s;
}

/* A, B and C in any case and with surrounding spaces are grades. */
static void grades_ignore_case_and_spaces(void **state)
{
    (void)state;
    assert_int_equal(grade_of(TXT(u"A")), SG_EVIDENCE_A);
    assert_int_equal(grade_of(TXT(u"b")), SG_EVIDENCE_B);
    assert_int_equal(grade_of(TXT(u" c ")), SG_EVIDENCE_C);
    assert_int_equal(grade_of(TXT(u"\u00a0A\t")), SG_EVIDENCE_A);
}

/* Empty text, spaces and a single empty cell (0) are unrated, not an error. */
static void blank_evidence_is_unrated(void **state)
{
    (void)state;
    assert_int_equal(grade_of(TXT(u"")), SG_EVIDENCE_NONE);
    assert_int_equal(grade_of(TXT(u"   ")), SG_EVIDENCE_NONE);
    assert_int_equal(grade_of(sg_number(0.0)), SG_EVIDENCE_NONE);
    sg_value one_blank[] = {TXT(u"")}, one_c[] = {TXT(u"c")}, one_omitted[] = {sg_omitted()};
    assert_int_equal(grade_of(ROW(one_blank)), SG_EVIDENCE_NONE);
    assert_int_equal(grade_of(ROW(one_c)), SG_EVIDENCE_C);
    assert_int_equal(grade_of(ROW(one_omitted)), SG_EVIDENCE_NONE);
}

/* Anything else is not evidence. */
static void unknown_evidence_is_an_error(void **state)
{
    (void)state;
    const int err = -1 - (int)SG_ERR_EVIDENCE;
    assert_int_equal(grade_of(TXT(u"D")), err);
    assert_int_equal(grade_of(TXT(u"AB")), err);
    assert_int_equal(grade_of(TXT(u"A+")), err);
    assert_int_equal(grade_of(TXT(u"High")), err);
    assert_int_equal(grade_of(TXT(u"\u0410")), err); /* Cyrillic A */
    assert_int_equal(grade_of(sg_number(1.0)), err);
    assert_int_equal(grade_of(sg_number(3.0)), err);
    assert_int_equal(grade_of(sg_omitted()), -1 - (int)SG_ERR_MISSING);
    sg_value two[] = {TXT(u"A"), TXT(u"B")};
    assert_int_equal(grade_of(ROW(two)), -1 - (int)SG_ERR_SHAPE);
}

/* C and unrated evidence are untrusted; A and B are not. */
static void untrusted_for_c_and_unrated(void **state)
{
    (void)state;
    int u = -1;
    sg_value a = TXT(u"a"), b = TXT(u"B"), c = TXT(u"C"), blank = sg_number(0.0), bad = TXT(u"x");
    assert_int_equal(sg_untrusted(&a, &u), SG_OK);
    assert_int_equal(u, 0);
    assert_int_equal(sg_untrusted(&b, &u), SG_OK);
    assert_int_equal(u, 0);
    assert_int_equal(sg_untrusted(&c, &u), SG_OK);
    assert_int_equal(u, 1);
    assert_int_equal(sg_untrusted(&blank, &u), SG_OK);
    assert_int_equal(u, 1);
    assert_int_equal(sg_untrusted(&bad, &u), SG_ERR_EVIDENCE);
}

/* REALITYSTATUS text for one reality, or NULL with the status in *status. */
static const char *status_of(double org, double customer, sg_value evidence, sg_status *status)
{
    sg_value o = sg_number(org), c = sg_number(customer), t = sg_omitted();
    sg_band band;
    int untrusted;
    *status = sg_reality_status(&o, &c, &evidence, &t, &band, &untrusted);
    return *status == SG_OK ? sg_status_text(band, untrusted) : NULL;
}

/* The whitepaper's worked example (section 6), reality by reality. */
static void worked_example_statuses(void **state)
{
    (void)state;
    sg_status s;
    assert_string_equal(status_of(4.0, 3.0, TXT(u"B"), &s), "Watch");
    assert_string_equal(status_of(4.0, 2.5, TXT(u"B"), &s), "Material");
    assert_string_equal(status_of(3.5, 2.0, TXT(u"A"), &s), "Material");
    assert_string_equal(status_of(4.0, 2.0, TXT(u"B"), &s), "Critical");
    assert_string_equal(status_of(3.0, 2.0, TXT(u"C"), &s), "Watch and Untrusted");
}

/* Unrated evidence is untrusted; blank scores give no status; errors win over blanks. */
static void status_blanks_and_errors(void **state)
{
    (void)state;
    sg_status s;
    assert_string_equal(status_of(2.0, 4.0, TXT(u""), &s), "Opportunity and Untrusted");
    assert_string_equal(status_of(3.0, 3.0, TXT(u"a"), &s), "Aligned");
    assert_null(status_of(0.0, 3.0, TXT(u"A"), &s));
    assert_int_equal(s, SG_BLANK);
    assert_null(status_of(0.0, 3.0, TXT(u"Z"), &s));
    assert_int_equal(s, SG_ERR_EVIDENCE);
    assert_null(status_of(6.0, 0.0, TXT(u"A"), &s));
    assert_int_equal(s, SG_ERR_RANGE);
    sg_value o = sg_number(4), c = sg_number(2), e = TXT(u"A");
    sg_value bad[] = {sg_number(2), sg_number(1), sg_number(3)};
    sg_value bad_t = ROW(bad);
    sg_band band;
    int untrusted;
    assert_int_equal(sg_reality_status(&o, &c, &e, &bad_t, &band, &untrusted), SG_ERR_THRESHOLDS);
}

/* Status texts are a stored contract: every one of the ten, letter for letter. */
static void status_texts_are_fixed(void **state)
{
    (void)state;
    assert_string_equal(sg_status_text(SG_BAND_ALIGNED, 0), "Aligned");
    assert_string_equal(sg_status_text(SG_BAND_ALIGNED, 1), "Aligned and Untrusted");
    assert_string_equal(sg_status_text(SG_BAND_OPPORTUNITY, 0), "Opportunity");
    assert_string_equal(sg_status_text(SG_BAND_OPPORTUNITY, 1), "Opportunity and Untrusted");
    assert_string_equal(sg_status_text(SG_BAND_WATCH, 0), "Watch");
    assert_string_equal(sg_status_text(SG_BAND_WATCH, 1), "Watch and Untrusted");
    assert_string_equal(sg_status_text(SG_BAND_MATERIAL, 0), "Material");
    assert_string_equal(sg_status_text(SG_BAND_MATERIAL, 1), "Material and Untrusted");
    assert_string_equal(sg_status_text(SG_BAND_CRITICAL, 0), "Critical");
    assert_string_equal(sg_status_text(SG_BAND_CRITICAL, 1), "Critical and Untrusted");
}

/* A range nested in a one-cell range is not one grade. */
static void range_inside_a_one_cell_range_is_a_shape_error(void **state)
{
    (void)state;
    sg_value inner[] = {TXT(u"A")};
    sg_value cell[] = {ROW(inner)};
    assert_int_equal(grade_of(ROW(cell)), -1 - (int)SG_ERR_SHAPE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(grades_ignore_case_and_spaces),
        cmocka_unit_test(blank_evidence_is_unrated),
        cmocka_unit_test(unknown_evidence_is_an_error),
        cmocka_unit_test(untrusted_for_c_and_unrated),
        cmocka_unit_test(worked_example_statuses),
        cmocka_unit_test(status_blanks_and_errors),
        cmocka_unit_test(status_texts_are_fixed),
        cmocka_unit_test(range_inside_a_one_cell_range_is_a_shape_error),
    };
    return cmocka_run_group_tests_name("evidence", tests, NULL, NULL);
}
