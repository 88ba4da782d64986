"""The map template as a workbook to share: what reaches the customer, what a user can overwrite,
what invalid inputs look like, the governance rhythm, recording a review, and printing.

Each check follows a point a new user hit in their first hour with the template (issue: "A
workbook you can safely share"). Inputs are written through the API, which, like pasting, skips
validity checks. What only a window shows is in tests/window/.
"""
import datetime
import os
import re
import subprocess
import sys

import uno
from com.sun.star.sheet.ValidationType import CUSTOM, LIST
from com.sun.star.table.CellContentType import FORMULA, TEXT

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import cell_result, office_with_extension, prop  # noqa: E402
from test_workbooks import WORKED, at, errors_in, fill_worked_example, used_cells  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REALITIES = ("Strategic", "Commercial", "Operational", "Resilience", "Evolution")
INPUT_STYLES = ("SG Input", "SG Score", "SG Tolerance", "SG Grade", "SG Date", "SG Money",
                "SG Percent")
REASONS = ("Quarterly", "Renewal", "Delivery", "Recovery", "Post-incident", "Leadership change",
           "Direction change")


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def new_map(office, template):
    return office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(template)), "_blank", 0,
                                               (prop("Hidden", True),))


def pdf_text(doc, path, selection=None, layout=False):
    """Exports doc (or only a selection) as PDF and returns its text, pages split by form feeds."""
    data = []
    if selection is not None:
        data.append(prop("Selection", selection))
    args = (prop("FilterName", "calc_pdf_Export"),
            prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", tuple(data))))
    doc.storeToURL(uno.systemPathToFileUrl(path), args)
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


# --- 1. the Customer view carries nothing internal ------------------------------------------
INTERNAL_TEXT = {
    "H4": "ZQLEAD", "J4": "ZQSPONSOR",
}
CUSTOMER_FACING = ("ZCUSTHEARD", "ZCUSTNEXT")


def fill_with_markers(doc):
    """A distinctive marker in every internal-only input, and customer-facing entries."""
    m = doc.Sheets.getByName("Map")
    m.getCellRangeByName("A4").setString("Acme Marker Holdings")
    for ref, text in INTERNAL_TEXT.items():
        m.getCellRangeByName(ref).setString(text)
    m.getCellRangeByName("E4").setValue(987654)
    m.getCellRangeByName("K4").setValue(serial(datetime.date(2031, 3, 17)))
    m.getCellRangeByName("L4").setValue(serial(datetime.date(2026, 11, 16)))
    m.getCellRangeByName("P4").setString("Renewal")
    orgs, custs = (4.9, 4.8, 4.7, 4.6, 4.4), (1.0, 1.5, 2.0, 2.5, 3.0)
    for i in range(5):
        r = 7 + i
        for col, text in (("B", "ZQOWNER%d"), ("C", "ZQSTAKE%d"), ("D", "ZQNOTE%d"),
                          ("N", "ZQACTION%d"), ("O", "ZQACTOWNER%d"), ("Q", "ZQOUTCOME%d")):
            m.getCellRangeByName("%s%d" % (col, r)).setString(text % i)
        m.getCellRangeByName("E%d" % r).setValue(orgs[i])
        m.getCellRangeByName("F%d" % r).setValue(custs[i])
        m.getCellRangeByName("G%d" % r).setString("ABCAB"[i])
        m.getCellRangeByName("P%d" % r).setValue(serial(datetime.date(2031, 7, 10 + i)))
    for i, v in enumerate((987001, 0.37, 876002, 0.41, 765003)):
        m.getCellRangeByName("Q%d" % (14 + i)).setValue(v)
    senses = doc.Sheets.getByName("Five Senses")
    for i in range(5):
        senses.getCellRangeByName("D%d" % (5 + i)).setString("ZQSIGNAL%d" % i)
    people = doc.Sheets.getByName("Stakeholders")
    for col, text in (("A", "Customer"), ("B", "ZQPERSON"), ("C", "ZQROLE"), ("E", "Strategic"),
                      ("H", "ZQPNOTE")):
        people.getCellRangeByName(col + "5").setString(text)
    people.getCellRangeByName("F5").setValue(1.25)
    doc.Sheets.getByName("History").getCellRangeByName("B4").setString("ZQHISTORY")
    cv = doc.Sheets.getByName("Customer view")
    for i in range(5):
        cv.getCellRangeByName("E%d" % (4 + i)).setString("ZCUSTHEARD%d" % i)
        cv.getCellRangeByName("F%d" % (4 + i)).setString("ZCUSTNEXT%d" % i)
        cv.getCellRangeByName("G%d" % (4 + i)).setValue(serial(datetime.date(2027, 1, 4 + i)))
    doc.calculateAll()
    return orgs, custs


def test_customer_view(res, office, template, out_dir):
    doc = new_map(office, template)
    try:
        orgs, custs = fill_with_markers(doc)
        cv = doc.Sheets.getByName("Customer view")
        text = pdf_text(doc, os.path.join(out_dir, "customer-view.pdf"), selection=cv)
        pages = [p for p in text.split("\f") if p.strip()]
        leaked = sorted(set(re.findall(r"ZQ[A-Z]+\d*", text)))
        res.check("customer view PDF: no internal marker (owners, notes, actions, outcomes, "
                  "lead, sponsor, signals, stakeholders, history)", not leaked, repr(leaked))
        numbers = ["987,654", "987,001", "876,002", "765,003", "37%", "41%"] + \
            ["%.1f" % o for o in orgs]
        shown = [n for n in numbers if n in text]
        res.check("customer view PDF: no contract value, value at risk or our own scores", not shown,
                  repr(shown))
        # The renewal date and the actions' due dates are internal; all of them fall in 2031.
        res.check("customer view PDF: no renewal date or action due date", "2031" not in text,
                  text[:600])
        judged = [w for w in ("Untrusted", "Critical", "Watch", "Aligned", "Opportunity",
                              "Evidence", "Gap", "Band", "Value at risk", "Act first")
                  if re.search(r"\b%s\b" % w, text)]
        res.check("customer view PDF: none of our bands, grades or judgements", not judged,
                  repr(judged))
        missing = ["%s%d" % (m, i) for m in CUSTOMER_FACING for i in range(5)
                   if "%s%d" % (m, i) not in text]
        res.check("customer view PDF: every customer-facing entry is there", not missing,
                  repr(missing))
        res.check("customer view PDF: the customer's own scores are there",
                  all("%.1f" % c in text for c in custs), text[:600])
        res.check("customer view PDF: instructions are not printed",
                  "not print" not in text and "unhidden" not in text and "Type here" not in text)
        res.check("customer view PDF: the account is named on every page (%d)" % len(pages),
                  pages and all("Acme Marker Holdings" in p for p in pages))
        res.check("customer view PDF: only the customer view was exported",
                  "Internal evidence notes" not in text and "Five Senses" not in text
                  and "Relationship review: Acme Marker Holdings" in text)
    finally:
        doc.close(True)


# --- 2. protection and AutoInput -------------------------------------------------------------
def test_protection_and_autoinput(res, office, template):
    examples = sorted(f for f in os.listdir(os.path.join(REPO, "examples")) if f.endswith(".fods"))
    for label, path in [("template", template)] + [
            (f, os.path.join(REPO, "examples", f)) for f in examples]:
        doc = office.load(path) if label != "template" else new_map(office, template)
        try:
            for sheet in doc.Sheets:
                if sheet.Name == "History":
                    res.check("%s: History is not protected (reviews are pasted into it)" % label,
                              not sheet.isProtected())
                    continue
                res.check("%s: %s is protected" % (label, sheet.Name), sheet.isProtected())
                wrong, columns, silent = [], {}, []
                for c, r, cell in used_cells(sheet):
                    is_input = cell.CellStyle in INPUT_STYLES
                    if cell.CellProtection.IsLocked == is_input:
                        wrong.append(cell.AbsoluteName)
                    if is_input and not (cell.Validation.ShowInputMessage
                                         and cell.Validation.InputMessage.strip()):
                        silent.append(cell.AbsoluteName)
                    columns.setdefault(c, []).append((is_input, cell))
                res.check("%s: %s: exactly the input cells are unlocked" % (label, sheet.Name),
                          not wrong, repr(wrong[:8]))
                res.check("%s: %s: every input says what it takes when selected" % (label, sheet.Name),
                          not silent, repr(silent[:8]))
                # AutoInput offers the literal texts of the same column: in a column with
                # inputs, every literal text must be an input.
                offered = []
                for c, cells in columns.items():
                    if any(i for i, _ in cells):
                        offered += [cell.AbsoluteName for i, cell in cells
                                    if not i and cell.getType() == TEXT]
                res.check("%s: %s: no column with inputs holds other literal text" % (label, sheet.Name),
                          not offered, repr(offered[:8]))
            first = doc.Sheets.getByIndex(0)
            first.unprotect("")
            res.check("%s: %s's protection lifts without a password" % (label, first.Name),
                      not first.isProtected())
        finally:
            doc.close(True)


# --- 3/4. invalid inputs and thresholds in words ----------------------------------------------
def test_invalid_inputs_in_words(res, office, template):
    doc = new_map(office, template)
    try:
        fill_worked_example(doc)
        m = doc.Sheets.getByName("Map")
        doc.calculateAll()
        res.check("valid map: band Critical", at(doc, "Map", "B14") == ("text", "Critical"))
        m.getCellRangeByName("E8").setValue(6)           # a pasted 6
        m.getCellRangeByName("G10").setString("X")        # a pasted grade
        m.getCellRangeByName("F11").setString("abc")
        doc.calculateAll()
        got = [at(doc, "Map", "K%d" % r) for r in range(7, 12)]
        res.check("row check names each invalid input", got == [
            ("text", ""), ("text", "Org score must be a number from 1 to 5"), ("text", ""),
            ("text", "Evidence must be A, B or C"),
            ("text", "Customer score must be a number from 1 to 5")], repr(got))
        res.check("invalid rows compute nothing", [at(doc, "Map", "%s8" % c) for c in "HIJ"]
                  == [("text", ""), ("text", ""), ("text", "Fix the inputs")])
        res.check("roll-up names the reality to fix", at(doc, "Map", "B14") == ("text", "Fix Commercial"),
                  repr(at(doc, "Map", "B14")))
        res.check("roll-up says what to fix first",
                  at(doc, "Map", "B18") == ("text", "Commercial: Org score must be a number from 1 to 5"),
                  repr(at(doc, "Map", "B18")))
        res.check("no act-first while inputs are invalid", at(doc, "Map", "B15") == ("text", ""))
        res.check("invalid inputs: no error value anywhere in the workbook", not errors_in(doc),
                  repr(errors_in(doc)[:10]))
        res.check("the customer view hides an invalid score",
                  at(doc, "Customer view", "C8") == ("text", ""), repr(at(doc, "Customer view", "C8")))
        for ref, value in (("E8", 4.0), ("F11", 2.0)):
            m.getCellRangeByName(ref).setValue(value)
        m.getCellRangeByName("G10").setString("B")
        doc.calculateAll()
        res.check("fixed inputs: the band comes back", at(doc, "Map", "B14") == ("text", "Critical"))

        rules = [m.getCellRangeByName(r).Validation for r in ("K14", "K15", "K16")]
        res.check("thresholds are checked against each other on entry",
                  all(v.Type == CUSTOM and v.ShowErrorMessage for v in rules),
                  repr([(v.Type, v.getFormula1()) for v in rules]))
        res.check("the threshold message says what to do",
                  "raise Material up to first" in rules[1].ErrorMessage, rules[1].ErrorMessage)
        m.getCellRangeByName("K15").setValue(1.75)        # pasted: Watch above Material
        doc.calculateAll()
        res.check("invalid thresholds: one plain message beside the roll-up",
                  at(doc, "Map", "H17") == ("text", "Material up to must be larger than Watch up to"))
        res.check("invalid thresholds: the roll-up says to fix them",
                  at(doc, "Map", "B14") == ("text", "Fix the thresholds"))
        res.check("invalid thresholds: no error value anywhere", not errors_in(doc),
                  repr(errors_in(doc)[:10]))
    finally:
        doc.close(True)


# --- 7. governance rhythm ---------------------------------------------------------------------
def test_governance_rhythm(res, office, template):
    doc = new_map(office, template)
    try:
        m = doc.Sheets.getByName("Map")
        rule = m.getCellRangeByName("P4").Validation
        listed = tuple(x.strip('"') for x in rule.getFormula1().split(";"))
        res.check("review reasons cover the whitepaper's rhythm",
                  rule.Type == LIST and listed == REASONS, repr(rule.getFormula1()))
        res.check("no review recorded: the map says what to enter",
                  at(doc, "Map", "H5") == ("text", "Enter the review date and reason"))
        m.getCellRangeByName("L4").setValue(serial(datetime.date(2026, 11, 16)))
        for reason, due in (("Quarterly", datetime.date(2027, 2, 16)),
                            ("Leadership change", datetime.date(2026, 12, 16)),
                            ("Renewal", datetime.date(2026, 12, 16))):
            m.getCellRangeByName("P4").setString(reason)
            doc.calculateAll()
            res.check("next review after a %s review: %s" % (reason, due),
                      at(doc, "Map", "E5") == ("number", serial(due)), repr(at(doc, "Map", "E5")))
        today = datetime.date.today()
        m.getCellRangeByName("L4").setValue(serial(today))
        doc.calculateAll()
        res.check("a review held today is not overdue",
                  at(doc, "Map", "H5")[1].startswith("Due in "), repr(at(doc, "Map", "H5")))
        m.getCellRangeByName("L4").setValue(serial(datetime.date(2020, 1, 31)))
        doc.calculateAll()
        res.check("a review due long ago is overdue, with its date",
                  at(doc, "Map", "H5") == ("text", "Overdue since 2020-02-29"), repr(at(doc, "Map", "H5")))
    finally:
        doc.close(True)


# --- 6. recording a review: one copy, one paste-special ----------------------------------------
def test_recording_a_review(res, office, template):
    doc = new_map(office, template)
    try:
        smgr = office.ctx.ServiceManager
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
        frame = doc.CurrentController.Frame
        m = doc.Sheets.getByName("Map")
        fill_worked_example(doc)
        m.getCellRangeByName("L4").setValue(serial(datetime.date(2026, 8, 17)))
        m.getCellRangeByName("P4").setString("Quarterly")
        doc.calculateAll()
        history = doc.Sheets.getByName("History")
        # The two actions a user takes: copy the strip, paste values only on History.
        doc.CurrentController.select(m.getCellRangeByName("A31:W31"))  # the review strip
        dispatcher.executeDispatch(frame, ".uno:Copy", "", 0, ())
        doc.CurrentController.setActiveSheet(history)
        doc.CurrentController.select(history.getCellRangeByName("A4"))
        dispatcher.executeDispatch(frame, ".uno:InsertContents", "", 0, (
            prop("Flags", "SVD"), prop("FormulaCommand", 0), prop("SkipEmptyCells", False),
            prop("Transpose", False), prop("AsLink", False), prop("MoveMode", 4)))
        doc.calculateAll()
        row = [cell_result(history.getCellByPosition(c, 3)) for c in range(23)]
        formulas = [history.getCellByPosition(c, 3).getType() == FORMULA for c in range(23)]
        want = [("number", serial(datetime.date(2026, 8, 17))), ("text", "Quarterly")]
        want += [("number", w[3]) for w in WORKED] + [("text", "Critical")]
        for org, cust, grade, *_ in WORKED:
            want += [("number", org), ("number", cust), ("text", grade)]
        res.check("one copy and one paste of values record the review as one History row",
                  row == want, repr(row))
        res.check("the recorded row holds values, not formulas", not any(formulas))
        shown = [history.getCellByPosition(c, 3).getString() for c in (0, 2, 5, 7, 8)]
        res.check("the recorded row reads as on the Map: a date, signed gaps, scores",
                  shown == ["2026-08-17", "+1.0", "+2.0", "Critical", "4.0"], repr(shown))
        # The next quarter: Commercial narrows, Resilience widens.
        m.getCellRangeByName("L4").setValue(serial(datetime.date(2026, 11, 16)))
        m.getCellRangeByName("F8").setValue(3.5)   # Commercial gap 1.5 -> 0.5
        m.getCellRangeByName("F10").setValue(1.0)  # Resilience gap 2.0 -> 3.0
        doc.calculateAll()
        trends = [at(doc, "Map", "L%d" % r) for r in range(7, 12)]
        res.check("the Map shows each gap's trend since the last recorded review",
                  trends == [("text", "Stable"), ("text", "Narrowing"), ("text", "Stable"),
                             ("text", "Widening"), ("text", "Stable")], repr(trends))
        res.check("the last recorded review is named",
                  at(doc, "Map", "L5") == ("number", serial(datetime.date(2026, 8, 17))))
        chart = doc.Sheets.getByName("Trend").getCharts()
        res.check("the Trend sheet's chart reads History's gaps", chart.getCount() == 1)
        if chart.getCount():
            ranges = [r.Sheet for r in chart.getByIndex(0).getRanges()]
            res.check("the chart's data is on History", set(ranges) == {3}, repr(ranges))
            series = chart_series(chart.getByIndex(0).getEmbeddedObject())
            res.check("the chart draws one line per reality, named for it",
                      [name for name, _, _, _ in series] == list(REALITIES), repr(series))
            res.check("each line reads its reality's gap column over every History row, "
                      "against the review dates",
                      [(values, x) for _, values, x, _ in series] == [
                          ("$History.$%s$4:$%s$2003" % (c, c), "$History.$A$4:$A$2003")
                          for c in "CDEFG"], repr(series))
            res.check("the chart shows the recorded gaps",
                      [data[0] if data else None for _, _, _, data in series]
                      == [w[3] for w in WORKED], repr([d[:2] for *_, d in series]))
            pdf = os.path.join(REPO, "build", "calc", "trend.pdf")
            pdf_text(doc, pdf, selection=doc.Sheets.getByName("Trend"))
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", pdf, pdf[:-4]],
                           check=True)  # build/calc/trend.png, for a person to look at
    finally:
        doc.close(True)


