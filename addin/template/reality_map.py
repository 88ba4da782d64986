"""The Relationship Reality Map workbook: the template and, given account data, a filled map.

The layout follows the whitepaper (sections 4-8): the Map sheet is its SCORE table with the account
header, roll-up, value at risk and legend; the other sheets are the Five Senses, the stakeholders on
both sides, the review history, the customer view to share as PDF and the 90-day pilot checklist.
Every rule of the method stays in the add-in: the sheets only call SCOREGAP, GAPBAND, UNTRUSTED,
REALITYSTATUS, ACCOUNTBAND, FOCUSREALITY, VALUEATRISK, SCORELABEL and GAPTREND, and count results.

Map cells other sheets and the tests rely on (row 7 is Strategic, as in `=SCOREGAP(E7;F7)`):
  B2 account, B3 annual contract value, B4 renewal date, B5 review date, D2 account lead,
  D3 customer sponsor, D4 review reason; realities rows 7-11, columns A..P (see MAP_COLUMNS);
  B14 account band, C14 "n of 5 scored", B15 act first on, B16 untrusted realities, B17 value at
  risk; L14:L18 value-at-risk inputs, L19 VALUEATRISK; thresholds P24:P26 (named range Thresholds).
"""
import odf
import styles

REALITIES = (
    ("Strategic", "Is the supplier aligned to the customer's strategic direction?",
     "Account Director / Executive Sponsor", "Executive sponsor / strategy lead",
     "Strategy alignment, roadmap evidence"),
    ("Commercial", "Is the commercial relationship delivering and defensible?",
     "Commercial Lead / CCD delegate", "Procurement / finance / budget owner",
     "Pricing, value case, procurement feedback"),
    ("Operational", "How well is the supplier delivering day-to-day in practice?",
     "Service / Operations Lead", "Operational owner / users / service contact",
     "Service data, support themes, effort indicators"),
    ("Resilience", "How well does the relationship withstand pressure and risk?",
     "Risk / Service / Executive Lead", "Risk owner / continuity lead / sponsor",
     "Incident review, escalation history"),
    ("Evolution", "Is the supplier relevant to the customer's future?",
     "Product / Transformation Lead", "Digital / innovation / change lead",
     "Roadmap engagement, co-creation"),
)
REALITY_NAMES = tuple(r[0] for r in REALITIES)
FIRST_ROW = 7  # Strategic; Evolution is row 11

MAP_COLUMNS = ("Reality", "Key question", "Organisation-side owner", "Customer-side stakeholder",
               "Org score (1-5)", "Customer score (1-5)", "Supporting evidence", "Evidence confidence",
               "Gap (org - cust)", "Band", "Untrusted", "Status", "Action required", "Action owner",
               "Due date", "Commercial outcome")
MAP_WIDTHS = (3.2, 3.6, 2.7, 2.7, 1.5, 1.8, 3.4, 2.1, 1.4, 1.9, 1.9, 3.0, 4.0, 2.4, 2.0, 3.0)

SCALE = ("1 — Materially failing the customer's reality", "2 — Weak and creating visible concern",
         "3 — Acceptable but fragile", "4 — Strong and broadly trusted",
         "5 — Demonstrably creating recognised value")
BANDS = ("Critical", "Material", "Watch", "Opportunity", "Aligned")
REVIEW_REASONS = ("Quarterly", "Renewal", "Post-incident")
CENTRES = ("Executive", "Strategy", "Procurement", "Finance", "Operations", "Users", "Risk",
           "Transformation", "Service", "Commercial")

ADDIN_MISSING = ("The sensesgap extension is not installed here, so gaps, bands and statuses show "
                 "#NAME?. Install sensesgap.oxt (Tools > Extension Manager > Add), restart "
                 "LibreOffice, then press Ctrl+Shift+F9. The formulas are kept until then.")
# Volatile (NOW) and saved without a result, so the check is computed afresh on every load: its
# saved state is the warning or empty, never a stale "OK".
ADDIN_CHECK = 'IF(ISERROR(SENSESGAPVERSION()&T(NOW()));"%s";"")' % ADDIN_MISSING

VAR_LABELS = ("Renewal value (next 12-18 months)", "Assessed risk probability (0-100%)",
              "Credible expansion value", "Displacement probability (0-100%)",
              "Avoidable service or recovery cost")
VAR_NOTE = ("Value at risk = renewal value x risk probability + expansion value x displacement "
            "probability + avoidable cost. It is not a prediction: it makes the cost of delayed "
            "recognition visible enough to act on. Renewal value and risk probability come as a pair, "
            "and so do expansion value and displacement probability.")

