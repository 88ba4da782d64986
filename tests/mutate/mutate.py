#!/usr/bin/env python3
"""Mutation testing of core/*.c against the unit tests (tests/unit/test_*.c).

Each mutant is one textual change at one place of one core/*.c file:

  relational   <  <->  <=    >  <->  >=    == <-> !=
  logical      && <->  ||
  arithmetic   +  <->  -  (unary too)    * <-> / (binary)    += <-> -=    *= <-> /=
  constant     integer and floating constants: 0 <-> 1, otherwise c -> c + 1 (none where c + 1
               rounds back to c)
  status       SG_OK -> SG_BLANK, SG_BLANK -> SG_OK, SG_ERR_x -> the next error
  condition    if (cond) -> if (0) and if (1)
  negation     !x -> x

Not mutated: comments, string and character literals, preprocessor lines, assert() (compiled out of
the shipped library by -DNDEBUG), case labels, array sizes in declarations.

The mutants are built in a temporary directory from a copy of core/ (the working tree is never
written): every original core object and every test main is compiled once, then each mutant
compiles only its own file (-O0, no sanitizers) and is linked with the rest. A mutant is killed
when any unit test program exits non-zero or runs past the timeout; stillborn when it does not
compile (not counted). Survivors not listed as equivalent are built once more with the sanitizers
make test-unit uses (ASan and UBSan, -O1): an out-of-bounds access that changes no result is
killed there, as it is in make test-unit. Survivors that cannot change observable behaviour are
listed, with a reason, in equivalent.txt.

Mutant ids: file:line:col:operator:original->replacement@hash, the hash being that of the source
line(s) the change covers; an equivalent.txt entry whose line changed is reported as stale.

Usage: tests/mutate/mutate.py [--jobs 2] [--timeout 10] [--min 97] [--file core/sg_band.c ...]
       [--only ID ...] [--no-sanitizers] [--list] [--show ID] [--keep]
Exit status: 0 when the kill rate is at least --min percent, 1 otherwise, 2 on a setup error.
"""

import argparse
import concurrent.futures
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORE = os.path.join(ROOT, "core")
UNIT = os.path.join(ROOT, "tests", "unit")
EQUIVALENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "equivalent.txt")

CFLAGS = ["-std=c11", "-O0", "-w"]
# The second look at survivors: the unit tests as make test-unit builds them (Makefile's SAN).
SAN_CFLAGS = ["-std=c11", "-O1", "-w", "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
              "-fno-omit-frame-pointer"]
LIBS = ["-lcmocka", "-lm"]

STATUSES = ["SG_OK", "SG_BLANK", "SG_ERR_MISSING", "SG_ERR_NOT_NUMBER", "SG_ERR_RANGE",
            "SG_ERR_EVIDENCE", "SG_ERR_THRESHOLDS", "SG_ERR_SHAPE", "SG_ERR_PAIR",
            "SG_ERR_OVERFLOW", "SG_ERR_NAME", "SG_ERR_REASON"]
ERRORS = STATUSES[2:]


def status_swap(name):
    if name == "SG_OK":
        return "SG_BLANK"
    if name == "SG_BLANK":
        return "SG_OK"
    return ERRORS[(ERRORS.index(name) + 1) % len(ERRORS)]


SWAPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "==",
         "&&": "||", "||": "&&", "+": "-", "-": "+", "*": "/", "/": "*",
         "+=": "-=", "-=": "+=", "*=": "/=", "/=": "*="}
KIND = {"<": "relational", "<=": "relational", ">": "relational", ">=": "relational",
        "==": "relational", "!=": "relational", "&&": "logical", "||": "logical",
        "+": "arithmetic", "-": "arithmetic", "*": "arithmetic", "/": "arithmetic",
        "+=": "arithmetic", "-=": "arithmetic", "*=": "arithmetic", "/=": "arithmetic"}

