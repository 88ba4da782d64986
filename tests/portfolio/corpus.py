"""The portfolio test corpus: account maps made, filled, computed and saved by real Calc.

Usage: /usr/bin/python3 tests/portfolio/corpus.py OXT TEMPLATE   (test_portfolio.py calls build())

Writes build/portfolio/corpus/ (the maps, in subfolders) and build/portfolio/corpus/expected.json,
and build/portfolio/extra/plain-sheet.ods (a spreadsheet that is no map, for the hostile set).
A stamp (the hash of the template, the package, release 1.0.0's package, template and worked
example, and this file) lets a re-run skip Calc.

Three offices run one after the other, never two at once:
 1. with the extension: every map is made from its template (the current one, or release 1.0.0's),
    filled through UNO, recalculated and saved;
 2. without the extension: a colleague edits an input of the files under stale/ and saves them,
    so their saved results no longer follow their inputs (#NAME?, or old values when automatic
    calculation is off);
 3. with the extension again: every file is opened, Calc recalculates (calculateAll) and what
    it computes is written to expected.json ("calc"). Those are the expectations: they come from
    Calc, never from the program under test. Beside them, "saved_in_file" holds the results the
    file itself stores, read from its XML by odsread.py (an office may recalculate on loading).
"""
import datetime
import hashlib
import json
import os
import random
import shutil
import sys

import uno

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "calc"))
from office import Office, cell_result, office_with_extension, prop  # noqa: E402

sys.path.insert(0, HERE)
import odsread  # noqa: E402

OUT = os.path.join(REPO, "build", "portfolio")
CORPUS = os.path.join(OUT, "corpus")
EXTRA = os.path.join(OUT, "extra")
PLAIN_SHEET = os.path.join(EXTRA, "plain-sheet.ods")
EXPECTED = os.path.join(CORPUS, "expected.json")
STAMP = os.path.join(CORPUS, ".stamp")
RELEASE = os.path.join(REPO, "build", "release-1.0.0")
RELEASE_OXT = os.path.join(RELEASE, "build", "sensesgap.oxt")
RELEASE_TEMPLATE = os.path.join(RELEASE, "build", "relationship-reality-map.ots")
RELEASE_WORKED = os.path.join(RELEASE, "examples", "worked-example.fods")

REALITIES = ("Strategic", "Commercial", "Operational", "Resilience", "Evolution")
REASONS = ("Quarterly", "Renewal", "Delivery", "Recovery", "Post-incident", "Leadership change",
           "Direction change")
FILTERS = {".ods": "calc8", ".fods": "OpenDocument Spreadsheet Flat XML"}
D = datetime.date

# Where each layout keeps its inputs and results (the current layout's named ranges name the
# same cells; release 1.0.0 had no named cells but Thresholds).
LAYOUTS = {
    "current": {
        "account": "A4", "contract_value": "E4", "lead": "H4", "sponsor": "J4",
        "renewal_date": "K4", "last_review": "L4", "review_reason": "P4", "next_review": "E5",
        "org": "E", "customer": "F", "evidence": "G", "gap": "H", "band": "I", "status": "J",
        "check": "K", "account_band": "B14", "scored": "D14", "act_first_on": "B15",
        "untrusted": "B16", "to_fix": "B18", "threshold_check": "H17",
        "var_inputs": ("Q14", "Q15", "Q16", "Q17", "Q18"), "value_at_risk": "Q19",
        "thresholds": ("K14", "K15", "K16"),
    },
    "1.0.0": {
        "account": "B2", "contract_value": "B3", "lead": "D2", "sponsor": "D3",
        "renewal_date": "B4", "last_review": "B5", "review_reason": "D4", "next_review": None,
        "org": "E", "customer": "F", "evidence": "H", "gap": "I", "band": "J", "status": "L",
        "check": None, "account_band": "B14", "scored": "C14", "act_first_on": "B15",
        "untrusted": "B16", "to_fix": None, "threshold_check": None,
        "var_inputs": ("L14", "L15", "L16", "L17", "L18"), "value_at_risk": "L19",
        "thresholds": ("P23", "P24", "P25"),
    },
}
SCRATCH = "Z200"  # 1.0.0 maps: where Calc computes NEXTREVIEW(review date; reason), never saved


def serial(day):
    return float((day - D(1899, 12, 30)).days)


