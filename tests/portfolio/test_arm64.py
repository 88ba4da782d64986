"""The portfolio program built for Linux arm64 does what the native one does, run under qemu.

Usage: /usr/bin/python3 tests/portfolio/test_arm64.py NATIVE ARM64 SYSROOT

Both programs read the same maps (the examples, the Calc-made corpus that test-portfolio makes,
and broken files: truncated, a zip bomb, entities, nesting) with the same --today: their CSV, their problem lines, their exit
status and their workbook's content must be identical byte for byte. The arm64 program runs under
qemu-aarch64 against Debian's arm64 libzip and expat unpacked in SYSROOT
(addin/portfolio/platform/arm64-sysroot.sh) and the cross toolchain's C library.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "calc"))
from results import Results  # noqa: E402

TODAY = "2026-11-16"


def arm64_env(sysroot):
    env = dict(os.environ)
    env["QEMU_LD_PREFIX"] = "/usr/aarch64-linux-gnu"
    env["LD_LIBRARY_PATH"] = ":".join(os.path.join(sysroot, d) for d in (
        "usr/lib/aarch64-linux-gnu", "lib/aarch64-linux-gnu"))
    return env


def broken_files(folder):
    """A few files the reader must refuse, the same way on both machines."""
    with open(os.path.join(REPO, "examples", "worked-example.fods"), "rb") as f:
        good = f.read()
    with open(os.path.join(folder, "truncated.fods"), "wb") as f:
        f.write(good[:len(good) // 3])
    with open(os.path.join(folder, "entities.fods"), "w") as f:
        f.write('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>')
    with open(os.path.join(folder, "deep.fods"), "w") as f:
        f.write("<a>" * 5000 + "</a>" * 5000)
    with zipfile.ZipFile(os.path.join(folder, "not-a-spreadsheet.ods"), "w") as z:
        z.writestr("mimetype", "application/zip")
    packaged = os.path.join(folder, "packaged.ods")  # a map as a zip, read by arm64's libzip
    with zipfile.ZipFile(packaged, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", good, compress_type=zipfile.ZIP_DEFLATED)
    with open(packaged, "rb") as f:
        data = f.read()
    with open(os.path.join(folder, "truncated.ods"), "wb") as f:
        f.write(data[:len(data) // 2])
    with zipfile.ZipFile(os.path.join(folder, "bomb.ods"), "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", b" " * (100 << 20), compress_type=zipfile.ZIP_DEFLATED)


def run(argv, env=None):
    proc = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


def content_of(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def main(native, arm64, sysroot):
    res = Results()
    env = arm64_env(os.path.abspath(sysroot))
    proc = subprocess.run(["qemu-aarch64", arm64, "--version"], env=env, capture_output=True)
    res.check("the arm64 program runs under qemu-aarch64", proc.returncode == 0,
              proc.stderr.decode(errors="replace"))
    tmp = tempfile.mkdtemp(prefix="sg-portfolio-arm64-")
    try:
        broken = os.path.join(tmp, "broken")
        os.makedirs(broken)
        broken_files(broken)
        sets = [("examples", ["examples"]), ("broken files", [broken])]
        corpus = os.path.join(REPO, "build", "portfolio", "corpus")
        res.check("the Calc-made corpus is there (make test-portfolio makes it)",
                  os.path.isdir(corpus))
        if os.path.isdir(corpus):
            sets.append(("the Calc-made corpus", [os.path.relpath(corpus, REPO)]))
        for label, paths in sets:
            args = ["--csv", "--today", TODAY] + paths
            want = run([native] + args)
            got = run(["qemu-aarch64", arm64] + args, env)
            res.check("%s: the same CSV on arm64 (%d lines)" % (label, want[1].count(b"\n")),
                      got[1] == want[1] and want[1].count(b"\n") > 1)
            res.check("%s: the same problem lines on arm64" % label, got[2] == want[2],
                      got[2].decode(errors="replace")[:600])
            res.check("%s: the same exit status on arm64 (%d)" % (label, want[0]),
                      got[0] == want[0], str(got[0]))
            books = [os.path.join(tmp, "%s-%s.ods" % (label.split()[0], m)) for m in ("x86", "arm")]
            run([native, "-o", books[0], "--today", TODAY] + paths)
            run(["qemu-aarch64", arm64, "-o", books[1], "--today", TODAY] + paths, env)
            parts = [content_of(b) if os.path.exists(b) else {} for b in books]
            res.check("%s: the same portfolio workbook on arm64, every part (%d)"
                      % (label, len(parts[0])), parts[0] and parts[0] == parts[1],
                      repr(sorted(n for n in parts[0] if parts[0][n] != parts[1].get(n))))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return res.finish("portfolio arm64: ")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    sys.exit(main(*sys.argv[1:]))
