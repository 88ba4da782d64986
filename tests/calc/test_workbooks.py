"""Calc integration tests of the map template and the example workbooks.

The template is taken from the installed extension (as File > New > Templates lists it), filled
through the API like a user fills cells, and must compute as the whitepaper says. Every example is
opened and checked cell for cell against the whitepaper's own numbers and the stories of section 8.
Run through tests/calc/run.py, which prints the summary.
"""
import filecmp
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import uno
from com.sun.star.sheet.ValidationType import DATE, DECIMAL, LIST

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import Office, office_with_extension, cell_result, prop  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(REPO, "examples")
TEMPLATE_IN_OXT = "templates/Relationship Reality Map/relationship-reality-map.ots"
REALITIES = ("Strategic", "Commercial", "Operational", "Resilience", "Evolution")
WARNING_START = "The sensesgap extension is not installed here"

# The whitepaper's worked example (section 6): org, customer, evidence -> gap, band, status.
WORKED = [(4.0, 3.0, "B", 1.0, "Watch", "Watch"),
          (4.0, 2.5, "B", 1.5, "Material", "Material"),
          (3.5, 2.0, "A", 1.5, "Material", "Material"),
          (4.0, 2.0, "B", 2.0, "Critical", "Critical"),
          (3.0, 2.0, "C", 1.0, "Watch", "Watch and Untrusted")]

# Section 8's scenarios as the example maps tell them: status per reality, account band, focus.
SCENARIOS = {
    "scenario-1-stable-strategic-account.fods": (
        ["Opportunity", "Watch", "Watch", "Aligned and Untrusted", "Watch"], "Watch", "Commercial", 1),
    "scenario-2-lower-complexity-account.fods": (
        ["Not scored yet", "Aligned", "Watch", "Not scored yet", "Not scored yet"], "Watch",
        "Operational", 0),
    "scenario-3-renewal-pressure.fods": (
        ["Aligned", "Critical", "Aligned", "Material", "Watch and Untrusted"], "Critical",
        "Commercial", 1),
    "scenario-4-downside-shock.fods": (
        ["Aligned", "Watch", "Material", "Critical", "Aligned and Untrusted"], "Critical",
        "Resilience", 1),
}


def used_cells(sheet):
    """(column, row, cell) for every cell of the sheet's used area."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    for r in range(end.EndRow + 1):
        for c in range(end.EndColumn + 1):
            yield c, r, sheet.getCellByPosition(c, r)


def errors_in(doc):
    """Every cell of every sheet holding an error value, as 'Sheet.A1 (code)'."""
    found = []
    for sheet in doc.Sheets:
        for _, _, cell in used_cells(sheet):
            if cell.getError():
                found.append("%s (%d)" % (cell.AbsoluteName, cell.getError()))
    return found


def at(doc, sheet, ref):
    return cell_result(doc.Sheets.getByName(sheet).getCellRangeByName(ref))


def check_map(res, doc, label, sheet="Map", statuses=None, band=None, focus=None, scored=None):
    """The realities' statuses and the roll-up of one map sheet."""
    if statuses is not None:
        got = [at(doc, sheet, "J%d" % (7 + i)) for i in range(5)]
        res.check("%s: statuses" % label, got == [("text", s) for s in statuses], repr(got))
    if band is not None:
        res.check("%s: account band %s" % (label, band), at(doc, sheet, "B14") == ("text", band),
                  repr(at(doc, sheet, "B14")))
    if scored is not None:
        res.check("%s: %d of 5 scored" % (label, scored),
                  at(doc, sheet, "D14") == ("text", "%d of 5 scored" % scored), repr(at(doc, sheet, "D14")))
    if focus is not None:
        res.check("%s: act first on %s" % (label, focus), at(doc, sheet, "B15") == ("text", focus),
                  repr(at(doc, sheet, "B15")))


