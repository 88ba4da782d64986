"""Named cell styles, number formats and page styles of the Relationship Reality Map workbooks.

Conditional formats can only apply named styles, so every look the map uses is a named style here;
the colours follow one rule: the more severe the band, the louder the cell.
"""

# A signed style shows its sign in every case: with a "+" section for positives, Calc shows a
# negative through the other section without its minus unless that section writes one.
NUMBER_FORMATS = """
<number:number-style style:name="N_score"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N_tol"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N_gap_pos"><number:text>+</number:text><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N_bias_pos"><number:text>+</number:text><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N_bias_neg"><number:text>-</number:text><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N_bias"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><style:map style:condition="value()&gt;0" style:apply-style-name="N_bias_pos"/><style:map style:condition="value()&lt;0" style:apply-style-name="N_bias_neg"/></number:number-style>
<number:number-style style:name="N_gap_neg"><number:text>-</number:text><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N_gap"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><style:map style:condition="value()&gt;0" style:apply-style-name="N_gap_pos"/><style:map style:condition="value()&lt;0" style:apply-style-name="N_gap_neg"/></number:number-style>
<number:boolean-style style:name="N_bool"><number:boolean/></number:boolean-style>
<number:date-style style:name="N_date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<number:number-style style:name="N_money"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:percentage-style style:name="N_pct"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
"""

BORDER = 'fo:border="0.5pt solid #a6a6a6"'


def _style(name, parent="Default", data=None, cell="", para="", text=""):
    data_attr = ' style:data-style-name="%s"' % data if data else ""
    return ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="%s"%s>'
            '<style:table-cell-properties %s/><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, parent, data_attr, cell, para, text))


_WRAP = 'fo:wrap-option="wrap" style:vertical-align="top"'
_FONT = 'style:font-name="Liberation Sans" fo:font-family="Liberation Sans" fo:font-size="9pt"'

