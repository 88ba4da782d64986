"""`make bench`: what an add-in call costs inside real Calc, against Calc's own floor and built-ins.

One headless office with the shipped extension and the bench-only no-op extension. Every variant is
a document of N realities (inputs in A:C, the formula filled down D), hard-recalculated with
calculateAll; the variants are run interleaved, RUNS times each, and the median and spread are
printed with the ratios the issue asks for:
  1/3  our function over the no-op add-in call with the same parameter and result types (floor):
       the C++ no-op (what a C++ add-in pays) and the C no-op (the shipped add-in's own
       binary-UNO object code, doing nothing)
  1/2  our function over the built-in formula that gives the same results
Also: the whole map (one sheet, N realities in the template's columns plus each account's roll-up),
opening and recalculating the template, and the office's resident memory.
Usage: /usr/bin/python3 tests/bench/bench_calc.py OXT NOOP_OXT NOOP_C_OXT TEMPLATE [N] [RUNS]
"""
import os
import random
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "calc"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "addin", "template"))
from office import Office  # noqa: E402
from reality_map import REALITY_FORMULAS, ROLLUP_FORMULAS, first_problem  # noqa: E402
from com.sun.star.sheet.FormulaResult import ERROR  # noqa: E402

# Scores cycle through every one-decimal pair 1.0-5.0, where binary noise sits on band boundaries.
PAIRS = [(1 + i / 10, 1 + j / 10) for i in range(41) for j in range(41)]
GRADES = ("A", "B", "C")

# Built-in equivalents. ROUND(x;10) is the add-in's noise removal; the naive forms skip it.
GAP = "ROUND(A{r}-B{r};10)"
BAND = ('IF({g}>1.5;"Critical";IF({g}>1;"Material";IF({g}>0.5;"Watch";'
        'IF({g}<-0.5;"Opportunity";"Aligned"))))')
UNTRUSTED_BUILTIN = 'IF(OR(C{r}="C";C{r}="");1;0)'

VARIANTS = [  # (name, formula for row {r}, group, function it stands for)
    ("SCOREGAP", "=SCOREGAP(A{r};B{r})", "addin", "SCOREGAP"),
    ("GAPBAND(SCOREGAP)", "=GAPBAND(SCOREGAP(A{r};B{r}))", "addin", "GAPBAND(SCOREGAP)"),
    ("UNTRUSTED", "=UNTRUSTED(C{r})", "addin", "UNTRUSTED"),
    ("REALITYSTATUS", "=REALITYSTATUS(A{r};B{r};C{r})", "addin", "REALITYSTATUS"),
    ("built-in gap", "=" + GAP, "builtin", "SCOREGAP"),
    ("built-in band", "=" + BAND.format(g=GAP), "builtin", "GAPBAND(SCOREGAP)"),
    ("built-in untrusted", "=" + UNTRUSTED_BUILTIN, "builtin", "UNTRUSTED"),
    ("built-in status", "=" + BAND.format(g=GAP) + '&IF(' + UNTRUSTED_BUILTIN + '=1;" and Untrusted";"")',
     "builtin", "REALITYSTATUS"),
    ("no-op any,any->any", "=NOOPGAP(A{r};B{r})", "floor", "SCOREGAP"),
    ("no-op band(gap)", "=NOOPBAND(NOOPGAP(A{r};B{r}))", "floor", "GAPBAND(SCOREGAP)"),
    ("no-op any->double", "=NOOPFLAG(C{r})", "floor", "UNTRUSTED"),
    ("no-op any x4->string", "=NOOPSTATUS(A{r};B{r};C{r})", "floor", "REALITYSTATUS"),
    ("C no-op any,any->any", "=CNOOPGAP(A{r};B{r})", "cfloor", "SCOREGAP"),
    ("C no-op band(gap)", "=CNOOPBAND(CNOOPGAP(A{r};B{r}))", "cfloor", "GAPBAND(SCOREGAP)"),
    ("C no-op any->double", "=CNOOPFLAG(C{r})", "cfloor", "UNTRUSTED"),
    ("C no-op any x4->string", "=CNOOPSTATUS(A{r};B{r};C{r})", "cfloor", "REALITYSTATUS"),
    ("no-op double,double->double", "=NOOPGAPDOUBLE(A{r};B{r})", "types", None),
    ("no-op seq<seq<any>> x2->any", "=NOOPGAPSEQ(A{r};B{r})", "types", None),
    ("no-op any,any->any(string)", "=NOOPBANDANY(A{r};B{r})", "types", None),
    ("=A-B (Calc's cheapest)", "=A{r}-B{r}", "types", None),
]
NAIVE = {  # built-ins without noise removal, compared with the add-in for disagreements
    "SCOREGAP": "=A{r}-B{r}",
    "GAPBAND(SCOREGAP)": "=" + BAND.format(g="(A{r}-B{r})"),
}


