"""Hostile input in real Calc: every function x every argument position x every kind of argument.

Each case substitutes one hostile argument into an otherwise valid call. Its expected outcome is
derived from the rules the README documents (restated below as small Python readers, written from
the README and the whitepaper, not from the add-in's output): a value, an empty result, Err:502
from the add-in, or the error Calc itself raises. The office must still answer at the end, and no
result may be Inf, NaN or #NUM! unless #NUM! was the input.
Run through tests/calc/run.py, which prints the summary.
"""
import datetime
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import cell_result, office_with_extension  # noqa: E402

ERR502, ERR504, DIV0, NA, NUM = 502, 504, 532, 32767, 503
LABELS = ("Materially failing the customer's reality", "Weak and creating visible concern",
          "Acceptable but fragile", "Strong and broadly trusted",
          "Demonstrably creating recognised value")
DEFAULT_T = (0.5, 1.0, 1.5)

# Fixture cells on sheet "H": (cell, kind, content).
FIXTURES = [("A2", "f", '=""'), ("A3", "v", 5e-324), ("A4", "f", "=1/0"), ("A5", "f", "=NA()"),
            ("A6", "f", "=1E308*10"), ("B1", "v", 3), ("C1", "v", 1), ("D1", "v", 2),
            ("C2", "v", 3), ("D2", "v", 4), ("E1", "v", 1.2), ("E2", "v", 0.2),
            ("F1", "f", "=1/0"), ("F2", "v", 1)]


# How Calc hands each kind of argument to an `any` parameter.
def NUMBER(x): return ("num", x)          # noqa: E704
def TEXT(s): return ("text", s)           # noqa: E704
def ERROR(code): return ("err", code)     # noqa: E704
def RANGE(rows, cols, cells): return ("range", rows, cols, cells)  # noqa: E704


OMITTED = ("omit",)
COLUMN_CELLS = [NUMBER(1.2), NUMBER(0.2)] + [TEXT("")] * (1048576 - 2)

KINDS = [  # (name, argument as typed, what the add-in receives)
    ("empty cell", "$H.A1", NUMBER(0.0)),     # a single empty cell arrives as 0
    ("empty text", "$H.A2", TEXT("")),
    ("0", "0", NUMBER(0.0)),
    ("negative", "-1", NUMBER(-1.0)),
    ("1e308", "1E308", NUMBER(1e308)),
    ("-1e308", "-1E308", NUMBER(-1e308)),
    ("denormal", "$H.A3", NUMBER(5e-324)),
    ("text", '"abc"', TEXT("abc")),
    ("number as text", '"3"', TEXT("3")),
    ("spaced number text", '" 3 "', TEXT(" 3 ")),
    ("comma decimal text", '"3,5"', TEXT("3,5")),
    ("TRUE", "TRUE()", NUMBER(1.0)),
    ("FALSE", "FALSE()", NUMBER(0.0)),
    ("#DIV/0! cell", "$H.A4", ERROR(DIV0)),
    ("#N/A cell", "$H.A5", ERROR(NA)),
    ("overflow (#NUM!) cell", "$H.A6", ERROR(NUM)),
    ("1x1 range", "$H.B1:B1", NUMBER(3.0)),
    ("2x2 range", "$H.C1:D2", RANGE(2, 2, [NUMBER(1), NUMBER(2), NUMBER(3), NUMBER(4)])),
    ("whole column", "$H.E1:E1048576", RANGE(1048576, 1, COLUMN_CELLS)),
    ("inline array", "{1;2}", RANGE(2, 1, [NUMBER(1), NUMBER(2)])),
    ("error inside a range", "$H.F1:F2", ERROR(ERR504)),
    ("omitted", "", OMITTED),
]


class Fail(Exception):
    """An argument the rules reject: the call gives this error code."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Blank(Exception):
    """An argument that is 'not assessed yet'."""


def snap(x):
    return round(x, 10) + 0.0 if abs(x) < 1e5 else x


def parse(text):
    """Calc's unambiguous text-to-number conversion, as the README states it."""
    s = text.strip(" \t\u00a0")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", s):
        raise Fail(ERR502)
    return float(s)


def single(arg):
    if arg[0] == "err":
        raise Fail(arg[1])
    if arg[0] == "range":
        if arg[1] * arg[2] != 1:
            raise Fail(ERR502)
        return arg[3][0]
    return arg


