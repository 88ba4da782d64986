/* Reading spreadsheet arguments: numbers as text, blanks, shapes, noise removal. */
#include "sg_test.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Parses text and expects success with exactly the given double. */
static void expect_parse(const sg_char *text, size_t length, double expected)
{
    double x = -12345.0;
    assert_int_equal(sg_parse_number(text, length, &x), SG_OK);
    assert_double_exact(x, expected);
}
#define PARSES(s, v) expect_parse((s), sizeof(s) / sizeof(sg_char) - 1, (v))
#define REJECTS(s) do { double x_ = 0; \
    assert_int_equal(sg_parse_number((s), sizeof(s) / sizeof(sg_char) - 1, &x_), SG_ERR_NOT_NUMBER); } while (0)

/* Calc converts these texts to numbers (measured in Calc 7.4 with ="text"+0), and so do we. */
static void parse_accepts_what_calc_converts(void **state)
{
    (void)state;
    PARSES(u"3", 3.0);
    PARSES(u" 3 ", 3.0);
    PARSES(u"3.5", 3.5);
    PARSES(u"+3", 3.0);
    PARSES(u"-2", -2.0);
    PARSES(u"03", 3.0);
    PARSES(u"3.", 3.0);
    PARSES(u".5", 0.5);
    PARSES(u"1e0", 1.0);
    PARSES(u"1E1", 10.0);
    PARSES(u"2.5e-1", 0.25);
    PARSES(u"\u00a03", 3.0);
    PARSES(u"\t4.5\t", 4.5);
}

/* Texts Calc refuses (#VALUE!) or that would be a plausible wrong score are not numbers. */
static void parse_rejects_ambiguous_text(void **state)
{
    (void)state;
    REJECTS(u"3,5");
    REJECTS(u"0x3");
    REJECTS(u"inf");
    REJECTS(u"nan");
    REJECTS(u"");
    REJECTS(u" ");
    REJECTS(u".");
    REJECTS(u"1e");
    REJECTS(u"e5");
    REJECTS(u"--3");
    REJECTS(u"+");
    REJECTS(u"3 4");
    REJECTS(u"1,000");
    REJECTS(u"2026-01-01");
    REJECTS(u"12:00");
    REJECTS(u"50%");
    REJECTS(u"1e400");
    REJECTS(u"\uff13"); /* full-width digit three */
}

/* Decimal text becomes the same double the compiler makes of the literal, digit for digit. */
static void parse_is_correctly_rounded_for_typed_values(void **state)
{
    (void)state;
    /* valgrind runs long double at double precision, so long inputs round differently there;
     * the same code is checked natively and under ASan+UBSan. */
    if (getenv("SG_UNDER_VALGRIND") != NULL)
        skip();
    PARSES(u"4.1", 4.1);
    PARSES(u"3.1", 3.1);
    PARSES(u"0.1", 0.1);
    PARSES(u"0.3", 0.3);
    PARSES(u"2.9999999999999996", 2.9999999999999996);
    PARSES(u"1250000.75", 1250000.75);
    PARSES(u"0.000001", 0.000001);
    PARSES(u"123456789012345678901234567890", 123456789012345678901234567890.0);
    PARSES(u"1e-400", 0.0);
    PARSES(u"1e-500", 0.0);
    PARSES(u"0", 0.0);
    PARSES(u"-0.000", -0.0);
    REJECTS(u"1e500");
    REJECTS(u"1e99999999999");
}

/* Snapping removes binary noise but keeps every value a person could type. */
static void snap_removes_binary_noise(void **state)
{
    (void)state;
    assert_double_exact(sg_snap(4.1 - 3.1), 1.0);
    assert_double_exact(sg_snap(0.5000000000000002), 0.5);
    assert_double_exact(sg_snap(2.9999999999999996), 3.0);
    assert_double_exact(sg_snap(1.25), 1.25);
    assert_double_exact(sg_snap(-0.0), 0.0);
    assert_false(signbit(sg_snap(-1e-12)));
    assert_double_exact(sg_snap(1e300), 1e300);
    assert_true(isinf(sg_snap(INFINITY)));
}

