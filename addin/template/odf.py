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
# (service org.sensesgap.Functions + method, upper-cased; see addin/functions.c).
ADDIN_FUNCTIONS = ("SCOREGAP", "GAPBAND", "UNTRUSTED", "VALUEATRISK", "REALITYSTATUS", "ACCOUNTBAND",
                   "FOCUSREALITY", "SCORELABEL", "GAPTREND", "SENSESGAPVERSION", "REALITYCHECK",
                   "THRESHOLDCHECK", "NEXTREVIEW")
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
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    # The settings' set names ("ooo:view-settings") are resolved through this prefix: without it
    # Calc ignores the view settings, frozen panes included (measured in 7.4).
    "ooo": "http://openoffice.org/2004/office",
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


# Styles of cells a user types into. They are the only unprotected cells of a protected sheet.
INPUT_STYLES = ("SG Input", "SG Score", "SG Tolerance", "SG Grade", "SG Date", "SG Money",
                "SG Percent")
# Input styles that only ever hold numbers or dates: AutoInput never completes them.
NUMERIC_INPUT_STYLES = ("SG Score", "SG Tolerance", "SG Date", "SG Money", "SG Percent")


class Cell:
    __slots__ = ("value", "formula", "style", "validation", "span", "kind", "cached")

    def __init__(self, value=None, formula=None, style=None, validation=None, span=1, kind=None,
                 cached=None):
        self.value, self.formula, self.style = value, formula, style
        self.validation, self.span, self.kind = validation, span, kind
        self.cached = cached  # a formula's text result, stored with it (see Sheet.set)

    def is_input(self):
        return self.style in INPUT_STYLES

    def holds_text_input(self):
        """An input a person types text into, where AutoInput offers completions."""
        return self.is_input() and self.style not in NUMERIC_INPUT_STYLES

    def input_kind(self):
        """What kind of entry the input takes: its explicit kind, else its validation and style."""
        return self.kind or (self.style, id(self.validation))


class Sheet:
    """One table: cells by position, column widths, row heights, conditional formats, print range."""

    def __init__(self, name, widths, page_style="SG Landscape"):
        self.name = name
        self.widths = list(widths)          # column widths in cm, from column A
        self.page_style = page_style        # the page layout family; each sheet gets its own page
        self.cells = {}
        self.heights = {}                   # row index -> height in cm
        self.conditions = []                # (first, last, [(condition, style)])
        self.print_range = None
        self.protected = False              # only input cells editable; no password
        self.freeze = None                  # (columns, rows) kept in view when scrolling
        self.repeat_rows = None             # (first, last) row numbers printed on every page
        self.repeat_columns = None          # number of leading columns printed on every page
        self.column_breaks = ()             # column letters that start a new printed page
        self.row_breaks = ()                # row numbers that start a new printed page
        self.column_styles = {}             # column letter -> default cell style of empty cells
        self.styled_rows = 0                # rows (from 1) that take column_styles when empty
        self.charts = []                    # Chart objects anchored on this sheet

    def set(self, ref, value=None, *, f=None, style=None, validation=None, span=1, kind=None,
            cached=None):
        """Put a value or a formula (Calc notation, without '=') at ref, e.g. 'E7'.
        kind names what an input takes, when inputs of one column share a kind by meaning rather
        than by style and validation.
        cached is the text a formula gives with this document's inputs. Calc shows a formula's
        stored result until the formula is recalculated, and on loading it recalculates formulas
        that call the add-in or a volatile function, but not (measured in 7.4) other formulas in
        rows printed on every page: those need their result stored. Every other formula is
        written without a result and computed on loading."""
        row, col = split_ref(ref)
        self.cells[(row, col)] = Cell(value, f, style, validation, span, kind, cached)
        return self

    def autoinput_safe(self):
        """Makes AutoInput harmless: Calc offers, while a person types, every literal text of the
        same column (formula results are never offered). So in a column with inputs, every other
        literal text becomes a formula giving the same text, and the text inputs of one column
        must all take one kind of entry."""
        kinds, inputs = {}, set()
        for (r, c), cell in self.cells.items():
            if cell.is_input():
                inputs.add(c)  # a typed number can be completed too, into text starting with digits
            if cell.holds_text_input():
                kinds.setdefault(c, set()).add(cell.input_kind())
        for c, found in kinds.items():
            if len(found) > 1:
                raise ValueError("%s column %s mixes text inputs of different kinds: AutoInput "
                                 "would offer one kind's entries in the other"
                                 % (self.name, column_letters(c)))
        for (r, c), cell in self.cells.items():
            if (c in inputs and not cell.is_input() and cell.formula is None
                    and isinstance(cell.value, str)):
                cell.formula, cell.cached = text_formula(cell.value), cell.value
                cell.value = None

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