def number(arg, blank_if_zero):
    arg = single(arg)
    if arg == OMITTED:
        raise Fail(ERR502)
    if arg[0] == "text":
        if not arg[1].strip(" \t\u00a0"):
            raise Blank()
        x = parse(arg[1])
    else:
        x = arg[1]
    if not math.isfinite(x):
        raise Fail(ERR502)
    if blank_if_zero and x == 0:
        raise Blank()
    return x


def bounded(arg, blank_if_zero, lo, hi):
    x = snap(number(arg, blank_if_zero))
    if x < lo or x > hi:
        raise Fail(ERR502)
    return x


def score(arg):
    return bounded(arg, True, 1, 5)


def gap(arg):
    return bounded(arg, False, -4, 4)


def evidence(arg):
    """'A', 'B', 'C' or None (not rated)."""
    arg = single(arg)
    if arg == OMITTED:
        raise Fail(ERR502)
    if arg[0] == "num":
        if arg[1] != 0:
            raise Fail(ERR502)
        return None
    s = arg[1].strip(" \t\u00a0")
    if not s:
        return None
    if len(s) == 1 and s.upper() in "ABC":
        return s.upper()
    raise Fail(ERR502)


def thresholds(arg):
    if arg == OMITTED:
        return DEFAULT_T
    if arg[0] == "err":
        raise Fail(arg[1])
    if arg[0] != "range" or sorted((arg[1], arg[2])) != [1, 3]:
        raise Fail(ERR502)
    raise AssertionError("no hostile kind is a valid 3-cell range")


def band(g, t=DEFAULT_T):
    if g < -t[0]:
        return "Opportunity"
    if g <= t[0]:
        return "Aligned"
    return "Watch" if g <= t[1] else "Material" if g <= t[2] else "Critical"


def optional(reader, arg, default):
    return default if arg == OMITTED else reader(arg)


def money(arg):
    return bounded(arg, False, 0, 1.7976931348623157e308)


def probability(arg):
    return bounded(arg, False, 0, 1)


def gap_list(arg):
    """ACCOUNTBAND's gaps: any shape, blanks skipped."""
    if arg == OMITTED:
        raise Fail(ERR502)
    cells = arg[3] if arg[0] == "range" else [arg]
    out = []
    for cell in cells:
        try:
            out.append(gap(cell))
        except Blank:
            pass
    return out


def line(arg):
    """FOCUSREALITY's arguments: one row or one column; a single value is a list of one."""
    if arg == OMITTED:
        raise Fail(ERR502)
    if arg[0] == "err":
        raise Fail(arg[1])
    if arg[0] == "range":
        if arg[1] != 1 and arg[2] != 1:
            raise Fail(ERR502)
        return arg[3]
    return [arg]


def focus(names, gaps, grades):
    names, gaps, grades = line(names), line(gaps), line(grades)
    if not len(names) == len(gaps) == len(grades):
        raise Fail(ERR502)
    best = None
    for i, (g_arg, e_arg) in enumerate(zip(gaps, grades)):
        e = evidence(e_arg)
        try:
            g = gap(g_arg)
        except Blank:
            continue
        weak = {None: 2, "C": 2, "B": 1, "A": 0}[e]
        b = band(g)
        if b == "Aligned" and weak < 2:
            continue
        rank = (["Aligned", "Opportunity", "Watch", "Material", "Critical"].index(b), weak, abs(g))
        if best is None or rank > best[0]:
            best = (rank, i)
    if best is None:
        raise Blank()
    name = single(names[best[1]])
    if name[0] != "text" or not name[1].strip():
        raise Fail(ERR502)
    return name[1]


def trend(prev, cur, tol=0.25):
    change = snap(abs(cur) - abs(prev))
    return "Widening" if change > tol else "Narrowing" if change < -tol else "Stable"


def var_term(value, prob):
    """One value x probability pair: (amount, term); both blank is (0, 0); one alone fails."""
    parts = []
    for reader, arg in ((money, value), (probability, prob)):
        try:
            parts.append(None if arg == OMITTED else reader(arg))
        except Blank:
            parts.append(None)
    if (parts[0] is None) != (parts[1] is None):
        raise Fail(ERR502)
    return (0.0, 0.0) if parts[0] is None else (parts[0], parts[0] * parts[1])


def value_at_risk(r, p, e=OMITTED, d=OMITTED, c=OMITTED):
    if r == OMITTED or p == OMITTED:
        raise Fail(ERR502)
    r_amount, r_term = var_term(r, p)
    e_amount, e_term = var_term(e, d)
    try:
        cost = 0.0 if c == OMITTED else money(c)
    except Blank:
        cost = 0.0
    if r_amount == 0 and e_amount == 0 and cost == 0:
        raise Blank()
    total = r_term + e_term + cost
    if not math.isfinite(total):
        raise Fail(ERR502)
    return total


