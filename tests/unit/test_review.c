/* The governance rhythm: review reasons and the date the next review is due.
 * Expected serial dates were computed with Python's datetime, (date - date(1899, 12, 30)).days,
 * not with the code under test. */
#include "sg_test.h"

/* The due date for a last review on serial day `last` with the given reason, or -1 - status. */
static double due_of(sg_value last, sg_value reason)
{
    double due = 0.0;
    sg_status s = sg_next_review(&last, &reason, &due);
    return s == SG_OK ? due : -1.0 - (double)s;
}

/* Quarterly is three months on; every other reason one month. */
static void quarterly_is_three_months_and_the_rest_one(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(46342), TXT(u"Quarterly")), 46434);          /* 2026-11-16 -> 2027-02-16 */
    const sg_char *monthly[] = {u"Renewal", u"Delivery", u"Recovery", u"Post-incident",
                                u"Leadership change", u"Direction change"};
    const size_t lengths[] = {7, 8, 8, 13, 17, 16};
    for (size_t i = 0; i < 6; i++)
        assert_double_exact(due_of(sg_number(46342), sg_text(monthly[i], lengths[i])), 46372); /* 2026-12-16 */
}

/* A day that the target month lacks becomes that month's last day, leap years included. */
static void month_ends_clamp_to_the_last_day(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(45322), TXT(u"Renewal")), 45351);    /* 2024-01-31 -> 2024-02-29 */
    assert_double_exact(due_of(sg_number(44957), TXT(u"Renewal")), 44985);    /* 2023-01-31 -> 2023-02-28 */
    assert_double_exact(due_of(sg_number(45626), TXT(u"Quarterly")), 45716);  /* 2024-11-30 -> 2025-02-28 */
    assert_double_exact(due_of(sg_number(36556), TXT(u"Recovery")), 36585);   /* 2000-01-31 -> 2000-02-29 */
    assert_double_exact(due_of(sg_number(73081), TXT(u"Recovery")), 73109);   /* 2100-01-31 -> 2100-02-28 */
    assert_double_exact(due_of(sg_number(46173), TXT(u"Delivery")), 46203);   /* 2026-05-31 -> 2026-06-30 */
}

/* Year ends roll into the next year, and the day is kept when the month has it. */
static void year_ends_roll_over(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(46387), TXT(u"Renewal")), 46418);    /* 2026-12-31 -> 2027-01-31 */
    assert_double_exact(due_of(sg_number(46387), TXT(u"Quarterly")), 46477);  /* 2026-12-31 -> 2027-03-31 */
    assert_double_exact(due_of(sg_number(45351), TXT(u"Renewal")), 45380);    /* 2024-02-29 -> 2024-03-29 */
}

/* Calc's early serials: day 60 is 1900-02-28 and day 61 is 1900-03-01 (no 1900 leap day). */
static void early_serials_follow_calc(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(2), TXT(u"Renewal")), 33);           /* 1900-01-01 -> 1900-02-01 */
    double out = 0.0;
    assert_int_equal(sg_add_months(31, 1, &out), SG_OK);                      /* 1900-01-30 -> 1900-02-28 */
    assert_double_exact(out, 60);
}

/* A time of day is ignored: the review is on that day. */
static void time_of_day_is_ignored(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(46342.75), TXT(u"Quarterly")), 46434);
}

/* An empty date or reason means no review recorded yet: blank, never a date. */
static void blank_date_or_reason_is_blank(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(0), TXT(u"Quarterly")), -1.0 - SG_BLANK);
    assert_double_exact(due_of(TXT(u""), TXT(u"Quarterly")), -1.0 - SG_BLANK);
    assert_double_exact(due_of(sg_number(46342), TXT(u"  ")), -1.0 - SG_BLANK);
    assert_double_exact(due_of(sg_number(46342), sg_number(0)), -1.0 - SG_BLANK);
}

