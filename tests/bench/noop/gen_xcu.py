"""Writes a bench extension's CalcAddIns.xcu: Calc registers only functions listed there.
Usage: gen_xcu.py SERVICE  (org.sensesgap.bench.Noop, the C++ no-op, or ...CNoop, the C one)"""
import sys

FUNCTIONS = {
    "org.sensesgap.bench.Noop": {
        "noopGap": ("a", "b"), "noopBand": ("a", "b"), "noopFlag": ("a",),
        "noopStatus": ("a", "b", "c", "d"), "noopGapDouble": ("a", "b"),
        "noopGapSeq": ("a", "b"), "noopBandAny": ("a", "b")},
    "org.sensesgap.bench.CNoop": {
        "cnoopGap": ("a", "b"), "cnoopBand": ("a", "b"), "cnoopFlag": ("a",),
        "cnoopStatus": ("a", "b", "c", "d")},
}

service = sys.argv[1]
out = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" '
       'xmlns:xs="http://www.w3.org/2001/XMLSchema" oor:name="CalcAddIns" '
       'oor:package="org.openoffice.Office">',
       '<node oor:name="AddInInfo"><node oor:name="%s" oor:op="replace">' % service +
       '<node oor:name="AddInFunctions">']
for method, params in FUNCTIONS[service].items():
    out.append('<node oor:name="%s" oor:op="replace">' % method)
    out.append('<prop oor:name="DisplayName"><value xml:lang="en-US">%s</value></prop>' % method.upper())
    out.append('<prop oor:name="Description"><value xml:lang="en-US">bench no-op</value></prop>')
    out.append('<prop oor:name="Category"><value>Add-In</value></prop><node oor:name="Parameters">')
    for p in params:
        out.append('<node oor:name="%s" oor:op="replace"><prop oor:name="DisplayName"><value '
                   'xml:lang="en-US">%s</value></prop><prop oor:name="Description"><value '
                   'xml:lang="en-US">x</value></prop></node>' % (p, p))
    out.append("</node></node>")
out.append("</node></node></node></oor:component-data>")
sys.stdout.write("\n".join(out) + "\n")