# --- the accounts ------------------------------------------------------------------------------
def rows(*triples):
    """Five (org, customer, evidence) triples; None leaves the cell empty."""
    assert len(triples) == 5
    return [list(t) for t in triples]


BLANK = (None, None, None)


def handmade():
    """Accounts chosen for what they exercise; each says why."""
    A = []

    def add(file, why, account, scores, acv=None, lead=None, sponsor=None, renewal=None,
            review=None, reason=None, var=None, thresholds=None):
        A.append({"file": file, "why": why, "layout": "current", "account": account,
                  "acv": acv, "lead": lead, "sponsor": sponsor, "renewal": renewal,
                  "review": review, "reason": reason, "scores": scores, "var": var,
                  "thresholds": thresholds})

    add("current/emea/Zürich Versicherung.ods", "unicode name and file name; decimals; Critical",
        "Zürich Versicherung", rows((4.3, 2.1, "A"), (3.7, 2.2, "B"), (4.0, 3.5, "C"),
                                    (4.5, 2.0, "A"), (3.0, 3.0, "B")),
        acv=1234567.89, lead="Lena Hüber", sponsor="Dr. Matthias Brändli", renewal=D(2027, 3, 31),
        review=D(2026, 10, 1), reason="Quarterly", var=(1200000, 0.35, 400000, 0.2, 55000))
    add("current/emea/orsted.ods", "unicode; Material; renewal review",
        "Ørsted & Søn", rows((4, 2.8, "B"), (3.5, 2.5, "A"), (3, 2.5, "B"), (2.5, 2.5, "A"),
                             (4, 3.5, "C")),
        acv=640000, lead="Søren Kierkegaard", sponsor="Åse Øyen", renewal=D(2027, 1, 15),
        review=D(2026, 11, 20), reason="Renewal", var=(640000, 0.15, None, None, 12000))
    add("current/watch-only.ods", "every gap Watch or less; Delivery review",
        "Bellhaven Foods", rows((4, 3, "B"), (3.5, 2.75, "B"), (3, 2.5, "A"), (3, 2.2, "A"),
                                (3.9, 3, "B")),
        acv=210000, lead="Ravi Patel", renewal=D(2027, 9, 1), review=D(2026, 6, 1),
        reason="Delivery", var=(210000, 0.1, 50000, 0.1, 0))
    add("current/aligned.ods", "small gaps both ways: Aligned; Recovery review",
        "Cobalt Mining plc", rows((3, 3, "A"), (3.5, 3.2, "A"), (2, 2.5, "A"), (4, 3.6, "B"),
                                  (3.1, 3.1, "A")),
        acv=980000, lead="Tom Ncube", sponsor="Grace Mbeki", review=D(2026, 11, 30),
        reason="Recovery", var=(980000, 0.05, 0, 0, 0))
    add("current/opportunity.ods", "every gap negative: Opportunity; Post-incident review",
        "Deltaport Authority", rows((2, 3.5, "A"), (1.5, 3, "B"), (2, 2.8, "A"), (3, 4.5, "B"),
                                    (2.2, 3, "A")),
        acv=450000, lead="Ines Duarte", review=D(2026, 11, 25), reason="Post-incident",
        var=(450000, 0.02, 900000, 0.6, None))
    add("current/boundaries.ods", "gaps exactly on the thresholds 0.5, 1, 1.5, -0.5 and 0",
        "Edgeworth Legal LLP", rows((3.5, 3, "A"), (4, 3, "B"), (4.5, 3, "A"), (2.5, 3, "B"),
                                    (3, 3, "A")),
        acv=100000, lead="Kim Edge", review=D(2031, 1, 15), reason="Leadership change")
    add("current/far-future.ods", "review far ahead: not overdue for years; Direction change",
        "Fernhill Energy", rows((4, 1.5, "A"), (3, 2, "B"), BLANK, (3, 3, None), (5, 1, "C")),
        acv=3000000, lead="Priya Raman", sponsor="Hugo Fern", renewal=D(2032, 12, 31),
        review=D(2031, 6, 30), reason="Direction change", var=(3000000, 0.5, 1000000, 0.25, 250000))
    add("current/nothing-scored.ods", "a new map: the account and nothing scored",
        "Glenmore Distillers", [list(BLANK)] * 5)
    add("current/three-of-five.ods", "three of five scored; evidence blank on one",
        "Harrowgate Council", rows((4, 2.5, "B"), BLANK, (3, 2, None), BLANK, (2, 2, "A")),
        acv=75000, review=D(2025, 12, 10), reason="Quarterly")
    add("current/org-only.ods", "org scores without customer scores: not scored",
        "Ivybridge Clinics", rows((4, None, "B"), (3, None, None), (None, 3, "A"), BLANK, BLANK))
    add("current/invalid/score-seven.ods", "an org score of 7",
        "Juniper Retail", rows((4, 3, "B"), (7, 3, "A"), (3, 3, "A"), (3, 2, "B"), (2, 2, "A")),
        acv=500000, var=(500000, 0.3, None, None, None))
    add("current/invalid/score-abc.ods", "a customer score typed as the text abc",
        "Kestrel Aviation", rows((4, 3, "B"), (3, 3, "A"), (3, 2, "A"), (3, 2, "B"),
                                 (2, ("text", "abc"), "A")),
        acv=820000, review=D(2026, 9, 1), reason="Renewal")
    add("current/invalid/evidence-x.ods", "evidence x",
        "Lindqvist Marine AB", rows((4, 2, "B"), (3, 3, "A"), (3, 2, "A"), (3, 1.5, ("text", "x")),
                                    (2, 2, "A")),
        acv=330000)
    add("current/invalid/score-as-text.ods", "a score typed as the text 3.5",
        "Morrow & Daughters", rows((("text", "3.5"), 2, "B"), (3, 3, "A"), (3, 2, "A"),
                                   (3, 2, "B"), (2, 2, "A")),
        acv=120000)
    add("current/invalid/two-problems.ods", "an org score of 0, which Calc passes to the add-in as it "
        "passes an empty cell (not scored, no message); a customer score of 6 and evidence Z in "
        "one row; a probability without its value",
        "Northgate Transit", rows((0, 3, "A"), (3, 3, "A"), (3, 6, "Z"), (3, 2, "B"), (2, 2, "A")),
        var=(None, 0.4, None, None, None))
    add("current/var/probability-without-value.ods", "value at risk: a probability with no value",
        "Oakridge Software", rows((4, 3, "A"), (3, 3, "A"), (3, 2, "A"), (3, 2, "B"), (2, 2, "A")),
        acv=260000, var=(None, 0.4, None, None, None))
    add("current/var/probability-over-one.ods", "value at risk: a probability of 150%",
        "Pemberton Hotels", rows((4, 3, "A"), (3, 3, "A"), (3, 2, "A"), (3, 2, "B"), (2, 2, "A")),
        acv=260000, var=(260000, 1.5, None, None, None))
    add("current/var/negative-amount.ods", "value at risk: a negative avoidable cost",
        "Quayside Ports", rows((4, 3, "A"), (3, 3, "A"), (3, 2, "A"), (3, 2, "B"), (2, 2, "A")),
        var=(100000, 0.5, None, None, -5000))
    add("current/var/partial.ods", "value at risk: renewal value and probability only",
        "Rosslyn Chapel Trust", rows((4, 3, "A"), (3, 3, "A"), (3, 2, "A"), (3, 2, "B"),
                                     (2, 2, "A")),
        var=(333333.33, 0.3, None, None, None))
    add("current/var/cost-only.ods", "value at risk: an avoidable cost alone",
        "Saltmarsh Water", rows((4, 4, "A"), BLANK, BLANK, BLANK, BLANK),
        var=(None, None, None, None, 42000.5))
    add("current/thresholds/custom.ods", "thresholds 0.4 / 0.9 / 1.4",
        "Thornbury Insurance", rows((4, 3.5, "A"), (4, 3, "B"), (4, 2.6, "A"), (4, 2.5, "B"),
                                    (3, 3.45, "A")),
        acv=700000, thresholds=(0.4, 0.9, 1.4), review=D(2026, 8, 15), reason="Delivery")
    add("current/thresholds/wide.ods", "thresholds 0.75 / 1.25 / 2",
        "Umberleigh Estates", rows((4, 3.25, "A"), (4, 2.5, "B"), (4, 2, "A"), (4, 1.5, "B"),
                                   (2, 3, "C")),
        thresholds=(0.75, 1.25, 2.0), var=(90000, 0.25, None, None, None))
    add("current/thresholds/invalid.ods", "invalid thresholds: Watch above Material",
        "Vantage Telecom", rows((4, 3, "A"), (3, 3, "A"), (3, 2, "A"), (3, 2, "B"), (2, 2, "A")),
        thresholds=(0.5, 1.75, 1.5), var=(150000, 0.2, None, None, None))
    add("current/review/reason-only.ods", "a review reason without a date",
        "Westbrook Academy", rows((3, 2, "B"), BLANK, BLANK, BLANK, BLANK), reason="Quarterly")
    add("current/review/date-only.ods", "a review date without a reason",
        "Xylo Instruments", rows((3, 2, "B"), BLANK, BLANK, BLANK, BLANK), review=D(2026, 7, 1))
    add("current/review/bad-reason.ods", "a review reason not in the list",
        "Yarrow Botanicals", rows((3, 2, "B"), BLANK, BLANK, BLANK, BLANK),
        review=D(2026, 7, 1), reason="Weekly")
    add("current/quoting.ods", "CSV quoting: comma, double quotes and a semicolon in texts",
        'Smith, Jones & "Partners"; Ltd', rows((3, 2, "B"), (4, 4, "A"), BLANK, BLANK, BLANK),
        lead='Ann "AJ" Jones, CFO', sponsor="Bob; Carol", acv=1e-2, review=D(2026, 2, 28),
        reason="Leadership change")
    add("current/cjk.fods", "a flat .fods saved by Calc; a Japanese name",
        "株式会社サンプル商事", rows((4, 2, "A"), (4, 3, "B"), (3, 3, "A"), (2, 3, "B"), (4, 3, "C")),
        acv=5e6, lead="佐藤花子", review=D(2026, 5, 5), reason="Recovery",
        var=(5e6, 0.1, 1e6, 0.05, 1e5))
    add("current/UPPER CASE.ODS", "an upper-case extension and a space in the file name",
        "Zeta Upper Holdings", rows((3, 2.5, "B"), (3, 2.5, "B"), (3, 2.5, "B"), (3, 2.5, "B"),
                                    (3, 2.5, "B")),
        acv=60000, var=(60000, 0.25, None, None, None))
    return A


