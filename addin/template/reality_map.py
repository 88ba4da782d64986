"""The Relationship Reality Map workbook: the template and, given account data, a filled map.

The layout follows the whitepaper (sections 4-8): the Map sheet is its SCORE table with the account
header, roll-up, thresholds, value at risk and legend; the other sheets are the Five Senses, the
stakeholders on both sides, the review history with its trend chart, and the customer view, the
one sheet meant for the customer. Every rule of the method stays in the add-in: the sheets only
call its functions and count, compare or show their results.

Safe to share:
- Every sheet but History is protected without a password: only input cells (pale yellow) take
  typing; Tools > Protect Sheet lifts it knowingly.
- AutoInput cannot turn a typed entry into other text: every column with text inputs holds no other
  literal text (odf.Sheet.autoinput_safe).
- Invalid inputs (pasted past the validity checks) are named in words on the row and in the roll-up
  (REALITYCHECK, THRESHOLDCHECK), never shown as bare error values.
- The Customer view pulls nothing internal from the Map but the customer's own scores: what the
  customer reads there is typed there.

The cells a reader needs carry names (MAP_NAMES), so the portfolio finds them without positions.
Row 7 is Strategic, so `=SCOREGAP(E7;F7)` is its gap.
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
LAST_ROW = FIRST_ROW + 4

# The SCORE table, columns A..Q. Text inputs (B, C, D, G, N, O, Q) never share a column with other
# literal text; the account header's inputs sit in the other columns. M names the realities again
# for the printed page of actions.
MAP_COLUMNS = ("Reality", "Our owner", "Customer stakeholder", "Internal evidence notes",
               "Org score (1–5)", "Customer score (1–5)", "Evidence (A/B/C)", "Gap (org − cust.)",
               "Band", "Status", "Input check", "Trend since last review", "Reality",
               "Action required", "Action owner", "Due date", "Commercial outcome")
MAP_WIDTHS = (2.3, 2.3, 2.3, 4.15, 1.6, 1.8, 1.75, 1.45, 1.8, 2.7, 2.55, 2.2,
              2.3, 6.4, 3.0, 2.0, 5.0)
HISTORY_SHEET = "History"
HISTORY_ROWS = 2000      # one row per review: monthly reviews for over 150 years
HISTORY_FIRST = 4        # History's first review row; rows 2-3 are its header

SCALE = ("1 — Materially failing the customer's reality", "2 — Weak and creating visible concern",
         "3 — Acceptable but fragile", "4 — Strong and broadly trusted",
         "5 — Demonstrably creating recognised value")
BANDS = ("Critical", "Material", "Watch", "Opportunity", "Aligned")
# The governance rhythm's reasons (whitepaper section 7; core/sg_review.h): stored in files.
REVIEW_REASONS = ("Quarterly", "Renewal", "Delivery", "Recovery", "Post-incident",
                  "Leadership change", "Direction change")
CENTRES = ("Executive", "Strategy", "Procurement", "Finance", "Operations", "Users", "Risk",
           "Transformation", "Service", "Commercial")

# What a colleague without the extension sees (measured in Calc 7.4, README "Sharing workbooks").
ADDIN_MISSING = ("The sensesgap extension is not installed here. Until it is, the gaps, bands and "
                 "statuses are the results last saved with this file and do not follow your edits; "
                 "rows you edit show #NAME?. Install sensesgap.oxt (Tools > Extension Manager > Add), "
                 "restart LibreOffice, then press Ctrl+Shift+F9.")
# Volatile (NOW) and saved without a result, so the check is computed afresh on every load: its
# saved state is the warning or empty, never a stale "OK".
ADDIN_CHECK = 'IF(ISERROR(SENSESGAPVERSION()&T(NOW()));"%s";"")' % ADDIN_MISSING

MAP_INSTRUCTIONS = (
    "Start here: fill the pale yellow cells (each says what it takes when selected); grey cells "
    "compute and are protected (Tools > Protect Sheet lifts it, no password). Scores run 1–5 with "
    "decimals; an empty score is not scored yet. Evidence C, or none, makes a gap Untrusted. "
    "Validate the customer scores with the customer, then send the Customer view sheet as a PDF, "
    "never this workbook. Record each review with the strip below the legend. Not printed.")

VAR_LABELS = ("Renewal value (next 12–18 months)", "Assessed risk probability (0–100%)",
              "Credible expansion value", "Displacement probability (0–100%)",
              "Avoidable service or recovery cost")
VAR_NOTE = ("Renewal value x risk probability + expansion value x displacement probability + "
            "avoidable cost. Not a prediction: it makes the cost of delayed recognition visible "
            "enough to act on. Each value comes with its probability.")

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

# Named cells of a map (template only): what the portfolio and the tests read, by name.
MAP_NAMES = {
    "MapAccount": ("A4", None), "MapContractValue": ("E4", None), "MapLead": ("H4", None),
    "MapSponsor": ("J4", None), "MapRenewalDate": ("K4", None), "MapReviewDate": ("L4", None),
    "MapReviewReason": ("P4", None), "MapNextReview": ("E5", None), "MapLastRecorded": ("L5", None),
    "MapRealities": ("A7", "A11"), "MapOrgScores": ("E7", "E11"), "MapCustomerScores": ("F7", "F11"),
    "MapEvidence": ("G7", "G11"), "MapGaps": ("H7", "H11"), "MapBands": ("I7", "I11"),
    "MapStatuses": ("J7", "J11"), "MapChecks": ("K7", "K11"), "MapTrends": ("L7", "L11"),
    "MapAccountBand": ("B14", None), "MapScored": ("D14", None), "MapActFirstOn": ("B15", None),
    "MapUntrusted": ("B16", None), "MapToFix": ("B18", None), "MapThresholdCheck": ("H17", None),
    "MapValueAtRiskInputs": ("Q14", "Q18"), "MapValueAtRisk": ("Q19", None),
    "MapSnapshot": ("A31", "W31"),
}
THRESHOLD_CELLS = ("K14", "K16")
THRESHOLD_CHECK = "$H$17"

# The computed cells of one reality's row ({r}). A row whose inputs are invalid shows why in K and
# nothing else computed; invalid thresholds blank every band and say so once, in H17.
REALITY_FORMULAS = (
    ("H", 'IF(K{r}<>"";"";SCOREGAP(E{r};F{r}))', "SG Gap"),
    ("I", 'IF(OR(H{r}="";{t}<>"");"";GAPBAND(H{r};Thresholds))', "SG Computed Bold"),
    ("J", 'IF(K{r}<>"";"Fix the inputs";IF({t}<>"";"Fix the thresholds";IF(H{r}="";"Not scored yet";'
          'REALITYSTATUS(E{r};F{r};G{r};Thresholds))))', "SG Computed"),
    ("K", "REALITYCHECK(E{r};F{r};G{r})", "SG Problem"),
)
# The roll-up over rows {a}..{b}: never an average, never a band while an input is invalid.
ROLLUP_FORMULAS = {
    "band": 'IF({t}<>"";"Fix the thresholds";IF(B18<>"";"Fix "&LEFT(B18;FIND(":";B18)-1);'
            'ACCOUNTBAND(H{a}:H{b};Thresholds)))',
    "scored": 'COUNT(H{a}:H{b})&" of 5 scored"',
    "focus": 'IF(OR({t}<>"";B18<>"");"";FOCUSREALITY(A{a}:A{b};H{a}:H{b};G{a}:G{b};Thresholds))',
    "untrusted": 'SUMPRODUCT(ISNUMBER(SEARCH("Untrusted";J{a}:J{b})))',
}


def first_problem(a=FIRST_ROW, b=LAST_ROW):
    """'Commercial: Org score must be ...' for the first reality whose inputs are invalid, or ''."""
    out = '""'
    for r in range(b, a - 1, -1):
        out = 'IF(K{0}<>"";A{0}&": "&K{0};{1})'.format(r, out)
    return out


def new_document(title):
    return odf.Document(title, styles.STYLES, styles.PAGE_LAYOUTS, styles.master_page)


class Validations:
    """The workbook's input rules, created once per document."""

    def __init__(self, doc):
        v = doc.validation
        score = "of:cell-content-is-decimal-number() and cell-content-is-between(1,5)"
        self.org_score = v(score, "Organisation score",
                           "What we believe, 1-5: 1 materially failing, 2 weak, 3 acceptable but "
                           "fragile, 4 strong and broadly trusted, 5 demonstrably creating value. "
                           "Decimals allowed. Leave empty until assessed.",
                           "Org score must be a number from 1 to 5 (decimals allowed), or empty.")
        self.customer_score = v(score, "Customer-validated score",
                                "What the customer would recognise as true, 1-5, validated with "
                                "the stakeholder best placed to judge. Leave empty until validated.",
                                "Customer score must be a number from 1 to 5 (decimals allowed), "
                                "or empty.")
        self.stakeholder_score = v(score, "Stakeholder's score",
                                   "The score this person would give the reality they speak to, 1-5.",
                                   "A score is a number from 1 to 5 (decimals allowed), or empty.")
        self.grade = v('of:cell-content-is-in-list("A";"B";"C")', "Evidence confidence",
                       "A: triangulated from both sides with strong data. B: partial, some "
                       "triangulation. C: internal opinion or untested assumption (the gap is "
                       "Untrusted). Empty counts as untrusted.", "Evidence must be A, B or C.",
                       list_values=True)
        self.date = v("of:cell-content-is-date() and cell-content()>=1", "Date",
                      "A date, e.g. 2026-06-30.", "Enter a date, e.g. 2026-06-30.")
        self.review_date = v("of:cell-content-is-date() and cell-content()>=1", "Review date",
                             "The date of this review, e.g. 2026-11-16. With the reason it sets "
                             "when the next review is due.", "Enter a date, e.g. 2026-11-16.")
        self.money = v("of:cell-content-is-decimal-number() and cell-content()>=0", "Amount",
                       "An amount of 0 or more, in the account's currency.",
                       "An amount is a number of 0 or more.")
        self.probability = v("of:cell-content-is-decimal-number() and cell-content-is-between(0,1)",
                             "Probability", "A probability from 0% to 100%: type 30 for 30% (the "
                             "cell adds the % sign).",
                             "A probability is between 0% and 100%.")
        # Each threshold is checked against its neighbours on entry: a band order that cannot hold
        # is refused with the reason, instead of blanking every band.
        t1, t2, t3 = ("[.$K$14]", "[.$K$15]", "[.$K$16]")
        self.thresholds = [
            v("of:is-true-formula(AND(ISNUMBER(%s);%s>0;%s<%s))" % (t1, t1, t1, t2),
              "Aligned up to", "Largest gap size still Aligned, above 0 and below Watch up to. "
              "The whitepaper's default is 0.5. Every band in this workbook uses these three.",
              "Aligned up to must be above 0 and below Watch up to."),
            v("of:is-true-formula(AND(ISNUMBER(%s);%s>%s;%s<%s))" % (t2, t2, t1, t2, t3),
              "Watch up to", "Largest gap size still Watch, between Aligned up to and Material up "
              "to. The default is 1.0.",
              "Watch up to must be above Aligned up to and below Material up to. To widen the "
              "bands, raise Material up to first."),
            v("of:is-true-formula(AND(ISNUMBER(%s);%s>%s;%s<=4))" % (t3, t3, t2, t3),
              "Material up to", "Largest gap size still Material; above it a gap is Critical. "
              "Above Watch up to, at most 4. The default is 1.5.",
              "Material up to must be above Watch up to and at most 4."),
        ]
        self.reason = v('of:cell-content-is-in-list("%s")' % '";"'.join(REVIEW_REASONS), "Review reason",
                        "Why this review is held. Quarterly: a stable strategic account (next review "
                        "in 3 months). Renewal, Delivery, Recovery: a period of change; "
                        "Post-incident, Leadership change, Direction change: held at once after "
                        "the event (next review in 1 month).",
                        "Pick a reason from the list.", list_values=True)
        self.side = v('of:cell-content-is-in-list("Organisation";"Customer")', "Side",
                      "Organisation (our people) or Customer.", "Pick Organisation or Customer.",
                      list_values=True)
        self.centre = v('of:cell-content-is-in-list("%s")' % '";"'.join(CENTRES),
                        "Buying or usage centre", "Where this person sits in the customer's (or our) "
                        "organisation.", "Pick a centre from the list.", list_values=True)
        realities = 'of:cell-content-is-in-list("%s")' % '";"'.join(REALITY_NAMES)
        self.reality = v(realities, "SCORE reality", "The reality this speaks to.",
                         "Pick one of the five SCORE realities.", list_values=True)
        self.sense_reality = v(realities, "Informs SCORE reality", "The reality this signal "
                               "informs most. A second one goes in Also informs.", "Pick one of "
                               "the five SCORE realities here; a second one goes in Also informs.",
                               list_values=True)
        self.also_reality = v(realities, "Also informs", "A second reality this signal informs, "
                              "if any.", "Pick one of the five SCORE realities.", list_values=True)
        self.done = v('of:cell-content-is-in-list("Yes";"No")', "Done", "Yes when the step is done.",
                      "Yes or No.", list_values=True)
        text = lambda title, help_text: v("", title, help_text, "")  # noqa: E731
        self.account = text("Account", "The customer's name, as leadership knows it. It heads every "
                            "printed page and the Customer view.")
        self.lead = text("Account lead", "Who owns this map on our side.")
        self.sponsor = text("Customer sponsor", "The customer's executive sponsor.")
        self.action = text("Action required", "The specific intervention agreed for this gap.")
        self.action_owner = text("Action owner", "Who delivers the action.")
        self.outcome = text("Commercial outcome", "What the action protects or wins: retained "
                            "revenue, protected margin, renewal confidence, restored trust, reduced "
                            "customer effort, credible expansion or future relevance.")
        self.signal = text("Signals observed", "What you noticed, in a sentence; internal.")
        self.person = text("Person", "One person per row.")
        self.note = text("Notes", "Internal notes about this person.")
        self.heard = text("What we heard from you", "Customer-facing: what the customer told us "
                          "about this reality, in words they would recognise. The customer reads it.")
        self.pilot_owner = text("Step owner", "Who leads this step of the pilot.")
        self.pilot_notes = text("Notes", "What was done, found or decided in this step; internal.")
        self.next_step = text("Agreed next step", "Customer-facing: the step agreed with the "
                              "customer. The customer reads it.")
        self.reality_help = [v("", r[0], r[1], "") for r in REALITIES]
        self.owner_hint = [
            v("", "Organisation-side owner", "Who owns this reality on our side. Typically: " + r[2] + ".",
              "") for r in REALITIES]
        self.stakeholder_hint = [
            v("", "Customer-side stakeholder", "Who judges this reality on the customer's side. "
              "Typically: " + r[3] + ".", "") for r in REALITIES]
        self.evidence_hint = [
            v("", "Internal evidence notes", "What the scores rest on, e.g. " + r[4].lower()
              + ". Internal: never shown on the Customer view.", "")
            for r in REALITIES]