def text_formula(text):
    """A Calc formula whose result is text, e.g. 'Org score' -> '"Org score"'."""
    parts = ['"%s"' % line.replace('"', '""') for line in text.split("\n")]
    return "&CHAR(10)&".join(parts)


def _paragraphs(text):
    return "".join("<text:p>%s</text:p>" % escape(line) for line in str(text).split("\n"))


def _condition_value(value):
    """Calc-notation formulas inside a calcext condition to ODF references (no of: prefix)."""
    m = re.fullmatch(r"formula-is\((.*)\)", value, re.S)
    if m:
        return "formula-is(%s)" % formula(m.group(1))[len("of:="):]
    return value


class Document:
    def __init__(self, title, styles_xml, automatic_styles_xml="", master_page=None):
        self.title = title
        self.styles_xml = styles_xml                  # office:styles children (named styles)
        self.page_automatic_xml = automatic_styles_xml  # page layouts for styles.xml
        self.master_page = master_page                # (page name, page family) -> master page XML
        self.active_sheet = None
        self._inline_objects = False  # flat ODF carries embedded charts inline
        self.sheets = []
        self.named_ranges = []   # (name, sheet, first, last)
        self.validations = []

    def page_name(self, sheet):
        """Each sheet prints with its own page style, so that its pages are numbered from 1."""
        return "SG Page " + sheet.name

    def sheet(self, name, widths, page_style="SG Landscape"):
        s = Sheet(name, widths, page_style)
        self.sheets.append(s)
        return s

    def charts(self):
        """Every chart of the document, each given its package folder: Object 1, Object 2, ..."""
        found = [c for s in self.sheets for c in s.charts]
        for i, chart in enumerate(found):
            chart.path = "Object %d" % (i + 1)
        return found

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
            breaks = {column_index(c) for c in s.column_breaks}
            for i, w in enumerate(s.widths):
                key = (w, i in breaks)
                if key not in col_styles:
                    col_styles[key] = "co%d" % (len(col_styles) + 1)
                    out.append('<style:style style:name="%s" style:family="table-column">'
                               '<style:table-column-properties fo:break-before="%s" '
                               'style:column-width="%.2fcm"/></style:style>'
                               % (col_styles[key], "page" if key[1] else "auto", w))
            for r in set(s.heights) | {n - 1 for n in s.row_breaks}:
                key = (s.heights.get(r), r + 1 in s.row_breaks)
                if key not in row_styles:
                    row_styles[key] = "ro%d" % (len(row_styles) + 1)
                    height = ('style:row-height="%.2fcm" style:use-optimal-row-height="false"'
                              % key[0] if key[0] else 'style:use-optimal-row-height="true"')
                    out.append('<style:style style:name="%s" style:family="table-row">'
                               '<style:table-row-properties %s fo:break-before="%s"/></style:style>'
                               % (row_styles[key], height, "page" if key[1] else "auto"))
            table_styles[s.name] = "ta%d" % (len(table_styles) + 1)
            out.append('<style:style style:name="%s" style:family="table" '
                       'style:master-page-name=%s><style:table-properties table:display="true" '
                       'style:writing-mode="lr-tb"/></style:style>'
                       % (table_styles[s.name], quoteattr(self.page_name(s))))
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
            if cell.cached:  # an empty stored text would read as an error: never stored
                attrs.append('office:value-type="string" office:string-value=%s calcext:value-type="string"'
                             % quoteattr(cell.cached))
                body = _paragraphs(cell.cached) if cell.cached else ""
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
               % (quoteattr(s.name), table_styles[s.name])]
        if s.protected:
            out.append(' table:protected="true"')  # without a protection key: no password
        if s.print_range:
            out.append(" table:print-ranges=%s" % quoteattr(abs_range_address(s.name, *s.print_range)))
        out.append(">")
        if s.protected:
            out.append('<loext:table-protection loext:select-protected-cells="true" '
                       'loext:select-unprotected-cells="true"/>')
        if s.charts:
            out.append('<table:shapes>%s</table:shapes>'
                       % "".join(c.frame_xml(s.name, inline=self._inline_objects) for c in s.charts))
        widths = s.widths + [s.widths[-1]] * (cols - len(s.widths))
        breaks = {column_index(c) for c in s.column_breaks}
        defaults = {column_index(c): style for c, style in s.column_styles.items()}
        for i, w in enumerate(widths):
            w = (w, i in breaks and i < len(s.widths))
            if s.repeat_columns and i == 0:
                out.append("<table:table-header-columns>")
            default = (' table:default-cell-style-name=%s' % quoteattr(defaults[i])
                       if i in defaults else "")
            out.append('<table:table-column table:style-name="%s"%s/>' % (col_styles[w], default))
            if s.repeat_columns and i == s.repeat_columns - 1:
                out.append("</table:table-header-columns>")
        for r in range(rows):
            if s.repeat_rows and r == s.repeat_rows[0] - 1:
                out.append("<table:table-header-rows>")
            key = (s.heights.get(r), r + 1 in s.row_breaks)
            style = ' table:style-name="%s"' % row_styles[key] if key in row_styles else ""
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
            if s.repeat_rows and r == s.repeat_rows[1] - 1:
                out.append("</table:table-header-rows>")
        if s.styled_rows > rows:
            # Calc gives a column's default style only to rows the file holds: the empty rows
            # that take pasted values are written too, as one repeated row.
            out.append('<table:table-row table:number-rows-repeated="%d"><table:table-cell '
                       'table:number-columns-repeated="%d"/></table:table-row>'
                       % (s.styled_rows - rows, cols))
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
        for s in self.sheets:
            s.autoinput_safe()
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
        masters = "".join(self.master_page(self.page_name(s), s.page_style) for s in self.sheets)
        return ("<office:styles>%s</office:styles>" % self.styles_xml,
                "<office:automatic-styles>%s</office:automatic-styles>" % self.page_automatic_xml,
                "<office:master-styles>%s</office:master-styles>" % masters)

    def _settings_xml(self):
        """The view: frozen panes per sheet and the sheet that opens first."""
        tables = []
        for s in self.sheets:
            items = []
            if s.freeze:
                cols, rows = s.freeze
                for name, kind, value in (("HorizontalSplitMode", "short", 2 if cols else 0),
                                          ("VerticalSplitMode", "short", 2 if rows else 0),
                                          ("HorizontalSplitPosition", "int", cols),
                                          ("VerticalSplitPosition", "int", rows),
                                          ("ActiveSplitRange", "short", 2),
                                          ("PositionLeft", "int", 0), ("PositionRight", "int", cols),
                                          ("PositionTop", "int", 0), ("PositionBottom", "int", rows),
                                          ("CursorPositionX", "int", cols),
                                          ("CursorPositionY", "int", rows)):
                    items.append('<config:config-item config:name="%s" config:type="%s">%s'
                                 '</config:config-item>' % (name, kind, value))
            tables.append('<config:config-item-map-entry config:name=%s>%s'
                          '</config:config-item-map-entry>' % (quoteattr(s.name), "".join(items)))
        active = self.active_sheet or self.sheets[0].name
        return ('<office:settings><config:config-item-set config:name="ooo:view-settings">'
                '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
                '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
                '<config:config-item-map-named config:name="Tables">%s</config:config-item-map-named>'
                '<config:config-item config:name="ActiveTable" config:type="string">%s</config:config-item>'
                '</config:config-item-map-entry></config:config-item-map-indexed>'
                '</config:config-item-set></office:settings>' % ("".join(tables), escape(active)))

    def flat_xml(self, comment=""):
        """The whole document as one flat ODF text (.fods)."""
        self._inline_objects = True
        auto, body = self._body_xml()
        self._inline_objects = False
        styles, page_auto, master = self._styles_parts()
        # Page layouts and cell/table automatic styles share one office:automatic-styles in flat ODF.
        merged_auto = auto.replace("</office:automatic-styles>",
                                   page_auto[len("<office:automatic-styles>"):])
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        if comment:
            head += "<!-- %s -->\n" % comment
        return (head + '<office:document %s office:version="1.3" office:mimetype="%s">\n'
                % (NS_DECL, SPREADSHEET)
                + self._meta_xml() + "\n" + self._settings_xml() + "\n" + styles + "\n" + merged_auto + "\n" + master + "\n"
                + body.replace("<table:table ", "\n<table:table ").replace("<table:table-row", "\n<table:table-row")
                + "\n</office:document>\n")

    def package(self, path, mimetype):
        """The document as an ODF package (.ods, or .ots for a template)."""
        charts = self.charts()  # names their folders, which content.xml refers to
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
                    '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
                    '%s</manifest:manifest>' % (mimetype, "".join(c.manifest_xml() for c in charts)))
        fixed = (1980, 1, 1, 0, 0, 0)  # reproducible archives
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype", fixed), mimetype, compress_type=zipfile.ZIP_STORED)
            for name, data in (("content.xml", doc("document-content", auto + body)),
                               ("styles.xml", doc("document-styles", styles + page_auto + master)),
                               ("meta.xml", doc("document-meta", self._meta_xml())),
                               ("settings.xml", doc("document-settings", self._settings_xml())),
                               ("META-INF/manifest.xml", manifest)):
                z.writestr(zipfile.ZipInfo(name, fixed), data, compress_type=zipfile.ZIP_DEFLATED)
            for chart in charts:
                z.writestr(zipfile.ZipInfo(chart.path + "/content.xml", fixed),
                           doc("document-content", chart.content_xml()),
                           compress_type=zipfile.ZIP_DEFLATED)


