"""Runs every Calc integration test against the built extension and prints one summary line.

Usage: /usr/bin/python3 tests/calc/run.py [--office-only] build/sensesgap.oxt build/relationship-reality-map.ots
--office-only leaves out what needs the build tools (the README's make commands, make examples):
for an office that is not the build machine's (tests/lo25/).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_commands  # noqa: E402
import test_functions  # noqa: E402
import test_hostile  # noqa: E402
import test_sharing  # noqa: E402
import test_template_safety  # noqa: E402
import test_workbooks  # noqa: E402
from results import Results  # noqa: E402


def main(oxt, template, office_only=False):
    res = Results()
    try:
        test_functions.run(oxt, res)
        test_hostile.run(oxt, res)
        test_workbooks.run(oxt, template, res, office_only)
        test_template_safety.run(oxt, template, res)
        test_sharing.run(oxt, res)
        if not office_only:
            test_commands.run(res)
    except Exception as exc:  # a crashed harness is a failure, never a silent pass
        res.check("harness ran to the end", False, repr(exc))
    return res.finish()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--office-only"]
    sys.exit(main(*(args[:2] if len(args) > 1 else ("build/sensesgap.oxt",
                                                     "build/relationship-reality-map.ots")),
                  office_only="--office-only" in sys.argv))
