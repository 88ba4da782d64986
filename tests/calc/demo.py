"""`make run`: the Relationship Reality Map in Calc with the freshly built extension, in a
throwaway profile.

With a display, Calc opens a new map from the template for you to fill in. Without one, headless
Calc evaluates the worked example (the whitepaper's section 6), prints its map to the terminal and
exports it to PDF.
Usage: /usr/bin/python3 tests/calc/demo.py OXT TEMPLATE WORKED_EXAMPLE PDF
"""
import os
import subprocess
import sys

import uno

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import SOFFICE, office_with_extension, prop  # noqa: E402


def decimal(cell):
    """A score or gap with one decimal, as the whitepaper writes them; empty stays empty."""
    text = cell.getString()
    return "%.1f" % cell.getValue() if text else ""


def show(doc):
    sheet = doc.Sheets.getByName("Map")
    cell = sheet.getCellRangeByName
    print("%-12s %5s %5s %4s %6s  %-9s %-20s %s" %
          ("Reality", "Org", "Cust", "Ev", "Gap", "Band", "Status", "Trend"))
    for row in range(7, 12):
        at = lambda col: cell("%s%d" % (col, row))  # noqa: E731
        print(("%-12s %5s %5s %4s %6s  %-9s %-20s %s" % (
            at("A").getString(), decimal(at("E")), decimal(at("F")), at("G").getString(),
            decimal(at("H")), at("I").getString(), at("J").getString(), at("L").getString())).rstrip())
    print()
    print("%-21s %s (%s)" % ("Account band:", cell("B14").getString(), cell("D14").getString()))
    for row in (15, 16, 17):
        print("%-21s %s" % (cell("A%d" % row).getString() + ":", cell("B%d" % row).getString()))
    print("%-21s %s (%s)" % ("Next review due:", cell("E5").getString(), cell("H5").getString()))


def main(oxt, template, worked, pdf):
    office = office_with_extension(oxt)
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        office.stop()
        print("opening a new map from %s in Calc (profile %s); close Calc to finish"
              % (template, office.profile))
        subprocess.call([SOFFICE, "-env:UserInstallation=file://" + office.profile,
                         "--norestore", "-n", os.path.abspath(template)])
        office.cleanup()
        return 0
    try:
        doc = office.load(worked)
        doc.calculateAll()
        title = doc.Sheets.getByName("Map").getCellRangeByName("A4").getString()
        print("Relationship Reality Map — %s (%s, evaluated by headless Calc)\n"
              % (title, os.path.basename(worked)))
        show(doc)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(pdf)),
                       (prop("FilterName", "calc_pdf_Export"),))
        print("\nPDF of every sheet: %s" % pdf)
        doc.close(True)
    finally:
        office.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