def _band_rules(ref):
    """Conditional formats that colour a band (or a status beginning with one) in cell ref."""
    return [('formula-is(LEFT(%s;%d)="%s")' % (ref, len(b), b), "SG " + b) for b in BANDS]


def _quoted(sheet):
    return "'%s'" % sheet if " " in sheet else sheet


def map_sheet(doc, val, name="Map", data=None, with_history=True, threshold_check=None):
    """The SCORE table with header, roll-up, thresholds, value at risk, legend and review strip.
    Printed at 100% on four landscape pages: the realities (A-L), their actions (M-Q, with the
    realities named again), then the roll-up and legend, and the value at risk. Rows 2-4, which
    name the account, head every page. Given threshold_check (a portfolio's cell of
    THRESHOLDCHECK), the map has no thresholds of its own and reads them, and their check, from
    the portfolio."""
    data = data or {}
    s = doc.sheet(name, MAP_WIDTHS, page_style="SG Actual size")
    s.protected = True
    s.freeze = (1, 6)                 # the Reality column and the header row stay in view
    s.repeat_rows = (2, 4)
    s.column_breaks = ("M",)
    s.row_breaks = (13,)
    # Where the thresholds are checked: here, or once for a portfolio, whose check every map
    # obeys: invalid thresholds blank its bands and say so, never an error in every cell.
    thresholds_here = threshold_check is None
    t = THRESHOLD_CHECK if thresholds_here else threshold_check
    s.set("A1", MAP_INSTRUCTIONS, style="SG Instructions", span=10)
    s.set("K1", f=ADDIN_CHECK, style="SG Warning", span=7)
    s.height(1, 1.7)
    title = '"Relationship Reality Map: "&IF(ISBLANK(A4);"(enter the account below)";A4)'
    shown = "Relationship Reality Map: " + (data.get("account") or "(enter the account below)")
    s.set("A2", f=title, style="SG Title", cached=shown)
    s.set("M2", f=title, style="SG Title", cached=shown)  # the actions' pages name the account too
    s.height(2, 0.8)

    header = (("A3", "Account", "A4", data.get("account"), "SG Input", val.account, 4),
              ("E3", "Annual contract value", "E4", data.get("acv"), "SG Money", val.money, 2),
              ("H3", "Account lead", "H4", data.get("lead"), "SG Input", val.lead, 2),
              ("J3", "Customer sponsor", "J4", data.get("sponsor"), "SG Input", val.sponsor, 1),
              ("K3", "Renewal date", "K4", data.get("renewal"), "SG Date", val.date, 1),
              ("L3", "Review date", "L4", data.get("review"), "SG Date", val.review_date, 1),
              ("P3", "Review reason", "P4", data.get("reason"), "SG Input", val.reason, 2))
    for label_at, label, at, value, style, validation, span in header:
        s.set(label_at, label, style="SG Label", span=span)
        s.set(at, value, style=style, validation=validation, span=span)
    s.set("A5", "Next review due", style="SG Label", span=4)
    s.set("E5", f='IFERROR(NEXTREVIEW(L4;P4);"Check the review date and reason")',
          style="SG Computed Date", span=2)
    s.set("H5", f='IF(E5="";"Enter the review date and reason";IF(ISNUMBER(E5);IF(E5<TODAY();'
          '"Overdue since "&TEXT(E5;"YYYY-MM-DD");"Due in "&(E5-TODAY())&" days");""))',
          style="SG Computed Bold", span=3)
    s.conditional("H5", "H5", [('formula-is(LEFT(H5;7)="Overdue")', "SG Critical")])
    s.set("K5", "Last recorded review", style="SG Label")
    if with_history:
        dates = "%s!$A$%d:$A$%d" % (HISTORY_SHEET, HISTORY_FIRST, HISTORY_FIRST + HISTORY_ROWS - 1)
        last = 'COM.MICROSOFT.MAXIFS(%s;%s;"<"&L4)' % (dates, dates)
        s.set("L5", f='IF(NOT(ISNUMBER(L4));"";IF(%s=0;"none";%s))' % (last, last),
              style="SG Computed Date")
    s.height(5, 0.85)

    s.row("A6", MAP_COLUMNS, style="SG Header")  # optimal height: no header is clipped
    rows = data.get("realities") or [{}] * 5
    for i, (reality, question, _, _, _) in enumerate(REALITIES):
        r = FIRST_ROW + i
        d = rows[i]
        s.set("A%d" % r, reality, style="SG Reality", validation=val.reality_help[i])
        s.set("B%d" % r, d.get("owner"), style="SG Input", validation=val.owner_hint[i], kind="owner")
        s.set("C%d" % r, d.get("stakeholder"), style="SG Input", validation=val.stakeholder_hint[i],
              kind="stakeholder")
        s.set("D%d" % r, d.get("evidence"), style="SG Input", validation=val.evidence_hint[i],
              kind="evidence notes")
        s.set("E%d" % r, d.get("org"), style="SG Score", validation=val.org_score)
        s.set("F%d" % r, d.get("customer"), style="SG Score", validation=val.customer_score)
        s.set("G%d" % r, d.get("grade"), style="SG Grade", validation=val.grade)
        for col, formula, style in REALITY_FORMULAS:
            s.set("%s%d" % (col, r), f=formula.format(r=r, t=t), style=style)
        if with_history:
            gaps = "%s!$%s$%d:$%s$%d" % (HISTORY_SHEET, HISTORY_GAP_COLUMNS[i], HISTORY_FIRST,
                                         HISTORY_GAP_COLUMNS[i], HISTORY_FIRST + HISTORY_ROWS - 1)
            previous = "INDEX(%s;MATCH($L$5;%s;0))" % (gaps, dates)
            s.set("L%d" % r, f='IF(OR(NOT(ISNUMBER($L$5));H{0}="");"";IFERROR(IF(ISNUMBER({1});'
                  'GAPTREND({1};H{0});"");""))'.format(r, previous), style="SG Computed Bold")
        s.set("M%d" % r, f="A%d" % r, style="SG Reality")
        s.set("N%d" % r, d.get("action"), style="SG Input", validation=val.action)
        s.set("O%d" % r, d.get("action_owner"), style="SG Input", validation=val.action_owner)
        s.set("P%d" % r, d.get("due"), style="SG Date", validation=val.date)
        s.set("Q%d" % r, d.get("outcome"), style="SG Input", validation=val.outcome)
    a, b = FIRST_ROW, LAST_ROW
    rollup = {k: f.format(a=a, b=b, t=t) for k, f in ROLLUP_FORMULAS.items()}
    s.conditional("I7", "I11", _band_rules("I7"))
    s.conditional("J7", "J11", _band_rules("J7") + [('="Not scored yet"', "SG Unscored")])
    s.conditional("L7", "L11", [('="Widening"', "SG Widening"), ('="Narrowing"', "SG Narrowing")])

    # Roll-up, with the thresholds beside it: a band is read next to what it means.
    s.set("A13", "Account roll-up", style="SG Section", span=7)
    s.set("A14", "Account band", style="SG Label")
    s.set("B14", f=rollup["band"], style="SG Computed Bold", span=2)
    s.set("D14", f=rollup["scored"], style="SG Computed")
    s.conditional("B14", "B14", _band_rules("B14") + [('formula-is(LEFT(B14;3)="Fix")', "SG Critical")])
    s.set("A15", "Act first on", style="SG Label")
    s.set("B15", f=rollup["focus"], style="SG Computed Bold", span=2)
    s.set("D15", "Most severe band, then weakest evidence, then largest gap.", style="SG Note", span=4)
    s.set("A16", "Untrusted realities", style="SG Label")
    s.set("B16", f=rollup["untrusted"], style="SG Computed", span=2)
    s.set("D16", "Gaps resting on C evidence or none: gather stronger evidence first.",
          style="SG Note", span=4)
    s.set("A17", "Value at risk", style="SG Label")
    s.set("B17", f="Q19", style="SG Computed Money", span=2)
    s.set("A18", "To fix first", style="SG Label")
    s.set("B18", f=first_problem(), style="SG Problem", span=6)
    s.height(18, 0.85)

    s.set("H13", "Band thresholds (gap size)", style="SG Section", span=5)
    for i, label in enumerate(("Aligned up to", "Watch up to", "Material up to")):
        s.set("H%d" % (14 + i), label, style="SG Legend", span=3)
        if thresholds_here:
            s.set("K%d" % (14 + i), (data.get("thresholds") or (0.5, 1.0, 1.5))[i],
                  style="SG Score", validation=val.thresholds[i])
        else:
            s.set("K%d" % (14 + i), f="INDEX(Thresholds;%d)" % (i + 1), style="SG Computed Score")
    if thresholds_here:
        s.set("H17", f="THRESHOLDCHECK(Thresholds)", style="SG Problem", span=5)
        s.set("H18", "Above Material: Critical. Below minus Aligned: Opportunity. Every band in "
              "this workbook uses these.", style="SG Note", span=5)
    else:
        s.set("H17", f="T(%s)" % t, style="SG Problem", span=5)  # the portfolio's check, in words
        s.set("H18", "Set once for the portfolio, on the Portfolio sheet.", style="SG Note", span=5)

    s.set("N13", "Value at risk (indicative)", style="SG Section", span=4)
    var = data.get("var") or (None,) * 5
    var_styles = ("SG Money", "SG Percent", "SG Money", "SG Percent", "SG Money")
    var_rules = (val.money, val.probability, val.money, val.probability, val.money)
    for i, label in enumerate(VAR_LABELS):
        s.set("N%d" % (14 + i), label, style="SG Legend", span=3)
        s.set("Q%d" % (14 + i), var[i], style=var_styles[i], validation=var_rules[i])
    s.set("N19", "Value at risk", style="SG Label", span=3)
    s.set("Q19", f='IFERROR(VALUEATRISK(Q14;Q15;Q16;Q17;Q18);"Check the inputs above: amounts 0 '
          'or more, probabilities 0–100%, each value with its probability")', style="SG Computed Money")
    s.set("N20", VAR_NOTE, style="SG Note", span=4)
    s.height(20, 1.25)

    # Legend, within the realities' columns so that it prints on one page.
    s.set("A22", "How to read the map", style="SG Section", span=12)
    s.set("A23", "Scores: 1 materially failing the customer's reality · 2 weak and creating visible "
          "concern · 3 acceptable but fragile · 4 strong and broadly trusted · 5 demonstrably "
          "creating recognised value.", style="SG Legend", span=12)
    s.set("A24", "Evidence: A triangulated from both sides with strong data · B partial, some "
          "triangulation · C internal opinion or untested assumption: the gap is Untrusted until "
          "stronger evidence is gathered.", style="SG Legend", span=12)
    s.set("A25", "Gap = org score − customer score. Positive: we are more optimistic than the "
          "customer (a possible blind spot). Negative: the customer is more positive than we are "
          "(a possible opportunity). Act where the band is most severe and the evidence weakest. "
          "Trend compares each gap's size with the last review recorded in History.",
          style="SG Legend", span=12)
    s.height(25, 0.85)
    legend = (("A26", "Aligned", "Aligned: normal monitoring", 3),
              ("D26", "Watch", "Watch: validate and assign an owner", 2),
              ("F26", "Material", "Material: cross-functional action plan", 3),
              ("I26", "Critical", "Critical: significant risk to renewal, margin, reputation or "
               "growth", 2),
              ("K26", "Opportunity", "Opportunity: the customer is more positive than we are", 2))
    for at, band, text, span in legend:
        s.set(at, text, style="SG " + band, span=span)
    s.height(26, 1.3)
    s.print_range = ("A2", "Q26")

    # The review strip: one History row, recorded by one copy and one paste of values.
    if with_history:
        s.set("A28", "Record this review: select A31:W31 and copy (Ctrl+C); on History, click column "
              "A of the first empty row and paste values only (Edit > Paste Special > Paste Only "
              "Values, or Ctrl+Shift+V > Values Only). This strip does not print.",
              style="SG Instructions", span=17)
        s.height(28, 0.95)
        history_header(s, 29, style="SG Header Fit")  # the Map's columns are narrower
        for col, formula, style in snapshot_formulas():
            s.set("%s31" % col, f=formula, style=style)
    if thresholds_here:
        doc.name_range("Thresholds", name, *THRESHOLD_CELLS)
        for label, (first, last) in MAP_NAMES.items():
            if with_history or label not in ("MapSnapshot", "MapLastRecorded", "MapTrends"):
                doc.name_range(label, name, first, last)
    return s