NAMES = ("Abbotsford Dairy", "Blackwater Shipping", "Calder Robotics", "Dunmore Bakeries",
         "Elmstead Pharma", "Foxley Aerospace", "Granton Paper Mill", "Hollins Data Centres",
         "Inverness Rail Freight", "Kilnsey Ceramics", "Larkspur Finance", "Mossgiel Farms Co-op")


def randomized(seed=20261202):
    """Accounts with seeded random scores, evidence, value at risk and reviews."""
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(NAMES):
        scores = []
        for _ in REALITIES:
            roll = rng.random()
            if roll < 0.1:
                scores.append(list(BLANK))
                continue
            step = rng.choice((0.5, 0.1, 0.25))
            org = round(round(rng.uniform(1, 5) / step) * step, 2)
            cust = round(round(rng.uniform(1, 5) / step) * step, 2)
            ev = rng.choice(("A", "B", "C", None))
            scores.append([org, None if roll < 0.15 else cust, ev])
        var_kind = rng.random()
        if var_kind < 0.5:
            var = (rng.randrange(50, 5000) * 1000, rng.choice((0.05, 0.1, 0.3, 0.35, 0.7)),
                   rng.randrange(0, 2000) * 500, rng.choice((0, 0.15, 0.33, 0.9)),
                   rng.randrange(0, 100) * 750.25)
        elif var_kind < 0.7:
            var = (rng.randrange(50, 5000) * 1000, rng.choice((0.2, 0.45)), None, None, None)
        else:
            var = None
        review = reason = None
        if rng.random() < 0.8:
            review = D(2025, 1, 1) + datetime.timedelta(days=rng.randrange(0, 700))
            if rng.random() < 0.2:
                review = D(2030, 1, 1) + datetime.timedelta(days=rng.randrange(0, 700))
            reason = REASONS[i % len(REASONS)]
        ext = ".fods" if i % 6 == 5 else ".ods"
        out.append({"file": "current/random/%02d-%s%s" % (i, name.split()[0].lower(), ext),
                    "why": "seeded random", "layout": "current", "account": name,
                    "acv": rng.choice((None, rng.randrange(10, 9000) * 1000)),
                    "lead": rng.choice((None, "Alex Morgan", "Sam Okoye", "Jo Lindgren")),
                    "sponsor": rng.choice((None, "Pat Quinn", "Chris Ade")),
                    "renewal": rng.choice((None, D(2027, 1, 1) + datetime.timedelta(
                        days=rng.randrange(0, 900)))),
                    "review": review, "reason": reason, "scores": scores, "var": var,
                    "thresholds": None})
    return out


