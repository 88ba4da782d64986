"""What only a real Calc window shows, typed as a person types it (xdotool under Xvfb).

- AutoInput: A, B and C typed into every evidence cell stay A, B and C; two realities typed on
  Five Senses stay as typed.
- A computed cell refuses typing (the sheet is protected); a threshold out of order is refused on
  entry with its message.
- The worked example typed into a new map from the installed template computes the whitepaper's
  table; a PNG of it is written to build/window/map-worked-example.png.
- Frozen panes keep the Reality column and the header row in view.
- In English (USA), ',' and ';' both separate a function's arguments.
- Screenshots for a person to look at: the Function Wizard, the Extension Manager, the template
  list, and the two dialogs above (build/window/*.png).
Run: /usr/bin/python3 tests/window/test_window.py build/sensesgap.oxt build/relationship-reality-map.ots
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "calc"))
from desktop import Desktop  # noqa: E402
from office import cell_result  # noqa: E402
from results import Results  # noqa: E402

OUT = os.path.join(REPO, "build", "window")
WORKED = [("4", "3", "B", "Watch"), ("4", "2.5", "B", "Material"), ("3.5", "2", "A", "Material"),
          ("4", "2", "B", "Critical"), ("3", "2", "C", "Watch and Untrusted")]


def type_into(d, doc, sheet, ref, text):
    """Select a cell as a click would, type text and press Enter."""
    doc.CurrentController.setActiveSheet(sheet)
    doc.CurrentController.select(sheet.getCellRangeByName(ref))
    d.settle(0.3)
    d.type(text)
    d.key("Return")
    d.settle(0.5)


def dialog_up(d, before):
    """Titles of windows that appeared since `before`."""
    return [t for t in d.window_titles() if t not in before]


def test_autoinput(res, d, doc):
    m = doc.Sheets.getByName("Map")
    for r in range(7, 12):
        for grade in "ABC":
            type_into(d, doc, m, "G%d" % r, grade)
            got = m.getCellRangeByName("G%d" % r).getString()
            res.check("AutoInput: %s typed into G%d stays %s" % (grade, r, grade), got == grade,
                      repr(got))
    senses = doc.Sheets.getByName("Five Senses")
    type_into(d, doc, senses, "E5", "Strategic")
    type_into(d, doc, senses, "F5", "Evolution")
    got = (senses.getCellRangeByName("E5").getString(), senses.getCellRangeByName("F5").getString())
    res.check("Five Senses: Sight informs Strategic and Evolution, as typed",
              got == ("Strategic", "Evolution"), repr(got))
    for ref in ("E5", "F5"):
        senses.getCellRangeByName(ref).setString("")


def test_refusals(res, d, doc):
    m = doc.Sheets.getByName("Map")
    before = d.window_titles()
    formula = m.getCellRangeByName("H7").getFormula()
    doc.CurrentController.setActiveSheet(m)
    doc.CurrentController.select(m.getCellRangeByName("H7"))
    d.settle(0.3)
    d.type("0")          # the first key already meets the protection
    d.settle(1.5)
    appeared = dialog_up(d, before)
    d.screenshot(os.path.join(OUT, "protected-cell.png"))
    d.key("Return")
    d.settle(0.8)
    res.check("typing over a computed cell is refused with a message", bool(appeared), repr(appeared))
    res.check("the computed cell keeps its formula", m.getCellRangeByName("H7").getFormula() == formula)

    before = d.window_titles()
    type_into(d, doc, m, "K15", "1.75")
    d.settle(1.0)
    appeared = dialog_up(d, before)
    d.screenshot(os.path.join(OUT, "threshold-refused.png"))
    d.key("Escape")      # the stop message: cancel the entry
    d.settle(0.5)
    d.key("Escape")
    d.settle(0.5)
    res.check("a threshold out of order is refused on entry with its message", bool(appeared),
              repr(appeared))
    res.check("the refused threshold keeps its value", m.getCellRangeByName("K15").getValue() == 1.0,
              repr(m.getCellRangeByName("K15").getValue()))


def test_worked_example(res, d, doc):
    m = doc.Sheets.getByName("Map")
    for ref, text in (("A4", "Harbourline Freight"), ("E4", "1800000"),
                      ("H4", "Dana Okafor"), ("J4", "Miguel Ferreira"), ("K4", "2027-06-30"),
                      ("L4", "2026-11-16"), ("P4", "Quarterly")):
        type_into(d, doc, m, ref, text)
    for i, (org, cust, grade, _) in enumerate(WORKED):
        r = 7 + i
        type_into(d, doc, m, "E%d" % r, org)
        type_into(d, doc, m, "F%d" % r, cust)
        type_into(d, doc, m, "G%d" % r, grade)
    # A percentage cell adds the % sign itself: a person types 30 for 30%.
    for ref, text in (("Q14", "1800000"), ("Q15", "30"), ("Q16", "600000"), ("Q17", "50"),
                      ("Q18", "120000")):
        type_into(d, doc, m, ref, text)
    doc.CurrentController.select(m.getCellRangeByName("A4"))
    d.settle(1.0)
    d.screenshot(os.path.join(OUT, "map-worked-example.png"))
    got = [m.getCellRangeByName("J%d" % (7 + i)).getString() for i in range(5)]
    res.check("typed worked example: statuses", got == [w[3] for w in WORKED], repr(got))
    res.check("typed worked example: account band Critical, act first on Resilience",
              (m.getCellRangeByName("B14").getString(), m.getCellRangeByName("B15").getString())
              == ("Critical", "Resilience"))
    res.check("typed worked example: value at risk 960,000",
              cell_result(m.getCellRangeByName("B17")) == ("number", 960000.0),
              repr([cell_result(m.getCellRangeByName("Q%d" % r)) for r in range(14, 20)]))
    res.check("typed worked example: next review due 2027-02-16",
              m.getCellRangeByName("E5").getString() == "2027-02-16",
              m.getCellRangeByName("E5").getString())
    test_frozen_panes(res, d, doc, m)


def test_frozen_panes(res, d, doc, m):
    """Scrolled far down and right, the Reality column and the rows down to the header stay."""
    ctl = doc.CurrentController
    ctl.select(m.getCellRangeByName("P31"))
    d.settle(0.5)
    ctl.select(m.getCellRangeByName("W40"))
    d.settle(1.0)
    d.screenshot(os.path.join(OUT, "map-scrolled.png"))
    ranges = [ctl.getByIndex(i).getVisibleRange() for i in range(ctl.getCount())]
    spans = [(r.StartColumn, r.EndColumn, r.StartRow, r.EndRow) for r in ranges]
    top_rows = [s for s in spans if s[2] == 0 and s[3] == 5]
    left_column = [s for s in spans if s[0] == 0 and s[1] == 0]
    scrolled = [s for s in spans if s[0] > 1 and s[2] > 6]
    res.check("frozen panes: scrolled to W40, rows 1-6 (down to the header) stay in view",
              ctl.hasFrozenPanes() and top_rows and scrolled, repr(spans))
    res.check("frozen panes: scrolled to W40, the Reality column stays in view", left_column,
              repr(spans))
    ctl.select(m.getCellRangeByName("A4"))
    d.settle(0.5)


def test_separators(res, d):
    """English (USA) writes ',' between arguments; ';' works in every locale."""
    scratch = d.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
    wid = d.wait_for_window("Untitled 2")
    if wid:
        d.xdo("windowactivate", "--sync", wid)
    d.settle(1.5)
    sheet = scratch.Sheets.getByIndex(0)
    type_into(d, scratch, sheet, "B2", "=SCOREGAP(4,2.5)")
    type_into(d, scratch, sheet, "B3", "=SCOREGAP(4;2.5)")
    got = [cell_result(sheet.getCellRangeByName(r)) for r in ("B2", "B3")]
    res.check("typed =SCOREGAP(4,2.5) and =SCOREGAP(4;2.5) both give 1.5",
              got == [("number", 1.5)] * 2, repr(got))
    scratch.CurrentController.select(sheet.getCellRangeByName("B5"))
    d.settle(0.3)
    return scratch


def screenshots(d, scratch):
    """Dialogs a person looks at; nothing here can be read back over UNO."""
    d.type("=SCOREGAP(")
    d.key("ctrl+F2")
    d.settle(2.5)
    d.screenshot(os.path.join(OUT, "function-wizard.png"))
    d.key("Escape")
    d.settle(0.5)
    d.key("Escape")
    d.settle(0.5)
    d.key("ctrl+alt+e")
    d.settle(4.0)
    d.screenshot(os.path.join(OUT, "extension-manager.png"))
    d.key("Escape")
    d.settle(0.8)
    d.key("ctrl+shift+n")
    d.settle(4.0)
    d.screenshot(os.path.join(OUT, "template-list.png"))
    d.key("Escape")
    d.settle(0.5)
    scratch.close(True)


def main(oxt, template):
    res = Results()
    os.makedirs(OUT, exist_ok=True)
    d = Desktop(oxt)
    try:
        d.start()
        doc = d.open(template, "Untitled")
        res.check("the template opens in a real Calc window", doc is not None)
        test_autoinput(res, d, doc)
        test_refusals(res, d, doc)
        test_worked_example(res, d, doc)
        scratch = test_separators(res, d)
        try:
            screenshots(d, scratch)
        except Exception as exc:  # screenshots are for the eye; a failure to take one is reported
            res.check("screenshots taken", False, repr(exc))
        doc.close(True)
    except Exception as exc:
        res.check("window tests ran to the end", False, repr(exc))
    finally:
        d.stop()
    return res.finish("window: ")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