class Chart:
    """A scatter chart with lines over sheet ranges: one x range (dates) and named y series.
    Empty rows have no x value, so they add no points: a range with room for years of rows shows
    only the rows filled so far."""

    def __init__(self, title, x_title, y_title, x_range, series, at, size):
        self.path = None                    # its folder in a package, set by Document.charts()
        self.title, self.x_title, self.y_title = title, x_title, y_title
        self.x_range = x_range              # 'Sheet!$A$3:$A$2002'
        self.series = series                # [(label cell 'Sheet!$R$2', values 'Sheet!$R$3:$R$2002')]
        self.at, self.size = at, size       # ('A3', x cm, y cm) offset within the cell; (w, h) cm

    @staticmethod
    def _address(ref):
        """'History!$A$3:$A$2002' -> 'History.$A$3:History.$A$2002' (chart range syntax)."""
        sheet, cells = ref.split("!")
        return ":".join("%s.%s" % (sheet, part) for part in cells.split(":"))

    def manifest_xml(self):
        return ('<manifest:file-entry manifest:full-path="%s/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.chart"/>'
                '<manifest:file-entry manifest:full-path="%s/content.xml" '
                'manifest:media-type="text/xml"/>' % (self.path, self.path))

    def frame_xml(self, sheet_name, inline=False):
        ranges = " ".join([self._address(self.x_range)] + [self._address(v) for _, v in self.series])
        w, h = self.size
        cell, dx, dy = self.at
        if inline:
            obj = ('<draw:object draw:notify-on-update-of-ranges=%s><office:document '
                   'office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3">'
                   '%s</office:document></draw:object>' % (quoteattr(ranges), self.content_xml()))
        else:
            obj = ('<draw:object draw:notify-on-update-of-ranges=%s xlink:href="./%s" '
                   'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
                   % (quoteattr(ranges), self.path))
        return ('<draw:frame draw:z-index="0" draw:name=%s svg:width="%.2fcm" svg:height="%.2fcm" '
                'svg:x="%.2fcm" svg:y="%.2fcm">%s</draw:frame>'
                % (quoteattr(self.title), w, h, dx, dy, obj))

    def content_xml(self):
        w, h = self.size
        colours = ("#1f3864", "#c00000", "#ed7d31", "#7030a0", "#00b050")
        styles = ['<style:style style:name="chChart" style:family="chart"><style:graphic-properties '
                  'draw:stroke="none"/></style:style>',
                  '<style:style style:name="chTitle" style:family="chart"><style:text-properties '
                  'fo:font-size="13pt" fo:font-weight="bold"/></style:style>',
                  '<style:style style:name="chPlot" style:family="chart"><style:chart-properties '
                  'chart:lines="true" chart:symbol-type="automatic" chart:treat-empty-cells="leave-gap" '
                  'chart:include-hidden-cells="false"/></style:style>',
                  '<style:style style:name="chAxisX" style:family="chart"><style:chart-properties '
                  'chart:display-label="true" chart:link-data-style-to-source="true" '
                  'chart:axis-label-position="outside-start"/>'
                  '<style:text-properties fo:font-size="9pt"/></style:style>',
                  '<style:style style:name="chAxisY" style:family="chart"><style:chart-properties '
                  'chart:display-label="true" chart:origin="0"/><style:text-properties '
                  'fo:font-size="9pt"/></style:style>',
                  '<style:style style:name="chLegend" style:family="chart"><style:text-properties '
                  'fo:font-size="10pt"/></style:style>']
        series = []
        for i, (label, values) in enumerate(self.series):
            styles.append('<style:style style:name="chS%d" style:family="chart"><style:chart-properties '
                          'chart:symbol-type="automatic"/><style:graphic-properties draw:stroke="solid" '
                          'svg:stroke-width="0.06cm" svg:stroke-color="%s" draw:fill-color="%s"/>'
                          '</style:style>' % (i, colours[i % 5], colours[i % 5]))
            series.append('<chart:series chart:style-name="chS%d" chart:class="chart:scatter" '
                          'chart:values-cell-range-address=%s chart:label-cell-address=%s>'
                          '<chart:domain table:cell-range-address=%s/></chart:series>'
                          % (i, quoteattr(self._address(values)), quoteattr(self._address(label)),
                             quoteattr(self._address(self.x_range))))
        return ('<office:automatic-styles>%s</office:automatic-styles><office:body><office:chart>'
                '<chart:chart svg:width="%.2fcm" svg:height="%.2fcm" chart:class="chart:scatter" '
                'chart:style-name="chChart"><chart:title chart:style-name="chTitle"><text:p>%s</text:p>'
                '</chart:title><chart:legend chart:legend-position="end" chart:style-name="chLegend"/>'
                '<chart:plot-area chart:style-name="chPlot" chart:data-source-has-labels="none">'
                '<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="chAxisX">'
                '<chart:title><text:p>%s</text:p></chart:title></chart:axis>'
                '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="chAxisY">'
                '<chart:title><text:p>%s</text:p></chart:title><chart:grid chart:class="major"/>'
                '</chart:axis>%s</chart:plot-area></chart:chart></office:chart></office:body>'
                % ("".join(styles), w, h, escape(self.title), escape(self.x_title),
                   escape(self.y_title), "".join(series)))