def chart_series(chart_doc):
    """(label, values range, x-values range, values) of each data series of a chart document."""
    out = []
    for ctype in chart_doc.getFirstDiagram().getCoordinateSystems()[0].getChartTypes():
        for series in ctype.getDataSeries():
            found = {}
            for seq in series.getDataSequences():
                role = seq.getValues().Role
                found[role] = seq
            label = found["values-y"].getLabel()
            out.append((label.getData()[0] if label else None,
                        found["values-y"].getValues().getSourceRangeRepresentation(),
                        found["values-x"].getValues().getSourceRangeRepresentation()
                        if "values-x" in found else None,
                        [v for v in found["values-y"].getValues().getData() if v == v]))
    return out


def test_long_history_prints(res, office, template, out_dir):
    """Years of reviews print with History's header and the account on every page, and no
    empty page after the last review."""
    doc = new_map(office, template)
    try:
        doc.Sheets.getByName("Map").getCellRangeByName("A4").setString("Longhistory Ltd")
        history = doc.Sheets.getByName("History")
        rows = []
        for k in range(90):
            day = datetime.date(2020 + k // 12, 1 + k % 12, 15)
            rows.append((serial(day), "Quarterly", 1.0, 0.5, -0.5, 2.0, 0.0, "Critical")
                        + (4.0, 3.0, "B") * 5)
        history.getCellRangeByPosition(0, 3, 22, 3 + len(rows) - 1).setDataArray(tuple(rows))
        doc.calculateAll()
        text = pdf_text(doc, os.path.join(out_dir, "long-history.pdf"), selection=history)
        pages = text.split("\f")
        pages = pages[:-1] if pages and not pages[-1].strip() else pages
        res.check("90 reviews print on several pages (%d)" % len(pages), len(pages) >= 4)
        res.check("every History page repeats the header and names the account",
                  all("Review date" in p and "Longhistory Ltd" in p for p in pages),
                  repr([("Review date" in p, "Longhistory Ltd" in p) for p in pages]))
        res.check("no empty page: every page holds reviews, the last one the latest review",
                  all(re.search(r"20\d\d-\d\d-15", p) for p in pages) and pages
                  and "2027-06-15" in pages[-1], repr([p[-120:] for p in pages[-2:]]))
    finally:
        doc.close(True)


# --- 10. other sheets --------------------------------------------------------------------------
def test_other_sheets(res, office, template):
    doc = new_map(office, template)
    try:
        senses = doc.Sheets.getByName("Five Senses")
        lists = [senses.getCellRangeByName(r).Validation for r in ("E5", "F5")]
        res.check("Five Senses takes two realities per signal",
                  all(v.Type == LIST and all(n in v.getFormula1() for n in REALITIES) for v in lists))
        res.check("Five Senses: typing two realities in one cell is refused with where the second goes",
                  "Also informs" in lists[0].ErrorMessage, lists[0].ErrorMessage)
        m = doc.Sheets.getByName("Map")
        m.getCellRangeByName("E7").setValue(4)
        m.getCellRangeByName("F7").setValue(3)
        doc.calculateAll()
        res.check("Stakeholders warns when a reality is scored with no customer voice",
                  at(doc, "Stakeholders", "Q5") == ("text", "Scored on the Map, but no customer "
                                                    "voice recorded here"), repr(at(doc, "Stakeholders", "Q5")))
        people = doc.Sheets.getByName("Stakeholders")
        people.getCellRangeByName("A5").setString("Customer")
        people.getCellRangeByName("E5").setString("Strategic")
        doc.calculateAll()
        res.check("the warning goes once a customer voice is recorded, even before their score",
                  at(doc, "Stakeholders", "Q5") == ("text", ""))
        people.getCellRangeByName("A5").setString("Organisation")
        doc.calculateAll()
        res.check("our own people are no customer voice",
                  at(doc, "Stakeholders", "Q5")[1].startswith("Scored on the Map"))
        names = doc.NamedRanges
        for name in ("Thresholds", "MapAccount", "MapOrgScores", "MapCustomerScores",
                     "MapEvidence", "MapReviewDate", "MapReviewReason", "MapValueAtRiskInputs",
                     "MapSnapshot"):
            res.check("named range %s for readers such as the portfolio" % name,
                      names.hasByName(name))
    finally:
        doc.close(True)
    doc = office.load(os.path.join(REPO, "examples", "pilot-portfolio.fods"))
    try:
        res.check("the 90-day pilot checklist lives in the pilot portfolio",
                  doc.Sheets.hasByName("90-day pilot"))
    finally:
        doc.close(True)


def test_portfolio_thresholds(res, office):
    """Thresholds out of order on the Portfolio (pasted past its check) blank every account's
    bands with one message, as on a single map: no error value anywhere."""
    doc = office.load(os.path.join(REPO, "examples", "pilot-portfolio.fods"))
    try:
        cells = [doc.NamedRanges.getByName("Thresholds").ReferredCells.getCellByPosition(0, i)
                 for i in range(3)]
        cells[1].setValue(1.75)                     # Watch above Material (1.5)
        doc.calculateAll()
        maps = [sh for sh in doc.Sheets if sh.Name not in ("Portfolio", "90-day pilot")]
        bands = sorted({sh.getCellRangeByName("B14").getString() for sh in maps})
        res.check("portfolio thresholds out of order: every account says fix the thresholds",
                  maps and bands == ["Fix the thresholds"], repr(bands))
        res.check("portfolio thresholds out of order: each map says why", all(
            "Watch up to" in sh.getCellRangeByName("H17").getString() for sh in maps),
            repr([sh.getCellRangeByName("H17").getString() for sh in maps][:2]))
        res.check("portfolio thresholds out of order: no error value anywhere", not errors_in(doc),
                  repr(errors_in(doc)[:8]))
        cells[1].setValue(1.0)
        doc.calculateAll()
        bands = [sh.getCellRangeByName("B14").getString() for sh in maps]
        res.check("portfolio thresholds back in order: the bands come back",
                  "Fix the thresholds" not in bands and all(bands), repr(bands))
    finally:
        doc.close(True)


# --- 9. on screen ------------------------------------------------------------------------------
def at_text(doc, sheet, ref):
    """What the cell shows."""
    return doc.Sheets.getByName(sheet).getCellRangeByName(ref).getString()


def needed_height(scratch, cell, width):
    """The height Calc gives the cell's text, wrapped at width, in a row of optimal height."""
    probe = scratch.getCellByPosition(0, 0)
    probe.CellStyle = cell.CellStyle
    probe.IsTextWrapped = True
    probe.setString(cell.getString())
    scratch.Columns.getByIndex(0).Width = width
    row = scratch.Rows.getByIndex(0)
    row.OptimalHeight = True
    return row.Height


def test_on_screen(res, office):
    """With the worked example: no wrapped text is cut off at the bottom of its cell, and no
    cell shows TRUE or FALSE where a person expects words."""
    doc = office.load(os.path.join(REPO, "examples", "worked-example.fods"))
    try:
        doc.calculateAll()
        doc.Sheets.insertNewByName("probe", doc.Sheets.Count)
        scratch = doc.Sheets.getByName("probe")
        clipped, flags = [], []
        for sheet in doc.Sheets:
            if sheet.Name == "probe":
                continue
            for _, _, cell in used_cells(sheet):
                shown = cell.getString()
                if shown in ("TRUE", "FALSE"):
                    flags.append(cell.AbsoluteName)
                if not shown or not cell.IsTextWrapped:
                    continue
                area = sheet.createCursorByRange(cell)
                area.collapseToMergedArea()
                if area.RangeAddress.StartColumn != cell.CellAddress.Column or \
                        area.RangeAddress.StartRow != cell.CellAddress.Row:
                    continue                          # covered by a merged cell
                width, height = area.Size.Width, area.Size.Height
                need = needed_height(scratch, cell, width)
                if need > height + 30:                # 0.3 mm: rounding between twips and 1/100 mm
                    clipped.append("%s (%d of %d)" % (cell.AbsoluteName, height, need))
        res.check("on screen: no wrapped text is cut off at the bottom of its cell", not clipped,
                  repr(clipped[:8]))
        res.check("on screen: no cell shows TRUE or FALSE", not flags, repr(flags[:8]))
        # A negative gap (the customer sees more than we do) keeps its minus sign everywhere.
        doc.Sheets.getByName("Map").getCellRangeByName("F7").setValue(4.5)
        doc.Sheets.getByName("History").getCellRangeByName("E5").setValue(-0.5)
        doc.calculateAll()
        shown = (at_text(doc, "Map", "H7"), at_text(doc, "History", "E5"))
        res.check("on screen: a negative gap shows its minus sign", shown == ("-0.5", "-0.5"),  # 4.0 - 4.5 on the Map
                  repr(shown))
    finally:
        doc.close(True)


# --- 8. printing ---------------------------------------------------------------------------------
def text_size_reference(office, out_dir):
    """The word-box height pdftotext reports for 8 pt Liberation Sans printed at 100%."""
    doc = office.new_calc()
    try:
        cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
        cell.setString("Reference")
        cell.CharFontName = "Liberation Sans"
        cell.CharHeight = 8.0
        path = os.path.join(out_dir, "reference-8pt.pdf")
        pdf_text(doc, path)
        return [h for w, h in word_heights(word_boxes(path)).get(1, []) if w == "Reference"][0]
    finally:
        doc.close(True)


def word_heights(boxes):
    """{page: [(word, box height in pt)]} of word_boxes' result."""
    return {page: [(w, y1 - y0) for w, _, y0, _, y1 in words] for page, words in boxes.items()}


def word_boxes(path):
    """{page: [(word, xMin, yMin, xMax, yMax)]} from pdftotext -bbox, y growing downwards."""
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages, page = {}, 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
                      line)
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            pages.setdefault(page, []).append((m.group(5), x0, y0, x1, y1))
    return pages