/* A blank can arrive as 0, empty text or spaces; an omitted argument is missing. */
static void read_number_tells_blank_missing_and_values_apart(void **state)
{
    (void)state;
    double x = 0;
    sg_value zero = sg_number(0.0), empty = TXT(u""), spaces = TXT(u"  "), omitted = sg_omitted();
    assert_int_equal(sg_read_number(&zero, 1, &x), SG_BLANK);
    zero = sg_number(0.0);
    assert_int_equal(sg_read_number(&zero, 0, &x), SG_OK);
    assert_double_exact(x, 0.0);
    assert_int_equal(sg_read_number(&empty, 0, &x), SG_BLANK);
    assert_int_equal(sg_read_number(&spaces, 0, &x), SG_BLANK);
    assert_int_equal(sg_read_number(&omitted, 0, &x), SG_ERR_MISSING);
    sg_value text = TXT(u"three");
    assert_int_equal(sg_read_number(&text, 0, &x), SG_ERR_NOT_NUMBER);
    sg_value nan = sg_number(NAN), inf = sg_number(-INFINITY);
    assert_int_equal(sg_read_number(&nan, 0, &x), SG_ERR_RANGE);
    assert_int_equal(sg_read_number(&inf, 0, &x), SG_ERR_RANGE);
}

/* A 1x1 range is its cell; any larger range where one value belongs is a shape error. */
static void read_number_takes_one_cell_ranges_only(void **state)
{
    (void)state;
    double x = 0;
    sg_value one[] = {sg_number(2.5)};
    sg_value single = ROW(one);
    assert_int_equal(sg_read_number(&single, 1, &x), SG_OK);
    assert_double_exact(x, 2.5);
    sg_value blank[] = {TXT(u"")};
    sg_value blank_range = ROW(blank);
    assert_int_equal(sg_read_number(&blank_range, 1, &x), SG_BLANK);
    sg_value two[] = {sg_number(2.5), sg_number(3.0)};
    sg_value pair = COLUMN(two);
    assert_int_equal(sg_read_number(&pair, 1, &x), SG_ERR_SHAPE);
    sg_value none = sg_range(NULL, 0, 0);
    assert_int_equal(sg_read_number(&none, 1, &x), SG_ERR_SHAPE);
}

/* One row or one column is a line of cells; a single value is a line of one; a block is not. */
static void line_cells_accepts_rows_columns_and_single_values(void **state)
{
    (void)state;
    size_t n = 0;
    sg_value cells[] = {sg_number(1), sg_number(2), sg_number(3), sg_number(4)};
    sg_value row = sg_range(cells, 1, 4), column = sg_range(cells, 4, 1), block = sg_range(cells, 2, 2);
    sg_value single = sg_number(7);
    assert_ptr_equal(sg_line_cells(&row, &n), cells);
    assert_int_equal(n, 4);
    assert_ptr_equal(sg_line_cells(&column, &n), cells);
    assert_int_equal(n, 4);
    assert_ptr_equal(sg_line_cells(&single, &n), &single);
    assert_int_equal(n, 1);
    n = 99;
    assert_null(sg_line_cells(&block, &n));
    assert_int_equal(n, 99);
}

/* Bounds are inclusive after noise removal; outside them is a range error. */
static void read_bounded_checks_limits_after_snapping(void **state)
{
    (void)state;
    double x = 0;
    sg_value edge = sg_number(1.0000000000000002), low = sg_number(0.9999), text = TXT(u"0.5");
    assert_int_equal(sg_read_bounded(&edge, 0, 0.0, 1.0, &x), SG_OK);
    assert_double_exact(x, 1.0);
    assert_int_equal(sg_read_bounded(&low, 0, 1.0, 5.0, &x), SG_ERR_RANGE);
    assert_int_equal(sg_read_bounded(&text, 0, 0.0, 1.0, &x), SG_OK);
    assert_double_exact(x, 0.5);
    sg_value zero = sg_number(0.0);
    assert_int_equal(sg_read_bounded(&zero, 1, 1.0, 5.0, &x), SG_BLANK);
}

/* Combining two statuses: errors first, then blanks, then OK. */
static void worst_status_prefers_errors_then_blanks(void **state)
{
    (void)state;
    assert_int_equal(sg_status_worst(SG_OK, SG_OK), SG_OK);
    assert_int_equal(sg_status_worst(SG_OK, SG_BLANK), SG_BLANK);
    assert_int_equal(sg_status_worst(SG_BLANK, SG_OK), SG_BLANK);
    assert_int_equal(sg_status_worst(SG_BLANK, SG_ERR_RANGE), SG_ERR_RANGE);
    assert_int_equal(sg_status_worst(SG_ERR_SHAPE, SG_BLANK), SG_ERR_SHAPE);
    assert_int_equal(sg_status_worst(SG_ERR_SHAPE, SG_ERR_RANGE), SG_ERR_SHAPE);
}