# One History row: the review's date and reason, each reality's gap, the account band, then each
# reality's scores and evidence, exactly as the Map's review strip lays them out. Two header rows:
# what was recorded, then for which reality.
HISTORY_GAP_COLUMNS = ("C", "D", "E", "F", "G")
HISTORY_WIDTHS = (2.2, 2.6) + (2.15,) * 5 + (2.1,) + (1.3,) * 15
SCORES_FIRST = 8  # column I: the scores and evidence, printed on the sheet's second page


def history_header(s, row, style="SG Header"):
    """History's two header rows at `row`: the groups of columns, then what each column holds."""
    s.set("A%d" % row, "Review", style=style, span=2)
    s.set("C%d" % row, "Gap (org − customer)", style=style, span=5)
    s.set("H%d" % row, "", style=style)
    for i, name in enumerate(REALITY_NAMES):
        s.set("%s%d" % (odf.column_letters(SCORES_FIRST + 3 * i), row), name, style=style, span=3)
    subheads = (("Review date", "Reason") + REALITY_NAMES + ("Account band",)
                + ("Org", "Cust.", "Ev.") * 5)
    for c, text in enumerate(subheads):
        s.set("%s%d" % (odf.column_letters(c), row + 1), text, style=style)
    s.height(row + 1, 0.8)