def stale_accounts():
    """Saved valid by Calc with the extension, then edited where it is missing (phase 2)."""
    base = rows((4, 3, "B"), (4, 2.5, "B"), (3.5, 2, "A"), (4, 2, "B"), (3, 2, "C"))
    return [
        {"file": "stale/colleague-name.ods", "why": "F8 edited without the extension: #NAME?",
         "layout": "current", "account": "Stale Colleague One", "acv": 400000, "lead": None,
         "sponsor": None, "renewal": None, "review": D(2026, 9, 1), "reason": "Quarterly",
         "scores": base, "var": (400000, 0.3, None, None, None), "thresholds": None,
         "stale_edit": {"cell": "F8", "value": 4.0, "autocalc": True}},
        {"file": "stale/colleague-manual.ods",
         "why": "E7 edited without the extension, automatic calculation off: old values saved",
         "layout": "current", "account": "Stale Colleague Two", "acv": 900000, "lead": None,
         "sponsor": None, "renewal": None, "review": None, "reason": None,
         "scores": base, "var": (900000, 0.2, None, None, None), "thresholds": None,
         "stale_edit": {"cell": "E7", "value": 1.5, "autocalc": False}},
        {"file": "stale/colleague-var.ods",
         "why": "Q14 (renewal value) edited without the extension: Q19 saved as the check text",
         "layout": "current", "account": "Stale Colleague Three", "acv": 250000, "lead": None,
         "sponsor": None, "renewal": None, "review": None, "reason": None,
         "scores": base, "var": (250000, 0.3, None, None, None), "thresholds": None,
         "stale_edit": {"cell": "Q14", "value": 500000.0, "autocalc": True}},
    ]


