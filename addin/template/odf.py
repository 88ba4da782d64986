"""A small writer for OpenDocument spreadsheets: just what the Relationship Reality Map needs.

It writes the same document either as flat ODF (`.fods`, one reviewable text file) or as a package
(`.ots` template, `.ods`). Formula cells are written without cached results, so Calc computes them
when the file is opened: a file built here never carries a stale result (an `#NAME?` from a build
without the extension, or an "OK" that would survive where the extension is missing).

Formulas are written in Calc's English notation with A1 references, e.g. `SCOREGAP(E7;F7)` or
`AVERAGE(Acme!I7:I11)`; `formula()` turns them into ODF (`of:=...[.E7]...`) and the add-in's display
names into the programmatic names Calc stores (ORG.SENSESGAP.FUNCTIONS.<NAME>).
"""
import datetime
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

# The add-in's functions, by display name: Calc stores them as ORG.SENSESGAP.FUNCTIONS.<NAME>
# (service org.sensesgap.Functions + method, upper-cased; see addin/functions.hxx).
ADDIN_FUNCTIONS = ("SCOREGAP", "GAPBAND", "UNTRUSTED", "VALUEATRISK", "REALITYSTATUS", "ACCOUNTBAND",
                   "FOCUSREALITY", "SCORELABEL", "GAPTREND", "SENSESGAPVERSION")
ADDIN_PREFIX = "ORG.SENSESGAP.FUNCTIONS."

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}
NS_DECL = " ".join('xmlns:%s="%s"' % kv for kv in NAMESPACES.items())

SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"
TEMPLATE = "application/vnd.oasis.opendocument.spreadsheet-template"

_REF = re.compile(r"""
    (?P<string>"[^"]*")                                   # string literal: left alone
  | (?<![\w.$])(?:(?P<sheet>'[^']+'|[A-Za-z_][\w]*)!)?     # optional Sheet! or 'Sheet name'!
    (?P<a>\$?[A-Z]{1,3}\$?[0-9]+)(?::(?P<b>\$?[A-Z]{1,3}\$?[0-9]+))?
    (?![\w(])
  | (?<![\w.])(?P<func>[A-Z]+)(?=\()                       # a function name
""", re.VERBOSE)