SENSES = (
    ("Sight", "Does the customer still see us as relevant to its future direction?",
     "Do we understand the customer's current strategic priorities, or are we still working from "
     "last year's assumptions?\nDoes the customer see us as essential, useful or simply familiar?\n"
     "Are we included in future-facing conversations or only operational reviews?\nWould the "
     "customer's executive team describe our role in the same way we would?",
     "Strategic, Evolution"),
    ("Hearing", "Whose voice reaches us, and whose does not?",
     "Whose voice are we hearing most often?\nWhose voice are we not hearing at all?\nAre we "
     "mistaking sponsor confidence for organisational confidence?\nWhat are users, finance, "
     "procurement and operational teams saying when we are not in the room?\nWhere has silence "
     "been misread as satisfaction?", "Any: widens the stakeholders behind every score"),
    ("Touch", "How does the relationship feel in practice?",
     "How easy are we genuinely to work with?\nWhere is the customer forced to chase, repeat "
     "information or create workarounds?\nDo our service measures reflect customer effort or only "
     "our internal process?\nWhich parts of the relationship consume more customer time than they "
     "should?", "Operational"),
    ("Taste", "Can the customer experience, measure and defend the value we claim?",
     "Can the customer clearly evidence the value received?\nDoes the sponsor have enough proof to "
     "defend the relationship when budgets are challenged?\nIs value visible to finance and "
     "procurement, or only to the day-to-day contact?\nDoes the customer's assessment of value "
     "reflect the full effort and cost required to manage the relationship?", "Commercial"),
    ("Smell", "What are the early signs of risk and fragility?",
     "What does the customer experience when something breaks?\nDo we recover trust quickly or "
     "create additional doubt?\nHas the issue been technically closed but left relationally "
     "unresolved?\nWould the customer trust us with a more critical role after seeing how we respond "
     "under pressure?\nAre there signs that the customer is reducing reliance before expressing "
     "formal concern?", "Resilience"),
)

PILOT = (
    ("Days 0-30: Select and baseline", (
        "Choose three to five strategic accounts where misunderstanding customer reality would carry "
        "material commercial consequences (high revenue, renewal, pricing pressure, service friction, "
        "expansion potential, leadership change, single-sponsor dependence).",
        "Build the organisation-side SCORE view from existing evidence: account plans, CRM data, "
        "service reports, QBR notes, renewal forecasts and leadership assumptions.",
        "For each SCORE reality, separate what is known, what is assumed and what is missing, and "
        "rate how strong the evidence is.")),
    ("Days 30-60: Map and validate", (
        "Gather proportionate customer-side evidence across the relevant stakeholders: targeted "
        "conversations, service evidence, commercial feedback, incident reviews.",
        "Validate each SCORE reality directly with the stakeholders best placed to judge it "
        "(share the Customer view as PDF).",
        "Compare the organisation and customer views, rate evidence confidence (A/B/C) and identify "
        "material Senses Gaps. Record weak evidence as a finding.")),
    ("Days 60-90: Act and govern", (
        "Prioritise the most commercially significant gaps (the map's 'Act first on').",
        "Assign clear owners and agree specific interventions, each tied to a defined outcome: "
        "retained revenue, protected margin, renewal confidence, restored trust, reduced customer "
        "effort, credible expansion or future relevance.",
        "Set the governance rhythm: quarterly for stable strategic accounts, monthly during renewal, "
        "delivery or recovery periods, immediately after a major incident or leadership change.",
        "Decide whether to extend the approach to other accounts (a lighter review where risk and "
        "complexity are lower).")),
)

# The computed cells of one reality's row ({r}) and of an account's roll-up over rows {a}..{b}.
# The Map uses them, and so does `make bench`, which fills them over a whole portfolio.
REALITY_FORMULAS = (
    ("I", "SCOREGAP(E{r};F{r})", "SG Gap"),
    ("J", "GAPBAND(I{r};Thresholds)", "SG Computed Bold"),
    # Untrusted applies to a gap: an unscored row shows nothing rather than TRUE.
    ("K", 'IF(I{r}="";"";UNTRUSTED(H{r}))', "SG Flag"),
    ("L", 'IF(J{r}="";"Not scored yet";REALITYSTATUS(E{r};F{r};H{r};Thresholds))', "SG Computed"),
)
ROLLUP_FORMULAS = {
    "band": "ACCOUNTBAND(I{a}:I{b};Thresholds)",
    "scored": 'COUNT(I{a}:I{b})&" of 5 scored"',
    "focus": "FOCUSREALITY(A{a}:A{b};I{a}:I{b};H{a}:H{b};Thresholds)",
    "untrusted": "COUNTIF(K{a}:K{b};1)",
}

HISTORY_REVIEWS = 8   # two years of quarterly reviews, five rows each
STAKEHOLDER_ROWS = 20