/* Trimming drops the spaces blank text is made of, at both ends only. */
static void trim_drops_surrounding_spaces_only(void **state)
{
    (void)state;
    size_t start = 99, end = 99;
    sg_text_trim(u" \u00a0A b\t", 6, &start, &end);
    assert_int_equal(start, 2);
    assert_int_equal(end, 5);
    sg_text_trim(u" \t ", 3, &start, &end);
    assert_int_equal(start, end);
    sg_text_trim(NULL, 0, &start, &end);
    assert_int_equal(start, 0);
    assert_int_equal(end, 0);
}

/* Every status has a message, and only SG_ERR_* count as errors. */
static void statuses_have_messages(void **state)
{
    (void)state;
    for (int s = SG_OK; s <= SG_ERR_REASON; s++) {
        assert_non_null(sg_status_message((sg_status)s));
        assert_true(strlen(sg_status_message((sg_status)s)) > 0);
        assert_int_equal(sg_status_is_error((sg_status)s), s > SG_BLANK);
    }
}

/* sg_snap's inline rounding gives exactly libm's round(): ties away from zero, both signs. */
static void snap_rounds_exactly_like_libm_round(void **state)
{
    (void)state;
    const double ties[] = {0.5e-10, 1.5e-10, 2.5e-10, 12345.00000000005, 0.25, 4.1 - 3.1, 3.6 - 3.1};
    for (size_t i = 0; i < sizeof ties / sizeof ties[0]; i++) {
        for (int sign = -1; sign <= 1; sign += 2) {
            const double x = sign * ties[i];
            double ref = round(x * 1e10) / 1e10;
            ref = ref == 0.0 ? 0.0 : ref;
            assert_double_exact(sg_snap(x), ref);
        }
    }
    unsigned long long seed = 88172645463325252ULL; /* xorshift: reproducible spread of values */
    for (int n = 0; n < 1000000; n++) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        const double x = ((double)(seed >> 11) / 9007199254740992.0 - 0.5) * 2e5;
        double ref = round(x * 1e10) / 1e10;
        ref = ref == 0.0 ? 0.0 : ref;
        assert_double_exact(sg_snap(x), ref);
    }
}

/* Exponent signs, large exponents and long mantissas convert to the correctly rounded double,
 * which is what Calc's own conversion gives; the C library's strtod is the reference here. */
static void parse_matches_strtod_on_exponents_and_long_mantissas(void **state)
{
    (void)state;
    static const char *const texts[] = {"1e+2", "1e9", "0e500", "1e22", "1e23", "1e-7",
                                        "9000000000000000E-23", "7.7214536E26", "4.35", "0.1e1"};
    if (getenv("SG_UNDER_VALGRIND") != NULL) /* long double runs at double precision there */
        skip();
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        sg_char text[32];
        size_t n = 0;
        for (const char *p = texts[i]; *p; p++)
            text[n++] = (sg_char)*p;
        expect_parse(text, n, strtod(texts[i], NULL));
    }
}

/* Junk after an exponent, a doubled sign and a broken fraction are not numbers. "1.-" (a
 * trailing minus, which Calc reads as -1) is refused on purpose: for a gap it would silently
 * become a valid -1, and a typo should be named, not guessed. */
static void parse_rejects_junk_after_exponent_and_broken_fractions(void **state)
{
    (void)state;
    REJECTS(u"1e-1x");
    REJECTS(u"1e+-5");
    REJECTS(u"3. 5");
    REJECTS(u"1.-");
}

