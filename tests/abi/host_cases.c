/* host_cases.c -- the XFunctions calls and their expected outcomes (host_cases.h).
 * Each group cites the README rule its expectations follow from. */
#include "host_cases.h"

/* Three thresholds as a row or a column ("Thresholds are three strictly ascending numbers with
 * t1 > 0, given as a row or a column"). */
#define ROW3(a, b, c) ARG_RANGE(1, 3, ARG_NUM(a), ARG_NUM(b), ARG_NUM(c))
#define COLUMN3(a, b, c) ARG_RANGE(3, 1, ARG_NUM(a), ARG_NUM(b), ARG_NUM(c))
/* A range where one value belongs. */
#define SQUARE ARG_RANGE(2, 2, ARG_NUM(1), ARG_NUM(2), ARG_NUM(3), ARG_NUM(4))
#define SQUARE_TEXT ARG_RANGE(2, 2, ARG_TEXT("A"), ARG_TEXT("B"), ARG_TEXT("A"), ARG_TEXT("B"))
/* Two realities side by side, for FOCUSREALITY's tie-breaks. */
#define XY ARG_RANGE(1, 2, ARG_TEXT("X"), ARG_TEXT("Y"))
#define PAIR(a, b) ARG_RANGE(1, 2, a, b)
#define NUMS(a, b) PAIR(ARG_NUM(a), ARG_NUM(b))
#define GRADES(a, b) PAIR(ARG_TEXT(a), ARG_TEXT(b))

/* The whitepaper's worked example (README "make run"): Strategic 4/3 B, Commercial 4/2.5 B,
 * Operational 3.5/2 A, Resilience 4/2 B, Evolution 3/2 C. */
#define NAMES_COLUMN                                                                           \
    ARG_RANGE(5, 1, ARG_TEXT("Strategic"), ARG_TEXT("Commercial"), ARG_TEXT("Operational"),   \
              ARG_TEXT("Resilience"), ARG_TEXT("Evolution"))
#define GAPS_COLUMN ARG_RANGE(5, 1, ARG_NUM(1), ARG_NUM(1.5), ARG_NUM(1.5), ARG_NUM(2), ARG_NUM(1))
#define GRADES_COLUMN                                                                          \
    ARG_RANGE(5, 1, ARG_TEXT("B"), ARG_TEXT("B"), ARG_TEXT("A"), ARG_TEXT("B"), ARG_TEXT("C"))
#define NAMES_ROW                                                                              \
    ARG_RANGE(1, 5, ARG_TEXT("Strategic"), ARG_TEXT("Commercial"), ARG_TEXT("Operational"),   \
              ARG_TEXT("Resilience"), ARG_TEXT("Evolution"))
#define GAPS_ROW ARG_RANGE(1, 5, ARG_NUM(1), ARG_NUM(1.5), ARG_NUM(1.5), ARG_NUM(2), ARG_NUM(1))
#define GRADES_ROW                                                                             \
    ARG_RANGE(1, 5, ARG_TEXT("B"), ARG_TEXT("B"), ARG_TEXT("A"), ARG_TEXT("B"), ARG_TEXT("C"))

/* Ranges larger than a component keeps on its stack: 50 blank cells (empty text) at a time. */
#define BLANKS_10                                                                              \
    ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""),         \
        ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT("")
#define BLANKS_50 BLANKS_10, BLANKS_10, BLANKS_10, BLANKS_10, BLANKS_10
#define BLANKS_500 BLANKS_50, BLANKS_50, BLANKS_50, BLANKS_50, BLANKS_50, BLANKS_50, BLANKS_50, \
                   BLANKS_50, BLANKS_50, BLANKS_50
#define TWELVE(a, b)                                                                           \
    ARG_RANGE(12, 1, a, a, a, a, a, a, b, a, a, a, a, a)

