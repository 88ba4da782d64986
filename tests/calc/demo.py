"""`make run`: the demo map in Calc with the freshly built extension, in a throwaway profile.

With a display, Calc opens the map for you to work in. Without one, headless Calc evaluates the
map and the table of realities, gaps, bands and statuses is printed to the terminal.
Usage: /usr/bin/python3 tests/calc/demo.py build/sensesgap.oxt examples/demo-map.fods
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import SOFFICE, office_with_extension  # noqa: E402


def decimal(cell):
    """A score or gap with one decimal, as the whitepaper writes them; empty stays empty."""
    text = cell.getString()
    return "%.1f" % cell.getValue() if text else ""


def show(doc):
    sheet = doc.Sheets.getByIndex(0)
    print("%-12s %5s %5s %4s %6s  %-9s %-9s %s" %
          ("Reality", "Org", "Cust", "Ev", "Gap", "Band", "Untrusted", "Status"))
    for row in range(1, 6):
        cell = lambda col: sheet.getCellByPosition(col, row)  # noqa: E731
        print("%-12s %5s %5s %4s %6s  %-9s %-9s %s" % (
            cell(0).getString(), decimal(cell(4)), decimal(cell(5)), cell(6).getString(),
            decimal(cell(7)), cell(8).getString(), "TRUE" if cell(9).getValue() == 1 else "FALSE",
            cell(10).getString()))
    print()
    for row in range(7, 13):
        label = sheet.getCellByPosition(0, row).getString()
        value = sheet.getCellByPosition(1, row)
        print("%-20s %s" % (label + ":", value.getString()))


def main(oxt, fods):
    office = office_with_extension(oxt)
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        office.stop()
        print("opening %s in Calc (profile %s); close Calc to finish" % (fods, office.profile))
        subprocess.call([SOFFICE, "-env:UserInstallation=file://" + office.profile,
                         "--norestore", "--calc", os.path.abspath(fods)])
        office.cleanup()
        return 0
    try:
        doc = office.load(fods)
        doc.calculateAll()
        print("Relationship Reality Map — %s (evaluated by headless Calc)\n" % os.path.basename(fods))
        show(doc)
        doc.close(True)
    finally:
        office.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