KEYWORDS = set("""auto break case char const continue default do double else enum extern float for
goto if inline int long register restrict return short signed sizeof static struct switch typedef
union unsigned void volatile while _Bool _Static_assert static_assert _Alignof _Noreturn
_Thread_local""".split())
TYPE_WORDS = set("""char const double float int long short signed unsigned void volatile restrict
struct union enum _Bool static extern register inline""".split())

PUNCTUATORS = sorted("""... <<= >>= -> ++ -- << >> <= >= == != && || *= /= %= += -= &= ^= |= ##
[ ] ( ) { } . & * + - ~ ! / % < > ^ | ? : ; = , #""".split(), key=len, reverse=True)


# --- a small C lexer ------------------------------------------------------------------------------

class Tok:
    __slots__ = ("kind", "text", "start", "end", "line", "col")

    def __init__(self, kind, text, start, end, line, col):
        self.kind, self.text, self.start, self.end, self.line, self.col = kind, text, start, end, line, col

    def __repr__(self):
        return "%s(%r)@%d:%d" % (self.kind, self.text, self.line, self.col)


NUMBER_RE = re.compile(r"\.?[0-9](?:[eEpP][+-]|[0-9a-zA-Z_.])*")
IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def lex(src):
    """Tokens of C source without comments and preprocessor lines (kinds: id, num, str, chr, punct)."""
    toks = []
    i, n = 0, len(src)
    line, line_start = 1, 0
    at_line_start = True

    def newlines(a, b):
        nonlocal line, line_start
        k = src.count("\n", a, b)
        if k:
            line += k
            line_start = src.rindex("\n", a, b) + 1

    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            line_start = i + 1
            at_line_start = True
            i += 1
            continue
        if c in " \t\r\f\v":
            i += 1
            continue
        if c == "\\" and src.startswith("\n", i + 1):
            i += 2
            line += 1
            line_start = i
            continue
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            newlines(i, j)
            i = j
            continue
        if c == "#" and at_line_start:  # a preprocessor line, with its continuations
            j = i
            while True:
                k = src.find("\n", j)
                if k < 0:
                    j = n
                    break
                # a comment may hide the newline; a backslash before it continues the line
                if src[k - 1] == "\\":
                    j = k + 1
                    continue
                j = k
                break
            newlines(i, j)
            i = j
            continue
        at_line_start = False
        col = i - line_start + 1
        m = IDENT_RE.match(src, i)
        if m:
            word = m.group()
            if word in ("u", "U", "L", "u8") and m.end() < n and src[m.end()] in "'\"":
                i = m.end()  # an encoding prefix: the literal follows
                c = src[i]
                start = m.start()
            else:
                toks.append(Tok("id", word, i, m.end(), line, col))
                i = m.end()
                continue
        else:
            start = i
        if c in "'\"":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            j += 1
            toks.append(Tok("str" if c == '"' else "chr", src[start:j], start, j, line,
                            start - line_start + 1))
            i = j
            continue
        m = NUMBER_RE.match(src, i)
        if m:
            toks.append(Tok("num", m.group(), i, m.end(), line, col))
            i = m.end()
            continue
        for p in PUNCTUATORS:
            if src.startswith(p, i):
                toks.append(Tok("punct", p, i, i + len(p), line, col))
                i += len(p)
                break
        else:
            raise SyntaxError("unexpected character %r at line %d" % (c, line))
    return toks


# --- constants ------------------------------------------------------------------------------------