/* The messages are the texts users read in Err:502's explanation and the README. */
static void statuses_have_their_documented_messages(void **state)
{
    (void)state;
    assert_string_equal(sg_status_message(SG_ERR_MISSING), "a required argument is missing");
    assert_string_equal(sg_status_message(SG_ERR_NOT_NUMBER), "text where a number belongs");
    assert_string_equal(sg_status_message(SG_ERR_RANGE), "a number outside its allowed range");
    assert_string_equal(sg_status_message(SG_ERR_EVIDENCE), "evidence must be A, B or C");
    assert_string_equal(sg_status_message(SG_ERR_THRESHOLDS),
                        "thresholds must be 3 strictly ascending numbers, the first above 0");
    assert_string_equal(sg_status_message(SG_ERR_SHAPE),
                        "a range where one value belongs, or ranges of the wrong shape");
    assert_string_equal(sg_status_message(SG_ERR_PAIR),
                        "a value needs its probability, and a probability its value");
    assert_string_equal(sg_status_message(SG_ERR_OVERFLOW), "the result is too large to be a number");
    assert_string_equal(sg_status_message(SG_ERR_NAME), "a scored reality has no name");
    assert_string_equal(sg_status_message(SG_ERR_REASON),
                        "a review reason is Quarterly, Renewal, Delivery, Recovery, Post-incident, "
                        "Leadership change or Direction change");
}

/* Every power of ten a double holds exactly, 1e0 to 1e22 and its reciprocal, parses to the same
 * double as the literal. */