def snapshot_formulas():
    """(column, formula, style) of the review strip, reading the Map's inputs and results."""
    out = [("A", 'IF(ISNUMBER(L4);L4;"")', "SG Computed Date"), ("B", "T(P4)", "SG Computed")]
    for i in range(5):
        out.append((HISTORY_GAP_COLUMNS[i], "H%d" % (FIRST_ROW + i), "SG Gap"))
    out.append(("H", 'IF(LEFT(B14;3)="Fix";"";B14)', "SG Computed Bold"))
    col = SCORES_FIRST
    for i in range(5):
        r = FIRST_ROW + i
        for formula, style in (('IF(ISNUMBER(E{0});E{0};"")', "SG Computed Score"),
                               ('IF(ISNUMBER(F{0});F{0};"")', "SG Computed Score"),
                               ("T(G{0})", "SG Computed")):
            out.append((odf.column_letters(col), formula.format(r), style))
            col += 1
    return out


def account_title(s, ref, title, account, map_name="Map"):
    """A title naming the account from the Map, with its text stored (it heads printed pages)."""
    s.set(ref, f='"%s: "&IF(ISBLANK(%s!A4);"(account not entered on the Map)";%s!A4)'
          % (title, map_name, map_name), style="SG Title",
          cached="%s: %s" % (title, account or "(account not entered on the Map)"))