def release_accounts():
    """Maps in release 1.0.0's layout: its worked example, and variants typed into its template
    (valid inputs only)."""
    common = {"layout": "1.0.0", "lead": None, "sponsor": None, "renewal": None, "review": None,
              "reason": None, "var": None, "thresholds": None, "acv": None}
    return [
        dict(common, file="v1.0.0/worked-example-1.0.0.ods", source="worked",
             why="release 1.0.0's worked example, saved by Calc", account=None, scores=None),
        dict(common, file="v1.0.0/partial-1.0.0.ods", source="template",
             why="1.0.0: three of five scored, no value at risk", account="Quillon Partners 1.0",
             scores=rows((4, 2, "B"), BLANK, (3, 3, "A"), (2.5, 3.5, "C"), BLANK),
             acv=150000, lead="Old Layout Lead", review=D(2026, 4, 1), reason="Quarterly"),
        dict(common, file="v1.0.0/custom-thresholds-1.0.0.ods", source="template",
             why="1.0.0: thresholds 0.4 / 0.9 / 1.4, value at risk, unicode",
             account="Café Ærø 1.0", thresholds=(0.4, 0.9, 1.4),
             scores=rows((4, 3.5, "A"), (4, 3, "B"), (4, 2.6, "A"), (4, 2.5, "B"), (3, 3.45, "C")),
             acv=777000, sponsor="Émile Ærø", renewal=D(2027, 5, 31), review=D(2026, 11, 1),
             reason="Renewal", var=(777000, 0.25, 100000, 0.5, 3000)),
        dict(common, file="v1.0.0/invalid-1.0.0.ods", source="template",
             why="1.0.0: an org score of 7, where Calc shows Err:502; only what the spec says "
             "is compared (band 'Fix Commercial', the problem, the value at risk)",
             account="Invalid Old Layout 1.0",
             scores=rows((4, 3, "B"), (7, 3, "A"), (3, 3, "A"), (3, 2, "B"), (2, 2, "A")),
             var=(80000, 0.5, None, None, None),
             spec_only={"account_band": "Fix Commercial", "problem_prefix": "Commercial:"}),
        dict(common, file="v1.0.0/opportunity-1.0.0.fods", source="template",
             why="1.0.0: all gaps negative, saved as .fods", account="Orchard Lane 1.0",
             scores=rows((2, 3, "A"), (2, 3.5, "A"), (1, 2, "B"), (3, 4, "A"), (2, 2.75, "B")),
             var=(50000, 0.1, 200000, 0.05, None)),
    ]