CELL_STYLES = "".join([
    '<style:default-style style:family="table-cell"><style:text-properties %s/></style:default-style>' % _FONT,
    _style("Default", parent="", text=_FONT).replace(' style:parent-style-name=""', ""),
    _style("SG Title", text='fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f3864"'),
    _style("SG Subtitle", text='fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f3864"'),
    _style("SG Header", cell='fo:background-color="#1f3864" %s %s' % (BORDER, _WRAP),
           text='fo:color="#ffffff" fo:font-weight="bold"'),
    _style("SG Header Fit", cell='fo:background-color="#1f3864" style:shrink-to-fit="true" %s' % BORDER,
           text='fo:color="#ffffff" fo:font-weight="bold"'),
    _style("SG Section", cell='fo:background-color="#d9e1f2" %s' % BORDER,
           text='fo:font-weight="bold" fo:color="#1f3864"'),
    _style("SG Label", cell=_WRAP, text='fo:font-weight="bold"'),
    _style("SG Reality", cell='fo:background-color="#d9e1f2" %s %s' % (BORDER, _WRAP),
           text='fo:font-weight="bold" fo:color="#1f3864"'),
    _style("SG Text", cell='%s %s' % (BORDER, _WRAP)),
    _style("SG Legend", cell=_WRAP),
    _style("SG Note", cell=_WRAP, text='fo:font-style="italic" fo:color="#595959"'),
    # Inputs are pale yellow and the only unprotected cells; everything the add-in computes is
    # grey and protected: nobody types over a formula without lifting the sheet's protection.
    _style("SG Input", cell='fo:background-color="#fff9e0" style:cell-protect="none" %s %s'
           % (BORDER, _WRAP)),
    _style("SG Score", parent="SG Input", data="N_score", para='fo:text-align="center"'),
    _style("SG Tolerance", parent="SG Input", data="N_tol", para='fo:text-align="center"'),
    _style("SG Grade", parent="SG Input", para='fo:text-align="center"'),
    _style("SG Date", parent="SG Input", data="N_date", para='fo:text-align="center"'),
    _style("SG Money", parent="SG Input", data="N_money"),
    _style("SG Percent", parent="SG Input", data="N_pct", para='fo:text-align="center"'),
    _style("SG Computed", cell='fo:background-color="#f2f2f2" %s %s' % (BORDER, _WRAP)),
    _style("SG Computed Score", parent="SG Computed", data="N_score", para='fo:text-align="center"'),
    _style("SG Computed Date", parent="SG Computed", data="N_date", para='fo:text-align="center"'),
    _style("SG Computed Money", parent="SG Computed", data="N_money", text='fo:font-weight="bold"'),
    _style("SG Computed Bold", parent="SG Computed", text='fo:font-weight="bold"'),
    _style("SG Gap", parent="SG Computed", data="N_gap", para='fo:text-align="center"',
           text='fo:font-weight="bold"'),
    _style("SG Bias", parent="SG Gap", data="N_bias"),
    _style("SG Flag", parent="SG Computed", data="N_bool", para='fo:text-align="center"'),
    # History's columns: recorded values, formatted like the Map's, without the input look.
    _style("SG Record Score", data="N_score", para='fo:text-align="center"'),
    _style("SG Record Grade", para='fo:text-align="center"'),
    _style("SG Record Date", data="N_date", para='fo:text-align="center"'),
    _style("SG Record Gap", data="N_gap", para='fo:text-align="center"', text='fo:font-weight="bold"'),
    _style("SG Warning", cell=_WRAP, text='fo:font-weight="bold" fo:color="#c00000"'),
    _style("SG Problem", cell='%s %s' % (BORDER, _WRAP), text='fo:font-weight="bold" fo:color="#c00000"'),
    _style("SG Instructions", cell='fo:background-color="#e8f0fb" ' + _WRAP,
           text='fo:color="#1f3864"'),
    # Applied by conditional formats.
    _style("SG Critical", cell='fo:background-color="#c00000" ' + _WRAP, text='fo:color="#ffffff" fo:font-weight="bold"'),
    _style("SG Material", cell='fo:background-color="#f4b183" ' + _WRAP, text='fo:font-weight="bold"'),
    _style("SG Watch", cell='fo:background-color="#ffe699" ' + _WRAP),
    _style("SG Aligned", cell='fo:background-color="#c6efce" ' + _WRAP),
    _style("SG Opportunity", cell='fo:background-color="#9dc3e6" ' + _WRAP, text='fo:font-style="italic" fo:font-weight="bold"'),
    _style("SG Untrusted", cell='fo:background-color="#7030a0"', text='fo:color="#ffffff" fo:font-weight="bold"'),
    _style("SG Unscored", text='fo:font-style="italic" fo:color="#808080"'),
    _style("SG Widening", text='fo:color="#c00000" fo:font-weight="bold"'),
    _style("SG Narrowing", text='fo:color="#00703c" fo:font-weight="bold"'),
])

STYLES = NUMBER_FORMATS + CELL_STYLES


def _page_layout(name, fit):
    # Each sheet has its own page style starting at page 1, so a sheet's pages count 1, 2, ...
    return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="29.7cm" '
            'fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1cm" '
            'fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm" %s '
            'style:first-page-number="1" '
            'style:print="charts drawings objects zero-values" style:print-page-order="ltr"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
            'fo:margin-bottom="0.2cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/>'
            '</style:footer-style></style:page-layout>' % (name, fit))


PAGE_LAYOUTS = (_page_layout("pmWide", 'style:scale-to-X="1" style:scale-to-Y="0"')
                + _page_layout("pmActual", 'style:scale-to="100%"'))
# "SG Landscape" fits the width of one page; "SG Actual size" prints at 100% and breaks where the
# sheet says (odf.Sheet.column_breaks), so that no text prints below its 9 pt.
LAYOUT_OF = {"SG Landscape": "pmWide", "SG Actual size": "pmActual"}


def master_page(name, family):
    """A sheet's page style: the sheet's name and page number in the footer. The account is named
    on every page by the sheet's repeated title rows (a header cannot read a cell)."""
    return ('<style:master-page style:name="%s" style:page-layout-name="%s">'
            '<style:header style:display="false"/>'
            '<style:footer><style:region-left><text:p>Relationship Reality Map · '
            '<text:sheet-name>???</text:sheet-name></text:p></style:region-left>'
            '<style:region-right><text:p>Page <text:page-number>1</text:page-number></text:p>'
            '</style:region-right></style:footer></style:master-page>' % (name, LAYOUT_OF[family]))
