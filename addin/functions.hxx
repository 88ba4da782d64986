// functions.hxx — the one table of sensesgap's Calc functions.
//
// Everything the Function Wizard shows (display names, descriptions, category, parameter names
// and help) comes from here: gen_xcu turns it into the extension's CalcAddIns.xcu. `method` and
// `params[].name` must equal the IDL (idl/XFunctions.idl) — Calc matches them by name, and a
// mismatch shows ### in the Wizard (the Calc integration test checks every one).
// Display names and methods are frozen: they are stored in users' workbooks.
#ifndef SENSESGAP_FUNCTIONS_HXX
#define SENSESGAP_FUNCTIONS_HXX

#include <cstddef>

namespace sensesgap {

constexpr const char *kServiceName = "org.sensesgap.Functions";
constexpr const char *kImplementationName = "org.sensesgap.FunctionsImpl";
constexpr const char *kCategory = "Add-In";

struct Param {
    const char *name;         // IDL parameter name
    const char *display;      // shown in the Function Wizard
    const char *description;  // help under the field
};

struct Function {
    const char *method;       // IDL method name: stored in files as ORG.SENSESGAP.FUNCTIONS.<METHOD>
    const char *display;      // what users type, e.g. SCOREGAP
    const char *description;
    std::size_t param_count;
    Param params[5];
};

constexpr const char *kScoreHelp =
    "Score from 1 (materially failing) to 5 (demonstrably creating value); decimals allowed. "
    "Empty means not assessed yet.";
constexpr const char *kThresholdsHelp =
    "Optional: three ascending gap thresholds for Aligned/Watch/Material, as a row or column "
    "(e.g. a named range). Default 0.5; 1.0; 1.5.";
constexpr const char *kEvidenceHelp =
    "Evidence grade: A (triangulated), B (partial) or C (internal opinion). Empty means not rated, "
    "which counts as untrusted.";

constexpr Function kFunctions[] = {
    {"scoreGap", "SCOREGAP",
     "Gap between the organisation's and the customer's score (org - customer). Positive: we are "
     "more optimistic than the customer (blind spot); negative: possible opportunity. Empty when "
     "a score is not assessed yet.",
     2,
     {{"orgScore", "OrgScore", kScoreHelp},
      {"customerScore", "CustomerScore", kScoreHelp}}},
    {"gapBand", "GAPBAND",
     "Band of a gap: Aligned, Watch, Material, Critical, or Opportunity when the customer is more "
     "positive than we are. Empty when the gap is empty.",
     2,
     {{"gap", "Gap", "A gap, usually a SCOREGAP cell; -4 to 4."},
      {"thresholds", "Thresholds", kThresholdsHelp}}},
    {"untrusted", "UNTRUSTED",
     "1 (TRUE) when the evidence is C or not rated, so the gap is untrusted; 0 (FALSE) for A or B.",
     1,
     {{"evidence", "Evidence", kEvidenceHelp}}},
    {"valueAtRisk", "VALUEATRISK",
     "Indicative value at risk = renewal value x risk probability + expansion value x displacement "
     "probability + avoidable cost. Not a prediction.",
     5,
     {{"renewalValue", "RenewalValue", "Renewal value in the next 12-18 months; 0 or more."},
      {"riskProbability", "RiskProbability", "Assessed probability that the renewal is at risk; 0 to 1."},
      {"expansionValue", "ExpansionValue", "Optional: credible expansion value; 0 or more. Needs DisplacementProbability."},
      {"displacementProbability", "DisplacementProbability", "Optional: probability that the expansion goes elsewhere; 0 to 1. Needs ExpansionValue."},
      {"avoidableCost", "AvoidableCost", "Optional: avoidable service or recovery cost; 0 or more."}}},
    {"realityStatus", "REALITYSTATUS",
     "Status of one SCORE reality: its band, with \" and Untrusted\" when the evidence is C or not "
     "rated (e.g. \"Watch and Untrusted\"). Empty when a score is not assessed yet.",
     4,
     {{"orgScore", "OrgScore", kScoreHelp},
      {"customerScore", "CustomerScore", kScoreHelp},
      {"evidence", "Evidence", kEvidenceHelp},
      {"thresholds", "Thresholds", kThresholdsHelp}}},
    {"accountBand", "ACCOUNTBAND",
     "Band of the whole account: the most severe band among its realities (Critical > Material > "
     "Watch > Opportunity > Aligned), never an average. Empty when nothing is scored.",
     2,
     {{"gaps", "Gaps", "The account's gaps, e.g. the five SCOREGAP cells; empty cells are skipped."},
      {"thresholds", "Thresholds", kThresholdsHelp}}},
    {"focusReality", "FOCUSREALITY",
     "The reality to act on first: most severe band, then weakest evidence, then largest gap, then "
     "first listed. Empty when every scored reality is Aligned on A or B evidence.",
     4,
     {{"realities", "Realities", "The realities' names, one row or one column."},
      {"gaps", "Gaps", "Their gaps, same size as Realities."},
      {"evidence", "Evidence", "Their evidence grades (A, B, C), same size as Realities."},
      {"thresholds", "Thresholds", kThresholdsHelp}}},
    {"scoreLabel", "SCORELABEL",
     "The whitepaper's scale text for a score, e.g. 3.5 gives \"Acceptable but fragile\".",
     1,
     {{"score", "Score", kScoreHelp}}},
    {"gapTrend", "GAPTREND",
     "Widening, Narrowing or Stable: how the size of a gap changed since the previous review.",
     3,
     {{"previousGap", "PreviousGap", "The gap at the previous review."},
      {"currentGap", "CurrentGap", "The gap now."},
      {"tolerance", "Tolerance", "Optional: change in gap size treated as Stable; 0 to 4, default 0.25."}}},
    {"sensesgapVersion", "SENSESGAPVERSION",
     "Version of the sensesgap extension, for support across teams.",
     0,
     {}},
};

}  // namespace sensesgap

#endif