def all_accounts():
    accounts = handmade() + randomized() + stale_accounts() + release_accounts()
    files = [a["file"] for a in accounts]
    assert len(set(f.lower() for f in files)) == len(files), "duplicate file names"
    names = [a["account"] for a in accounts if a["account"]]
    assert len(set(names)) == len(names), "duplicate account names"
    return accounts


# --- filling a map -----------------------------------------------------------------------------
def put(sheet, ref, value):
    """None leaves the cell as the template has it; ('text', s) types s as text."""
    cell = sheet.getCellRangeByName(ref)
    if value is None:
        return
    if isinstance(value, tuple) and value[0] == "text":
        cell.setString(value[1])
    elif isinstance(value, str):
        cell.setString(value)
    elif isinstance(value, D):
        cell.setValue(serial(value))
    else:
        cell.setValue(float(value))


def fill(doc, acc):
    lay = LAYOUTS[acc["layout"]]
    m = doc.Sheets.getByName("Map")
    for key, field in (("account", "account"), ("contract_value", "acv"), ("lead", "lead"),
                       ("sponsor", "sponsor"), ("renewal_date", "renewal"),
                       ("last_review", "review"), ("review_reason", "reason")):
        put(m, lay[key], acc[field])
    for i, (org, cust, ev) in enumerate(acc["scores"] or ()):
        r = 7 + i
        put(m, "%s%d" % (lay["org"], r), org)
        put(m, "%s%d" % (lay["customer"], r), cust)
        put(m, "%s%d" % (lay["evidence"], r), ev)
    for ref, v in zip(lay["var_inputs"], acc["var"] or (None,) * 5):
        put(m, ref, v)
    if acc["thresholds"]:
        for ref, v in zip(lay["thresholds"], acc["thresholds"]):
            put(m, ref, v)


def store(doc, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ext = os.path.splitext(path)[1].lower()
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", FILTERS[ext]),))


def as_template(office, path):
    return office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                                               "_blank", 0, (prop("Hidden", True),
                                                             prop("AsTemplate", True)))


def jsonable(v):
    if isinstance(v, D):
        return {"date": v.isoformat(), "serial": serial(v)}
    if isinstance(v, tuple) and v and v[0] == "text":
        return {"text": v[1]}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    return v


# --- reading what Calc shows -------------------------------------------------------------------
def read_results(doc, layout):
    """The cells the portfolio reports, as Calc shows them now: ref -> ['number', x] etc."""
    lay = LAYOUTS[layout]
    m = doc.Sheets.getByName("Map")
    refs = [lay[k] for k in ("account", "contract_value", "lead", "sponsor", "renewal_date",
                             "last_review", "review_reason", "account_band", "scored",
                             "act_first_on", "untrusted", "value_at_risk")]
    refs += list(lay["thresholds"]) + list(lay["var_inputs"])
    for k in ("next_review", "to_fix", "threshold_check"):
        if lay[k]:
            refs.append(lay[k])
    for col in ("org", "customer", "evidence", "gap", "band", "status", "check"):
        if lay[col]:
            refs += ["%s%d" % (lay[col], r) for r in range(7, 12)]
    return {ref: list(cell_result(m.getCellRangeByName(ref))) for ref in refs}


def next_review_1_0_0(doc):
    """What the current map's E5 formula gives for a 1.0.0 map's review date and reason."""
    m = doc.Sheets.getByName("Map")
    cell = m.getCellRangeByName(SCRATCH)
    cell.setFormula('=IFERROR(NEXTREVIEW(B5;D4);"Check the review date and reason")')
    doc.calculateAll()
    got = list(cell_result(cell))
    cell.setString("")
    return got