def new_document(title):
    return odf.Document(title, styles.STYLES, styles.PAGE_LAYOUTS, styles.MASTER_PAGES)


class Validations:
    """The workbook's input rules, created once per document."""

    def __init__(self, doc):
        v = doc.validation
        score = "of:cell-content-is-decimal-number() and cell-content-is-between(1,5)"
        self.org_score = v(score, "Organisation score",
                           "What we believe, 1-5: 1 materially failing, 2 weak, 3 acceptable but "
                           "fragile, 4 strong and broadly trusted, 5 demonstrably creating value. "
                           "Decimals allowed. Leave empty until assessed.",
                           "A score is a number from 1 to 5 (decimals allowed), or empty.")
        self.customer_score = v(score, "Customer-validated score",
                                "What the customer would recognise as true, 1-5, validated with "
                                "the stakeholder best placed to judge. Leave empty until validated.",
                                "A score is a number from 1 to 5 (decimals allowed), or empty.")
        self.stakeholder_score = v(score, "Stakeholder's score",
                                   "The score this person would give the reality they speak to, 1-5.",
                                   "A score is a number from 1 to 5 (decimals allowed), or empty.")
        self.grade = v('of:cell-content-is-in-list("A";"B";"C")', "Evidence confidence",
                       "A: triangulated from both sides with strong data. B: partial, some "
                       "triangulation. C: internal opinion or untested assumption (the gap is "
                       "Untrusted). Empty counts as untrusted.", "Evidence confidence is A, B or C.",
                       list_values=True)
        self.date = v("of:cell-content-is-date() and cell-content()>=1", "Date",
                      "A date, e.g. 2026-06-30.", "Enter a date, e.g. 2026-06-30.")
        self.money = v("of:cell-content-is-decimal-number() and cell-content()>=0", "Amount",
                       "An amount of 0 or more, in the account's currency.",
                       "An amount is a number of 0 or more.")
        self.probability = v("of:cell-content-is-decimal-number() and cell-content-is-between(0,1)",
                             "Probability", "A probability from 0% to 100% (type 30% or 0.3).",
                             "A probability is between 0% and 100%.")
        self.threshold = v("of:cell-content-is-decimal-number() and cell-content-is-between(0,4)",
                           "Band threshold",
                           "Gap sizes that bound Aligned, Watch and Material, ascending. The "
                           "whitepaper's defaults are 0.5, 1.0 and 1.5.",
                           "A threshold is a number from 0 to 4; the three must ascend.")
        self.tolerance = v("of:cell-content-is-decimal-number() and cell-content-is-between(0,4)",
                           "Trend tolerance", "A change in gap size up to this counts as Stable.",
                           "The tolerance is a number from 0 to 4.")
        self.reason = v('of:cell-content-is-in-list("%s")' % '";"'.join(REVIEW_REASONS), "Review reason",
                        "Quarterly (stable strategic account), Renewal, or Post-incident.",
                        "Pick Quarterly, Renewal or Post-incident.", list_values=True)
        self.side = v('of:cell-content-is-in-list("Organisation";"Customer")', "Side",
                      "Organisation (our people) or Customer.", "Pick Organisation or Customer.",
                      list_values=True)
        self.centre = v('of:cell-content-is-in-list("%s")' % '";"'.join(CENTRES),
                        "Buying or usage centre", "Where this person sits in the customer's (or our) "
                        "organisation.", "Pick a centre from the list.", list_values=True)
        self.reality = v('of:cell-content-is-in-list("%s")' % '";"'.join(REALITY_NAMES),
                         "SCORE reality", "The reality this speaks to.", "Pick one of the five "
                         "SCORE realities.", list_values=True)
        self.done = v('of:cell-content-is-in-list("Yes";"No")', "Done", "Yes when the step is done.",
                      "Yes or No.", list_values=True)
        self.owner_hint = [
            v("", "Organisation-side owner", "Who owns this reality on our side. Typically: " + r[2] + ".",
              "") for r in REALITIES]
        self.stakeholder_hint = [
            v("", "Customer-side stakeholder", "Who judges this reality on the customer's side. "
              "Typically: " + r[3] + ".", "") for r in REALITIES]
        self.evidence_hint = [
            v("", "Supporting evidence", "What the scores rest on, e.g. " + r[4].lower() + ".", "")
            for r in REALITIES]


def _band_rules(ref):
    """Conditional formats that colour a band (or a status beginning with one) in cell ref."""
    rules = [('formula-is(LEFT(%s;%d)="%s")' % (ref, len(b), b), "SG " + b) for b in BANDS]
    return rules


