/* Which reality to act on first. */
#include "sg_test.h"

static sg_value names_cells[] = {
    {SG_TEXT, 0, u"Strategic", 9, NULL, 0, 0},   {SG_TEXT, 0, u"Commercial", 10, NULL, 0, 0},
    {SG_TEXT, 0, u"Operational", 11, NULL, 0, 0}, {SG_TEXT, 0, u"Resilience", 10, NULL, 0, 0},
    {SG_TEXT, 0, u"Evolution", 9, NULL, 0, 0},
};

/* FOCUSREALITY over the five realities; returns the index or -1 - status. */
static int focus(const sg_value gaps[5], const sg_value evidence[5])
{
    sg_value names = sg_range(names_cells, 5, 1), g = sg_range(gaps, 5, 1);
    sg_value e = sg_range(evidence, 5, 1), t = sg_omitted();
    size_t index = 99;
    sg_status s = sg_focus_reality(&names, &g, &e, &t, &index);
    return s == SG_OK ? (int)index : -1 - (int)s;
}

/* The whitepaper's worked example: act first on Resilience, the one Critical gap. */
static void worked_example_focuses_on_resilience(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(1.0), sg_number(1.5), sg_number(1.5), sg_number(2.0), sg_number(1.0)};
    sg_value ev[] = {TXT(u"B"), TXT(u"B"), TXT(u"A"), TXT(u"B"), TXT(u"C")};
    assert_int_equal(focus(gaps, ev), 3);
}

/* Same band: the weaker evidence goes first (C or unrated before B before A). */
static void weaker_evidence_breaks_band_ties(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(1.5), sg_number(1.2), sg_number(1.1), sg_number(0), sg_number(0)};
    sg_value ev[] = {TXT(u"A"), TXT(u"B"), TXT(u"A"), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), 1);
    sg_value ev_unrated[] = {TXT(u"A"), TXT(u"B"), TXT(u""), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev_unrated), 2);
}

/* Same band and evidence: the larger gap size goes first, an Opportunity's size too. */
static void larger_gap_breaks_evidence_ties(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(1.1), sg_number(1.4), sg_number(1.2), sg_number(0), sg_number(0)};
    sg_value ev[] = {TXT(u"B"), TXT(u"B"), TXT(u"B"), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), 1);
    sg_value opp[] = {sg_number(-0.6), sg_number(-2.0), sg_number(0), sg_number(0), sg_number(0)};
    assert_int_equal(focus(opp, ev), 1);
}

/* Full ties go to the first listed reality. */
static void first_listed_breaks_full_ties(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(0), sg_number(0.8), sg_number(0), sg_number(0.8), sg_number(0)};
    sg_value ev[] = {TXT(u"A"), TXT(u"B"), TXT(u"A"), TXT(u"B"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), 1);
}

/* Severity order: Critical > Material > Watch > Opportunity > Aligned, whatever the evidence. */
static void band_severity_comes_first(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(-3.0), sg_number(0.6), sg_number(0), sg_number(0), sg_number(0)};
    sg_value ev[] = {TXT(u"C"), TXT(u"A"), TXT(u"C"), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), 1);
    sg_value aligned[] = {sg_number(0), sg_number(0), sg_number(-0.6), sg_number(0.4), sg_number(0)};
    sg_value ev2[] = {TXT(u"A"), TXT(u"A"), TXT(u"A"), TXT(u"C"), TXT(u"A")};
    assert_int_equal(focus(aligned, ev2), 2);
}

/* Aligned with C or unrated evidence still needs attention: the gap is untrusted. */
static void untrusted_alignment_needs_attention(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(0), sg_number(0.2), sg_number(0.4), sg_number(0), sg_number(0)};
    sg_value ev[] = {TXT(u"A"), TXT(u"B"), TXT(u"c"), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), 2);
}