def column_index(letters):
    """'A' -> 0, 'P' -> 15, 'AA' -> 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def split_ref(ref):
    """'E7' -> (row 6, column 4), zero-based."""
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?([0-9]+)", ref)
    if not m:
        raise ValueError("not a cell reference: " + ref)
    return int(m.group(2)) - 1, column_index(m.group(1))


def formula(text):
    """Calc English notation ('SCOREGAP(E7;F7)', 'Map!E7:E11') -> ODF 'of:=...'."""
    def convert(m):
        if m.group("string"):
            return m.group("string")
        if m.group("func"):
            name = m.group("func")
            return ADDIN_PREFIX + name if name in ADDIN_FUNCTIONS else name
        sheet = "$" + m.group("sheet") if m.group("sheet") else ""  # $Name or $'Two words'
        out = "[" + sheet + "." + m.group("a")
        if m.group("b"):
            out += ":." + m.group("b")
        return out + "]"
    return "of:=" + _REF.sub(convert, text)


def _quoted(sheet):
    """A sheet name as ODF addresses spell it: quoted when it holds more than word characters."""
    return "'" + sheet.replace("'", "''") + "'" if re.search(r"[^\w]", sheet) else sheet


def range_address(sheet, first, last=None):
    """ODF cell range address for attributes: Map.E7:Map.E11, quoted when needed."""
    out = "%s.%s" % (_quoted(sheet), first)
    if last:
        out += ":%s.%s" % (_quoted(sheet), last)
    return out


def abs_range_address(sheet, first, last=None):
    """Absolute form used by named ranges and print ranges: $Map.$E$7:.$E$11."""
    def absolute(ref):
        m = re.fullmatch(r"([A-Z]{1,3})([0-9]+)", ref)
        return "$%s$%s" % (m.group(1), m.group(2))
    out = "$%s.%s" % (_quoted(sheet), absolute(first))
    if last:
        out += ":.%s" % absolute(last)
    return out


class Cell:
    __slots__ = ("value", "formula", "style", "validation", "span")

    def __init__(self, value=None, formula=None, style=None, validation=None, span=1):
        self.value, self.formula, self.style = value, formula, style
        self.validation, self.span = validation, span


class Sheet:
    """One table: cells by position, column widths, row heights, conditional formats, print range."""

    def __init__(self, name, widths, page_style="SG Landscape"):
        self.name = name
        self.widths = list(widths)          # column widths in cm, from column A
        self.page_style = page_style
        self.cells = {}
        self.heights = {}                   # row index -> height in cm
        self.conditions = []                # (first, last, [(condition, style)])
        self.print_range = None

    def set(self, ref, value=None, *, f=None, style=None, validation=None, span=1):
        """Put a value or a formula (Calc notation, without '=') at ref, e.g. 'E7'."""
        row, col = split_ref(ref)
        self.cells[(row, col)] = Cell(value, f, style, validation, span)
        return self

    def row(self, ref, values, style=None, validation=None):
        """Values (or ('=', formula) pairs) in consecutive columns from ref."""
        row, col = split_ref(ref)
        for i, v in enumerate(values):
            at = column_letters(col + i) + str(row + 1)
            if isinstance(v, tuple) and v and v[0] == "=":
                self.set(at, f=v[1], style=style, validation=validation)
            else:
                self.set(at, v, style=style, validation=validation)

    def height(self, row_number, cm):
        self.heights[row_number - 1] = cm

    def conditional(self, first, last, rules):
        """rules: [(condition, style)], condition in LibreOffice's calcext syntax, e.g.
        '="Critical"' or 'formula-is(...)' with Calc-notation formulas relative to `first`."""
        self.conditions.append((first, last, rules))

    def extent(self):
        rows = max([r for r, _ in self.cells] + [0]) + 1
        cols = max([c + cell.span - 1 for (_, c), cell in self.cells.items()] + [len(self.widths) - 1]) + 1
        return rows, cols


class Validation:
    """A content validation: condition in ODF syntax plus the input help and the error message."""

    def __init__(self, condition, title, help_text, error, list_values=None):
        self.condition, self.title, self.help_text, self.error = condition, title, help_text, error
        self.list_values = list_values


def _paragraphs(text):
    return "".join("<text:p>%s</text:p>" % escape(line) for line in str(text).split("\n"))


def _condition_value(value):
    """Calc-notation formulas inside a calcext condition to ODF references (no of: prefix)."""
    m = re.fullmatch(r"formula-is\((.*)\)", value, re.S)
    if m:
        return "formula-is(%s)" % formula(m.group(1))[len("of:="):]
    return value


class Document:
    def __init__(self, title, styles_xml, automatic_styles_xml="", master_styles_xml=""):
        self.title = title
        self.styles_xml = styles_xml                  # office:styles children (named styles)
        self.page_automatic_xml = automatic_styles_xml  # page layouts for styles.xml
        self.master_styles_xml = master_styles_xml
        self.sheets = []
        self.named_ranges = []   # (name, sheet, first, last)
        self.validations = []

    def sheet(self, name, widths, page_style="SG Landscape"):
        s = Sheet(name, widths, page_style)
        self.sheets.append(s)
        return s

    def name_range(self, name, sheet, first, last=None):
        self.named_ranges.append((name, sheet, first, last))

    def validation(self, condition, title, help_text, error, list_values=None):
        v = Validation(condition, title, help_text, error, list_values)
        self.validations.append(v)
        return v

    # --- XML ----------------------------------------------------------------------------------
    def _automatic_styles(self):
        """Column and row styles (widths, heights) and one table style per master page."""
        out, col_styles, row_styles, table_styles = [], {}, {}, {}
        for s in self.sheets:
            for w in s.widths:
                if w not in col_styles:
                    col_styles[w] = "co%d" % (len(col_styles) + 1)
                    out.append('<style:style style:name="%s" style:family="table-column">'
                               '<style:table-column-properties fo:break-before="auto" '
                               'style:column-width="%.2fcm"/></style:style>' % (col_styles[w], w))
            for h in s.heights.values():
                if h not in row_styles:
                    row_styles[h] = "ro%d" % (len(row_styles) + 1)
                    out.append('<style:style style:name="%s" style:family="table-row">'
                               '<style:table-row-properties style:row-height="%.2fcm" '
                               'style:use-optimal-row-height="false" fo:break-before="auto"/>'
                               '</style:style>' % (row_styles[h], h))
            if s.page_style not in table_styles:
                table_styles[s.page_style] = "ta%d" % (len(table_styles) + 1)
                out.append('<style:style style:name="%s" style:family="table" '
                           'style:master-page-name=%s><style:table-properties table:display="true" '
                           'style:writing-mode="lr-tb"/></style:style>'
                           % (table_styles[s.page_style], quoteattr(s.page_style)))
        return "".join(out), col_styles, row_styles, table_styles

    def _validations_xml(self):
        if not self.validations:
            return ""
        out = ["<table:content-validations>"]
        for i, v in enumerate(self.validations):
            extra = ' table:display-list="unsorted"' if v.list_values else ""
            # No condition: any value is allowed and only the input help is shown.
            condition = " table:condition=%s" % quoteattr(v.condition) if v.condition else ""
            out.append('<table:content-validation table:name="val%d"%s '
                       'table:allow-empty-cell="true"%s table:base-cell-address=%s>'
                       % (i + 1, condition, extra,
                          quoteattr(range_address(self.sheets[0].name, "A1"))))
            out.append('<table:help-message table:title=%s table:display="true">%s'
                       '</table:help-message>' % (quoteattr(v.title), _paragraphs(v.help_text)))
            if v.error:
                out.append('<table:error-message table:message-type="stop" table:display="true">%s'
                           '</table:error-message>' % _paragraphs(v.error))
            out.append("</table:content-validation>")
        out.append("</table:content-validations>")
        return "".join(out)

    def _cell_xml(self, cell):
        attrs = []
        if cell.style:
            attrs.append("table:style-name=%s" % quoteattr(cell.style))
        if cell.validation is not None:
            attrs.append('table:content-validation-name="val%d"'
                         % (self.validations.index(cell.validation) + 1))
        if cell.span > 1:
            attrs.append('table:number-columns-spanned="%d" table:number-rows-spanned="1"' % cell.span)
        body = ""
        if cell.formula is not None:
            attrs.append("table:formula=%s" % quoteattr(formula(cell.formula)))
        elif isinstance(cell.value, bool):
            raise TypeError("booleans are not used in the map")
        elif isinstance(cell.value, (int, float)):
            attrs.append('office:value-type="float" office:value="%r"' % cell.value)
            body = "<text:p>%s</text:p>" % cell.value
        elif isinstance(cell.value, datetime.date):
            attrs.append('office:value-type="date" office:date-value="%s"' % cell.value.isoformat())
            body = "<text:p>%s</text:p>" % cell.value.isoformat()
        elif cell.value is not None:
            attrs.append('office:value-type="string"')
            body = _paragraphs(cell.value)
        return "<table:table-cell %s>%s</table:table-cell>" % (" ".join(attrs), body)

    def _table_xml(self, s, col_styles, row_styles, table_styles):
        rows, cols = s.extent()
        out = ['<table:table table:name=%s table:style-name="%s"'
               % (quoteattr(s.name), table_styles[s.page_style])]
        if s.print_range:
            out.append(" table:print-ranges=%s" % quoteattr(abs_range_address(s.name, *s.print_range)))
        out.append(">")
        widths = s.widths + [s.widths[-1]] * (cols - len(s.widths))
        for w in widths:
            out.append('<table:table-column table:style-name="%s"/>' % col_styles[w])
        for r in range(rows):
            style = ' table:style-name="%s"' % row_styles[s.heights[r]] if r in s.heights else ""
            out.append("<table:table-row%s>" % style)
            c = 0
            while c < cols:
                cell = s.cells.get((r, c))
                if cell is None:
                    out.append("<table:table-cell/>")
                    c += 1
                    continue
                out.append(self._cell_xml(cell))
                out.extend(["<table:covered-table-cell/>"] * (cell.span - 1))
                c += cell.span
            out.append("</table:table-row>")
        if s.conditions:
            out.append("<calcext:conditional-formats>")
            for first, last, rules in s.conditions:
                out.append('<calcext:conditional-format calcext:target-range-address=%s>'
                           % quoteattr(range_address(s.name, first, last)))
                for value, style in rules:
                    out.append('<calcext:condition calcext:apply-style-name=%s calcext:value=%s '
                               'calcext:base-cell-address=%s/>'
                               % (quoteattr(style), quoteattr(_condition_value(value)),
                                  quoteattr(range_address(s.name, first))))
                out.append("</calcext:conditional-format>")
            out.append("</calcext:conditional-formats>")
        out.append("</table:table>")
        return "".join(out)

    def _body_xml(self):
        auto, col_styles, row_styles, table_styles = self._automatic_styles()
        tables = "".join(self._table_xml(s, col_styles, row_styles, table_styles) for s in self.sheets)
        names = ""
        if self.named_ranges:
            names = "<table:named-expressions>%s</table:named-expressions>" % "".join(
                '<table:named-range table:name=%s table:base-cell-address=%s '
                'table:cell-range-address=%s/>'
                % (quoteattr(n), quoteattr(abs_range_address(sh, "A1")),
                   quoteattr(abs_range_address(sh, first, last)))
                for n, sh, first, last in self.named_ranges)
        body = ("<office:body><office:spreadsheet>%s%s%s</office:spreadsheet></office:body>"
                % (self._validations_xml(), tables, names))
        return "<office:automatic-styles>%s</office:automatic-styles>" % auto, body

    def _meta_xml(self):
        return ("<office:meta><meta:generator>sensesgap template builder</meta:generator>"
                "<dc:title>%s</dc:title></office:meta>" % escape(self.title))

    def _styles_parts(self):
        return ("<office:styles>%s</office:styles>" % self.styles_xml,
                "<office:automatic-styles>%s</office:automatic-styles>" % self.page_automatic_xml,
                "<office:master-styles>%s</office:master-styles>" % self.master_styles_xml)

    def flat_xml(self, comment=""):
        """The whole document as one flat ODF text (.fods)."""
        auto, body = self._body_xml()
        styles, page_auto, master = self._styles_parts()
        # Page layouts and cell/table automatic styles share one office:automatic-styles in flat ODF.
        merged_auto = auto.replace("</office:automatic-styles>",
                                   page_auto[len("<office:automatic-styles>"):])
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        if comment:
            head += "<!-- %s -->\n" % comment
        return (head + '<office:document %s office:version="1.3" office:mimetype="%s">\n'
                % (NS_DECL, SPREADSHEET)
                + self._meta_xml() + "\n" + styles + "\n" + merged_auto + "\n" + master + "\n"
                + body.replace("<table:table ", "\n<table:table ").replace("<table:table-row", "\n<table:table-row")
                + "\n</office:document>\n")

    def package(self, path, mimetype):
        """The document as an ODF package (.ods, or .ots for a template)."""
        auto, body = self._body_xml()
        styles, page_auto, master = self._styles_parts()
        decl = '<?xml version="1.0" encoding="UTF-8"?>\n'

        def doc(root, inner):
            return decl + '<office:%s %s office:version="1.3">%s</office:%s>' % (root, NS_DECL, inner, root)

        manifest = (decl + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                    'manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>' % mimetype)
        fixed = (1980, 1, 1, 0, 0, 0)  # reproducible archives
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype", fixed), mimetype, compress_type=zipfile.ZIP_STORED)
            for name, data in (("content.xml", doc("document-content", auto + body)),
                               ("styles.xml", doc("document-styles", styles + page_auto + master)),
                               ("meta.xml", doc("document-meta", self._meta_xml())),
                               ("META-INF/manifest.xml", manifest)):
                z.writestr(zipfile.ZipInfo(name, fixed), data, compress_type=zipfile.ZIP_DEFLATED)