def map_sheet(doc, val, name="Map", data=None, thresholds_here=True):
    """The SCORE table with header, roll-up, value at risk and legend on one landscape page."""
    data = data or {}
    s = doc.sheet(name, MAP_WIDTHS, page_style="SG Map")
    s.set("A1", "Relationship Reality Map", style="SG Title", span=4)
    s.set("E1", f=ADDIN_CHECK, style="SG Warning", span=12)
    s.height(1, 1.0)

    header = (("A2", "Account", "B2", data.get("account"), "SG Input", None),
              ("A3", "Annual contract value", "B3", data.get("acv"), "SG Money", val.money),
              ("A4", "Renewal date", "B4", data.get("renewal"), "SG Date", val.date),
              ("A5", "Review date", "B5", data.get("review"), "SG Date", val.date),
              ("C2", "Account lead", "D2", data.get("lead"), "SG Input", None),
              ("C3", "Customer sponsor", "D3", data.get("sponsor"), "SG Input", None),
              ("C4", "Review reason", "D4", data.get("reason"), "SG Input", val.reason))
    for label_at, label, at, value, style, validation in header:
        s.set(label_at, label, style="SG Label")
        span = 3 if at.startswith("D") else 1
        s.set(at, value, style=style, validation=validation, span=span)
    s.set("H2", "Fill the pale yellow cells; grey cells compute. Scores run 1-5 (decimals allowed); "
          "an empty score means not scored yet. Evidence C (or none) makes a gap Untrusted. "
          "Validate the customer scores with the customer, then share the Customer view sheet as "
          "PDF.", style="SG Note", span=9)

    s.row("A6", MAP_COLUMNS, style="SG Header")
    s.height(6, 1.2)
    rows = data.get("realities") or [{}] * 5
    for i, (reality, question, _, _, _) in enumerate(REALITIES):
        r = FIRST_ROW + i
        d = rows[i]
        s.set("A%d" % r, reality, style="SG Reality")
        s.set("B%d" % r, question, style="SG Text")
        s.set("C%d" % r, d.get("owner"), style="SG Input", validation=val.owner_hint[i])
        s.set("D%d" % r, d.get("stakeholder"), style="SG Input", validation=val.stakeholder_hint[i])
        s.set("E%d" % r, d.get("org"), style="SG Score", validation=val.org_score)
        s.set("F%d" % r, d.get("customer"), style="SG Score", validation=val.customer_score)
        s.set("G%d" % r, d.get("evidence"), style="SG Input", validation=val.evidence_hint[i])
        s.set("H%d" % r, d.get("grade"), style="SG Grade", validation=val.grade)
        for col, formula, style in REALITY_FORMULAS:
            s.set("%s%d" % (col, r), f=formula.format(r=r), style=style)
        s.set("M%d" % r, d.get("action"), style="SG Input")
        s.set("N%d" % r, d.get("action_owner"), style="SG Input")
        s.set("O%d" % r, d.get("due"), style="SG Date", validation=val.date)
        s.set("P%d" % r, d.get("outcome"), style="SG Input")
    last = FIRST_ROW + 4
    rollup = {k: f.format(a=FIRST_ROW, b=last) for k, f in ROLLUP_FORMULAS.items()}
    s.conditional("J7", "J11", _band_rules("J7"))
    s.conditional("L7", "L11", _band_rules("L7") + [('="Not scored yet"', "SG Unscored")])
    s.conditional("K7", "K11", [("=1", "SG Untrusted")])

    # Roll-up: never an average, and never Aligned on a half-filled map without saying so.
    s.set("A13", "Account roll-up", style="SG Section", span=6)
    s.set("A14", "Account band", style="SG Label")
    s.set("B14", f=rollup["band"], style="SG Computed Bold")
    s.set("C14", f=rollup["scored"], style="SG Computed", span=2)
    s.conditional("B14", "B14", _band_rules("B14"))
    s.set("A15", "Act first on", style="SG Label")
    s.set("B15", f=rollup["focus"], style="SG Computed Bold")
    s.set("C15", "Most severe band, then weakest evidence, then largest gap.", style="SG Note", span=4)
    s.set("A16", "Untrusted realities", style="SG Label")
    s.set("B16", f=rollup["untrusted"], style="SG Computed")
    s.set("C16", "Gaps resting on C evidence or none: gather stronger evidence first.",
          style="SG Note", span=4)
    s.set("A17", "Value at risk", style="SG Label")
    s.set("B17", f="L19", style="SG Computed Money")

    s.set("H13", "Value at risk (indicative)", style="SG Section", span=9)
    var = data.get("var") or (None,) * 5
    var_styles = ("SG Money", "SG Percent", "SG Money", "SG Percent", "SG Money")
    var_rules = (val.money, val.probability, val.money, val.probability, val.money)
    for i, label in enumerate(VAR_LABELS):
        s.set("H%d" % (14 + i), label, style="SG Label", span=4)
        s.set("L%d" % (14 + i), var[i], style=var_styles[i], validation=var_rules[i])
    s.set("H19", "Value at risk", style="SG Label", span=4)
    s.set("L19", f="VALUEATRISK(L14;L15;L16;L17;L18)", style="SG Computed Money")
    s.set("H20", VAR_NOTE, style="SG Note", span=9)
    s.height(20, 1.1)

    # Legend.
    s.set("A21", "How to read the map", style="SG Section", span=16)
    s.set("A22", "Scoring (1-5)", style="SG Label")
    for i, line in enumerate(SCALE):
        s.set("B%d" % (22 + i), line, style="SG Legend", span=3)
    s.set("E22", "Evidence confidence", style="SG Label", span=2)
    s.set("G22", "A — Triangulated evidence from both sides, supported by strong operational or "
          "commercial data", style="SG Legend", span=5)
    s.set("G23", "B — Partial evidence with some triangulation", style="SG Legend", span=5)
    s.set("G24", "C — Predominantly internal opinion or untested assumptions: the gap is Untrusted "
          "until stronger evidence is gathered", style="SG Legend", span=5)
    s.set("E25", "The gap", style="SG Label", span=2)
    s.set("G25", "Gap = organisation score - customer score. Positive: we are more optimistic than "
          "the customer (a possible blind spot). Negative: the customer is more positive than we "
          "are (a possible opportunity). Focus action where the gap is largest and the evidence "
          "weakest.", style="SG Legend", span=5)
    s.set("M22", "Band thresholds (gap size)", style="SG Label", span=4)
    for i, (label, default) in enumerate((("Aligned up to", 0.5), ("Watch up to", 1.0),
                                          ("Material up to", 1.5))):
        s.set("M%d" % (23 + i), label, style="SG Legend", span=3)
        if thresholds_here:
            s.set("P%d" % (23 + i), (data.get("thresholds") or (0.5, 1.0, 1.5))[i],
                  style="SG Score", validation=val.threshold)
        else:
            s.set("P%d" % (23 + i), f="INDEX(Thresholds;%d)" % (i + 1), style="SG Computed Score")
    s.set("M26", "Above: Critical. Below minus the first: Opportunity. Edit once: every band in the "
          "workbook uses these." if thresholds_here else
          "Set once for the portfolio, on the Portfolio sheet.", style="SG Note", span=4)
    s.set("A27", "Bands", style="SG Label")
    legend = (("B27", "Aligned", "Aligned: normal monitoring", 2),
              ("D27", "Watch", "Watch: validate and assign an owner", 2),
              ("F27", "Material", "Material: cross-functional action plan", 3),
              ("I27", "Critical", "Critical: significant commercial risk to renewal, margin, "
               "reputation or growth", 4),
              ("M27", "Opportunity", "Opportunity: the customer is more positive than we are", 4))
    for at, band, text, span in legend:
        s.set(at, text, style="SG " + band, span=span)
    s.print_range = ("A1", "P27")
    if thresholds_here:
        doc.name_range("Thresholds", name, "P23", "P25")
    return s