/* Reasons match in any case with surrounding spaces; anything else names the error. */
static void reasons_are_the_fixed_words(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(46342), TXT(u" leadership CHANGE ")), 46372);
    assert_double_exact(due_of(sg_number(46342), TXT(u"Leadership")), -1.0 - SG_ERR_REASON);
    assert_double_exact(due_of(sg_number(46342), TXT(u"Quarterly!")), -1.0 - SG_ERR_REASON);
    assert_double_exact(due_of(sg_number(46342), TXT(u"Monthly")), -1.0 - SG_ERR_REASON);
    assert_double_exact(due_of(sg_number(46342), sg_number(3)), -1.0 - SG_ERR_REASON);
    assert_string_equal(sg_review_reason_text(SG_REVIEW_LEADERSHIP), "Leadership change");
    assert_string_equal(sg_review_reason_text(SG_REVIEW_POST_INCIDENT), "Post-incident");
    assert_string_equal(sg_review_reason_text(SG_REVIEW_REASON_COUNT), "");
}

/* Dates outside Calc's calendar, negative ones and text are errors, and so is an error in either
 * argument when the other is blank. */
static void dates_outside_the_calendar_are_errors(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(-5), TXT(u"Renewal")), -1.0 - SG_ERR_RANGE);
    assert_double_exact(due_of(sg_number(0.5), TXT(u"Renewal")), -1.0 - SG_ERR_RANGE);
    assert_double_exact(due_of(sg_number(2958434), TXT(u"Renewal")), 2958464);  /* 9999-11-30 -> 12-30 is in range */
    assert_double_exact(due_of(sg_number(2958374), TXT(u"Quarterly")), -1.0 - SG_ERR_RANGE); /* 9999-10-01 + 3 */
    assert_double_exact(due_of(sg_number(2958466), TXT(u"Renewal")), -1.0 - SG_ERR_RANGE);
    assert_double_exact(due_of(TXT(u"2026-11-16"), TXT(u"Renewal")), -1.0 - SG_ERR_NOT_NUMBER);
    assert_double_exact(due_of(sg_number(0), TXT(u"Weekly")), -1.0 - SG_ERR_REASON);
    assert_double_exact(due_of(TXT(u"x"), TXT(u"")), -1.0 - SG_ERR_NOT_NUMBER);
    assert_double_exact(due_of(sg_omitted(), TXT(u"Renewal")), -1.0 - SG_ERR_MISSING);
    assert_double_exact(due_of(sg_number(46342), sg_omitted()), -1.0 - SG_ERR_MISSING);
    sg_value two[] = {sg_number(46342), sg_number(46343)};
    assert_double_exact(due_of(ROW(two), TXT(u"Renewal")), -1.0 - SG_ERR_SHAPE);
    sg_value reasons[] = {TXT(u"Renewal"), TXT(u"Renewal")};
    assert_double_exact(due_of(sg_number(46342), ROW(reasons)), -1.0 - SG_ERR_SHAPE);
}

/* Every day from 1900 to 2100 plus one month lands on the same day number or the month's end,
 * and never goes backwards: checked against a calendar kept independently here. */