def account_band(gaps, t):
    """The most severe band among the scored gaps; blank when none is scored."""
    t = thresholds(t)
    bands = [band(g, t) for g in gap_list(gaps)]
    if not bands:
        raise Blank()
    return max(bands, key=["Aligned", "Opportunity", "Watch", "Material", "Critical"].index)


def status(o, c, e, t=OMITTED):
    t = thresholds(t)
    grade = evidence(e)
    g = snap(score(o) - score(c))
    return band(g, t) + (" and Untrusted" if grade in (None, "C") else "")


def one_cell_problem(arg, reader, name, wrong):
    """REALITYCHECK's sentence for one input: '' when valid or blank, else what is wrong."""
    if arg[0] == "range" and arg[1] * arg[2] != 1:
        return name + " must be one cell, not a range"
    try:
        reader(arg)
    except Blank:
        pass
    except Fail:
        return wrong
    return ""


def reality_check(o, c, e):
    if OMITTED in (o, c, e):
        raise Fail(ERR502)
    for arg, reader, name, wrong in (
            (o, score, "Org score", "Org score must be a number from 1 to 5"),
            (c, score, "Customer score", "Customer score must be a number from 1 to 5"),
            (e, evidence, "Evidence", "Evidence must be A, B or C")):
        problem = one_cell_problem(arg, reader, name, wrong)
        if problem:
            return problem
    return ""


def threshold_check(t):
    if t == OMITTED:
        raise Fail(ERR502)
    if t[0] != "range" or sorted((t[1], t[2])) != [1, 3]:
        return "Thresholds must be three cells in one row or one column"
    raise AssertionError("no hostile kind is a valid 3-cell range")


REVIEW_MONTHS = {"quarterly": 3, "renewal": 1, "delivery": 1, "recovery": 1, "post-incident": 1,
                 "leadership change": 1, "direction change": 1}


def review_date(arg):
    """A serial date: blank when empty or 0, else 1 (1899-12-31) to 2958465 (9999-12-31)."""
    x = number(arg, True)
    if not 1 <= x < 2958466:
        raise Fail(ERR502)
    return x


def review_months(arg):
    arg = single(arg)
    if arg == OMITTED:
        raise Fail(ERR502)
    if arg[0] == "num":
        if arg[1] == 0:
            raise Blank()
        raise Fail(ERR502)
    word = arg[1].strip(" \t\u00a0").lower()
    if not word:
        raise Blank()
    if word not in REVIEW_MONTHS:
        raise Fail(ERR502)
    return REVIEW_MONTHS[word]


def next_review(d, r):
    """The last review's day plus 1 or 3 calendar months, clamped to the month's last day; an
    error in either argument beats a blank in the other."""
    got = []
    for reader, arg in ((review_date, d), (review_months, r)):
        try:
            got.append(reader(arg))
        except (Fail, Blank) as exc:
            got.append(exc)
    for g in got:
        if isinstance(g, Fail):
            raise g
    for g in got:
        if isinstance(g, Blank):
            raise g
    epoch = datetime.date(1899, 12, 30)
    day = epoch + datetime.timedelta(days=math.floor(got[0]))
    month = day.month - 1 + got[1]
    year, month = day.year + month // 12, month % 12 + 1
    last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    due = datetime.date(year, month, min(day.day, last))
    if due.year > 9999:
        raise Fail(ERR502)
    return float((due - epoch).days)


A = NUMBER  # shorthand for valid baseline arguments
FUNCTIONS = [  # (name, baseline arguments, oracle taking the arguments, result kind)
    ("SCOREGAP", [A(4), A(2)], lambda a, b: snap(score(a) - score(b))),
    ("GAPBAND", [A(1), OMITTED], lambda g, t: band(gap(g), thresholds(t))),
    ("UNTRUSTED", [TEXT("A")], lambda e: 1.0 if evidence(e) in (None, "C") else 0.0),
    ("REALITYSTATUS", [A(4), A(3), TEXT("B"), OMITTED], status),
    ("ACCOUNTBAND", [RANGE(2, 1, [A(1), A(2)]), OMITTED], lambda g, t: account_band(g, t)),
    ("FOCUSREALITY", [TEXT("Strategic"), A(1.5), TEXT("B"), OMITTED],
     lambda n, g, e, t: (thresholds(t), focus(n, g, e))[1]),
    ("FOCUSREALITY", [TEXT("Strategic"), A(0.2), TEXT("B"), OMITTED],  # evidence decides here
     lambda n, g, e, t: (thresholds(t), focus(n, g, e))[1]),
    ("SCORELABEL", [A(3)], lambda s: LABELS[int(math.floor(score(s))) - 1]),
    ("GAPTREND", [A(1), A(1.5), OMITTED],
     lambda p, c, t: trend(gap(p), gap(c), optional(tolerance, t, 0.25))),
    ("VALUEATRISK", [A(1000), A(0.5), A(100), A(0.5), A(10)], value_at_risk),
    ("REALITYCHECK", [A(4), A(3), TEXT("B")], reality_check),
    ("THRESHOLDCHECK", [RANGE(3, 1, [A(0.5), A(1.0), A(1.5)])], threshold_check),
    ("NEXTREVIEW", [A(46342.0), TEXT("Quarterly")], next_review),
]