def sheet_head(s, title, note, span, columns=None, header_at="A4"):
    """A sheet's title (A1), its explanatory note (A2) and, when given, its header row."""
    s.set("A1", title, style="SG Title", span=span)
    s.set("A2", note, style="SG Note", span=span)
    if columns:
        s.row(header_at, columns, style="SG Header")


def senses_sheet(doc, val, data=None):
    data = data or {}
    s = doc.sheet("Five Senses", (2.0, 4.5, 9.5, 7.5, 3.2, 3.5))
    sheet_head(s, "Five Senses of B2B Reality — signals, not scores",
               "The senses help the account team notice evidence that formal reporting misses. They "
               "are not scored: record what you observed and which SCORE reality it informs, then "
               "use it when you score the Map.", 6,
               ("Sense", "What it examines", "Diagnostic questions", "Signals observed",
                "Informs SCORE reality", "Usually informs"))
    for i, (sense, examines, questions, usual) in enumerate(SENSES):
        r = 5 + i
        signal, reality = data.get(sense, (None, None))
        s.set("A%d" % r, sense, style="SG Reality")
        s.set("B%d" % r, examines, style="SG Text")
        s.set("C%d" % r, questions, style="SG Text")
        s.set("D%d" % r, signal, style="SG Input")
        s.set("E%d" % r, reality, style="SG Grade", validation=val.reality)
        s.set("F%d" % r, usual, style="SG Note")
    s.print_range = ("A1", "F9")
    return s