def office_pid(profile):
    """The soffice.bin process using this profile."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmd = f.read().decode(errors="replace")
        except OSError:
            continue
        if "soffice.bin" in cmd and profile in cmd:
            return int(pid)
    return None


def memory_mb(pid, field):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def inputs(n):
    rng = random.Random(7)
    rows = []
    for i in range(n):
        org, cust = PAIRS[i % len(PAIRS)]
        rows.append((org, cust, rng.choice(GRADES)))
    return tuple(rows)


def sheet_with_inputs(office, n, data):
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.getCellRangeByName("A1:C%d" % n).setDataArray(data)
    return doc, sheet


def fill(sheet, column, n, formula):
    first = sheet.getCellRangeByName("%s1" % column)
    first.setFormula(formula.format(r=1))
    sheet.getCellRangeByName("%s1:%s%d" % (column, column, n)).fillAuto(0, 1)  # BOTTOM


def timed_recalc(doc):
    start = time.perf_counter()
    doc.calculateAll()
    return time.perf_counter() - start


def map_workbook(office, n, data):
    """The template's SCORE columns over n realities, with each account's roll-up every 5 rows."""
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    names = ("Strategic", "Commercial", "Operational", "Resilience", "Evolution")
    sheet.getCellRangeByName("A1:A%d" % n).setDataArray(tuple((names[i % 5],) for i in range(n)))
    sheet.getCellRangeByName("E1:F%d" % n).setDataArray(tuple(d[:2] for d in data))
    sheet.getCellRangeByName("G1:G%d" % n).setDataArray(tuple((d[2],) for d in data))
    sheet.getCellRangeByName("X1:X3").setDataArray(((0.5,), (1.0,), (1.5,)))
    doc.NamedRanges.addNewByName("Thresholds", "$Sheet1.$X$1:$X$3",
                                 sheet.getCellRangeByName("A1").CellAddress, 0)
    for r in range(1, 6):
        for col, formula, _ in REALITY_FORMULAS:
            # The template's formulas; the thresholds' check is left out (t is always valid here).
            sheet.getCellRangeByName("%s%d" % (col, r)).setFormula(
                "=" + formula.format(r=r, t='""'))
    # Each account's roll-up, as on the Map; U holds the block's "to fix first" (Map B18).
    roll = {"M1": ROLLUP_FORMULAS["band"], "N1": ROLLUP_FORMULAS["scored"],
            "O1": ROLLUP_FORMULAS["focus"], "P1": ROLLUP_FORMULAS["untrusted"],
            "U1": first_problem(1, 5),
            # Formulas, not numbers: fillAuto would turn numbers into a series (0.3, 1.3, ...).
            "R1": "1000000", "S1": "0.3", "T1": "VALUEATRISK(R1;S1)"}
    roll = {ref: "=" + f.replace("B18", "U{a}").format(a=1, b=5, t='""') for ref, f in roll.items()}
    for ref, formula in roll.items():
        sheet.getCellRangeByName(ref).setFormula(formula)
    sheet.getCellRangeByName("H1:U%d" % n).fillAuto(0, 5)  # repeat the 5-row account block
    return doc


def summary(times):
    med = statistics.median(times)
    return med, min(times), max(times)


def main(oxt, noop_oxt, noop_c_oxt, template, n=100000, runs=20):
    office = Office().start()
    office.add_extension(oxt)
    office.add_extension(noop_oxt)
    office.add_extension(noop_c_oxt)
    office.stop()
    office.start()
    try:
        pid = office_pid(office.profile)
        data = inputs(n)
        rss_start = memory_mb(pid, "VmRSS")
        docs = {}
        for name, formula, _, _ in VARIANTS:
            doc, sheet = sheet_with_inputs(office, n, data)
            fill(sheet, "D", n, formula)
            docs[name] = doc
        for name, formula in NAIVE.items():
            doc, sheet = sheet_with_inputs(office, n, data)
            fill(sheet, "D", n, formula)
            docs["naive " + name] = doc
        rss_built = memory_mb(pid, "VmRSS")
        times = {name: [] for name in docs}
        for _ in range(runs):
            for name, doc in docs.items():  # interleaved: drift hits every variant alike
                times[name].append(timed_recalc(doc))
        rss_after = memory_mb(pid, "VmRSS")

        # Agreement: the built-in equivalents must give the add-in's results cell for cell.
        def column(name):
            return [row[0] for row in docs[name].Sheets.getByIndex(0)
                    .getCellRangeByName("D1:D%d" % n).getDataArray()]
        checks = [("built-in gap", "SCOREGAP"), ("built-in band", "GAPBAND(SCOREGAP)"),
                  ("built-in untrusted", "UNTRUSTED"), ("built-in status", "REALITYSTATUS"),
                  ("naive SCOREGAP", "SCOREGAP"), ("naive GAPBAND(SCOREGAP)", "GAPBAND(SCOREGAP)")]
        disagreements = {}
        for builtin, addin in checks:
            a, b = column(addin), column(builtin)
            disagreements[builtin] = sum(1 for x, y in zip(a, b) if x != y)

        for doc in docs.values():
            doc.close(True)

        # The whole map: N realities, N/5 accounts with their roll-ups.
        rss_before_map = memory_mb(pid, "VmRSS")
        workbook = map_workbook(office, n, data)
        map_times = [timed_recalc(workbook) for _ in range(max(5, runs // 2))]
        cells = workbook.Sheets.getByIndex(0).getCellRangeByName("A1:T%d" % n)
        errors = sum((a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1)
                     for a in cells.queryFormulaCells(ERROR).getRangeAddresses())
        rss_map = memory_mb(pid, "VmRSS")
        workbook.close(True)

        template_times = []
        for _ in range(runs):
            start = time.perf_counter()
            doc = office.load(template)
            doc.calculateAll()
            template_times.append(time.perf_counter() - start)
            doc.close(True)
        peak = memory_mb(pid, "VmHWM")
    finally:
        office.cleanup()

    med = {name: summary(t)[0] for name, t in times.items()}
    print("Calc %s, N = %d realities, %d hard recalculations per variant (median, min-max, s)\n"
          % ("7.4", n, runs))
    print("%-30s %8s %17s" % ("variant", "median", "spread"))
    for name in times:
        m, lo, hi = summary(times[name])
        print("%-30s %8.3f %8.3f-%-8.3f" % (name, m, lo, hi))
    print("\nRatios per function (median / median); targets: <= 0.80 over the C++ floor, "
          "<= 1.10 over the C floor")
    print("%-20s %15s %13s %18s" % ("function", "over C++ floor", "over C floor",
                                    "over built-in"))
    for name, _, group, fn in VARIANTS:
        if group != "addin":
            continue
        floor = next(v[0] for v in VARIANTS if v[2] == "floor" and v[3] == fn)
        cfloor = next(v[0] for v in VARIANTS if v[2] == "cfloor" and v[3] == fn)
        builtin = next(v[0] for v in VARIANTS if v[2] == "builtin" and v[3] == fn)
        print("%-20s %15.2f %13.2f %18.2f" % (fn, med[name] / med[floor], med[name] / med[cfloor],
                                             med[name] / med[builtin]))
    print("\nParameter and result types (no-op, relative to any,any->any):")
    base = med["no-op any,any->any"]
    for name in ("no-op double,double->double", "no-op seq<seq<any>> x2->any",
                 "no-op any,any->any(string)", "no-op band(gap)", "=A-B (Calc's cheapest)"):
        print("  %-30s %6.2f" % (name, med[name] / base))
    print("\nBuilt-ins against the add-in, cell for cell over %d rows (boundaries included):" % n)
    for name, count in disagreements.items():
        print("  %-26s %6d disagreements" % (name, count))
    m, lo, hi = summary(map_times)
    print("\nWhole map, %d realities / %d accounts (%d add-in cells): %.3f s (%.3f-%.3f), "
          "%d error cells" % (n, n // 5, 4 * n + 3 * (n // 5), m, lo, hi, errors))
    m, lo, hi = summary(template_times)
    print("Template: open and recalculate %.3f s (%.3f-%.3f)" % (m, lo, hi))
    print("\nOffice memory: %.0f MB at start, %.0f MB with every variant built, %.0f MB after "
          "%d recalculations of each (+%.1f MB); whole map +%.1f MB; peak %.0f MB"
          % (rss_start, rss_built, rss_after, runs, rss_after - rss_built,
             rss_map - rss_before_map, peak))
    bad = disagreements["built-in gap"] + disagreements["built-in band"] + \
        disagreements["built-in untrusted"] + disagreements["built-in status"] + errors
    return 1 if bad else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[0], args[1], args[2], args[3], *(int(a) for a in args[4:6])))