def mutate_constant(text):
    """The replacement of a numeric constant: 0 <-> 1, otherwise c + 1; None when not numeric."""
    t = text
    lower = t.lower()
    if lower.startswith("0x"):
        if "p" in lower:  # hex float
            m = re.match(r"(0[xX][0-9a-fA-F.]+[pP][+-]?[0-9]+)([fFlL]?)$", t)
            if not m:
                return None
            value, suffix, is_float = float.fromhex(m.group(1)), m.group(2), True
        else:
            m = re.match(r"(0[xX][0-9a-fA-F]+)([uUlL]*)$", t)
            if not m:
                return None
            value, suffix, is_float = int(m.group(1), 16), m.group(2), False
    else:
        m = re.match(r"([0-9.]+(?:[eE][+-]?[0-9]+)?)([uUlLfF]*)$", t)
        if not m:
            return None
        body, suffix = m.group(1), m.group(2)
        is_float = "." in body or "e" in body.lower()
        if is_float:
            value = float(body)
        elif len(body) > 1 and body.startswith("0"):
            value = int(body, 8)
        else:
            value = int(body)
    new = 1 if value == 0 else 0 if value == 1 else value + 1
    if is_float and float(new) == value:
        return None  # c + 1 rounds back to c (1e16 and above): no change to make
    if is_float:
        out = repr(float(new))
        if "e" not in out and "." not in out:
            out += ".0"
    elif lower.startswith("0x"):
        out = "0x%X" % new
    elif len(t) > 1 and t[0] == "0" and t[1].isdigit():
        out = "0%o" % new
    else:
        out = str(new)
    return out + suffix


# --- finding the mutants of one file --------------------------------------------------------------

def typedef_names(header_texts):
    names = set()
    for text in header_texts:
        text = re.sub(r"/\*.*?\*/|//[^\n]*", " ", text, flags=re.S)
        for m in re.finditer(r"typedef\s+(?:struct|enum|union)\s*\w*\s*\{[^}]*\}\s*(\w+)\s*;", text):
            names.add(m.group(1))
        for m in re.finditer(r"typedef\s+[^;{}]*?(\w+)\s*;", text):
            names.add(m.group(1))
    return names


def matching(toks, k):
    """The index of the token closing the bracket at toks[k]."""
    opening, closing = toks[k].text, {"(": ")", "[": "]", "{": "}"}[toks[k].text]
    depth = 0
    for j in range(k, len(toks)):
        if toks[j].text == opening and toks[j].kind == "punct":
            depth += 1
        elif toks[j].text == closing and toks[j].kind == "punct":
            depth -= 1
            if depth == 0:
                return j
    raise SyntaxError("unbalanced %r at line %d" % (opening, toks[k].line))


class Mutant:
    __slots__ = ("file", "line", "col", "op", "orig", "repl", "start", "end", "text", "hash",
                 "src_line", "number")

    def key(self):
        return "%s:%d:%d:%s:%s->%s" % (self.file, self.line, self.col, self.op, self.orig, self.repl)

    def ident(self):
        return "%s@%s" % (self.key(), self.hash)