# --- the three phases --------------------------------------------------------------------------
def stamp_of(oxt, template):
    h = hashlib.sha256()
    for path in (oxt, template, RELEASE_OXT, RELEASE_TEMPLATE, RELEASE_WORKED,
                 os.path.abspath(__file__)):
        with open(path, "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def make_maps(oxt, template, root, accounts, log):
    office = office_with_extension(oxt)
    try:
        for acc in accounts:
            path = os.path.join(root, acc["file"])
            if acc["layout"] == "1.0.0" and acc.get("source") == "worked":
                doc = office.load(RELEASE_WORKED)
            else:
                doc = as_template(office, RELEASE_TEMPLATE if acc["layout"] == "1.0.0"
                                  else template)
            try:
                fill(doc, acc)
                doc.calculateAll()
                store(doc, path)
            finally:
                doc.close(True)
            log("made %s" % acc["file"])
        doc = office.new_calc()  # a spreadsheet that is no map, for the hostile set
        try:
            s = doc.Sheets.getByIndex(0)
            s.Name = "Budget"
            for r, (label, value) in enumerate((("Account", "not a map"), ("Q1", 1200.0),
                                                ("Q2", 1350.5), ("Total", None))):
                s.getCellByPosition(0, r).setString(label)
                if isinstance(value, str):
                    s.getCellByPosition(1, r).setString(value)
                elif value is not None:
                    s.getCellByPosition(1, r).setValue(value)
            s.getCellByPosition(1, 3).setFormula("=SUM(B2:B3)")
            doc.calculateAll()
            os.makedirs(EXTRA, exist_ok=True)
            store(doc, PLAIN_SHEET)
        finally:
            doc.close(True)
    finally:
        office.cleanup()


def edit_without_extension(root, accounts, log):
    office = Office().start()
    try:
        for acc in accounts:
            edit = acc.get("stale_edit")
            if not edit:
                continue
            path = os.path.join(root, acc["file"])
            doc = office.load(path)
            try:
                if not edit["autocalc"]:
                    doc.enableAutomaticCalculation(False)
                doc.Sheets.getByName("Map").getCellRangeByName(edit["cell"]).setValue(edit["value"])
                store(doc, path)
            finally:
                doc.close(True)
            log("edited without the extension: %s" % acc["file"])
    finally:
        office.cleanup()


def read_expectations(oxt, root, accounts, log):
    office = office_with_extension(oxt)
    out = {}
    try:
        for acc in accounts:
            path = os.path.join(root, acc["file"])
            doc = office.load(path)
            try:
                doc.calculateAll()
                computed = read_results(doc, acc["layout"])
                saved = {ref: list(v) for ref, v in
                         odsread.sheet_cells(path, "Map", list(computed)).items()}
                entry = {"layout": acc["layout"], "why": acc["why"], "saved_in_file": saved,
                         "calc": computed,
                         "inputs": {k: jsonable(acc[k]) for k in (
                             "account", "acv", "lead", "sponsor", "renewal", "review", "reason",
                             "scores", "var", "thresholds")},
                         "stale_edit": acc.get("stale_edit"),
                         "spec_only": acc.get("spec_only")}
                if acc["layout"] == "1.0.0":
                    entry["calc_next_review"] = next_review_1_0_0(doc)
                out[acc["file"]] = entry
            finally:
                doc.close(True)
            log("read %s" % acc["file"])
    finally:
        office.cleanup()
    return out


def build(oxt, template, log=print, force=False):
    """Makes the corpus unless its stamp is current; returns the parsed expected.json."""
    for path in (RELEASE_OXT, RELEASE_TEMPLATE, RELEASE_WORKED):
        if not os.path.exists(path):
            raise RuntimeError("release 1.0.0 is missing (%s): make %s" % (
                path, os.path.relpath(RELEASE_OXT, REPO)))
    stamp = stamp_of(oxt, template)
    if not force and all(os.path.exists(p) for p in (EXPECTED, PLAIN_SHEET, STAMP)):
        with open(STAMP) as f:
            current = f.read().strip() == stamp
        if current:
            with open(EXPECTED, encoding="utf-8") as f:
                return json.load(f)
    tmp = CORPUS + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    accounts = all_accounts()
    make_maps(oxt, template, tmp, accounts, log)
    edit_without_extension(tmp, accounts, log)
    files = read_expectations(oxt, tmp, accounts, log)
    expected = {
        "generated": datetime.datetime.now().isoformat(timespec="seconds"),
        "stamp": stamp,
        "files": files,
        "stale": sorted(a["file"] for a in accounts if a.get("stale_edit")),
        "layout_1_0_0": sorted(a["file"] for a in accounts if a["layout"] == "1.0.0"),
    }
    with open(os.path.join(tmp, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(tmp, ".stamp"), "w") as f:
        f.write(stamp + "\n")
    shutil.rmtree(CORPUS, ignore_errors=True)
    os.rename(tmp, CORPUS)
    return expected


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--force"]
    oxt, template = (args + ["build/sensesgap.oxt", "build/relationship-reality-map.ots"][len(args):])[:2]
    exp = build(os.path.abspath(oxt), os.path.abspath(template), force="--force" in sys.argv)
    print("corpus: %d files in %s" % (len(exp["files"]), os.path.relpath(CORPUS, REPO)))