def stakeholders_sheet(doc, val, map_name="Map", data=None):
    data = data or []
    s = doc.sheet("Stakeholders", (2.4, 3.2, 3.4, 2.8, 2.4, 1.6, 2.2, 4.2, 0.4,
                                   2.4, 1.7, 1.6, 1.6, 1.6, 1.6, 2.0))
    sheet_head(s, "Stakeholders on both sides",
               "One row per person. For customer stakeholders, 'Their score' is what they would give "
               "the reality they speak to. The spread on the right shows whether one warm sponsor "
               "is hiding the rest of the customer organisation.", 16,
               ("Side", "Name", "Role", "Buying or usage centre", "Reality they speak to",
                "Their score (1-5)", "Last validated", "Notes"))
    for i in range(STAKEHOLDER_ROWS):
        r = 5 + i
        d = data[i] if i < len(data) else (None,) * 8
        s.set("A%d" % r, d[0], style="SG Grade", validation=val.side)
        s.set("B%d" % r, d[1], style="SG Input")
        s.set("C%d" % r, d[2], style="SG Input")
        s.set("D%d" % r, d[3], style="SG Input", validation=val.centre)
        s.set("E%d" % r, d[4], style="SG Input", validation=val.reality)
        s.set("F%d" % r, d[5], style="SG Score", validation=val.stakeholder_score)
        s.set("G%d" % r, d[6], style="SG Date", validation=val.date)
        s.set("H%d" % r, d[7], style="SG Input")
    end = 4 + STAKEHOLDER_ROWS
    s.row("J4", ("Reality", "Customer views", "Lowest", "Highest", "Spread", "Mean",
                 "Map customer score"), style="SG Header")
    side, reality, score = "$A$5:$A$%d" % end, "$E$5:$E$%d" % end, "$F$5:$F$%d" % end
    for i, name in enumerate(REALITY_NAMES):
        r = 5 + i
        crit = '%s;"Customer";%s;J%d' % (side, reality, r)
        s.set("J%d" % r, name, style="SG Reality")
        s.set("K%d" % r, f='COUNTIFS(%s;%s;">0")' % (crit, score), style="SG Computed")
        s.set("L%d" % r, f='IF(K{0}=0;"";COM.MICROSOFT.MINIFS({1};{2}))'.format(r, score, crit),
              style="SG Computed Score")
        s.set("M%d" % r, f='IF(K{0}=0;"";COM.MICROSOFT.MAXIFS({1};{2}))'.format(r, score, crit),
              style="SG Computed Score")
        s.set("N%d" % r, f='IF(K{0}<2;"";M{0}-L{0})'.format(r), style="SG Computed Score")
        s.set("O%d" % r, f='IF(K{0}=0;"";AVERAGEIFS({1};{2}))'.format(r, score, crit),
              style="SG Computed Score")
        s.set("P%d" % r, f='IF(ISBLANK({0}!F{1});"";{0}!F{1})'.format(map_name, FIRST_ROW + i),
              style="SG Computed Score")
    # A spread beyond the Aligned threshold means customer views differ: validate beyond the sponsor.
    s.conditional("N5", "N9", [('formula-is(AND(ISNUMBER(N5);N5>INDEX(Thresholds;1)))', "SG Watch")])
    s.set("J11", "Spread beyond the Aligned threshold is highlighted: the customer's people see this "
          "reality differently, so one score may be hiding the rest.", style="SG Note", span=7)
    s.print_range = ("A1", "P%d" % end)
    return s