def sheet_head(s, title, note, span, columns=None, header_at="A4", map_name="Map", account=None):
    """A sheet's title naming the account (A1), its note (A2) and, when given, its header row."""
    account_title(s, "A1", title, account, map_name)
    s.set("A2", note, style="SG Note", span=span)
    if columns:
        s.row(header_at, columns, style="SG Header")


def senses_sheet(doc, val, data=None, account=None):
    data = data or {}
    s = doc.sheet("Five Senses", (2.0, 4.2, 9.0, 6.0, 2.6, 2.6, 3.4))
    s.protected = True
    s.freeze = (1, 4)
    s.repeat_rows = (1, 4)
    sheet_head(s, "Five Senses", account=account, span=7,
               note="Signals, not scores: the senses help the account team notice evidence that "
               "formal reporting misses. Record what you observed and the SCORE realities it "
               "informs, then use it when you score the Map. Internal.",
               columns=("Sense", "What it examines", "Diagnostic questions", "Signals observed",
                        "Informs SCORE reality", "Also informs", "Usually informs"))
    s.height(2, 0.8)
    for i, (sense, examines, questions, usual) in enumerate(SENSES):
        r = 5 + i
        signal, reality, *also = data.get(sense, (None, None))
        s.set("A%d" % r, sense, style="SG Reality")
        s.set("B%d" % r, examines, style="SG Text")
        s.set("C%d" % r, questions, style="SG Text")
        s.set("D%d" % r, signal, style="SG Input", validation=val.signal)
        s.set("E%d" % r, reality, style="SG Grade", validation=val.sense_reality)
        s.set("F%d" % r, also[0] if also else None, style="SG Grade", validation=val.also_reality)
        s.set("G%d" % r, usual, style="SG Note")
    s.print_range = ("A1", "G9")
    return s


