"""The add-in library under valgrind memcheck inside real Calc (`make test-valgrind-calc`).

LibreOffice's launcher runs soffice.bin under valgrind when VALGRIND=memcheck is set. The office
gets the built extension, then evaluates the hostile-input cases (test_hostile.py, without the
whole-column ones, which take minutes under valgrind) and the template. Calc itself reports
errors of its own under valgrind, so only errors whose stack passes through the add-in
(libsensesgap.so, the sg_ core) count. Prints one 'N passed, N failed' line.
Usage: /usr/bin/python3 tests/calc/valgrind_calc.py build/sensesgap.oxt build/relationship-reality-map.ots
"""
import glob
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_hostile  # noqa: E402
from office import Office  # noqa: E402
from results import Results  # noqa: E402


def addin_errors(log_dir):
    """Memcheck error records whose stack mentions the add-in, and the number of records read."""
    ours, total = [], 0
    for path in glob.glob(os.path.join(log_dir, "vg.*.log")):
        with open(path, errors="replace") as f:
            text = f.read()
        # A record starts with '==pid== <message>' after a blank '==pid== ' line.
        for record in re.split(r"\n==\d+== \n", text):
            if re.search(r"==\d+== (Invalid|Conditional jump|Use of uninitialised|Mismatched|"
                         r"Syscall param|Source and destination|\d+ bytes in \d+ blocks are definitely)",
                         record):
                total += 1
                if "libsensesgap" in record or re.search(r"\bsg_[a-z_]+ \(", record):
                    ours.append(record.strip()[:3000])
    return ours, total


def main(oxt, template):
    res = Results()
    log_dir = tempfile.mkdtemp(prefix="sensesgap-vg-")
    setup = Office().start()
    setup.add_extension(oxt)
    setup.stop()
    env = dict(os.environ, VALGRIND="memcheck",
               VALGRIND_OPTS="--log-file=%s/vg.%%p.log --leak-check=full" % log_dir)
    office = Office(setup.profile, env=env)
    try:
        office.start(timeout=900)
        kinds = [k for k in test_hostile.KINDS if k[0] != "whole column"]
        test_hostile.check_all(office, res, kinds)
        doc = office.load(template)
        doc.calculateAll()
        doc.close(True)
    finally:
        office.stop()
        setup.cleanup()
    ours, total = addin_errors(log_dir)
    logs = glob.glob(os.path.join(log_dir, "vg.*.log"))
    under = [p for p in logs if "soffice.bin" in open(p, errors="replace").read(4000)]
    res.check("soffice.bin ran under memcheck", bool(under), log_dir)
    res.check("valgrind logs were written", bool(glob.glob(os.path.join(log_dir, "vg.*.log"))))
    res.check("memcheck: no error in the add-in's code (%d records from Calc itself)" % total,
              not ours, "\n\n".join(ours[:3]))
    return res.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