def history_sheet(doc, val, data=None):
    data = data or []
    s = doc.sheet("History", (2.3, 2.4, 2.4, 1.6, 1.8, 1.9, 1.6, 2.2, 1.8, 2.4))
    sheet_head(s, "Review history — is each gap widening or narrowing?",
               "One block of five rows per review, oldest first: copy the map's scores and evidence "
               "here at each review (quarterly for stable strategic accounts, monthly during renewal "
               "or recovery, at once after a major incident). Trend compares each gap's size with "
               "the same reality at the previous review.", 10,
               ("Review date", "Review reason", "Reality", "Org score", "Customer score", "Evidence",
                "Gap", "Band", "Previous gap", "Trend"), header_at="A5")
    s.height(2, 1.2)
    s.set("A3", "Trend tolerance", style="SG Label", span=2)
    s.set("C3", 0.25, style="SG Tolerance", validation=val.tolerance)
    s.set("D3", "A change in gap size up to this counts as Stable.", style="SG Note", span=7)
    for k in range(HISTORY_REVIEWS):
        review = data[k] if k < len(data) else {}
        first = 6 + 5 * k
        for i, name in enumerate(REALITY_NAMES):
            r = first + i
            scores = (review.get("scores") or [(None, None, None)] * 5)[i]
            if i == 0:
                s.set("A%d" % r, review.get("date"), style="SG Date", validation=val.date)
                s.set("B%d" % r, review.get("reason"), style="SG Input", validation=val.reason)
            else:
                s.set("A%d" % r, f='IF(ISBLANK(A{0});"";A{0})'.format(first), style="SG Computed Date")
                s.set("B%d" % r, f='IF(ISBLANK(B{0});"";B{0})'.format(first), style="SG Computed")
            s.set("C%d" % r, name, style="SG Reality")
            s.set("D%d" % r, scores[0], style="SG Score", validation=val.org_score)
            s.set("E%d" % r, scores[1], style="SG Score", validation=val.customer_score)
            s.set("F%d" % r, scores[2], style="SG Grade", validation=val.grade)
            s.set("G%d" % r, f="SCOREGAP(D{0};E{0})".format(r), style="SG Gap")
            s.set("H%d" % r, f="GAPBAND(G{0};Thresholds)".format(r), style="SG Computed Bold")
            if k == 0:
                s.set("I%d" % r, "—", style="SG Computed")
                s.set("J%d" % r, "first review", style="SG Computed")
            else:
                # Shown once this review is scored, so an empty block does not look half-filled.
                s.set("I%d" % r, f='IF(G{0}="";"";G{1})'.format(r, r - 5), style="SG Gap")
                s.set("J%d" % r, f="GAPTREND(I{0};G{0};$C$3)".format(r), style="SG Computed Bold")
    end = 5 + 5 * HISTORY_REVIEWS
    s.conditional("H6", "H%d" % end, _band_rules("H6"))
    s.conditional("J6", "J%d" % end, [('="Widening"', "SG Widening"), ('="Narrowing"', "SG Narrowing")])
    s.print_range = ("A1", "J%d" % end)
    return s


def customer_view_sheet(doc, map_name="Map"):
    s = doc.sheet("Customer view", (2.4, 5.0, 2.0, 4.0, 5.0, 2.4, 6.0, 2.2))
    s.set("A1", "Relationship review — shared view", style="SG Title", span=8)
    s.set("A2", f='"Account: "&{0}!B2&"   Review date: "&IF(ISBLANK({0}!B5);"";TEXT({0}!B5;"YYYY-MM-DD"))'
          .format(map_name), style="SG Subtitle", span=8)
    s.set("A3", "What we share in the validation conversation: the realities, your scores, the "
          "evidence and the actions we agreed. Share it as a PDF (File > Export as PDF, this sheet), "
          "never by sending the workbook: hidden rows, columns and sheets are not confidential, anyone "
          "can unhide them. Internal owners, our own scores, notes and value at risk are not on this "
          "sheet.", style="SG Note", span=8)
    s.height(3, 1.3)
    s.row("A5", ("Reality", "Key question", "Your score (1-5)", "What the score means",
                 "Evidence", "Evidence confidence", "Agreed action", "Due date"), style="SG Header")
    for i in range(5):
        r, m = 6 + i, FIRST_ROW + i
        ref = lambda col: "%s!%s%d" % (map_name, col, m)  # noqa: E731
        s.set("A%d" % r, f=ref("A"), style="SG Reality")
        s.set("B%d" % r, f=ref("B"), style="SG Text")
        s.set("C%d" % r, f='IF(ISBLANK({0});"";{0})'.format(ref("F")), style="SG Computed Score")
        s.set("D%d" % r, f='IF(C{0}="";"";SCORELABEL(C{0}))'.format(r), style="SG Computed")
        s.set("E%d" % r, f="T(%s)" % ref("G"), style="SG Computed")
        s.set("F%d" % r, f="T(%s)" % ref("H"), style="SG Computed")
        s.set("G%d" % r, f="T(%s)" % ref("M"), style="SG Computed")
        s.set("H%d" % r, f='IF(ISBLANK({0});"";{0})'.format(ref("O")), style="SG Computed Date")
    s.set("A12", "Scores: 1 materially failing, 2 weak and creating visible concern, 3 acceptable but "
          "fragile, 4 strong and broadly trusted, 5 demonstrably creating recognised value. Evidence: "
          "A triangulated, B partial, C opinion.", style="SG Note", span=8)
    s.print_range = ("A1", "H12")
    return s