STAKEHOLDER_ROWS = 24


def stakeholders_sheet(doc, val, map_name="Map", data=None, account=None):
    data = data or []
    s = doc.sheet("Stakeholders", (2.3, 3.0, 3.2, 2.7, 2.4, 1.9, 2.2, 4.0, 0.3,
                                   2.3, 1.6, 1.4, 1.4, 1.4, 1.4, 1.8, 4.2), page_style="SG Actual size")
    s.column_breaks = ("J",)          # printed: the people, then the spread per reality
    s.protected = True
    s.freeze = (0, 4)
    s.repeat_rows = (1, 4)
    sheet_head(s, "Stakeholders", account=account, span=8,
               note="Both sides, one row per person. For customer stakeholders, 'Their score' is "
               "what they would give the reality they speak to. The spread on the right shows "
               "whether one warm sponsor is hiding the rest of the customer organisation. Internal.",
               columns=("Side", "Name", "Role", "Buying or usage centre", "Reality they speak to",
                        "Their score (1–5)", "Last validated", "Notes"))
    s.height(2, 0.8)
    for i in range(STAKEHOLDER_ROWS):
        r = 5 + i
        d = data[i] if i < len(data) else (None,) * 8
        s.set("A%d" % r, d[0], style="SG Grade", validation=val.side)
        s.set("B%d" % r, d[1], style="SG Input", validation=val.person, kind="name")
        s.set("C%d" % r, d[2], style="SG Input", validation=val.person, kind="role")
        s.set("D%d" % r, d[3], style="SG Input", validation=val.centre)
        s.set("E%d" % r, d[4], style="SG Input", validation=val.reality)
        s.set("F%d" % r, d[5], style="SG Score", validation=val.stakeholder_score)
        s.set("G%d" % r, d[6], style="SG Date", validation=val.date)
        s.set("H%d" % r, d[7], style="SG Input", validation=val.note)
    end = 4 + STAKEHOLDER_ROWS
    account_title(s, "J1", "Stakeholders", account, map_name)  # heads the printed page of spreads
    s.row("J4", ("Reality", "Customer views", "Lowest", "Highest", "Spread", "Mean",
                 "Map customer score", "Check"), style="SG Header")
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
        s.set("P%d" % r, f='IF(ISNUMBER({0}!F{1});{0}!F{1};"")'.format(map_name, FIRST_ROW + i),
              style="SG Computed Score")
        # A customer score on the Map with no customer voice behind it is an assumption.
        # A customer listed for the reality is a voice, scored or not.
        s.set("Q%d" % r, f='IF(AND(ISNUMBER(P{0});COUNTIFS({1};"Customer";{2};J{0})=0);"Scored on '
              'the Map, but no customer voice recorded here";"")'.format(r, side, reality),
              style="SG Problem")
    s.conditional("N5", "N9", [('formula-is(AND(ISNUMBER(N5);N5>INDEX(Thresholds;1)))', "SG Watch")])
    s.set("J11", "Spread beyond the Aligned threshold is highlighted: the customer's people see this "
          "reality differently, so one score may be hiding the rest.", style="SG Note", span=8)
    s.height(11, 0.8)
    s.print_range = ("A1", "Q%d" % end)
    return s


