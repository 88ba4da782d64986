"""What an .ods or .fods file stores for each cell of one sheet (the saved results, as written by
Calc), read straight from its XML: the test's own reader, independent of the program under test
and of what an office shows after loading (Calc may recalculate some cells while loading).

Only for files the tests made with Calc: it trusts its input (no size limits, no DTDs).
"""
import datetime
import re
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def content_xml(path):
    if path.lower().endswith(".fods"):
        with open(path, "rb") as f:
            return f.read()
    with zipfile.ZipFile(path) as z:
        return z.read("content.xml")


def _text(el):
    """The text of a cell: its paragraphs joined by newlines, text:s as spaces."""
    paras = []
    for p in el.findall(q("text", "p")):
        out = []

        def walk(node):
            if node.text:
                out.append(node.text)
            for child in node:
                if child.tag == q("text", "s"):
                    out.append(" " * int(child.get(q("text", "c"), "1")))
                elif child.tag == q("text", "tab"):
                    out.append("\t")
                elif child.tag == q("text", "line-break"):
                    out.append("\n")
                else:
                    walk(child)
                if child.tail:
                    out.append(child.tail)
        walk(p)
        paras.append("".join(out))
    return "\n".join(paras)


def _serial(iso):
    day = datetime.date.fromisoformat(iso[:10])
    return float((day - datetime.date(1899, 12, 30)).days)


def stored(el):
    """('number', x), ('text', s), ('error', shown), ('blank',) for a table:table-cell."""
    vtype = el.get(q("office", "value-type"))
    ext = el.get(q("calcext", "value-type"))
    if ext == "error":
        return ("error", _text(el))
    if vtype in ("float", "percentage", "currency"):
        return ("number", float(el.get(q("office", "value"))))
    if vtype == "date":
        return ("number", _serial(el.get(q("office", "date-value"))))
    if vtype == "boolean":
        return ("number", 1.0 if el.get(q("office", "boolean-value")) == "true" else 0.0)
    if vtype == "string":
        sv = el.get(q("office", "string-value"))
        return ("text", sv if sv is not None else _text(el))
    if el.get(q("table", "formula")) is not None:
        return ("text", _text(el))
    return ("blank",)


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def ref_pos(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return col_index(m.group(1)), int(m.group(2)) - 1


def sheet_cells(path, sheet="Map", refs=None):
    """{ref: stored(...)} for the given refs (every non-empty cell when refs is None) of a sheet."""
    root = ET.fromstring(content_xml(path))
    want = None if refs is None else {ref_pos(r): r for r in refs}
    out = {}
    for table in root.iter(q("table", "table")):
        if table.get(q("table", "name")) != sheet:
            continue
        row = 0
        for r in table.iter(q("table", "table-row")):
            rrep = int(r.get(q("table", "number-rows-repeated"), "1"))
            col = 0
            for c in r:
                if c.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                    continue
                crep = int(c.get(q("table", "number-columns-repeated"), "1"))
                value = stored(c)
                if want is None:
                    if value != ("blank",) and rrep == 1:
                        for k in range(min(crep, 1024)):
                            out[_name(col + k, row)] = value
                else:
                    for (wc, wr), ref in want.items():
                        if row <= wr < row + rrep and col <= wc < col + crep:
                            out[ref] = value
                col += crep
            row += rrep
        break
    if want is not None:
        for ref in want.values():
            out.setdefault(ref, ("blank",))
    return out


def _name(col, row):
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return "%s%d" % (letters, row + 1)


XLINK = "http://www.w3.org/1999/xlink"


def sheet_links(path, sheet):
    """{ref: [(kind, target), ...]} of every hyperlink in a sheet's cells, as stored: ('href', a
    text:a's xlink:href) and ('formula', the first argument of a HYPERLINK() formula)."""
    root = ET.fromstring(content_xml(path))
    out = {}
    for table in root.iter(q("table", "table")):
        if table.get(q("table", "name")) != sheet:
            continue
        row = 0
        for r in table.iter(q("table", "table-row")):
            rrep = int(r.get(q("table", "number-rows-repeated"), "1"))
            col = 0
            for c in r:
                if c.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                    continue
                crep = int(c.get(q("table", "number-columns-repeated"), "1"))
                targets = [("href", a.get("{%s}href" % XLINK)) for a in c.iter(q("text", "a"))]
                formula = c.get(q("table", "formula")) or ""
                m = re.search(r'HYPERLINK\(\s*"([^"]*)"', formula, re.I)
                if m:
                    targets.append(("formula", m.group(1)))
                if targets:
                    out[_name(col, row)] = targets
                col += crep
            row += rrep
        break
    return out


def sheet_names(path):
    root = ET.fromstring(content_xml(path))
    return [t.get(q("table", "name")) for t in root.iter(q("table", "table"))]
