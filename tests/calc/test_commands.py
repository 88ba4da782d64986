"""The README's commands work as written: `make run`, `make install`, `make uninstall`.

`make install` is run as an unprivileged user with a throwaway HOME (as `nobody` when the tests
run as root, as CI does), so the user's real LibreOffice profile is never touched.
Run through tests/calc/run.py, which prints the summary.
"""
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import Office, cell_result  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UNOPKG = "/usr/lib/libreoffice/program/unopkg"
PDF = os.path.join(REPO, "build", "worked-example.pdf")


def as_user(home):
    """argv prefix and environment to run a command as the unprivileged test user."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"}
    if os.geteuid() != 0:
        return [], env
    nobody = pwd.getpwnam("nobody")
    os.chown(home, nobody.pw_uid, nobody.pw_gid)
    return ["setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid,
            "--clear-groups"], env


def sh(argv, env=None, cwd=REPO):
    proc = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, timeout=600)
    return proc.returncode, proc.stdout


def test_make_run(res):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    if os.path.exists(PDF):
        os.remove(PDF)  # a PDF left by an earlier run proves nothing
    code, out = sh(["make", "run"], env)
    res.check("make run exits 0", code == 0, out[-2000:])
    for reality, status in [("Strategic", "Watch"), ("Commercial", "Material"),
                            ("Operational", "Material"), ("Resilience", "Critical"),
                            ("Evolution", "Watch and Untrusted")]:
        line = [l for l in out.splitlines() if l.startswith(reality + " ")]
        res.check("make run shows %s as %s, widening since the last review" % (reality, status),
                  len(line) == 1 and line[0].rstrip().endswith(" %s  Widening" % status.ljust(19)),
                  repr(line))
    res.check("make run shows the account band",
              "Account band:         Critical (5 of 5 scored)" in out)
    res.check("make run shows the focus", "Act first on:         Resilience" in out)
    res.check("make run shows when the next review is due",
              "Next review due:      2027-02-16 (" in out)
    head = b""
    if os.path.exists(PDF):
        with open(PDF, "rb") as f:
            head = f.read(5)
    res.check("make run writes build/worked-example.pdf", head == b"%PDF-")


def test_make_bench(res):
    """A small `make bench` run: it must finish, print its ratios and find no disagreement."""
    code, out = sh(["make", "bench", "BENCH_N=2000", "BENCH_RUNS=2", "BENCH_MAPS=40"])
    res.check("make bench exits 0 (built-ins agree with the add-in, no error cells)", code == 0,
              out[-2000:])
    res.check("make bench prints the ratios over both floors and the built-ins",
              "over C++ floor" in out and "over C floor" in out and "over built-in" in out,
              out[-1000:])
    res.check("make bench prints the core's speed", "ns/call" in out and "SCOREGAP + GAPBAND" in out)
    res.check("make bench prints the portfolio's time and memory over the maps, and its ratio to "
              "Calc loading them", "portfolio: 40 maps" in out and "peak memory" in out and
              "ratio: Calc loading / the portfolio program" in out, out[-800:])


def profile_formula(home, formula):
    """Evaluates one formula in the default profile of the test user, run as that user."""
    prefix, env = as_user(home)
    office = Office(os.path.join(home, ".config", "libreoffice", "4"), prefix, env).start()
    try:
        doc = office.new_calc()
        cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
        cell.setFormula(formula)
        doc.calculateAll()
        result = cell_result(cell)
        doc.close(True)
        return result
    finally:
        office.stop()


def checkout_for(home):
    """The tree `make` runs in: this one, or as root a copy the unprivileged user can read (a clone
    under /root is not); cp -a keeps timestamps, so nothing is rebuilt there."""
    if os.geteuid() != 0:
        return REPO
    copy = os.path.join(home, "checkout")
    # copy2 keeps timestamps; the test-only caches under build/ are not needed for make install.
    skip = {os.path.join(REPO, "build", d) for d in ("wineprefix", "release-1.0.0", "fuzz", "abi",
                                                     "unit", "unit-plain", "bench", "exchange",
                                                     "calc", "window", "portfolio")}

    def ignored(folder, names):
        """The caches above, and anything but files, folders and links (a device node or pipe
        left in the tree would be read forever)."""
        out = []
        for n in names:
            path = os.path.join(folder, n)
            mode = os.lstat(path).st_mode
            if path in skip or not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):
                out.append(n)
        return out

    shutil.copytree(REPO, copy, symlinks=True, copy_function=shutil.copy2, ignore=ignored)
    subprocess.check_call(["chown", "-R", "%d:%d" % (pwd.getpwnam("nobody").pw_uid,
                                                    pwd.getpwnam("nobody").pw_gid), copy])
    return copy


def test_install_uninstall(res):
    home = tempfile.mkdtemp(prefix="sensesgap-home-")
    os.chmod(home, 0o755)
    prefix, env = as_user(home)
    tree = checkout_for(home)
    try:
        code, out = sh(prefix + ["make", "install"], env, tree)
        res.check("make install exits 0", code == 0, out[-2000:])
        code, out = sh(prefix + [UNOPKG, "list"], env, tree)
        res.check("installed extension is registered", "org.sensesgap.calc" in out and
                  "is registered: yes" in out, out[-1500:])
        result = profile_formula(home, "=SCOREGAP(4;2.5)")
        res.check("installed functions evaluate in the user's profile", result == ("number", 1.5),
                  repr(result))
        code, out = sh(prefix + ["make", "uninstall"], env, tree)
        res.check("make uninstall exits 0", code == 0, out[-2000:])
        code, out = sh(prefix + [UNOPKG, "list"], env, tree)
        res.check("uninstalled extension is gone", "org.sensesgap.calc" not in out, out[-1500:])
        result = profile_formula(home, "=SCOREGAP(4;2.5)")
        res.check("after uninstall the function is unknown", result == ("error", 525), repr(result))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_make_idl(res):
    """`make idl` regenerates idl/XFunctions.idl from the function table: unchanged here."""
    code, out = sh(["make", "idl"])
    res.check("make idl exits 0", code == 0, out[-1500:])
    code, out = sh(["git", "status", "--porcelain", "idl/"])
    res.check("make idl leaves the committed interface unchanged", code == 0 and out == "", out)


def run(res):
    """Adds this suite's checks to res."""
    test_make_idl(res)
    test_make_run(res)
    test_make_bench(res)
    test_install_uninstall(res)