def find_mutants(relpath, src, types):
    toks = lex(src)
    lines = src.split("\n")
    skip = set()  # token indexes not to mutate
    for k, t in enumerate(toks):
        if t.kind == "id" and t.text in ("assert", "static_assert", "_Static_assert") and \
                k + 1 < len(toks) and toks[k + 1].text == "(":
            skip.update(range(k, matching(toks, k + 1) + 1))
        elif t.kind == "id" and t.text == "case":
            j = k
            while toks[j].text != ":":
                skip.add(j)
                j += 1
        elif t.text == "[" and t.kind == "punct" and is_declarator_bracket(toks, k, types):
            skip.update(range(k, matching(toks, k) + 1))

    # ')' after which an operand starts: the end of a control condition, or of a cast
    no_operand = set()
    for k, t in enumerate(toks):
        if t.text == "(" and t.kind == "punct":
            close = matching(toks, k)
            inside = toks[k + 1:close]
            if k and toks[k - 1].text in ("if", "while", "for", "switch"):
                no_operand.add(close)
            elif inside and all(x.text in TYPE_WORDS or x.text in types or x.text == "*"
                                for x in inside):
                no_operand.add(close)

    mutants = []

    def add(op, start, end, orig, repl, tok, text=None):
        """src[start:end] becomes text (repl unless given); orig->repl names the change."""
        m = Mutant()
        m.file, m.line, m.col, m.op = relpath, tok.line, tok.col, op
        m.orig, m.repl, m.start, m.end = orig, repl, start, end
        m.text = repl if text is None else text
        last_line = tok.line + src.count("\n", start, end)
        span = "\n".join(lines[tok.line - 1:last_line])
        m.hash = hashlib.sha1(span.strip().encode()).hexdigest()[:8]
        m.src_line = lines[tok.line - 1].strip()
        mutants.append(m)

    for k, t in enumerate(toks):
        if k in skip:
            continue
        prev = toks[k - 1] if k else None
        if t.kind == "punct" and t.text in SWAPS:
            if t.text == "*" and (not is_binary(prev, types) or k - 1 in no_operand):
                continue  # a dereference or a pointer declarator
            add(KIND[t.text], t.start, t.end, t.text, SWAPS[t.text], t)
        elif t.kind == "punct" and t.text == "!":
            add("negation", t.start, t.end, "!", "", t)
        elif t.kind == "num":
            repl = mutate_constant(t.text)
            if repl is not None:
                add("constant", t.start, t.end, t.text, repl, t)
        elif t.kind == "id" and t.text in STATUSES:
            add("status", t.start, t.end, t.text, status_swap(t.text), t)
        elif t.kind == "id" and t.text == "if" and k + 1 < len(toks) and toks[k + 1].text == "(":
            close = toks[matching(toks, k + 1)]
            for value in ("0", "1"):  # the parenthesised condition is replaced
                add("condition", toks[k + 1].start, close.end, "if(...)", "if(%s)" % value, t,
                    "(%s)" % value)
    return mutants


def is_binary(prev, types):
    """Whether an operator after token prev is binary (prev ends an operand)."""
    if prev is None:
        return False
    if prev.kind in ("num", "str", "chr"):
        return True
    if prev.kind == "id":
        return prev.text not in KEYWORDS and prev.text not in types
    return prev.text in (")", "]")


def is_declarator_bracket(toks, k, types):
    """Whether toks[k] == '[' opens an array size in a declaration (int a[3], char *n[2][3])."""
    j = k - 1
    while j >= 0 and toks[j].text == "]":  # a later dimension: back over the earlier ones
        depth = 0
        while j >= 0:
            if toks[j].text == "]":
                depth += 1
            elif toks[j].text == "[":
                depth -= 1
                if depth == 0:
                    break
            j -= 1
        j -= 1
    if j < 1 or toks[j].kind != "id":
        return False
    before = toks[j - 1]
    while before.text == "*" or before.text == "const":
        j -= 1
        before = toks[j - 1]
    return before.kind == "id" and (before.text in TYPE_WORDS or before.text in types)


# --- building and running -------------------------------------------------------------------------

def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


