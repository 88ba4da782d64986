"""The static parts of the portfolio workbook that build/sensesgap-portfolio writes, as a C header.

Usage (Debian's /usr/bin/python3; only the standard library is needed):
  portfolio_parts.py OUT.h

The C program (addin/portfolio/pf_workbook.c) writes the account rows, the totals and the chart;
everything else comes from here, from the same sources as the map template, so that one source
defines the look and the pilot texts:
- styles.xml: the template's named cell styles and number formats, a few styles only the portfolio
  uses (PORTFOLIO_STYLES), the page layouts, and one master page per sheet (each sheet numbers its
  own pages from 1, as in the template);
- the "90-day pilot" sheet (reality_map.pilot_sheet) with its automatic styles and validations;
- the sheet names, the realities' names, and each band's cell style and colour (for the chart).

Automatic styles written here are named as odf.Document names them (co1, ro1, ta1, val1); the C
side names its own with a "pf" prefix (pfco1, pfro1, pfta1), so the two never clash.

C11 compilers need only accept string literals of 4095 characters (-pedantic warns beyond), so each
XML part is an array of shorter literals ending with NULL.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import odf  # noqa: E402
import reality_map  # noqa: E402
import styles  # noqa: E402

PORTFOLIO_SHEET = "Portfolio"
PILOT_SHEET = "90-day pilot"
NOT_READ_SHEET = "Not read"
SHEETS = (PORTFOLIO_SHEET, PILOT_SHEET, NOT_READ_SHEET)

# Cells only the portfolio has: counts, shares and thresholds it reports, never typed into.
PORTFOLIO_STYLES = "".join([
    styles._style("SG Count", parent="SG Computed", para='fo:text-align="center"'),
    styles._style("SG Computed Percent", parent="SG Computed", data="N_pct",
                  para='fo:text-align="center"'),
    styles._style("SG Computed Tolerance", parent="SG Computed", data="N_tol",
                  para='fo:text-align="center"'),
    # A count of untrusted realities above 0: the map's Untrusted colour on a computed cell.
    styles._style("SG Untrusted Count", parent="SG Computed", para='fo:text-align="center"',
                  cell='fo:background-color="#7030a0"', text='fo:color="#ffffff" fo:font-weight="bold"'),
])

# "Fix Commercial", "Fix the thresholds" and the totals' "Fix inputs" look as loud as Critical:
# nothing about the account can be trusted until its inputs are fixed.
FIX_STYLE = "SG Critical"
# Accounts not scored yet have no band; their bar in the chart is neutral grey.
UNSCORED_STYLE = "SG Unscored"
UNSCORED_COLOUR = "#bfbfbf"

CHUNK = 2000  # characters of XML per C literal, well under the 4095 C11 guarantees


def background(style):
    """A named cell style's background colour, read from the template's styles."""
    m = re.search(r'style:name="%s"[^>]*>\s*<style:table-cell-properties[^>]*'
                  r'fo:background-color="(#[0-9a-fA-F]{6})"' % re.escape(style), styles.CELL_STYLES)
    if not m:
        raise ValueError("no background colour for %s" % style)
    return m.group(1)


def styles_xml():
    """The whole styles.xml: named styles, page layouts and a master page per sheet."""
    masters = "".join(styles.master_page("SG Page " + name, "SG Landscape") for name in SHEETS)
    # The portfolio's 21 columns fit one A4 page wide only at about 5.6 pt: the Portfolio sheet
    # prints on A3 landscape, one page wide (about 8.5 pt), the board pack's size.
    board = styles._page_layout("pmBoard", 'style:scale-to-X="1" style:scale-to-Y="0"').replace(
        'fo:page-width="29.7cm" fo:page-height="21cm"', 'fo:page-width="42cm" fo:page-height="29.7cm"')
    assert "42cm" in board
    portfolio_master = styles.master_page("SG Page " + PORTFOLIO_SHEET, "SG Landscape")
    masters = masters.replace(portfolio_master, portfolio_master.replace(
        'style:page-layout-name="pmWide"', 'style:page-layout-name="pmBoard"'))
    assert 'style:page-layout-name="pmBoard"' in masters
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">'
            '<office:styles>%s%s</office:styles>'
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:master-styles>%s</office:master-styles></office:document-styles>'
            % (odf.NS_DECL, styles.STYLES, PORTFOLIO_STYLES, styles.PAGE_LAYOUTS + board, masters))


def pilot_parts():
    """The pilot sheet as the template writes it: (automatic styles, validations, table XML)."""
    doc = reality_map.new_document("Portfolio")
    sheet = reality_map.pilot_sheet(doc, reality_map.Validations(doc))
    # Validations(doc) declares every rule of a map; keep only those the pilot's cells use, so
    # the workbook carries no help texts about scores it has no cell for.
    used = {id(c.validation) for c in sheet.cells.values() if c.validation is not None}
    doc.validations = [v for v in doc.validations if id(v) in used]
    sheet.autoinput_safe()
    auto, cols, rows, tables = doc._automatic_styles()
    if doc.page_name(sheet) != "SG Page " + PILOT_SHEET or sheet.name != PILOT_SHEET:
        raise ValueError("the pilot sheet is no longer called %r" % PILOT_SHEET)
    if re.search(r'style:name="pf', auto):
        raise ValueError("an automatic style of the pilot uses the C side's prefix pf")
    return auto, doc._validations_xml(), doc._table_xml(sheet, cols, rows, tables)


def c_literal(text):
    """A C string literal: ASCII only (UTF-8 bytes as octal escapes), no trigraphs."""
    out = []
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return '"%s"' % "".join(out)


def c_parts(name, text, comment):
    """A NULL-terminated array of literals that together spell text."""
    chunks = [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
    body = ",\n    ".join(c_literal(c) for c in chunks)
    return ("/* %s */\nstatic const char *const %s[] = {\n    %s,\n    NULL\n};\n"
            % (comment, name, body))


def header():
    auto, validations, table = pilot_parts()
    bands = ",\n    ".join("{%s, %s, %s}" % (c_literal(b), c_literal("SG " + b),
                                             c_literal(background("SG " + b)))
                           for b in reality_map.BANDS)
    realities = ", ".join(c_literal(r) for r in reality_map.REALITY_NAMES)
    return "\n".join([
        "/* pf_parts.h: generated by addin/template/portfolio_parts.py from the template's sources "
        "(styles.py,\n * reality_map.py, odf.py). Do not edit: change those and rebuild. */",
        "#ifndef PF_PARTS_H",
        "#define PF_PARTS_H",
        "",
        "#include <stddef.h>",
        "",
        "#define PF_MIMETYPE %s" % c_literal(odf.SPREADSHEET),
        "#define PF_SHEET_PORTFOLIO %s" % c_literal(PORTFOLIO_SHEET),
        "#define PF_SHEET_PILOT %s" % c_literal(PILOT_SHEET),
        "#define PF_SHEET_NOT_READ %s" % c_literal(NOT_READ_SHEET),
        "/* Each sheet's page style (styles.xml has one per sheet). */",
        "#define PF_MASTER_PORTFOLIO %s" % c_literal("SG Page " + PORTFOLIO_SHEET),
        "#define PF_MASTER_NOT_READ %s" % c_literal("SG Page " + NOT_READ_SHEET),
        "#define PF_FIX_STYLE %s" % c_literal(FIX_STYLE),
        "#define PF_FIX_COLOUR %s" % c_literal(background(FIX_STYLE)),
        "#define PF_UNSCORED_STYLE %s" % c_literal(UNSCORED_STYLE),
        "#define PF_UNSCORED_COLOUR %s" % c_literal(UNSCORED_COLOUR),
        "",
        "#define PF_PARTS_REALITIES %d" % len(reality_map.REALITY_NAMES),
        "static const char *const pf_reality_names[PF_PARTS_REALITIES] = {%s};" % realities,
        "",
        "/* A band's named cell style and its background colour, for the chart's bars. */",
        "typedef struct pf_band_look {",
        "    const char *band, *style, *colour;",
        "} pf_band_look;",
        "#define PF_BAND_LOOKS %d" % len(reality_map.BANDS),
        "static const pf_band_look pf_band_looks[PF_BAND_LOOKS] = {\n    %s\n};" % bands,
        "",
        c_parts("pf_ns_decl", odf.NS_DECL, "The namespace declarations of every ODF root element"),
        c_parts("pf_styles_xml", styles_xml(), "styles.xml, whole"),
        c_parts("pf_pilot_automatic_styles", auto,
                "The pilot sheet's column, row and table styles (inside office:automatic-styles)"),
        c_parts("pf_pilot_validations", validations,
                "The pilot's input rules (table:content-validations, first in office:spreadsheet)"),
        c_parts("pf_pilot_table", table, "The pilot sheet (table:table)"),
        "#endif",
        "",
    ])


def main(argv):
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    text = header()
    tmp = argv[1] + ".tmp"
    os.makedirs(os.path.dirname(os.path.abspath(argv[1])), exist_ok=True)
    with open(tmp, "w", encoding="ascii") as out:
        out.write(text)
    os.replace(tmp, argv[1])  # make never sees half a header
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
