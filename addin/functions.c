/* functions.c — the one table of sensesgap's Calc functions, and the adapters that call the core.
 * The texts are what the Function Wizard shows; method and parameter names are frozen (they are
 * stored in users' workbooks). See functions.h. */
#include "functions.h"

#ifndef SG_VERSION
#error "SG_VERSION must be defined by the build"
#endif

/* Calc marks every `any` parameter "(optional)" in the Function Wizard, so required ones say so. */
#define SCORE_HELP                                                                               \
    "Required: score from 1 (materially failing) to 5 (demonstrably creating value); decimals "  \
    "allowed. Empty means not assessed yet."
#define THRESHOLDS_HELP                                                                          \
    "Optional: three ascending gap thresholds for Aligned/Watch/Material, as a row or column "   \
    "(e.g. a named range). Default 0.5; 1.0; 1.5."
#define EVIDENCE_HELP                                                                            \
    "Required: evidence grade: A (triangulated), B (partial) or C (internal opinion). Empty "     \
    "means not rated, which counts as untrusted."

/* A number result. */
static sg_status number(sg_status status, double value, sga_result *out)
{
    if (status == SG_OK) {
        out->kind = SGA_RESULT_NUMBER;
        out->number = value;
    }
    return status;
}

/* A static ASCII text result. */
static sg_status ascii(sg_status status, const char *text, sga_result *out)
{
    if (status == SG_OK) {
        out->kind = SGA_RESULT_ASCII;
        out->ascii = text;
    }
    return status;
}

/* SCOREGAP: org - customer. */
static sg_status score_gap(const sg_value *const a[], sga_result *out)
{
    double gap = 0.0;
    sg_status s = sg_score_gap(a[0], a[1], &gap);
    return number(s, gap, out);
}

/* GAPBAND: the band word of a gap. */
static sg_status gap_band(const sg_value *const a[], sga_result *out)
{
    sg_band band = SG_BAND_ALIGNED;
    sg_status s = sg_gap_band(a[0], a[1], &band);
    return ascii(s, s == SG_OK ? sg_band_text(band) : "", out);
}

/* UNTRUSTED: 1 or 0 (Calc shows booleans returned by add-ins as 0). */
static sg_status untrusted(const sg_value *const a[], sga_result *out)
{
    int flag = 0;
    sg_status s = sg_untrusted(a[0], &flag);
    return number(s, flag ? 1.0 : 0.0, out);
}

/* VALUEATRISK: the indicative value at risk. */
static sg_status value_at_risk(const sg_value *const a[], sga_result *out)
{
    double value = 0.0;
    sg_status s = sg_value_at_risk(a[0], a[1], a[2], a[3], a[4], &value);
    return number(s, value, out);
}

/* REALITYSTATUS: band, with " and Untrusted" for weak evidence. */
static sg_status reality_status(const sg_value *const a[], sga_result *out)
{
    sg_band band = SG_BAND_ALIGNED;
    int flag = 0;
    sg_status s = sg_reality_status(a[0], a[1], a[2], a[3], &band, &flag);
    return ascii(s, s == SG_OK ? sg_status_text(band, flag) : "", out);
}

/* ACCOUNTBAND: the most severe band of the account. */
static sg_status account_band(const sg_value *const a[], sga_result *out)
{
    sg_band band = SG_BAND_ALIGNED;
    sg_status s = sg_account_band(a[0], a[1], &band);
    return ascii(s, s == SG_OK ? sg_band_text(band) : "", out);
}

/* FOCUSREALITY: the chosen reality's name as the user wrote it (the core checked it is text). */
static sg_status focus_reality(const sg_value *const a[], sga_result *out)
{
    size_t index = 0;
    sg_status s = sg_focus_reality(a[0], a[1], a[2], a[3], &index);
    if (s == SG_OK) {
        size_t count = 0;
        const sg_value *name = &sg_line_cells(a[0], &count)[index];
        out->kind = SGA_RESULT_TEXT;
        out->text = name->text;
        out->length = name->length;
    }
    return s;
}