class Bench:
    """One build flavour in the temporary directory: the core's objects and the test mains."""

    def __init__(self, cc, tmp, core, flags, name, timeout):
        cc = shlex.split(cc)  # CC may carry a wrapper or options ("ccache gcc")
        self.cc, self.tmp, self.core, self.flags, self.timeout = cc, tmp, core, flags, timeout
        self.sources = sorted(f for f in os.listdir(core) if f.endswith(".c"))
        self.objects = {}
        self.mains = {}
        obj = os.path.join(tmp, name)
        os.makedirs(obj)
        jobs = []
        for f in self.sources:
            self.objects[f] = os.path.join(obj, f[:-2] + ".o")
            jobs.append((os.path.join(core, f), self.objects[f]))
        for f in sorted(os.listdir(UNIT)):
            if f.startswith("test_") and f.endswith(".c"):
                self.mains[f[:-2]] = os.path.join(obj, f[:-2] + ".o")
                jobs.append((os.path.join(UNIT, f), self.mains[f[:-2]]))
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            for (src, out), r in zip(jobs, pool.map(
                    lambda j: run(cc + flags + ["-I", core, "-c", j[0], "-o", j[1]]), jobs)):
                if r.returncode != 0:
                    raise RuntimeError("cannot compile %s:\n%s" % (src, r.stderr.decode()))
        first = self.sources[0]  # the unmutated core must pass every test
        if self.outcome(first, self.objects[first], obj) != "survived":
            raise RuntimeError("the unit tests fail on the unmutated core (%s)" % " ".join(flags))

    def order(self, mutated):
        """Test programs, the one named for the mutated file first (it kills most mutants)."""
        own = "test_" + mutated[3:-2] if mutated.startswith("sg_") else None
        return sorted(self.mains, key=lambda t: (t != own, t))

    def outcome(self, mutated, mutant_obj, workdir):
        """'killed', 'timeout' or 'survived': links and runs test programs until one fails."""
        objs = [mutant_obj if f == mutated else self.objects[f] for f in self.sources]
        for test in self.order(mutated):
            exe = os.path.join(workdir, test)
            r = run(self.cc + self.flags + [self.mains[test]] + objs + LIBS + ["-o", exe])
            if r.returncode != 0:
                raise RuntimeError("cannot link %s:\n%s" % (test, r.stderr.decode()))
            try:
                r = subprocess.run([exe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   stdin=subprocess.DEVNULL, timeout=self.timeout, cwd=workdir)
            except subprocess.TimeoutExpired:
                return "timeout"
            if r.returncode != 0:
                return "killed"
        return "survived"

    def try_mutant(self, m, src):
        workdir = tempfile.mkdtemp(prefix="m%d-" % m.number, dir=self.tmp)
        try:
            name = os.path.basename(m.file)
            path = os.path.join(workdir, name)
            with open(path, "w") as f:
                f.write(mutated_source(m, src))
            obj = os.path.join(workdir, name[:-2] + ".o")
            r = run(self.cc + self.flags + ["-I", self.core, "-c", path, "-o", obj])
            if r.returncode != 0:
                return "stillborn"
            return self.outcome(name, obj, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)


def mutated_source(m, src):
    return src[:m.start] + m.text + src[m.end:]


def run_all(bench, mutants, sources, jobs, results):
    done = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        futures = {pool.submit(bench.try_mutant, m, sources[os.path.basename(m.file)]): m
                   for m in mutants}
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut].number] = fut.result()
            done += 1
            if sys.stdout.isatty() and done % 25 == 0:
                print("  %d/%d" % (done, len(mutants)), end="\r", flush=True)


# --- the reviewed list of equivalent mutants ------------------------------------------------------

def read_equivalent(path):
    entries = []  # (ident, reason, line number)
    if not os.path.exists(path):
        return entries
    with open(path) as f:
        for number, raw in enumerate(f, 1):
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            ident, sep, reason = text.partition(" # ")
            ident = ident.strip()
            if not sep or not reason.strip() or "@" not in ident:
                raise ValueError("%s:%d: expected 'id@hash # reason'" % (path, number))
            entries.append((ident, reason.strip(), number))
    return entries


def match_equivalent(entries, mutants):
    """Maps mutant ident -> reason; returns it with the notes about stale and moved entries."""
    by_key = {m.key(): m for m in mutants}
    by_content = {}
    for m in mutants:
        content = (m.file, m.col, m.op, m.orig, m.repl, m.hash)
        by_content.setdefault(content, []).append(m)
    equivalent, stale, moved = {}, [], []
    for ident, reason, number in entries:
        key, _, digest = ident.rpartition("@")
        m = by_key.get(key)
        if m is not None and m.hash == digest:
            equivalent[m.ident()] = reason
            continue
        parts = key.split(":", 4)
        candidates = []
        if len(parts) == 5 and "->" in parts[4]:
            orig, _, repl = parts[4].partition("->")
            try:
                candidates = by_content.get((parts[0], int(parts[2]), parts[3], orig, repl, digest), [])
            except ValueError:
                candidates = []
        if len(candidates) == 1 and candidates[0].ident() not in equivalent:
            equivalent[candidates[0].ident()] = reason
            moved.append((number, ident, candidates[0].ident()))
        elif m is not None:
            stale.append((number, ident, "the line changed: %s" % m.src_line))
        else:
            stale.append((number, ident, "no such mutant"))
    return equivalent, stale, moved