static void every_day_for_two_centuries_is_consistent(void **state)
{
    (void)state;
    static const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = 1900, m = 1, d = 1;
    double prev = 0.0;
    for (double serial = 2; serial <= 73415; serial++) { /* 1900-01-01 .. 2100-12-31 */
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
        int nleap = (ny % 4 == 0 && ny % 100 != 0) || ny % 400 == 0;
        int nlen = nm == 2 && nleap ? 29 : lengths[nm - 1];
        int days_left = (m == 2 && leap ? 29 : lengths[m - 1]) - d;
        /* next month's day = min(d, nlen): the distance is the rest of this month plus that day */
        double expected = serial + days_left + (d < nlen ? d : nlen);
        double out = 0.0;
        assert_int_equal(sg_add_months(serial, 1, &out), SG_OK);
        assert_double_exact(out, expected);
        assert_true(out >= prev);
        prev = out;
        if (++d > (m == 2 && leap ? 29 : lengths[m - 1])) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
}

/* A reason is the whole word: a different first letter, a missing last letter or a trailing
 * U+0000 make it no reason at all. */
static void reasons_match_the_whole_word(void **state)
{
    (void)state;
    assert_double_exact(due_of(sg_number(46342), TXT(u"Xuarterly")), -1.0 - SG_ERR_REASON);
    assert_double_exact(due_of(sg_number(46342), TXT(u"Quarterl")), -1.0 - SG_ERR_REASON);
    const sg_char *words[] = {u"Quarterly", u"Renewal", u"Delivery", u"Recovery", u"Post-incident",
                              u"Leadership change", u"Direction change"};
    const size_t lengths[] = {9, 7, 8, 8, 13, 17, 16};
    for (size_t i = 0; i < 7; i++) {
        sg_char text[24] = {0};
        memcpy(text, words[i], lengths[i] * sizeof(sg_char));
        assert_double_exact(due_of(sg_number(46342), sg_text(text, lengths[i] + 1)),
                            -1.0 - SG_ERR_REASON);
    }
}

/* Text is not NUL-terminated: a reason that is the start of a word is read no further than its
 * length (under AddressSanitizer a read past it would fail here). */
static void reason_text_is_read_within_its_length(void **state)
{
    (void)state;
    const sg_char quarter[7] = {u'Q', u'u', u'a', u'r', u't', u'e', u'r'};
    assert_double_exact(due_of(sg_number(46342), sg_text(quarter, 7)), -1.0 - SG_ERR_REASON);
}

/* A one-cell range whose cell was left out (Calc's void) is a blank reason; a range nested in
 * it is not one value. */
static void reason_cell_blank_or_nested_range(void **state)
{
    (void)state;
    sg_review_reason reason = SG_REVIEW_RENEWAL;
    sg_value omitted[] = {sg_omitted()};
    sg_value blank = ROW(omitted);
    assert_int_equal(sg_review_reason_read(&blank, &reason), SG_BLANK);
    sg_value inner[] = {TXT(u"Renewal")};
    sg_value cell[] = {ROW(inner)};
    sg_value nested = ROW(cell);
    assert_int_equal(sg_review_reason_read(&nested, &reason), SG_ERR_SHAPE);
    assert_int_equal(reason, SG_REVIEW_RENEWAL);
}

/* The calendar's first and last days are inside it: 1899-12-31 (day 1) and 9999-12-31 are valid
 * dates and results; the day after 9999-12-31 is not a date even going back from it. */
static void calendar_limits_are_inclusive(void **state)
{
    (void)state;
    double out = 0.0;
    assert_int_equal(sg_add_months(1.0, 1, &out), SG_OK);            /* 1899-12-31 -> 1900-01-31 */
    assert_double_exact(out, 32);
    assert_int_equal(sg_add_months(SG_DATE_MAX, 0, &out), SG_OK);    /* 9999-12-31 */
    assert_double_exact(out, SG_DATE_MAX);
    assert_int_equal(sg_add_months(2958404, 2, &out), SG_OK);        /* 9999-10-31 -> 12-31 */
    assert_double_exact(out, SG_DATE_MAX);
    out = 7.0;
    assert_int_equal(sg_add_months(SG_DATE_MAX + 1.0, -1, &out), SG_ERR_RANGE);
    assert_double_exact(out, 7.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quarterly_is_three_months_and_the_rest_one),
        cmocka_unit_test(month_ends_clamp_to_the_last_day),
        cmocka_unit_test(year_ends_roll_over),
        cmocka_unit_test(early_serials_follow_calc),
        cmocka_unit_test(time_of_day_is_ignored),
        cmocka_unit_test(blank_date_or_reason_is_blank),
        cmocka_unit_test(reasons_are_the_fixed_words),
        cmocka_unit_test(dates_outside_the_calendar_are_errors),
        cmocka_unit_test(every_day_for_two_centuries_is_consistent),
        cmocka_unit_test(reasons_match_the_whole_word),
        cmocka_unit_test(reason_text_is_read_within_its_length),
        cmocka_unit_test(reason_cell_blank_or_nested_range),
        cmocka_unit_test(calendar_limits_are_inclusive),
    };
    return cmocka_run_group_tests_name("review", tests, NULL, NULL);
}