/* SCORELABEL: the whitepaper's scale text. */
static sg_status score_label(const sg_value *const a[], sga_result *out)
{
    const char *label = "";
    sg_status s = sg_score_label(a[0], &label);
    return ascii(s, label, out);
}

/* GAPTREND: Widening, Narrowing or Stable. */
static sg_status gap_trend(const sg_value *const a[], sga_result *out)
{
    sg_trend trend = SG_TREND_STABLE;
    sg_status s = sg_gap_trend(a[0], a[1], a[2], &trend);
    return ascii(s, s == SG_OK ? sg_trend_text(trend) : "", out);
}

/* REALITYCHECK: what is wrong with a reality's inputs, or "". */
static sg_status reality_check(const sg_value *const a[], sga_result *out)
{
    const char *problem = "";
    sg_status s = sg_reality_check(a[0], a[1], a[2], &problem);
    return ascii(s, problem, out);
}

/* THRESHOLDCHECK: what is wrong with the thresholds, or "". */
static sg_status threshold_check(const sg_value *const a[], sga_result *out)
{
    const char *problem = "";
    sg_status s = sg_thresholds_check(a[0], &problem);
    return ascii(s, problem, out);
}

/* NEXTREVIEW: the serial date the next review is due. */
static sg_status next_review(const sg_value *const a[], sga_result *out)
{
    double due = 0.0;
    sg_status s = sg_next_review(a[0], a[1], &due);
    return number(s, due, out);
}

/* SENSESGAPVERSION: the build's version. */
static sg_status version(const sg_value *const a[], sga_result *out)
{
    (void)a;
    return ascii(SG_OK, SG_VERSION, out);
}