# --- main -----------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", "-j", type=int, default=2, help="mutants built at once (2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test program (10)")
    ap.add_argument("--min", type=float, default=97.0, help="kill rate required, percent (97)")
    ap.add_argument("--file", action="append", help="only this core file (repeatable)")
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"), help="C compiler (cc)")
    ap.add_argument("--equivalent", default=EQUIVALENT, help="the reviewed equivalent mutants")
    ap.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    ap.add_argument("--show", metavar="ID", help="print one mutant's changed line, run nothing")
    ap.add_argument("--only", metavar="ID", action="append", help="run only this mutant (repeatable)")
    ap.add_argument("--no-sanitizers", action="store_true",
                    help="no second run of the survivors under ASan and UBSan")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()

    began = time.monotonic()
    files = sorted(f for f in os.listdir(CORE) if f.endswith(".c"))
    if args.file:
        wanted = {os.path.basename(f) for f in args.file}
        unknown = wanted - set(files)
        if unknown:
            print("mutate: no such core file: %s" % ", ".join(sorted(unknown)), file=sys.stderr)
            return 2
        files = [f for f in files if f in wanted]
    headers = []
    for f in sorted(os.listdir(CORE)):
        if f.endswith(".h"):
            with open(os.path.join(CORE, f)) as h:
                headers.append(h.read())
    types = typedef_names(headers) | {"size_t", "ptrdiff_t", "uint16_t", "uint32_t", "uint64_t",
                                      "int64_t", "FILE"}
    sources, mutants = {}, []
    for f in files:
        with open(os.path.join(CORE, f)) as h:
            sources[f] = h.read()
        mutants.extend(find_mutants("core/" + f, sources[f], types))
    for number, m in enumerate(mutants):
        m.number = number

    if args.list:
        for m in mutants:
            print("%s  %s" % (m.ident(), m.src_line))
        print("%d mutants" % len(mutants))
        return 0
    if args.show:
        found = [m for m in mutants if m.ident() == args.show or m.key() == args.show]
        if not found:
            print("mutate: no mutant %s" % args.show, file=sys.stderr)
            return 2
        m = found[0]
        src = sources[os.path.basename(m.file)]
        new = mutated_source(m, src)
        a, b = src.split("\n"), new.split("\n")
        first = m.line - 1
        last = first + src.count("\n", m.start, m.end)
        print("- " + "\n- ".join(a[first:last + 1]))
        print("+ " + "\n+ ".join(b[first:last + 1]))
        return 0

    try:
        entries = read_equivalent(args.equivalent)
    except ValueError as e:
        print("mutate: %s" % e, file=sys.stderr)
        return 2
    equivalent, stale, moved = match_equivalent(entries, mutants)
    if args.only:
        only = set(args.only)
        unknown = only - {m.ident() for m in mutants} - {m.key() for m in mutants}
        if unknown:  # a mistyped id must not pass as "100 % killed"
            print("mutate: no such mutant: %s (see --list)" % ", ".join(sorted(unknown)),
                  file=sys.stderr)
            return 2
        mutants = [m for m in mutants if m.ident() in only or m.key() in only]

    tmp = tempfile.mkdtemp(prefix="sg-mutate-")
    results, sanitized = {}, 0
    try:
        core = os.path.join(tmp, "core")
        shutil.copytree(CORE, core)
        try:
            bench = Bench(args.cc, tmp, core, CFLAGS, "plain", args.timeout)
        except RuntimeError as e:
            print("mutate: %s" % e, file=sys.stderr)
            return 2
        print("mutate: %d mutants of %d files, %d jobs, %.0f s timeout"
              % (len(mutants), len(files), args.jobs, args.timeout), flush=True)
        run_all(bench, mutants, sources, args.jobs, results)
        # Survivors not reviewed as equivalent get a second run under AddressSanitizer and
        # UndefinedBehaviorSanitizer, as make test-unit runs the tests: an out-of-bounds access
        # that changes no result is still killed there.
        again = [m for m in mutants if results[m.number] == "survived" and m.ident() not in equivalent]
        if again and not args.no_sanitizers:
            try:
                san = Bench(args.cc, tmp, core, SAN_CFLAGS, "sanitized", args.timeout)
            except RuntimeError as e:
                print("mutate: %s" % e, file=sys.stderr)
                return 2
            second = {}
            run_all(san, again, sources, args.jobs, second)
            for number, r in second.items():
                if r in ("killed", "timeout"):
                    results[number] = r
                    sanitized += 1
    finally:
        if args.keep:
            print("mutate: kept %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    per_file = {}
    survivors, wrongly_equivalent = [], []
    timeouts = 0
    for m in mutants:
        r = results[m.number]
        s = per_file.setdefault(m.file, {"killed": 0, "survived": 0, "equivalent": 0, "stillborn": 0})
        timeouts += r == "timeout"
        if r == "stillborn":
            s["stillborn"] += 1
        elif r in ("killed", "timeout"):
            s["killed"] += 1
            if m.ident() in equivalent:
                wrongly_equivalent.append(m)
        elif m.ident() in equivalent:
            s["equivalent"] += 1
        else:
            s["survived"] += 1
            survivors.append(m)

    def rate(k, n):
        return 100.0 * k / n if n else 100.0

    total = {"killed": 0, "survived": 0, "equivalent": 0, "stillborn": 0}
    for f in sorted(per_file):
        s = per_file[f]
        n = s["killed"] + s["survived"]
        print("%s: %d killed / %d non-equivalent (%.1f%%), %d equivalent, %d stillborn"
              % (f, s["killed"], n, rate(s["killed"], n), s["equivalent"], s["stillborn"]))
        for k in total:
            total[k] += s[k]
    n = total["killed"] + total["survived"]
    total_rate = rate(total["killed"], n)
    print("total: %d killed / %d non-equivalent (%.1f%%), %d equivalent, %d stillborn; "
          "%d mutants, %d killed by a timeout, %d only under ASan+UBSan"
          % (total["killed"], n, total_rate, total["equivalent"], total["stillborn"], len(mutants),
             timeouts, sanitized))
    if survivors:
        print("surviving non-equivalent mutants (a test that kills each, or a reviewed line in %s):"
              % os.path.relpath(args.equivalent, ROOT))
        for m in survivors:
            print("  %s  %s" % (m.ident(), m.src_line))
    for m in wrongly_equivalent:
        print("killed, yet listed as equivalent: %s" % m.ident())
    if not args.only and not args.file:
        for number, ident, why in stale:
            print("stale equivalent.txt:%d: %s (%s)" % (number, ident, why))
    for number, ident, now in moved:
        print("moved equivalent.txt:%d: %s is now %s" % (number, ident, now))
    print("time: %.0f s" % (time.monotonic() - began))
    ok = total_rate >= args.min
    if not ok:
        print("mutate: kill rate %.1f%% is below %.1f%%" % (total_rate, args.min))
    # The verdict is the kill rate, so the closing line is that, not a passed/failed count: a
    # survivor left on purpose (tests/README.md) is not a failed test.
    print("mutate: %s, %.1f%% of %d non-equivalent mutants killed (at least %.1f%% required)"
          % ("passed" if ok else "FAILED", total_rate, n, args.min))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