def history_sheet(doc, val, data=None, map_name="Map", account=None):
    """One row per review, pasted as values from the Map's review strip: no formulas, so empty rows
    never print, and years of reviews fit. Printed at 100%: dates, gaps and band, then the scores
    and evidence beside the dates."""
    data = data or []
    s = doc.sheet(HISTORY_SHEET, HISTORY_WIDTHS + (0.4, 9.0), page_style="SG Actual size")
    s.column_breaks = (odf.column_letters(SCORES_FIRST),)
    s.repeat_columns = 1
    s.freeze = (1, 3)
    s.repeat_rows = (1, 3)
    # Pasted values keep the destination's formats: every row is formatted before it is used.
    s.styled_rows = HISTORY_FIRST + HISTORY_ROWS - 1
    s.column_styles["A"] = "SG Record Date"
    for i in range(5):
        s.column_styles[HISTORY_GAP_COLUMNS[i]] = "SG Record Gap"
        for j, style in enumerate(("SG Record Score", "SG Record Score", "SG Record Grade")):
            s.column_styles[odf.column_letters(SCORES_FIRST + 3 * i + j)] = style
    # Titles start right of the repeated date column, so that each printed page has a whole one.
    account_title(s, "B1", "Review history", account, map_name)
    account_title(s, odf.column_letters(SCORES_FIRST) + "1", "Review history", account, map_name)
    history_header(s, 2)
    for k, review in enumerate(data):
        r = HISTORY_FIRST + k
        values = [review["date"], review["reason"]]
        for org, cust, _ in review["scores"]:
            values.append(None if org is None or cust is None else round(org - cust, 10))
        values.append(review.get("band"))
        for org, cust, grade in review["scores"]:
            values += [org, cust, grade]
        for c, v in enumerate(values):
            s.set("%s%d" % (odf.column_letters(c), r), v)
    last = HISTORY_FIRST + HISTORY_ROWS - 1
    s.conditional("H%d" % HISTORY_FIRST, "H%d" % last, _band_rules("H%d" % HISTORY_FIRST))
    notes_at = odf.column_letters(len(HISTORY_WIDTHS) + 1)
    s.set(notes_at + "1", "One row per review, oldest first, pasted as values from the Map's "
          "review strip (Map rows 28–31). The Trend sheet charts each gap over time; the Map "
          "compares each gap with the last review recorded here before its own review date. This "
          "note does not print.", style="SG Instructions")
    s.height(1, 2.0)
    s.print_range = ("A1", "%s%d" % (odf.column_letters(len(HISTORY_WIDTHS) - 1), last))
    return s


def trend_sheet(doc, map_name="Map", account=None):
    """A chart of each reality's gap at every recorded review: what people look at first."""
    s = doc.sheet("Trend", (2.5,) * 11)
    s.protected = True
    account_title(s, "A1", "Gap trend", account, map_name)
    s.set("A2", "Each reality's gap (org − customer) at every review recorded in History. Above 0 we "
          "rate ourselves higher than the customer does; a line climbing away from 0 is a gap "
          "widening.", style="SG Note", span=11)
    s.height(2, 0.8)
    first, last = HISTORY_FIRST, HISTORY_FIRST + HISTORY_ROWS - 1
    series = [("%s!$%s$3" % (HISTORY_SHEET, col),
               "%s!$%s$%d:$%s$%d" % (HISTORY_SHEET, col, first, col, last)) for col in HISTORY_GAP_COLUMNS]
    s.charts.append(odf.Chart("Gap per reality at each review", "Review date", "Gap (org − customer)",
                              "%s!$A$%d:$A$%d" % (HISTORY_SHEET, first, last), series,
                              at=("A3", 0.3, 1.9), size=(26.5, 13.5)))
    s.print_range = ("A1", "K36")  # the whole chart, frame included
    return s


def customer_view_sheet(doc, val, map_name="Map", data=None, account=None, review=None):
    """The only sheet meant for the customer. It pulls from the Map the account, the review date
    and the customer's own scores; everything else on it is typed here, for the customer."""
    data = data or [{}] * 5
    s = doc.sheet("Customer view", (2.6, 5.0, 1.9, 4.0, 6.2, 5.0, 2.2, 0.4, 9.0))
    s.protected = True
    s.repeat_rows = (1, 3)
    account_title(s, "A1", "Relationship review", account, map_name)
    s.set("A2", f='"Review of "&IF(ISNUMBER({0}!L4);TEXT({0}!L4;"YYYY-MM-DD");"(date not entered '
          'on the Map)")'.format(map_name), style="SG Subtitle",
          cached="Review of " + (review.isoformat() if review else "(date not entered on the Map)"))
    s.row("A3", ("Reality", "What we asked", "Your score (1–5)", "What the score means",
                 "What we heard from you", "Agreed next step", "By when"), style="SG Header")
    s.height(3, 0.9)
    for i, (reality, question, _, _, _) in enumerate(REALITIES):
        r, m = 4 + i, FIRST_ROW + i
        d = data[i] if i < len(data) else {}
        s.set("A%d" % r, reality, style="SG Reality")
        s.set("B%d" % r, question, style="SG Text")
        # An invalid score (pasted past the checks) is not shown to the customer.
        s.set("C%d" % r, f='IF(AND(ISNUMBER({0}!F{1});{0}!K{1}="");{0}!F{1};"")'.format(map_name, m),
              style="SG Computed Score")
        s.set("D%d" % r, f='IF(C{0}="";"";SCORELABEL(C{0}))'.format(r), style="SG Computed")
        s.set("E%d" % r, d.get("heard"), style="SG Input", validation=val.heard)
        s.set("F%d" % r, d.get("next"), style="SG Input", validation=val.next_step)
        s.set("G%d" % r, d.get("by"), style="SG Date", validation=val.date)
    s.set("A9", "Scores: 1 materially failing · 2 weak and creating visible concern · 3 acceptable "
          "but fragile · 4 strong and broadly trusted · 5 demonstrably creating recognised value.",
          style="SG Note", span=7)
    s.set("I1", "For the customer. Type here what the customer may read: what you heard and the "
          "next steps agreed. Nothing internal is pulled from the Map except the customer's own "
          "scores. Send it as a PDF of this sheet only (File > Export as PDF > Range: Selection/"
          "Selected sheet(s)), never the workbook: hidden cells and sheets can be unhidden. This "
          "note does not print.", style="SG Instructions")
    s.height(1, 2.4)
    s.print_range = ("A1", "G9")
    return s


