"""Writes tests/golden/sharing-contract.fods: a workbook saved by Calc with the current extension.

Run once per release that adds functions (never to "fix" a failing golden test: that failure means
stored workbooks would break). Column A holds each formula, column B the result it gave when saved,
as a constant, column C what it exercises. The Calc test reopens the file with the freshly built
extension, recalculates, and requires column A to equal column B in every row.
Usage: /usr/bin/python3 tests/golden/save_golden.py build/sensesgap.oxt
"""
import os
import sys

import uno

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "calc"))
from office import office_with_extension, cell_result, prop  # noqa: E402

CASES = [
    ("=SCOREGAP(4;3)", "SCOREGAP number"), ('=SCOREGAP("";3)', "SCOREGAP blank"),
    ("=GAPBAND(0.5)", "band Aligned"), ("=GAPBAND(1)", "band Watch"), ("=GAPBAND(1.5)", "band Material"),
    ("=GAPBAND(2)", "band Critical"), ("=GAPBAND(-1)", "band Opportunity"),
    ("=GAPBAND(1;{0.25;0.75;1})", "GAPBAND thresholds"),
    ('=UNTRUSTED("C")', "UNTRUSTED true"), ('=UNTRUSTED("A")', "UNTRUSTED false"),
    ('=REALITYSTATUS(4;4;"A")', "status Aligned"), ('=REALITYSTATUS(4;4;"C")', "status Aligned and Untrusted"),
    ('=REALITYSTATUS(4;3;"B")', "status Watch"), ('=REALITYSTATUS(4;3;"C")', "status Watch and Untrusted"),
    ('=REALITYSTATUS(4;2.5;"B")', "status Material"), ('=REALITYSTATUS(4;2.5;"C")', "status Material and Untrusted"),
    ('=REALITYSTATUS(4;2;"B")', "status Critical"), ('=REALITYSTATUS(4;2;"C")', "status Critical and Untrusted"),
    ('=REALITYSTATUS(2;3;"A")', "status Opportunity"), ('=REALITYSTATUS(2;3;"C")', "status Opportunity and Untrusted"),
    ("=ACCOUNTBAND({1;1.5;1.5;2;1})", "ACCOUNTBAND"),
    ('=FOCUSREALITY({"Strategic";"Commercial";"Operational";"Resilience";"Evolution"};'
     '{1;1.5;1.5;2;1};{"B";"B";"A";"B";"C"})', "FOCUSREALITY"),
    ("=SCORELABEL(1)", "label 1"), ("=SCORELABEL(2)", "label 2"), ("=SCORELABEL(3.5)", "label 3"),
    ("=SCORELABEL(4)", "label 4"), ("=SCORELABEL(5)", "label 5"),
    ("=GAPTREND(1;1.5)", "trend Widening"), ("=GAPTREND(1.5;1)", "trend Narrowing"),
    ("=GAPTREND(1;1.1)", "trend Stable"), ("=GAPTREND(1;1.2;0.1)", "GAPTREND tolerance"),
    ("=VALUEATRISK(1800000;0.3;600000;0.5;120000)", "VALUEATRISK"),
    ("=VALUEATRISK(1000;0.5)", "VALUEATRISK pair only"),
    ("=ISERROR(SCOREGAP(7;3))", "invalid score is an error"),
    ("=LEN(SENSESGAPVERSION())>0", "SENSESGAPVERSION"),
]


def main(oxt):
    office = office_with_extension(oxt)
    try:
        doc = office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        for row, (formula, what) in enumerate(CASES):
            sheet.getCellByPosition(0, row).setFormula(formula)
        doc.calculateAll()
        for row, (formula, what) in enumerate(CASES):
            got = cell_result(sheet.getCellByPosition(0, row))
            expected = sheet.getCellByPosition(1, row)
            if got[0] == "number":
                expected.setValue(got[1])
            elif got[0] == "text":
                expected.setString(got[1])
            else:
                raise SystemExit("%s gave %r: fix the case before saving" % (formula, got))
            sheet.getCellByPosition(2, row).setString(what)
        path = os.path.join(HERE, "sharing-contract.fods")
        doc.storeToURL(uno.systemPathToFileUrl(path),
                       (prop("FilterName", "OpenDocument Spreadsheet Flat XML"),))
        doc.close(True)
        print("wrote", path)
    finally:
        office.cleanup()


if __name__ == "__main__":
    main(sys.argv[1])