def test_package(res, oxt, template):
    """The template is built, shipped in the .oxt, a real ODF template, and holds no macros."""
    with zipfile.ZipFile(oxt) as z:
        shipped = z.read(TEMPLATE_IN_OXT)
        res.check("the .oxt registers Paths.xcu", b"Paths.xcu" in z.read("META-INF/manifest.xml"))
    with open(template, "rb") as f:
        res.check("the .oxt ships build/relationship-reality-map.ots", f.read() == shipped)
    with zipfile.ZipFile(template) as z:
        first = z.infolist()[0]
        res.check("template: mimetype first and stored",
                  first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED)
        res.check("template: ODF spreadsheet template media type",
                  z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet-template")
        names = z.namelist()
        content = z.read("content.xml").decode()
        macro = [n for n in names if n.startswith(("Basic/", "Scripts/"))] + re.findall(MACRO, content)
        res.check("template: no macros", not macro, repr(macro))
    for name in sorted(os.listdir(EXAMPLES)):
        if name.endswith(".fods"):
            with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                macro = re.findall(MACRO, f.read())
            res.check("examples/%s: no macros" % name, not macro, repr(macro[:3]))


# What a document's macros and event bindings look like in ODF.
MACRO = r"<office:scripts|<script:|<office:event-listeners|vnd\.sun\.star\.script:|<ooo:library"


def test_examples_current(res):
    """The committed examples are exactly what the builder makes from examples/accounts.py."""
    out = tempfile.mkdtemp(prefix="sensesgap-examples-")
    proc = subprocess.run(["make", "-s", "examples", "EXAMPLES_DIR=" + out], cwd=REPO,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    res.check("make examples builds", proc.returncode == 0, proc.stdout.decode()[-1000:])
    for name in sorted(os.listdir(out)):
        same = os.path.exists(os.path.join(EXAMPLES, name)) and filecmp.cmp(
            os.path.join(out, name), os.path.join(EXAMPLES, name), shallow=False)
        res.check("examples/%s is current (make examples)" % name, same)


CATEGORY = "Relationship%20Reality%20Map"  # the template's category folder, URL-escaped


def listed_template(office, category=CATEGORY):
    """The target URL of the map under File > New > Templates in that category, or None."""
    smgr = office.ctx.ServiceManager
    templates = smgr.createInstanceWithContext("com.sun.star.frame.DocumentTemplates", office.ctx)
    templates.update()  # a fresh profile builds the list only when asked
    files = smgr.createInstanceWithContext("com.sun.star.ucb.SimpleFileAccess", office.ctx)
    root = templates.getContent().getIdentifier().getContentIdentifier()
    for folder in files.getFolderContents(root, True):
        if folder.rsplit("/", 1)[-1] != category:
            continue
        for entry in files.getFolderContents(folder, True):
            if entry.endswith("/Relationship%20Reality%20Map"):
                ucb = smgr.createInstanceWithContext("com.sun.star.ucb.UniversalContentBroker",
                                                     office.ctx)
                content = ucb.queryContent(ucb.createContentIdentifier(entry))
                command = uno.createUnoStruct("com.sun.star.ucb.Command")
                command.Name = "getPropertyValues"
                wanted = uno.createUnoStruct("com.sun.star.beans.Property")
                wanted.Name = "TargetURL"
                command.Argument = uno.Any("[]com.sun.star.beans.Property", (wanted,))
                row = content.execute(command, 0, None)
                return row.getString(1)
    return None


def fill_worked_example(doc):
    """Types the whitepaper's worked example into a fresh map, as a user would."""
    sheet = doc.Sheets.getByName("Map")
    for i, (org, cust, grade, _, _, _) in enumerate(WORKED):
        sheet.getCellRangeByName("E%d" % (7 + i)).setValue(org)
        sheet.getCellRangeByName("F%d" % (7 + i)).setValue(cust)
        sheet.getCellRangeByName("G%d" % (7 + i)).setString(grade)


def test_template(res, office):
    url = listed_template(office)
    res.check("the template is listed under File > New > Templates (category Relationship "
              "Reality Map)",
              url is not None and url.endswith("relationship-reality-map.ots"), repr(url))
    if url is None:
        return
    doc = office.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    try:
        res.check("template opens as a new, untitled document", not doc.hasLocation())
        sheets = list(doc.Sheets.ElementNames)
        res.check("template sheets (the 90-day pilot belongs with a portfolio)",
                  sheets == ["Map", "Five Senses", "Stakeholders", "History", "Trend",
                             "Customer view"], repr(sheets))
        res.check("empty template: no error cells", not errors_in(doc), repr(errors_in(doc)[:10]))
        res.check("empty template: add-in check is empty", at(doc, "Map", "K1") == ("text", ""))
        check_map(res, doc, "empty template", statuses=["Not scored yet"] * 5, band="", scored=0)
        res.check("empty template: no input problems to report",
                  [at(doc, "Map", "K%d" % r) for r in range(7, 12)] == [("text", "")] * 5
                  and at(doc, "Map", "B18") == ("text", ""))
        map_sheet = doc.Sheets.getByName("Map")
        rule = map_sheet.getCellRangeByName("E7").Validation
        res.check("scores validated 1-5", (rule.Type, rule.getFormula1(), rule.getFormula2())
                  == (DECIMAL, "1", "5"), repr((rule.Type, rule.getFormula1(), rule.getFormula2())))
        res.check("evidence validated as a list",
                  map_sheet.getCellRangeByName("G9").Validation.Type == LIST)
        res.check("due dates validated as dates",
                  map_sheet.getCellRangeByName("P11").Validation.Type == DATE)
        res.check("band column has conditional formats",
                  len(map_sheet.ConditionalFormats.getConditionalFormats()) >= 3)

        # A half-filled map says so beside its band.
        for ref, value in (("E7", 4), ("F7", 4), ("E8", 3), ("F8", 3.5)):
            map_sheet.getCellRangeByName(ref).setValue(value)
        doc.calculateAll()
        check_map(res, doc, "half-filled template", band="Aligned", scored=2,
                  statuses=["Aligned and Untrusted", "Aligned and Untrusted", "Not scored yet",
                            "Not scored yet", "Not scored yet"])

        fill_worked_example(doc)
        doc.calculateAll()
        for i, (_, _, _, gap, band, status) in enumerate(WORKED):
            row = 7 + i
            res.check("filled template: %s gap %.1f" % (REALITIES[i], gap),
                      at(doc, "Map", "H%d" % row) == ("number", gap), repr(at(doc, "Map", "H%d" % row)))
            res.check("filled template: %s band %s" % (REALITIES[i], band),
                      at(doc, "Map", "I%d" % row) == ("text", band))
        check_map(res, doc, "filled template", statuses=[w[5] for w in WORKED], band="Critical",
                  focus="Resilience", scored=5)
        res.check("filled template: 1 untrusted reality", at(doc, "Map", "B16") == ("number", 1.0))
        res.check("filled template: customer view shows the customer's score and its meaning",
                  at(doc, "Customer view", "C8") == ("number", 2.0)
                  and at(doc, "Customer view", "D8") == ("text", "Weak and creating visible concern"))

        # Thresholds live in one named range: moving them re-bands the whole workbook.
        for ref, value in (("K16", 2.5), ("K15", 2.0), ("K14", 1.0)):
            map_sheet.getCellRangeByName(ref).setValue(value)
        doc.calculateAll()
        check_map(res, doc, "thresholds 1.0/2.0/2.5",
                  statuses=["Aligned", "Watch", "Watch", "Watch", "Aligned and Untrusted"],
                  band="Watch")
        map_sheet.getCellRangeByName("K15").setValue(0.2)  # pasted out of order
        doc.calculateAll()
        res.check("thresholds out of order: no band is guessed",
                  [at(doc, "Map", "I%d" % r) for r in range(7, 12)] == [("text", "")] * 5,
                  repr([at(doc, "Map", "I%d" % r) for r in range(7, 12)]))
        check_map(res, doc, "thresholds out of order", band="Fix the thresholds",
                  statuses=["Fix the thresholds"] * 5)
        res.check("thresholds out of order: one message names the threshold at fault",
                  at(doc, "Map", "H17") == ("text", "Watch up to must be larger than Aligned up to"),
                  repr(at(doc, "Map", "H17")))
        res.check("thresholds out of order: no error value anywhere", not errors_in(doc),
                  repr(errors_in(doc)[:10]))
    finally:
        doc.close(True)


def test_worked_example(res, office):
    doc = office.load(os.path.join(EXAMPLES, "worked-example.fods"))
    try:
        doc.calculateAll()
        res.check("worked example: no error cells", not errors_in(doc), repr(errors_in(doc)[:10]))
        for i, (org, cust, grade, gap, band, status) in enumerate(WORKED):
            row = 7 + i
            got = [at(doc, "Map", "%s%d" % (c, row)) for c in "AEFGHIJK"]
            want = [("text", REALITIES[i]), ("number", org), ("number", cust), ("text", grade),
                    ("number", gap), ("text", band), ("text", status), ("text", "")]
            res.check("worked example: %s row" % REALITIES[i], got == want, repr(got))
        check_map(res, doc, "worked example", band="Critical", focus="Resilience", scored=5)
        res.check("worked example: value at risk 1.8M x 30% + 600k x 50% + 120k",
                  at(doc, "Map", "B17") == ("number", 1800000 * 0.3 + 600000 * 0.5 + 120000),
                  repr(at(doc, "Map", "B17")))
        trends = [at(doc, "Map", "L%d" % r) for r in range(7, 12)]
        res.check("worked example: every gap widened since the last recorded review",
                  trends == [("text", "Widening")] * 5, repr(trends))
        res.check("worked example: the last review recorded before this one is 2026-08-17",
                  at(doc, "Map", "L5") == ("number", 46251.0), repr(at(doc, "Map", "L5")))
        res.check("worked example: the Trend sheet charts the gaps",
                  doc.Sheets.getByName("Trend").getCharts().getCount() == 1)
        spread = [at(doc, "Stakeholders", ref) for ref in ("K5", "L5", "M5", "N5")]
        res.check("worked example: strategic views spread 2.5-3.5",
                  spread == [("number", 2), ("number", 2.5), ("number", 3.5), ("number", 1.0)],
                  repr(spread))
        res.check("worked example: add-in check empty with the extension",
                  at(doc, "Map", "K1") == ("text", ""))
        saved = os.path.join(tempfile.mkdtemp(prefix="sensesgap-saved-"), "saved.ods")
        doc.storeToURL(uno.systemPathToFileUrl(saved), (prop("FilterName", "calc8"),))
        return saved
    finally:
        doc.close(True)


def test_scenarios_and_portfolio(res, office):
    for name, (statuses, band, focus, untrusted) in SCENARIOS.items():
        doc = office.load(os.path.join(EXAMPLES, name))
        try:
            doc.calculateAll()
            res.check("%s: no error cells" % name, not errors_in(doc), repr(errors_in(doc)[:10]))
            check_map(res, doc, name, statuses=statuses, band=band, focus=focus)
            res.check("%s: %d untrusted" % (name, untrusted),
                      at(doc, "Map", "B16") == ("number", untrusted), repr(at(doc, "Map", "B16")))
        finally:
            doc.close(True)

    sys.path[:0] = [EXAMPLES, os.path.join(REPO, "addin", "template")]
    import accounts
    doc = office.load(os.path.join(EXAMPLES, "pilot-portfolio.fods"))
    try:
        doc.calculateAll()
        res.check("portfolio: no error cells", not errors_in(doc), repr(errors_in(doc)[:10]))
        want = [("Harbourline Freight", "Critical", "Resilience"),
                ("Corvid Health Systems", "Watch", "Commercial"),
                ("Pellworth Print Co.", "Watch", "Operational"),
                ("Meridian Utilities", "Critical", "Commercial"),
                ("Alder Bank", "Critical", "Resilience")]
        got = [(at(doc, "Portfolio", "A%d" % r)[1], at(doc, "Portfolio", "D%d" % r)[1],
                at(doc, "Portfolio", "F%d" % r)[1]) for r in range(4, 9)]
        res.check("portfolio: band and focus per account", got == want, repr(got))
        # Bias computed here from the accounts' scores, independently of the add-in.
        gaps = [r["org"] - r["customer"] for _, data in accounts.PORTFOLIO_SHEETS
                for r in data["realities"] if r["org"] is not None and r["customer"] is not None]
        bias = at(doc, "Portfolio", "I11")
        res.check("portfolio: self-assessment bias = mean signed gap over %d realities" % len(gaps),
                  bias[0] == "number" and abs(bias[1] - sum(gaps) / len(gaps)) < 1e-9, repr(bias))
        total = sum(d["var"][0] * d["var"][1] + (d["var"][2] or 0) * (d["var"][3] or 0) + (d["var"][4] or 0)
                    for _, d in accounts.PORTFOLIO_SHEETS)
        res.check("portfolio: total value at risk", at(doc, "Portfolio", "H10") == ("number", total),
                  repr(at(doc, "Portfolio", "H10")))
    finally:
        doc.close(True)


def test_without_extension(res, template, saved):
    """Where the extension is missing, the check tells the reader what to do — even in a file
    saved where the extension worked (its stored result is empty, never a stale OK)."""
    office = Office().start()
    try:
        for label, path in (("template", template), ("saved worked example", saved)):
            doc = office.load(path)
            try:
                got = at(doc, "Map", "K1")
                res.check("without the extension, the %s shows the install message" % label,
                          got[0] == "text" and got[1].startswith(WARNING_START), repr(got))
            finally:
                doc.close(True)
    finally:
        office.cleanup()


def every_cell(doc):
    """(sheet, cell) -> (result, shown text) for the used area of every sheet."""
    return {(sheet.Name, cell.AbsoluteName): (cell_result(cell), cell.getString())
            for sheet in doc.Sheets for _, _, cell in used_cells(sheet)}


def test_opening_shows_computed_results(res, office, template):
    """What a workbook shows on opening is what a full recalculation gives: Calc 7.4 does not
    recompute every formula on loading (not those in rows printed on every page), so the
    generator stores their results; a stored result that went stale would show here."""
    for path in [template] + [os.path.join(EXAMPLES, n) for n in sorted(os.listdir(EXAMPLES))
                              if n.endswith(".fods")]:
        doc = office.load(path)
        try:
            opened = every_cell(doc)
            doc.calculateAll()
            computed = every_cell(doc)
            stale = [(k, opened.get(k), v) for k, v in computed.items() if opened.get(k) != v]
            res.check("%s: on opening, every cell shows its computed result (%d cells)"
                      % (os.path.basename(path), len(computed)), not stale, repr(stale[:5]))
        finally:
            doc.close(True)


def run(oxt, template, res, office_only=False):
    test_package(res, oxt, template)
    if not office_only:  # make examples needs the build machine
        test_examples_current(res)
    office = office_with_extension(oxt)
    try:
        test_template(res, office)
        test_opening_shows_computed_results(res, office, template)
        saved = test_worked_example(res, office)
        test_scenarios_and_portfolio(res, office)
    finally:
        office.cleanup()
    test_without_extension(res, template, saved)