/* Nothing to act on — all Aligned on A/B evidence, or nothing scored — is blank. */
static void nothing_to_act_on_is_blank(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(0), sg_number(0.5), sg_number(-0.5), sg_number(0.1), sg_number(0)};
    sg_value ev[] = {TXT(u"A"), TXT(u"B"), TXT(u"A"), TXT(u"B"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), -1 - (int)SG_BLANK);
    sg_value none[] = {TXT(u""), TXT(u""), TXT(u""), TXT(u""), TXT(u"")};
    sg_value unrated[] = {TXT(u""), TXT(u""), TXT(u""), TXT(u""), TXT(u"")};
    assert_int_equal(focus(none, unrated), -1 - (int)SG_BLANK);
    sg_value half[] = {TXT(u""), sg_number(1.6), TXT(u""), TXT(u""), TXT(u"")};
    assert_int_equal(focus(half, unrated), 1);
}

/* Invalid cells, mismatched or two-dimensional ranges and nameless picks are errors. */
static void bad_ranges_are_errors(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(0), sg_number(1.6), sg_number(0), sg_number(0), sg_number(0)};
    sg_value ev[] = {TXT(u"A"), TXT(u"Q"), TXT(u"A"), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(gaps, ev), -1 - (int)SG_ERR_EVIDENCE);
    sg_value bad_gap[] = {sg_number(0), TXT(u"wide"), sg_number(0), sg_number(0), sg_number(0)};
    sg_value ev_ok[] = {TXT(u"A"), TXT(u"A"), TXT(u"A"), TXT(u"A"), TXT(u"A")};
    assert_int_equal(focus(bad_gap, ev_ok), -1 - (int)SG_ERR_NOT_NUMBER);

    sg_value names = sg_range(names_cells, 5, 1), t = sg_omitted(), omitted = sg_omitted();
    sg_value four_gaps = sg_range(gaps, 4, 1), five_ev = sg_range(ev_ok, 5, 1);
    size_t index;
    assert_int_equal(sg_focus_reality(&names, &four_gaps, &five_ev, &t, &index), SG_ERR_SHAPE);
    sg_value cells6[] = {sg_number(0), sg_number(0), sg_number(0), sg_number(0), sg_number(0),
                         sg_number(0)};
    sg_value square = sg_range(cells6, 2, 3), square_names = sg_range(cells6, 2, 3);
    sg_value six_ev[] = {TXT(u"A"), TXT(u"A"), TXT(u"A"), TXT(u"A"), TXT(u"A"), TXT(u"A")};
    sg_value square_ev = sg_range(six_ev, 2, 3);
    assert_int_equal(sg_focus_reality(&square_names, &square, &square_ev, &t, &index), SG_ERR_SHAPE);
    assert_int_equal(sg_focus_reality(&names, &omitted, &five_ev, &t, &index), SG_ERR_MISSING);
    sg_value five_gaps = sg_range(gaps, 5, 1);
    sg_value nameless[] = {TXT(u"S"), TXT(u""), TXT(u"O"), TXT(u"R"), TXT(u"E")};
    sg_value nameless_range = sg_range(nameless, 5, 1);
    assert_int_equal(sg_focus_reality(&nameless_range, &five_gaps, &five_ev, &t, &index), SG_ERR_NAME);
    sg_value bad_t[] = {sg_number(1), sg_number(1), sg_number(2)};
    sg_value bad_thresholds = sg_range(bad_t, 1, 3), five_gaps_again = sg_range(gaps, 5, 1);
    assert_int_equal(sg_focus_reality(&names, &five_gaps_again, &five_ev, &bad_thresholds, &index),
                     SG_ERR_THRESHOLDS);
    sg_value as_row = sg_range(names_cells, 1, 5), gaps_row = sg_range(gaps, 1, 5);
    assert_int_equal(sg_focus_reality(&as_row, &gaps_row, &five_ev, &t, &index), SG_OK);
    assert_int_equal(index, 1);
}