def test_printing(res, office, out_dir):
    reference = text_size_reference(office, out_dir)
    res.check("8 pt reference measured", 8.0 < reference < 14.0, repr(reference))
    doc = office.load(os.path.join(REPO, "examples", "worked-example.fods"))
    try:
        doc.calculateAll()
        path = os.path.join(out_dir, "worked-example.pdf")
        text = pdf_text(doc, path, layout=True)
        pages = text.split("\f")[:-1]
        numbers = {}
        for i, page in enumerate(pages):
            m = re.search(r"Relationship Reality Map · (\S.*?)\s{2,}Page (\d+)\s*$", page.rstrip())
            res.check("page %d has the sheet's name and page number in its footer" % (i + 1),
                      m is not None, page[-200:])
            if m:
                numbers.setdefault(m.group(1).strip(), []).append(int(m.group(2)))
            res.check("page %d names the account" % (i + 1), "Harbourline Freight" in page)
            body = page.replace("Relationship Reality Map", "").replace("Harbourline Freight", "")
            res.check("page %d is not empty" % (i + 1), len(re.findall(r"\w{3,}", body)) > 12)
        res.check("every sheet numbers its pages 1, 2, ...",
                  all(n == list(range(1, len(n) + 1)) for n in numbers.values()), repr(numbers))
        res.check("every sheet prints", sorted(numbers) == sorted(
            ["Map", "Five Senses", "Stakeholders", "History", "Trend", "Customer view"]),
            repr(sorted(numbers)))
        boxes = word_boxes(path)
        small = [(p, w, round(h, 2)) for p, words in word_heights(boxes).items() for w, h in words
                 if re.search(r"\w", w) and h < reference - 0.05]
        res.check("no text below 8 pt (word boxes vs the 8 pt reference %.2f)" % reference,
                  not small, repr(small[:10]))
        words = set(re.findall(r"\S+", text))
        headers = ["Reality", "Our", "owner", "Customer", "stakeholder", "Internal", "evidence",
                   "notes", "Org", "score", "(1–5)", "Evidence", "(A/B/C)", "Gap", "(org", "−",
                   "cust.)", "Band", "Status", "Input", "check", "Trend", "since", "last", "review",
                   "Action", "required", "owner", "Due", "date", "Commercial", "outcome"]
        broken = [w for w in headers if w not in words]
        res.check("the Map's headers print whole words (no word wrapped mid-way)", not broken,
                  repr(broken))
        map_page = boxes[1]                    # the Map's first page: the realities
        top = next(b for b in map_page if b[0] == "Reality")
        first = next(b for b in map_page if b[0] == "Strategic" and b[2] > top[2])
        spill = [b[0] for b in map_page if top[2] - 1 <= b[2] < first[2] - 1 and b[4] > first[2] + 1]
        res.check("the Map's header row prints within its row (nothing runs into Strategic's)",
                  not spill, repr(spill))
        res.check("instructions are not printed",
                  "Start here" not in text and "does not print" not in text
                  and "Not printed" not in text, "")
    finally:
        doc.close(True)