def tolerance(arg):
    try:
        return bounded(arg, False, 0, 4)
    except Blank:
        return 0.25


def literal(arg):
    """A valid baseline argument as typed in a formula."""
    if arg == OMITTED:
        return ""
    if arg[0] == "num":
        return repr(arg[1])
    if arg[0] == "text":
        return '"%s"' % arg[1]
    return "{%s}" % ";".join(repr(c[1]) for c in arg[3])


def expected(oracle, args):
    errors = [a[1] for a in args if a[0] == "err"]
    if errors:                       # Calc passes the error on without calling the add-in
        return ("error", errors[0])
    try:
        value = oracle(*args)
    except Fail as f:
        return ("error", f.code)
    except Blank:
        return ("text", "")
    return ("number", float(value)) if isinstance(value, float) else ("text", value)


def cases(kinds=KINDS):
    """(label, formula, expected) for every function x position x kind, and too many arguments."""
    out = []
    for name, base, oracle in FUNCTIONS:
        for pos in range(len(base)):
            for kind, typed, received in kinds:
                args = list(base)
                args[pos] = received
                texts = [literal(a) for a in base]
                texts[pos] = typed
                while texts and texts[-1] == "" and pos != len(texts) - 1:
                    texts.pop()      # trailing omitted optionals are left out, as users do
                formula = "=%s(%s)" % (name, ";".join(texts))
                out.append(("%s arg %d = %s" % (name, pos + 1, kind), formula, expected(oracle, args)))
        extra = "=%s(%s)" % (name, ";".join([literal(a) or "{0.5;1;1.5}" for a in base] + ["1"]))
        out.append(("%s with one argument too many" % name, extra, ("error", ERR504)))
    out.append(("SENSESGAPVERSION with an argument", "=SENSESGAPVERSION(1)", ("error", ERR504)))
    out.append(("VALUEATRISK overflowing to Inf", "=VALUEATRISK(1E308;1;1E308;1)", ("error", ERR502)))
    return out


def same(got, want):
    """Exact, numbers too: the README promises results free of binary noise, so the oracle's
    double and Calc's must be the same double."""
    return got == want


def run(oxt, res):
    office = office_with_extension(oxt)
    try:
        check_all(office, res)
    finally:
        office.cleanup()


def check_all(office, res, kinds=KINDS):
    doc = office.new_calc()
    try:
        sheets = doc.Sheets
        sheets.insertNewByName("H", 1)
        fixture = sheets.getByName("H")
        for ref, kind, content in FIXTURES:
            cell = fixture.getCellRangeByName(ref)
            cell.setFormula(content) if kind == "f" else cell.setValue(content)
        sheet = sheets.getByIndex(0)
        all_cases = cases(kinds)
        for row, (_, formula, _) in enumerate(all_cases):
            sheet.getCellByPosition(0, row).setFormula(formula)
        doc.calculateAll()
        num_results = 0
        for row, (label, formula, want) in enumerate(all_cases):
            got = cell_result(sheet.getCellByPosition(0, row))
            res.check("hostile: %s" % label, same(got, want), "%s gave %r, want %r" % (formula, got, want))
            if got == ("error", NUM) and want != ("error", NUM):
                num_results += 1
        # The README states the count: 13 functions' positions x 22 kinds, + one too many each, + 2.
        res.check("hostile: %d cases, as the README says (763)" % len(all_cases),
                  kinds is not KINDS or len(all_cases) == 763)
        res.check("hostile: no #NUM!, Inf or NaN produced", num_results == 0)
    finally:
        doc.close(True)
    res.check("hostile: the office is alive and responsive afterwards", office.alive())