/* A single reality given as plain values, not ranges, is a list of one. */
static void single_values_are_a_list_of_one(void **state)
{
    (void)state;
    sg_value name = TXT(u"Resilience"), gap = sg_number(1.6), grade = TXT(u"A"), t = sg_omitted();
    size_t index = 99;
    assert_int_equal(sg_focus_reality(&name, &gap, &grade, &t, &index), SG_OK);
    assert_int_equal(index, 0);
    gap = sg_number(0.2);
    assert_int_equal(sg_focus_reality(&name, &gap, &grade, &t, &index), SG_BLANK);
}

/* Evidence must be as long as the names, longer or shorter. */
static void evidence_of_another_length_is_an_error(void **state)
{
    (void)state;
    sg_value gaps[] = {sg_number(1), sg_number(1.5), sg_number(1.5), sg_number(2), sg_number(1)};
    sg_value grades[] = {TXT(u"B"), TXT(u"B"), TXT(u"A"), TXT(u"B"), TXT(u"C"), TXT(u"A")};
    sg_value names = sg_range(names_cells, 5, 1), g = sg_range(gaps, 5, 1), t = sg_omitted();
    sg_value longer = sg_range(grades, 6, 1), shorter = sg_range(grades, 4, 1);
    size_t index = 99;
    assert_int_equal(sg_focus_reality(&names, &g, &longer, &t, &index), SG_ERR_SHAPE);
    assert_int_equal(sg_focus_reality(&names, &g, &shorter, &t, &index), SG_ERR_SHAPE);
    assert_int_equal(index, 99);
}

/* Two Material gaps of different sizes: the weaker evidence wins over the larger gap. */
static void band_tie_goes_to_weaker_evidence_before_larger_gap(void **state)
{
    (void)state;
    sg_value names[] = {TXT(u"S"), TXT(u"C"), TXT(u"O")};
    sg_value gaps[] = {sg_number(1.1), sg_number(1.4), sg_number(0)};
    sg_value grades[] = {TXT(u"B"), TXT(u"A"), TXT(u"A")};
    sg_value n = sg_range(names, 1, 3), g = sg_range(gaps, 1, 3), e = sg_range(grades, 1, 3);
    sg_value t = sg_omitted();
    size_t index = 99;
    assert_int_equal(sg_focus_reality(&n, &g, &e, &t, &index), SG_OK);
    assert_int_equal(index, 0);
}

/* Names, gaps or evidence given as a block are a shape error, even when the other two ranges are
 * empty and so agree in length with a block that yields no cells. */
static void a_block_is_a_shape_error_beside_empty_ranges(void **state)
{
    (void)state;
    sg_value cells[4] = {sg_number(0), sg_number(0), sg_number(0), sg_number(0)};
    sg_value block = sg_range(cells, 2, 2), empty = sg_range(cells, 1, 0), t = sg_omitted();
    size_t index = 99;
    assert_int_equal(sg_focus_reality(&block, &empty, &empty, &t, &index), SG_ERR_SHAPE);
    assert_int_equal(sg_focus_reality(&empty, &block, &empty, &t, &index), SG_ERR_SHAPE);
    assert_int_equal(sg_focus_reality(&empty, &empty, &block, &t, &index), SG_ERR_SHAPE);
    assert_int_equal(index, 99);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(worked_example_focuses_on_resilience),
        cmocka_unit_test(weaker_evidence_breaks_band_ties),
        cmocka_unit_test(larger_gap_breaks_evidence_ties),
        cmocka_unit_test(first_listed_breaks_full_ties),
        cmocka_unit_test(band_severity_comes_first),
        cmocka_unit_test(untrusted_alignment_needs_attention),
        cmocka_unit_test(nothing_to_act_on_is_blank),
        cmocka_unit_test(bad_ranges_are_errors),
        cmocka_unit_test(single_values_are_a_list_of_one),
        cmocka_unit_test(evidence_of_another_length_is_an_error),
        cmocka_unit_test(band_tie_goes_to_weaker_evidence_before_larger_gap),
        cmocka_unit_test(a_block_is_a_shape_error_beside_empty_ranges),
    };
    return cmocka_run_group_tests_name("focus", tests, NULL, NULL);
}