# --- 13. the Function Wizard's texts -------------------------------------------------------------
OPTIONAL = {"GAPBAND": {"Thresholds"}, "REALITYSTATUS": {"Thresholds"}, "ACCOUNTBAND": {"Thresholds"},
            "FOCUSREALITY": {"Thresholds"}, "GAPTREND": {"Tolerance"},
            "VALUEATRISK": {"ExpansionValue", "DisplacementProbability", "AvoidableCost"}}


def test_wizard_texts(res, office):
    descriptions = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.sheet.FunctionDescriptions", office.ctx)
    found = 0
    for i in range(descriptions.getCount()):
        props = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        name = props.get("Name", "")
        if name not in ("SCOREGAP", "GAPBAND", "UNTRUSTED", "VALUEATRISK", "REALITYSTATUS",
                        "ACCOUNTBAND", "FOCUSREALITY", "SCORELABEL", "GAPTREND", "REALITYCHECK",
                        "THRESHOLDCHECK", "NEXTREVIEW", "SENSESGAPVERSION"):
            continue
        found += 1
        for arg in props["Arguments"] or ():
            want = "Optional:" if arg.Name in OPTIONAL.get(name, ()) else "Required:"
            res.check("Function Wizard: %s %s starts with %s" % (name, arg.Name, want),
                      arg.Description.startswith(want), arg.Description)
    res.check("Function Wizard lists the 13 functions", found == 13, repr(found))


def run(oxt, template, res):
    out_dir = os.path.join(REPO, "build", "calc")
    os.makedirs(out_dir, exist_ok=True)
    office = office_with_extension(oxt)
    try:
        test_customer_view(res, office, template, out_dir)
        test_protection_and_autoinput(res, office, template)
        test_invalid_inputs_in_words(res, office, template)
        test_governance_rhythm(res, office, template)
        test_recording_a_review(res, office, template)
        test_other_sheets(res, office, template)
        test_portfolio_thresholds(res, office)
        test_on_screen(res, office)
        test_printing(res, office, out_dir)
        test_long_history_prints(res, office, template, out_dir)
        test_wizard_texts(res, office)
    finally:
        office.cleanup()


if __name__ == "__main__":
    from results import Results
    r = Results()
    run(sys.argv[1], sys.argv[2], r)
    sys.exit(r.finish())