static void powers_of_ten_parse_exactly(void **state)
{
    (void)state;
    static const double up[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    static const double down[] = {1e-0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9,
                                  1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18,
                                  1e-19, 1e-20, 1e-21, 1e-22};
    for (int k = 0; k <= 22; k++) {
        sg_char text[8] = {u'1', u'e', u'-'};
        size_t n = 3;
        if (k >= 10)
            text[n++] = (sg_char)(u'0' + k / 10);
        text[n++] = (sg_char)(u'0' + k % 10);
        expect_parse(text, n, down[k]);
        text[2] = u'+';
        expect_parse(text, n, up[k]);
    }
}

/* Exponents 22 and -22, the last whose power of ten a double holds, still give the correctly
 * rounded double for a mantissa a double holds. */
static void exponent_22_either_way_rounds_correctly(void **state)
{
    (void)state;
    PARSES(u"3960521193810124e-22", 3960521193810124e-22);
    PARSES(u"5169643306976753e22", 5169643306976753e22);
}

/* A mantissa just past 2^53, which a double cannot hold, is rounded once, not twice. */
static void mantissas_past_2_to_53_round_once(void **state)
{
    (void)state;
    if (getenv("SG_UNDER_VALGRIND") != NULL) /* long double runs at double precision there */
        skip();
    PARSES(u"9173021677453855e2", 9173021677453855e2);
}

/* Digits past the nineteenth of a fraction only refine the value: they never overflow it. */
static void long_fractions_keep_their_leading_digits(void **state)
{
    (void)state;
    if (getenv("SG_UNDER_VALGRIND") != NULL) /* long double runs at double precision there */
        skip();
    PARSES(u"3.14159265358979323846264338327950288", 3.14159265358979323846264338327950288);
}

/* An exponent too large for any integer type is still too large: it does not wrap around. */
static void huge_exponents_do_not_wrap_around(void **state)
{
    (void)state;
    REJECTS(u"1e18446744073709551617"); /* 2^64 + 1 */
    PARSES(u"1e-18446744073709551617", 0.0);
}

/* An exponent too large to hold is no number, even after as many leading zeros as it seems to
 * cancel: "0.000...01e1000000" is about 10^900000, not 1. */
static void huge_exponent_after_many_leading_zeros_is_refused(void **state)
{
    (void)state;
    const size_t zeros = 99999;
    const char *tail[] = {"1e1000000", "1e100000", "1e-1000000"};
    const int ok[] = {0, 1, 1};
    const double want[] = {0.0, 1.0, 0.0};
    for (size_t k = 0; k < 3; ++k) {
        size_t n = 2 + zeros + strlen(tail[k]);
        sg_char *text = test_malloc(n * sizeof(sg_char));
        text[0] = u'0';
        text[1] = u'.';
        for (size_t z = 0; z < zeros; ++z)
            text[2 + z] = u'0';
        for (size_t c = 0; tail[k][c]; ++c)
            text[2 + zeros + c] = (sg_char)tail[k][c];
        double x = -1.0;
        sg_status st = sg_parse_number(text, n, &x);
        if (ok[k]) {
            assert_int_equal(st, SG_OK);
            assert_double_exact(x, want[k]);
        } else {
            assert_int_equal(st, SG_ERR_NOT_NUMBER);
        }
        test_free(text);
    }
    REJECTS(u"1e999999999999");
    PARSES(u"0e999999999999", 0.0);
    PARSES(u"5e-999999999999", 0.0);
}

/* Text is not NUL-terminated: only the given length is read, and no text at all is no number. */
static void parse_reads_no_further_than_length(void **state)
{
    (void)state;
    expect_parse(u"34", 1, 3.0);
    expect_parse(u"3.5", 1, 3.0);
    expect_parse(u"1e5", 1, 1.0);
    expect_parse(u"2.5e1", 3, 2.5);
    double x = 7.0;
    assert_int_equal(sg_parse_number(NULL, 0, &x), SG_ERR_NOT_NUMBER);
    assert_double_exact(x, 7.0);
    /* exactly sized arrays: under AddressSanitizer a read past their end fails here */
    const sg_char exponent_sign[3] = {u'1', u'e', u'+'}, bare_e[2] = {u'1', u'e'};
    assert_int_equal(sg_parse_number(exponent_sign, 3, &x), SG_ERR_NOT_NUMBER);
    assert_int_equal(sg_parse_number(bare_e, 2, &x), SG_ERR_NOT_NUMBER);
    assert_double_exact(x, 7.0);
}

/* Values of magnitude 1e5 and more are returned unchanged, down to the last bit. */
static void snap_leaves_large_values_unchanged(void **state)
{
    (void)state;
    const double above = nextafter(1e5, INFINITY);
    assert_double_exact(sg_snap(above), above);
    assert_double_exact(sg_snap(-above), -above);
    assert_double_exact(sg_snap(123456.789012345678), 123456.789012345678);
}

/* A one-cell range whose cell was left out (Calc's void) is blank, not missing. */
static void omitted_cell_in_a_one_cell_range_is_blank(void **state)
{
    (void)state;
    double x = 5.0;
    sg_value cell[] = {sg_omitted()};
    sg_value range = ROW(cell);
    assert_int_equal(sg_read_number(&range, 0, &x), SG_BLANK);
    assert_double_exact(x, 5.0);
}

/* A range nested in a one-cell range is not one value. */
static void range_inside_a_one_cell_range_is_a_shape_error(void **state)
{
    (void)state;
    double x = 5.0;
    sg_value inner_cells[] = {sg_number(2)};
    sg_value cell[] = {ROW(inner_cells)};
    sg_value range = ROW(cell);
    assert_int_equal(sg_read_number(&range, 0, &x), SG_ERR_SHAPE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_accepts_what_calc_converts),
        cmocka_unit_test(snap_rounds_exactly_like_libm_round),
        cmocka_unit_test(parse_rejects_ambiguous_text),
        cmocka_unit_test(parse_is_correctly_rounded_for_typed_values),
        cmocka_unit_test(snap_removes_binary_noise),
        cmocka_unit_test(read_number_tells_blank_missing_and_values_apart),
        cmocka_unit_test(read_number_takes_one_cell_ranges_only),
        cmocka_unit_test(line_cells_accepts_rows_columns_and_single_values),
        cmocka_unit_test(read_bounded_checks_limits_after_snapping),
        cmocka_unit_test(worst_status_prefers_errors_then_blanks),
        cmocka_unit_test(statuses_have_messages),
        cmocka_unit_test(trim_drops_surrounding_spaces_only),
        cmocka_unit_test(parse_matches_strtod_on_exponents_and_long_mantissas),
        cmocka_unit_test(parse_rejects_junk_after_exponent_and_broken_fractions),
        cmocka_unit_test(statuses_have_their_documented_messages),
        cmocka_unit_test(powers_of_ten_parse_exactly),
        cmocka_unit_test(exponent_22_either_way_rounds_correctly),
        cmocka_unit_test(mantissas_past_2_to_53_round_once),
        cmocka_unit_test(long_fractions_keep_their_leading_digits),
        cmocka_unit_test(huge_exponents_do_not_wrap_around),
        cmocka_unit_test(huge_exponent_after_many_leading_zeros_is_refused),
        cmocka_unit_test(parse_reads_no_further_than_length),
        cmocka_unit_test(snap_leaves_large_values_unchanged),
        cmocka_unit_test(omitted_cell_in_a_one_cell_range_is_blank),
        cmocka_unit_test(range_inside_a_one_cell_range_is_a_shape_error),
    };
    return cmocka_run_group_tests_name("value", tests, NULL, NULL);
}
