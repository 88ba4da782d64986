"""A map saved as .xlsx by one LibreOffice and opened by another, both with the extension.

  xlsx_exchange.py save OXT OUT.xlsx        the worked example, computed and saved as .xlsx
  xlsx_exchange.py open OXT IN.xlsx LABEL   opened, hard-recalculated: the whitepaper's results
  xlsx_exchange.py short-names OXT IN.xlsx  a file naming the functions by their former
                                            compatibility names (GAPBAND(...)), as LibreOffice
                                            25.2 saved it with releases up to 1.1.0: #NAME?, as
                                            the README says

`make test-lo25` runs `save` with the host's LibreOffice (7.4) and the chroot's (25.2), then
`open` of each file with the other. `save` also reports how the file names the add-in's functions
(what Excel shows in the formula bar). Run with the office's own /usr/bin/python3.
"""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "calc")))
from office import office_with_extension, prop  # noqa: E402
from results import Results  # noqa: E402
from test_functions import SPEC  # noqa: E402  (the functions' display names)
from test_sharing import WORKED, WORKED_CELLS, map_results, save  # noqa: E402

PROGRAMMATIC = "ORG.SENSESGAP.FUNCTIONS."


def version(office):
    """The office's own version, e.g. 7.4 or 25.2."""
    provider = office.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess",
        (prop("nodepath", "/org.openoffice.Setup/Product"),))
    return access.getByName("ooSetupVersion")


def stored_names(path):
    """{function-name form as stored in the sheets' XML: count}, e.g. {'GAPBAND': 5}."""
    names = {}
    with zipfile.ZipFile(path) as z:
        for item in z.namelist():
            if item.startswith("xl/worksheets/sheet"):
                xml = z.read(item).decode("utf-8", "replace")
                for formula in re.findall(r"<f[^>]*>([^<]*)</f>", xml):
                    for name in re.findall(r"([A-Z_.]*(?:%s))\(" % "|".join(SPEC), formula):
                        names[name] = names.get(name, 0) + 1
    return names


def recalculated(office, path):
    """The Map's checked cells of the workbook at path, after a hard recalculation."""
    doc = office.load(path)
    doc.calculateAll()
    seen = map_results(doc)
    doc.close(True)
    return seen


def main(action, oxt, path, label=None):
    path = os.path.abspath(path)
    res = Results()
    office = office_with_extension(oxt)
    try:
        here = version(office)
        if action == "save":
            doc = office.load(WORKED)
            doc.calculateAll()
            save(doc, path, "Calc MS Excel 2007 XML")
            doc.close(True)
            names = stored_names(path)
            print("xlsx saved by LibreOffice %s names the functions: %s" % (
                here, ", ".join("%s (%d)" % kv for kv in sorted(names.items()))))
            res.check("LibreOffice %s: the .xlsx stores the add-in's calls" % here, bool(names))
            res.check("LibreOffice %s: the .xlsx stores the programmatic names, which every "
                      "version reads back" % here,
                      names and all(n.startswith(PROGRAMMATIC) for n in names), repr(names))
        elif action == "short-names":
            seen = recalculated(office, path)
            res.check("LibreOffice %s: an .xlsx naming the functions GAPBAND(...) gives #NAME? after a "
                      "recalculation (README, Sharing workbooks)" % here,
                      all(seen[k] == ("error", 525) for k in seen if k != "K1"), repr(seen))
        else:
            seen = recalculated(office, path)
            res.check("%s, opened in LibreOffice %s and hard-recalculated: the whitepaper's results"
                      % (label, here), seen == WORKED_CELLS, repr(seen))
    finally:
        office.cleanup()
    return res.finish("xlsx exchange: ")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