def pilot_sheet(doc, val, data=None):
    data = data or {}
    s = doc.sheet("90-day pilot", (4.0, 13.0, 3.2, 2.2, 1.6, 5.0))
    sheet_head(s, "The 90-day pilot",
               "A focused pilot across three to five strategic accounts. At the end you should have "
               "completed maps, identified material gaps, challenged unsupported assumptions, "
               "strengthened weak evidence, targeted action plans and a tested governance rhythm.", 6,
               ("Phase", "Step", "Owner", "Due", "Done", "Notes"))
    s.height(2, 0.9)
    r, n = 5, 0
    for phase, steps in PILOT:
        for j, step in enumerate(steps):
            owner, due, done, notes = data.get(n, (None, None, None, None))
            s.set("A%d" % r, phase if j == 0 else None, style="SG Reality")
            s.set("B%d" % r, step, style="SG Text")
            s.set("C%d" % r, owner, style="SG Input")
            s.set("D%d" % r, due, style="SG Date", validation=val.date)
            s.set("E%d" % r, done, style="SG Grade", validation=val.done)
            s.set("F%d" % r, notes, style="SG Input")
            r, n = r + 1, n + 1
    s.conditional("E5", "E%d" % (r - 1), [('="Yes"', "SG Aligned")])
    s.print_range = ("A1", "F%d" % (r - 1))
    return s


def workbook(data=None, title="Relationship Reality Map"):
    """The full map workbook; empty inputs give the template."""
    data = data or {}
    doc = new_document(title)
    val = Validations(doc)
    map_sheet(doc, val, data=data)
    senses_sheet(doc, val, data.get("senses"))
    stakeholders_sheet(doc, val, data=data.get("stakeholders"))
    history_sheet(doc, val, data.get("history"))
    customer_view_sheet(doc)
    pilot_sheet(doc, val, data.get("pilot"))
    return doc


PORTFOLIO_COLUMNS = ("Account", "Annual contract value", "Review reason", "Account band", "Scored",
                     "Act first on", "Untrusted realities", "Value at risk", "Mean gap (org - cust)")


def portfolio(accounts, thresholds=(0.5, 1.0, 1.5), title="Pilot portfolio"):
    """One roll-up sheet over one map sheet per account (sheet names are the accounts' short names)."""
    doc = new_document(title)
    val = Validations(doc)
    s = doc.sheet("Portfolio", (4.2, 2.6, 2.2, 2.2, 2.2, 2.6, 2.0, 2.6, 2.4))
    s.set("A1", "Pilot portfolio — Relationship Reality Maps", style="SG Title", span=9)
    s.set("A2", f=ADDIN_CHECK, style="SG Warning", span=9)
    s.height(1, 1.0)
    s.row("A3", PORTFOLIO_COLUMNS, style="SG Header")
    sheets = [a["sheet"] for a in accounts]
    for i, name in enumerate(sheets):
        r = 4 + i
        q = "'%s'" % name if " " in name else name
        s.set("A%d" % r, f="%s!B2" % q, style="SG Reality")
        s.set("B%d" % r, f="%s!B3" % q, style="SG Computed Money")
        s.set("C%d" % r, f="T(%s!D4)" % q, style="SG Computed")
        s.set("D%d" % r, f="%s!B14" % q, style="SG Computed Bold")
        s.set("E%d" % r, f="%s!C14" % q, style="SG Computed")
        s.set("F%d" % r, f="%s!B15" % q, style="SG Computed Bold")
        s.set("G%d" % r, f="%s!B16" % q, style="SG Computed")
        s.set("H%d" % r, f="%s!B17" % q, style="SG Computed Money")
        s.set("I%d" % r, f='IF(COUNT({0}!I7:I11)=0;"";AVERAGE({0}!I7:I11))'.format(q), style="SG Gap")
    end = 3 + len(sheets)
    s.conditional("D4", "D%d" % end, _band_rules("D4"))
    all_gaps = ";".join("%s!I7:I11" % ("'%s'" % n if " " in n else n) for n in sheets)
    s.set("A%d" % (end + 2), "Total value at risk", style="SG Label")
    s.set("H%d" % (end + 2), f="SUM(H4:H%d)" % end, style="SG Computed Money")
    s.set("A%d" % (end + 3), "Self-assessment bias", style="SG Label")
    s.set("I%d" % (end + 3), f='IF(COUNT({0})=0;"";AVERAGE({0}))'.format(all_gaps), style="SG Bias")
    s.set("B%d" % (end + 3), f='"Mean signed gap, org - customer, over "&COUNT(%s)&" scored '
          'realities: positive means we rate ourselves higher than our customers do."' % all_gaps,
          style="SG Note", span=7)
    t = end + 5
    s.set("A%d" % t, "Band thresholds for every account (gap size)", style="SG Section", span=3)
    for i, label in enumerate(("Aligned up to", "Watch up to", "Material up to")):
        s.set("A%d" % (t + 1 + i), label, span=2)
        s.set("C%d" % (t + 1 + i), thresholds[i], style="SG Score", validation=val.threshold)
    doc.name_range("Thresholds", "Portfolio", "C%d" % (t + 1), "C%d" % (t + 3))
    s.print_range = ("A1", "I%d" % (t + 3))
    for account in accounts:
        map_sheet(doc, val, name=account["sheet"], data=account, thresholds_here=False)
    return doc