def pilot_sheet(doc, val, data=None):
    """The whitepaper's 90-day pilot across three to five accounts: it belongs with a portfolio."""
    data = data or {}
    s = doc.sheet("90-day pilot", (4.0, 13.0, 3.2, 2.2, 1.6, 5.0), page_style="SG Landscape")
    s.protected = True
    s.repeat_rows = (1, 4)
    s.set("A1", "The 90-day pilot", style="SG Title")
    s.set("A2", "A focused pilot across three to five strategic accounts. At the end you should have "
          "completed maps, identified material gaps, challenged unsupported assumptions, "
          "strengthened weak evidence, targeted action plans and a tested governance rhythm.",
          style="SG Note", span=6)
    s.row("A4", ("Phase", "Step", "Owner", "Due", "Done", "Notes"), style="SG Header")
    s.height(2, 0.9)
    r, n = 5, 0
    for phase, steps in PILOT:
        for j, step in enumerate(steps):
            owner, due, done, notes = data.get(n, (None, None, None, None))
            s.set("A%d" % r, phase if j == 0 else None, style="SG Reality")
            s.set("B%d" % r, step, style="SG Text")
            s.set("C%d" % r, owner, style="SG Input", validation=val.pilot_owner, kind="owner")
            s.set("D%d" % r, due, style="SG Date", validation=val.date)
            s.set("E%d" % r, done, style="SG Grade", validation=val.done)
            s.set("F%d" % r, notes, style="SG Input", validation=val.pilot_notes, kind="notes")
            r, n = r + 1, n + 1
    s.conditional("E5", "E%d" % (r - 1), [('="Yes"', "SG Aligned")])
    s.print_range = ("A1", "F%d" % (r - 1))
    return s


def workbook(data=None, title="Relationship Reality Map"):
    """The full map workbook; empty inputs give the template."""
    data = data or {}
    doc = new_document(title)
    val = Validations(doc)
    account = data.get("account")
    map_sheet(doc, val, data=data)
    senses_sheet(doc, val, data.get("senses"), account=account)
    stakeholders_sheet(doc, val, data=data.get("stakeholders"), account=account)
    history_sheet(doc, val, data.get("history"), account=account)
    trend_sheet(doc, account=account)
    customer_view_sheet(doc, val, data=data.get("customer"), account=account,
                        review=data.get("review"))
    return doc


PORTFOLIO_COLUMNS = ("Account", "Annual contract value", "Review reason", "Account band", "Scored",
                     "Act first on", "Untrusted realities", "Value at risk", "Mean gap (org - cust)")


def portfolio(accounts, thresholds=(0.5, 1.0, 1.5), title="Pilot portfolio", pilot=None):
    """One roll-up sheet over one map sheet per account (sheet names are the accounts' short names),
    and the 90-day pilot checklist, which spans the pilot's accounts."""
    doc = new_document(title)
    val = Validations(doc)
    s = doc.sheet("Portfolio", (4.2, 2.6, 2.2, 2.2, 2.2, 2.6, 2.0, 2.6, 2.4))
    s.protected = True
    s.repeat_rows = (1, 3)
    s.set("A1", "Pilot portfolio — Relationship Reality Maps", style="SG Title", span=9)
    s.set("A2", f=ADDIN_CHECK, style="SG Warning", span=9)
    s.height(2, 1.3)
    s.row("A3", PORTFOLIO_COLUMNS, style="SG Header")
    s.height(3, 0.9)
    sheets = [a["sheet"] for a in accounts]
    for i, name in enumerate(sheets):
        r = 4 + i
        q = _quoted(name)
        s.set("A%d" % r, f="%s!A4" % q, style="SG Reality")
        s.set("B%d" % r, f="%s!E4" % q, style="SG Computed Money")
        s.set("C%d" % r, f="T(%s!P4)" % q, style="SG Computed")
        s.set("D%d" % r, f="%s!B14" % q, style="SG Computed Bold")
        s.set("E%d" % r, f="%s!D14" % q, style="SG Computed")
        s.set("F%d" % r, f="%s!B15" % q, style="SG Computed Bold")
        s.set("G%d" % r, f="%s!B16" % q, style="SG Computed")
        s.set("H%d" % r, f="%s!B17" % q, style="SG Computed Money")
        s.set("I%d" % r, f='IF(COUNT({0}!H7:H11)=0;"";AVERAGE({0}!H7:H11))'.format(q), style="SG Gap")
    end = 3 + len(sheets)
    s.conditional("D4", "D%d" % end, _band_rules("D4"))
    all_gaps = ";".join("%s!H7:H11" % _quoted(n) for n in sheets)
    s.set("A%d" % (end + 2), "Total value at risk", style="SG Label")
    s.set("H%d" % (end + 2), f="SUM(H4:H%d)" % end, style="SG Computed Money")
    s.set("A%d" % (end + 3), "Self-assessment bias", style="SG Label")
    s.set("I%d" % (end + 3), f='IF(COUNT({0})=0;"";AVERAGE({0}))'.format(all_gaps), style="SG Bias")
    s.set("B%d" % (end + 3), f='"Mean signed gap, org - customer, over "&COUNT(%s)&" scored '
          'realities: positive means we rate ourselves higher than our customers do."' % all_gaps,
          style="SG Note", span=7)
    s.height(end + 3, 0.8)
    t = end + 5
    s.set("A%d" % t, "Band thresholds for every account (gap size)", style="SG Section", span=3)
    for i, label in enumerate(("Aligned up to", "Watch up to", "Material up to")):
        s.set("A%d" % (t + 1 + i), label, span=2)
        s.set("C%d" % (t + 1 + i), thresholds[i], style="SG Score", validation=val.thresholds[i])
    # The order checks of the thresholds' validations point at the Map's cells: re-aim them here.
    for i, v in enumerate(val.thresholds):
        v.condition = v.condition.replace("$K$14", "$C$%d" % (t + 1)).replace(
            "$K$15", "$C$%d" % (t + 2)).replace("$K$16", "$C$%d" % (t + 3))
    s.set("D%d" % (t + 1), f="THRESHOLDCHECK(Thresholds)", style="SG Problem", span=6)
    check = "Portfolio!$D$%d" % (t + 1)
    doc.name_range("Thresholds", "Portfolio", "C%d" % (t + 1), "C%d" % (t + 3))
    s.print_range = ("A1", "I%d" % (t + 3))
    pilot_sheet(doc, val, pilot)
    for account in accounts:
        map_sheet(doc, val, name=account["sheet"], data=account, with_history=False,
                  threshold_check=check)
    return doc