const sga_function sga_functions[] = {
    {"scoreGap", "SCOREGAP",
     "Gap between the organisation's and the customer's score (org - customer). Positive: we are "
     "more optimistic than the customer (blind spot); negative: possible opportunity. Empty when "
     "a score is not assessed yet.",
     SGA_ANY, 1, 2,
     {{"orgScore", "OrgScore", SCORE_HELP},
      {"customerScore", "CustomerScore", SCORE_HELP}},
     score_gap},
    {"gapBand", "GAPBAND",
     "Band of a gap: Aligned, Watch, Material, Critical, or Opportunity when the customer is more "
     "positive than we are. Empty when the gap is empty.",
     SGA_STRING, 1, 2,
     {{"gap", "Gap", "Required: a gap, usually a SCOREGAP cell; -4 to 4."},
      {"thresholds", "Thresholds", THRESHOLDS_HELP}},
     gap_band},
    {"untrusted", "UNTRUSTED",
     "1 (TRUE) when the evidence is C or not rated, so the gap is untrusted; 0 (FALSE) for A or B.",
     SGA_DOUBLE, 1, 1,
     {{"evidence", "Evidence", EVIDENCE_HELP}},
     untrusted},
    {"valueAtRisk", "VALUEATRISK",
     "Indicative value at risk = renewal value x risk probability + expansion value x displacement "
     "probability + avoidable cost. Not a prediction.",
     SGA_ANY, 1, 5,
     {{"renewalValue", "RenewalValue",
       "Required: renewal value in the next 12-18 months; 0 or more."},
      {"riskProbability", "RiskProbability",
       "Required: assessed probability that the renewal is at risk; 0 to 1."},
      {"expansionValue", "ExpansionValue",
       "Optional: credible expansion value; 0 or more. Needs DisplacementProbability."},
      {"displacementProbability", "DisplacementProbability",
       "Optional: probability that the expansion goes elsewhere; 0 to 1. Needs ExpansionValue."},
      {"avoidableCost", "AvoidableCost",
       "Optional: avoidable service or recovery cost; 0 or more."}},
     value_at_risk},
    {"realityStatus", "REALITYSTATUS",
     "Status of one SCORE reality: its band, with \" and Untrusted\" when the evidence is C or not "
     "rated (e.g. \"Watch and Untrusted\"). Empty when a score is not assessed yet.",
     SGA_STRING, 1, 4,
     {{"orgScore", "OrgScore", SCORE_HELP},
      {"customerScore", "CustomerScore", SCORE_HELP},
      {"evidence", "Evidence", EVIDENCE_HELP},
      {"thresholds", "Thresholds", THRESHOLDS_HELP}},
     reality_status},
    {"accountBand", "ACCOUNTBAND",
     "Band of the whole account: the most severe band among its realities (Critical > Material > "
     "Watch > Opportunity > Aligned), never an average. Empty when nothing is scored.",
     SGA_STRING, 1, 2,
     {{"gaps", "Gaps",
       "Required: the account's gaps, e.g. the five SCOREGAP cells; empty cells are skipped."},
      {"thresholds", "Thresholds", THRESHOLDS_HELP}},
     account_band},
    {"focusReality", "FOCUSREALITY",
     "The reality to act on first: most severe band, then weakest evidence, then largest gap, then "
     "first listed. Empty when every scored reality is Aligned on A or B evidence.",
     SGA_STRING, 1, 4,
     {{"realities", "Realities", "Required: the realities' names, one row or one column."},
      {"gaps", "Gaps", "Required: their gaps, same size as Realities."},
      {"evidence", "Evidence", "Required: their evidence grades (A, B, C), same size as Realities."},
      {"thresholds", "Thresholds", THRESHOLDS_HELP}},
     focus_reality},
    {"scoreLabel", "SCORELABEL",
     "The whitepaper's scale text for a score, e.g. 3.5 gives \"Acceptable but fragile\".",
     SGA_STRING, 1, 1,
     {{"score", "Score", SCORE_HELP}},
     score_label},
    {"gapTrend", "GAPTREND",
     "Widening, Narrowing or Stable: how the size of a gap changed since the previous review.",
     SGA_STRING, 1, 3,
     {{"previousGap", "PreviousGap", "Required: the gap at the previous review."},
      {"currentGap", "CurrentGap", "Required: the gap now."},
      {"tolerance", "Tolerance",
       "Optional: change in gap size treated as Stable; 0 to 4, default 0.25."}},
     gap_trend},
    {"sensesgapVersion", "SENSESGAPVERSION",
     "Version of the sensesgap extension, for support across teams.",
     SGA_STRING, 0, 0, {{0, 0, 0}}, version},
    {"realityCheck", "REALITYCHECK",
     "What is wrong with one reality's inputs, in words (e.g. \"Org score must be a number from 1 "
     "to 5\"), or empty text when they are valid. Use it to learn why another function shows "
     "Err:502.",
     SGA_STRING, 1, 3,
     {{"orgScore", "OrgScore", SCORE_HELP},
      {"customerScore", "CustomerScore", SCORE_HELP},
      {"evidence", "Evidence", EVIDENCE_HELP}},
     reality_check},
    {"thresholdCheck", "THRESHOLDCHECK",
     "What is wrong with band thresholds, naming the one at fault (e.g. \"Material up to must be "
     "larger than Watch up to\"), or empty text when they are valid.",
     SGA_STRING, 1, 1,
     {{"thresholds", "Thresholds",
       "Required: the three thresholds for Aligned/Watch/Material, as a row or column."}},
     threshold_check},
    {"nextReview", "NEXTREVIEW",
     "Date the next review is due (whitepaper section 7): 3 months after a Quarterly review, 1 "
     "month after one for Renewal, Delivery, Recovery, Post-incident, Leadership change or "
     "Direction change. Empty until a review is recorded. Format the cell as a date.",
     SGA_ANY, 1, 2,
     {{"lastReview", "LastReview", "Required: the date of the last review."},
      {"reason", "Reason",
       "Required: why it was held: Quarterly, Renewal, Delivery, Recovery, Post-incident, "
       "Leadership change or Direction change."}},
     next_review},
};

const size_t sga_function_count = sizeof sga_functions / sizeof sga_functions[0];