#define LABEL_1 "Materially failing the customer's reality"
#define LABEL_2 "Weak and creating visible concern"
#define LABEL_3 "Acceptable but fragile"
#define LABEL_4 "Strong and broadly trusted"
#define LABEL_5 "Demonstrably creating recognised value"

const function_case function_cases[] = {
    /* SCOREGAP: org - customer; scores 1-5; free of binary noise. Blank (empty cell, 0, empty
     * text) gives empty text; text holding a number is a number; TRUE/FALSE are 1/0. */
    CASE("scoreGap", GIVES(1), ARG_NUM(4), ARG_NUM(3)),
    CASE("scoreGap", GIVES(1.5), ARG_NUM(4), ARG_NUM(2.5)),
    CASE("scoreGap", GIVES(1.5), ARG_NUM(3.5), ARG_NUM(2)),
    CASE("scoreGap", GIVES(2), ARG_NUM(4), ARG_NUM(2)),
    CASE("scoreGap", GIVES(1), ARG_NUM(3), ARG_NUM(2)),
    CASE("scoreGap", GIVES(1), ARG_NUM(4.1), ARG_NUM(3.1)),
    CASE("scoreGap", GIVES(-2), ARG_NUM(2), ARG_NUM(4)),
    CASE("scoreGap", GIVES(4), ARG_NUM(5), ARG_NUM(1)),
    CASE("scoreGap", GIVES(-4), ARG_NUM(1), ARG_NUM(5)),
    CASE("scoreGap", GIVES(1), ARG_TEXT("3"), ARG_NUM(2)),
    CASE("scoreGap", GIVES(1.5), ARG_TEXT(" 3.5 "), ARG_NUM(2)),
    CASE("scoreGap", GIVES(0), ARG_TEXT("1e0"), ARG_NUM(1)),
    CASE("scoreGap", GIVES(0), ARG_BOOL(1), ARG_NUM(1)),
    CASE("scoreGap", GIVES(1), ARG_RANGE(1, 1, ARG_NUM(4)), ARG_NUM(3)),
    CASE("scoreGap", NOT_ASSESSED, ARG_TEXT(""), ARG_NUM(3)),
    CASE("scoreGap", NOT_ASSESSED, ARG_NUM(4), ARG_TEXT("")),
    CASE("scoreGap", NOT_ASSESSED, ARG_NUM(0), ARG_NUM(3)),
    CASE("scoreGap", NOT_ASSESSED, ARG_NUM(4), ARG_NUM(0)),
    CASE("scoreGap", NOT_ASSESSED, ARG_BOOL(0), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_NUM(6), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_NUM(4), ARG_NUM(0.5)),
    CASE("scoreGap", INVALID, ARG_NUM(-1), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_NUM(5e-324), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_NUM(1e308), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_TEXT("abc"), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_TEXT("3,5"), ARG_NUM(2)),
    CASE("scoreGap", INVALID, ARG_TEXT("50%"), ARG_NUM(2)),
    CASE("scoreGap", INVALID, SQUARE, ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_NUM(4), SQUARE),
    CASE("scoreGap", INVALID, ARG_RANGE(101, 1, BLANKS_50, ARG_NUM(4), BLANKS_50), ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_OMITTED, ARG_NUM(3)),
    CASE("scoreGap", INVALID, ARG_NUM(4)),
    CASE_NO_ARGS("scoreGap", INVALID),

    /* GAPBAND: Aligned for -t1 <= gap <= t1, Watch <= t2, Material <= t3, Critical above,
     * Opportunity below -t1; defaults 0.5, 1, 1.5. A single empty cell is the gap 0. */
    CASE("gapBand", SAYS("Watch"), ARG_NUM(1)),
    CASE("gapBand", SAYS("Material"), ARG_NUM(1.5)),
    CASE("gapBand", SAYS("Critical"), ARG_NUM(2)),
    CASE("gapBand", SAYS("Aligned"), ARG_NUM(0.5)),
    CASE("gapBand", SAYS("Aligned"), ARG_NUM(-0.5)),
    CASE("gapBand", SAYS("Opportunity"), ARG_NUM(-0.6)),
    CASE("gapBand", SAYS("Opportunity"), ARG_NUM(-4)),
    CASE("gapBand", SAYS("Watch"), ARG_NUM(0.6)),
    CASE("gapBand", SAYS("Critical"), ARG_NUM(1.6)),
    CASE("gapBand", SAYS("Aligned"), ARG_NUM(0)),
    CASE("gapBand", SAYS("Material"), ARG_TEXT("1.5")),
    CASE("gapBand", SAYS("Watch"), ARG_NUM(0.7), ROW3(0.25, 0.75, 1.25)),
    CASE("gapBand", SAYS("Watch"), ARG_NUM(0.7), COLUMN3(0.25, 0.75, 1.25)),
    CASE("gapBand", SAYS("Critical"), ARG_NUM(1.3), ROW3(0.25, 0.75, 1.25)),
    CASE("gapBand", SAYS("Aligned"), ARG_NUM(0.2), COLUMN3(0.25, 0.75, 1.25)),
    CASE("gapBand", NOT_ASSESSED, ARG_TEXT("")),
    CASE("gapBand", INVALID, ARG_TEXT("abc")),
    CASE("gapBand", INVALID, SQUARE),
    CASE("gapBand", INVALID, ARG_NUM(1), ROW3(1, 0.5, 1.5)),
    CASE("gapBand", INVALID, ARG_NUM(1), ROW3(0, 1, 2)),
    CASE("gapBand", INVALID, ARG_NUM(1), COLUMN3(0.5, 0.5, 1)),
    CASE("gapBand", INVALID, ARG_NUM(1), ARG_RANGE(1, 2, ARG_NUM(0.5), ARG_NUM(1))),
    CASE("gapBand", INVALID, ARG_NUM(1), ARG_NUM(0.5)),
    CASE("gapBand", INVALID, ARG_NUM(1), SQUARE),
    CASE("gapBand", INVALID, ARG_NUM(1), ARG_RANGE(101, 1, BLANKS_50, ARG_NUM(1), BLANKS_50)),
    CASE("gapBand", INVALID, ARG_NUM(1), ARG_RANGE(1, 3, ARG_NUM(0.5), ARG_TEXT("abc"), ARG_NUM(1.5))),
    CASE_NO_ARGS("gapBand", INVALID),

    /* UNTRUSTED: 1 for C or unrated (blank) evidence, 0 for A or B; any case, spaces ignored;
     * evidence other than A/B/C is invalid. */
    CASE("untrusted", GIVES(0), ARG_TEXT("A")),
    CASE("untrusted", GIVES(0), ARG_TEXT("B")),
    CASE("untrusted", GIVES(1), ARG_TEXT("C")),
    CASE("untrusted", GIVES(1), ARG_TEXT("c")),
    CASE("untrusted", GIVES(0), ARG_TEXT(" b ")),
    CASE("untrusted", GIVES(0), ARG_TEXT("a")),
    CASE("untrusted", GIVES(1), ARG_TEXT("")),
    CASE("untrusted", GIVES(1), ARG_NUM(0)),
    CASE("untrusted", GIVES(1), ARG_RANGE(1, 1, ARG_TEXT("C"))),
    CASE("untrusted", INVALID, ARG_TEXT("Z")),
    CASE("untrusted", INVALID, ARG_TEXT("AB")),
    CASE("untrusted", INVALID, ARG_NUM(1)),
    CASE("untrusted", INVALID, SQUARE_TEXT),
    CASE_NO_ARGS("untrusted", INVALID),

    /* REALITYSTATUS: the band, with " and Untrusted" for C or unrated evidence; a blank score
     * gives empty text. */
    CASE("realityStatus", SAYS("Watch"), ARG_NUM(4), ARG_NUM(3), ARG_TEXT("B")),
    CASE("realityStatus", SAYS("Material"), ARG_NUM(4), ARG_NUM(2.5), ARG_TEXT("B")),
    CASE("realityStatus", SAYS("Material"), ARG_NUM(3.5), ARG_NUM(2), ARG_TEXT("A")),
    CASE("realityStatus", SAYS("Critical"), ARG_NUM(4), ARG_NUM(2), ARG_TEXT("B")),
    CASE("realityStatus", SAYS("Watch and Untrusted"), ARG_NUM(3), ARG_NUM(2), ARG_TEXT("C")),
    CASE("realityStatus", SAYS("Opportunity"), ARG_NUM(2), ARG_NUM(4), ARG_TEXT("a")),
    CASE("realityStatus", SAYS("Aligned"), ARG_NUM(3), ARG_NUM(3), ARG_TEXT("A")),
    CASE("realityStatus", SAYS("Aligned and Untrusted"), ARG_NUM(3), ARG_NUM(3), ARG_TEXT("c")),
    CASE("realityStatus", SAYS("Opportunity and Untrusted"), ARG_NUM(2), ARG_NUM(4), ARG_TEXT("C")),
    CASE("realityStatus", SAYS("Critical and Untrusted"), ARG_NUM(5), ARG_NUM(1), ARG_TEXT("C")),
    CASE("realityStatus", SAYS("Watch and Untrusted"), ARG_NUM(3), ARG_NUM(2), ARG_TEXT("")),
    CASE("realityStatus", SAYS("Watch and Untrusted"), ARG_NUM(3), ARG_NUM(2), ARG_NUM(0)),
    CASE("realityStatus", SAYS("Watch"), ARG_NUM(4), ARG_NUM(3.6), ARG_TEXT("A"), ROW3(0.25, 0.75, 1.25)),
    CASE("realityStatus", SAYS("Material"), ARG_NUM(4), ARG_NUM(2.5), ARG_TEXT("B"), COLUMN3(0.5, 1, 1.5)),
    CASE("realityStatus", NOT_ASSESSED, ARG_TEXT(""), ARG_NUM(3), ARG_TEXT("A")),
    CASE("realityStatus", NOT_ASSESSED, ARG_NUM(0), ARG_NUM(3), ARG_TEXT("A")),
    CASE("realityStatus", NOT_ASSESSED, ARG_NUM(4), ARG_TEXT(""), ARG_TEXT("B")),
    CASE("realityStatus", INVALID, ARG_NUM(4), ARG_NUM(2), ARG_TEXT("Q")),
    CASE("realityStatus", INVALID, ARG_NUM(4), ARG_NUM(2)),
    CASE("realityStatus", INVALID, ARG_NUM(6), ARG_NUM(2), ARG_TEXT("A")),
    CASE("realityStatus", INVALID, ARG_NUM(4), ARG_NUM(2), ARG_TEXT("A"), ROW3(1, 0.5, 2)),
    CASE("realityStatus", INVALID, SQUARE, ARG_NUM(2), ARG_TEXT("A")),
    CASE("realityStatus", INVALID, ARG_NUM(4), ARG_NUM(2), SQUARE_TEXT),

    /* ACCOUNTBAND: the most severe band (Critical > Material > Watch > Opportunity > Aligned);
     * blanks skipped; empty text when nothing is scored. */
    CASE("accountBand", SAYS("Critical"), GAPS_COLUMN),
    CASE("accountBand", SAYS("Material"),
         ARG_RANGE(5, 1, ARG_NUM(1), ARG_TEXT(""), ARG_NUM(1.5), ARG_TEXT(""), ARG_NUM(-1))),
    CASE("accountBand", SAYS("Material"),
         ARG_RANGE(1, 5, ARG_NUM(1), ARG_TEXT(""), ARG_NUM(1.5), ARG_TEXT(""), ARG_NUM(-1))),
    CASE("accountBand", NOT_ASSESSED,
         ARG_RANGE(5, 1, ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""))),
    CASE("accountBand", SAYS("Opportunity"),
         ARG_RANGE(3, 1, ARG_NUM(0.2), ARG_NUM(-0.8), ARG_TEXT(""))),
    CASE("accountBand", SAYS("Aligned"), ARG_RANGE(3, 1, ARG_NUM(0.2), ARG_NUM(0.4), ARG_NUM(-0.5))),
    CASE("accountBand", SAYS("Critical"), ARG_RANGE(101, 1, BLANKS_50, ARG_NUM(2), BLANKS_50)),
    CASE("accountBand", SAYS("Opportunity"),
         ARG_RANGE(1, 101, BLANKS_50, ARG_NUM(-0.75), BLANKS_50)),
    CASE("accountBand", NOT_ASSESSED, ARG_RANGE(1, 101, BLANKS_50, ARG_TEXT(""), BLANKS_50)),
    CASE("accountBand", INVALID, ARG_RANGE(101, 1, BLANKS_50, ARG_TEXT("abc"), BLANKS_50)),
    CASE("accountBand", SAYS("Material"), ARG_NUM(1.2)),
    CASE("accountBand", SAYS("Aligned"), ARG_NUM(0)),
    CASE("accountBand", NOT_ASSESSED, ARG_TEXT("")),
    CASE("accountBand", SAYS("Material"), ARG_RANGE(3, 1, ARG_NUM(1), ARG_TEXT(""), ARG_NUM(0.5)),
         ROW3(0.25, 0.75, 1.25)),
    CASE("accountBand", SAYS("Material"), ARG_RANGE(3, 1, ARG_NUM(1), ARG_TEXT(""), ARG_NUM(0.5)),
         COLUMN3(0.25, 0.75, 1.25)),
    CASE("accountBand", INVALID, ARG_RANGE(3, 1, ARG_NUM(1), ARG_TEXT("abc"), ARG_NUM(0.5))),
    CASE("accountBand", INVALID, GAPS_COLUMN, ARG_RANGE(1, 2, ARG_NUM(0.5), ARG_NUM(1))),
    CASE_NO_ARGS("accountBand", INVALID),

    /* FOCUSREALITY: the most severe band, then the weakest evidence (C or unrated, B, A), then
     * the largest gap, then the first listed; empty when every scored reality is Aligned on A or
     * B; three ranges of one row or one column each, of equal length. */
    CASE("focusReality", SAYS("Resilience"), NAMES_COLUMN, GAPS_COLUMN, GRADES_COLUMN),
    CASE("focusReality", SAYS("Resilience"), NAMES_ROW, GAPS_ROW, GRADES_ROW),
    CASE("focusReality", SAYS("Resilience"), NAMES_COLUMN, GAPS_ROW, GRADES_COLUMN),
    CASE("focusReality", SAYS("Resilience"), NAMES_COLUMN, GAPS_COLUMN, GRADES_COLUMN,
         COLUMN3(0.5, 1, 1.5)),
    CASE("focusReality", SAYS("Evolution"), NAMES_COLUMN, GAPS_COLUMN, GRADES_COLUMN,
         ROW3(2, 3, 4)),
    CASE("focusReality", SAYS("R7"),
         ARG_RANGE(12, 1, ARG_TEXT("R1"), ARG_TEXT("R2"), ARG_TEXT("R3"), ARG_TEXT("R4"),
                   ARG_TEXT("R5"), ARG_TEXT("R6"), ARG_TEXT("R7"), ARG_TEXT("R8"), ARG_TEXT("R9"),
                   ARG_TEXT("R10"), ARG_TEXT("R11"), ARG_TEXT("R12")),
         TWELVE(ARG_NUM(1), ARG_NUM(2)), TWELVE(ARG_TEXT("B"), ARG_TEXT("B"))),
    CASE("focusReality", SAYS("X"), XY, NUMS(2, 1.2), GRADES("A", "C")),
    CASE("focusReality", SAYS("Y"), XY, NUMS(1.5, 1.5), GRADES("A", "C")),
    CASE("focusReality", SAYS("Y"), XY, NUMS(1.4, 1.2), GRADES("A", "B")),
    CASE("focusReality", SAYS("Y"), XY, NUMS(1.2, 1.2), GRADES("B", "")),
    CASE("focusReality", SAYS("Y"), XY, NUMS(1.2, 1.4), GRADES("B", "B")),
    CASE("focusReality", SAYS("X"), XY, NUMS(1.2, 1.2), GRADES("B", "B")),
    CASE("focusReality", SAYS("X"), XY, NUMS(-1, 0.1), GRADES("A", "C")),
    CASE("focusReality", SAYS("Y"), XY, NUMS(0.2, 0.3), GRADES("A", "C")),
    CASE("focusReality", NOT_ASSESSED, XY, NUMS(0.2, -0.3), GRADES("A", "B")),
    CASE("focusReality", NOT_ASSESSED, XY, PAIR(ARG_TEXT(""), ARG_TEXT("")), GRADES("A", "B")),
    CASE("focusReality", SAYS("Y"), ARG_RANGE(1, 3, ARG_TEXT("X"), ARG_TEXT("Y"), ARG_TEXT("Z")),
         ARG_RANGE(1, 3, ARG_TEXT(""), ARG_NUM(1), ARG_TEXT("")),
         ARG_RANGE(1, 3, ARG_TEXT(""), ARG_TEXT("B"), ARG_TEXT(""))),
    CASE("focusReality", INVALID, NAMES_COLUMN,
         ARG_RANGE(4, 1, ARG_NUM(1), ARG_NUM(1.5), ARG_NUM(1.5), ARG_NUM(2)), GRADES_COLUMN),
    CASE("focusReality", INVALID, ARG_RANGE(2, 2, ARG_TEXT("S"), ARG_TEXT("C"), ARG_TEXT("O"), ARG_TEXT("R")),
         ARG_RANGE(1, 4, ARG_NUM(1), ARG_NUM(1.5), ARG_NUM(1.5), ARG_NUM(2)),
         ARG_RANGE(1, 4, ARG_TEXT("B"), ARG_TEXT("B"), ARG_TEXT("A"), ARG_TEXT("B"))),
    CASE("focusReality", INVALID, NAMES_COLUMN, GAPS_COLUMN),
    CASE("focusReality", INVALID, XY, NUMS(1, 2), GRADES("A", "Z")),
    CASE("focusReality", INVALID, XY, PAIR(ARG_NUM(1), ARG_TEXT("abc")), GRADES("A", "B")),
    CASE("focusReality", INVALID, NAMES_COLUMN, GAPS_COLUMN, GRADES_COLUMN, ROW3(1, 0.5, 2)),

    /* SCORELABEL: the whitepaper's scale text for the whole point at or below the score. */
    CASE("scoreLabel", SAYS(LABEL_3), ARG_NUM(3.5)),
    CASE("scoreLabel", SAYS(LABEL_1), ARG_NUM(1)),
    CASE("scoreLabel", SAYS(LABEL_1), ARG_NUM(1.99)),
    CASE("scoreLabel", SAYS(LABEL_2), ARG_NUM(2)),
    CASE("scoreLabel", SAYS(LABEL_4), ARG_NUM(4.5)),
    CASE("scoreLabel", SAYS(LABEL_5), ARG_NUM(5)),
    CASE("scoreLabel", SAYS(LABEL_3), ARG_TEXT("3")),
    CASE("scoreLabel", NOT_ASSESSED, ARG_TEXT("")),
    CASE("scoreLabel", NOT_ASSESSED, ARG_NUM(0)),
    CASE("scoreLabel", INVALID, ARG_NUM(6)),
    CASE("scoreLabel", INVALID, ARG_NUM(0.5)),
    CASE("scoreLabel", INVALID, ARG_TEXT("abc")),
    CASE("scoreLabel", INVALID, SQUARE),
    CASE_NO_ARGS("scoreLabel", INVALID),

    /* GAPTREND: |current| - |previous| beyond +-tolerance (default 0.25); empty gaps flow on. */
    CASE("gapTrend", SAYS("Widening"), ARG_NUM(1), ARG_NUM(1.5)),
    CASE("gapTrend", SAYS("Narrowing"), ARG_NUM(1.5), ARG_NUM(1)),
    CASE("gapTrend", SAYS("Stable"), ARG_NUM(1), ARG_NUM(1.2)),
    CASE("gapTrend", SAYS("Stable"), ARG_NUM(1), ARG_NUM(1.25)),
    CASE("gapTrend", SAYS("Widening"), ARG_NUM(-1), ARG_NUM(1.5)),
    CASE("gapTrend", SAYS("Narrowing"), ARG_NUM(1), ARG_NUM(-0.5)),
    CASE("gapTrend", SAYS("Stable"), ARG_NUM(2), ARG_NUM(-2)),
    CASE("gapTrend", SAYS("Widening"), ARG_NUM(0), ARG_NUM(1)),
    CASE("gapTrend", SAYS("Stable"), ARG_NUM(1), ARG_NUM(1.5), ARG_NUM(0.5)),
    CASE("gapTrend", SAYS("Widening"), ARG_NUM(1), ARG_NUM(1.5), ARG_NUM(0.4)),
    CASE("gapTrend", NOT_ASSESSED, ARG_TEXT(""), ARG_NUM(1)),
    CASE("gapTrend", NOT_ASSESSED, ARG_NUM(1), ARG_TEXT("")),
    CASE("gapTrend", INVALID, ARG_TEXT("abc"), ARG_NUM(1)),
    CASE("gapTrend", INVALID, ARG_NUM(1), ARG_NUM(1.5), ARG_TEXT("abc")),
    CASE("gapTrend", INVALID, SQUARE, ARG_NUM(1)),
    CASE("gapTrend", INVALID, ARG_NUM(1)),
    CASE_NO_ARGS("gapTrend", INVALID),

    /* VALUEATRISK: renewal x risk + expansion x displacement + avoidable cost; money >= 0,
     * probabilities 0-1; a value needs its probability; all empty or 0 gives empty text; an
     * overflowing result is invalid. */
    CASE("valueAtRisk", GIVES(480000), ARG_NUM(1000000), ARG_NUM(0.25), ARG_NUM(400000), ARG_NUM(0.5),
         ARG_NUM(30000)),
    CASE("valueAtRisk", GIVES(250000), ARG_NUM(1000000), ARG_NUM(0.25)),
    CASE("valueAtRisk", GIVES(280000), ARG_NUM(1000000), ARG_NUM(0.25), ARG_OMITTED, ARG_OMITTED,
         ARG_NUM(30000)),
    CASE("valueAtRisk", GIVES(250000), ARG_TEXT("1000000"), ARG_TEXT("0.25")),
    CASE("valueAtRisk", GIVES(250000), ARG_NUM(1000000), ARG_NUM(0.25), ARG_TEXT(""), ARG_TEXT(""),
         ARG_TEXT("")),
    CASE("valueAtRisk", GIVES(1000000), ARG_NUM(1000000), ARG_NUM(1)),
    CASE("valueAtRisk", GIVES(0), ARG_NUM(1000000), ARG_NUM(0)),
    CASE("valueAtRisk", NOT_ASSESSED, ARG_NUM(0), ARG_NUM(0), ARG_NUM(0), ARG_NUM(0), ARG_NUM(0)),
    CASE("valueAtRisk", NOT_ASSESSED, ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""), ARG_TEXT(""),
         ARG_TEXT("")),
    CASE("valueAtRisk", NOT_ASSESSED, ARG_NUM(0), ARG_NUM(0)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000), ARG_NUM(1.5)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000), ARG_NUM(-0.1)),
    CASE("valueAtRisk", INVALID, ARG_NUM(-5), ARG_NUM(0.5)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000), ARG_NUM(0.25), ARG_NUM(0), ARG_NUM(0), ARG_NUM(-1)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000), ARG_TEXT("")),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000), ARG_NUM(0.25), ARG_NUM(400000)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1e308), ARG_NUM(1), ARG_NUM(1e308), ARG_NUM(1)),
    CASE("valueAtRisk", INVALID, ARG_NUM(1000000), ARG_TEXT("abc")),
    CASE("valueAtRisk", INVALID, SQUARE, ARG_NUM(0.5)),
    CASE_NO_ARGS("valueAtRisk", INVALID),

    /* REALITYCHECK: the first problem of a reality's inputs in words, "" when valid or blank;
     * only an omitted argument raises. */
    CASE("realityCheck", SAYS(""), ARG_NUM(4), ARG_NUM(3), ARG_TEXT("B")),
    CASE("realityCheck", SAYS(""), ARG_TEXT(""), ARG_NUM(0), ARG_TEXT("")),
    CASE("realityCheck", SAYS("Org score must be a number from 1 to 5"), ARG_NUM(6), ARG_NUM(1),
         ARG_TEXT("A")),
    CASE("realityCheck", SAYS("Customer score must be a number from 1 to 5"), ARG_NUM(4),
         ARG_TEXT("abc"), ARG_TEXT("A")),
    CASE("realityCheck", SAYS("Evidence must be A, B or C"), ARG_NUM(4), ARG_NUM(3), ARG_TEXT("D")),
    CASE("realityCheck", SAYS("Org score must be one cell, not a range"), SQUARE, ARG_NUM(3),
         ARG_TEXT("B")),
    CASE("realityCheck", INVALID, ARG_NUM(4), ARG_NUM(3)),
    CASE_NO_ARGS("realityCheck", INVALID),

    /* THRESHOLDCHECK: names the threshold at fault, "" when valid; omitted raises. */
    CASE("thresholdCheck", SAYS(""), ARG_RANGE(3, 1, ARG_NUM(0.5), ARG_NUM(1), ARG_NUM(1.5))),
    CASE("thresholdCheck", SAYS("Material up to must be larger than Watch up to"),
         ARG_RANGE(3, 1, ARG_NUM(0.5), ARG_NUM(1.75), ARG_NUM(1.5))),
    CASE("thresholdCheck", SAYS("Thresholds must be three cells in one row or one column"),
         ARG_NUM(0.5)),
    CASE_NO_ARGS("thresholdCheck", INVALID),

    /* NEXTREVIEW: 3 months after a Quarterly review, 1 after the other reasons, clamped to the
     * month's end (serial dates: 46356 is 2026-11-30, 46446 is 2027-02-28). */
    CASE("nextReview", GIVES(46446), ARG_NUM(46356), ARG_TEXT("Quarterly")),
    CASE("nextReview", GIVES(46372), ARG_NUM(46342), ARG_TEXT("Leadership change")),
    CASE("nextReview", NOT_ASSESSED, ARG_NUM(0), ARG_TEXT("Quarterly")),
    CASE("nextReview", NOT_ASSESSED, ARG_NUM(46342), ARG_TEXT("")),
    CASE("nextReview", INVALID, ARG_NUM(46342), ARG_TEXT("Weekly")),
    CASE("nextReview", INVALID, ARG_NUM(-1), ARG_TEXT("Renewal")),
    CASE("nextReview", INVALID, ARG_NUM(46342)),
    CASE_NO_ARGS("nextReview", INVALID),
};

const int function_case_count = (int)(sizeof function_cases / sizeof function_cases[0]);

/* "Out of memory raises com.sun.star.uno.RuntimeException" (the component's contract): a column
 * of 1001 gaps is a large per-call buffer. */
const function_case memory_failure_case =
    CASE("accountBand", OUT_OF_MEMORY, ARG_RANGE(1001, 1, BLANKS_500, ARG_NUM(2), BLANKS_500));
