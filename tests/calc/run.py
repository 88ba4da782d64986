"""Runs every Calc integration test against the built extension and prints one summary line.

Usage: /usr/bin/python3 tests/calc/run.py build/sensesgap.oxt build/relationship-reality-map.ots
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


def main(oxt, template):
    res = Results()
    try:
        test_functions.run(oxt, res)
        test_hostile.run(oxt, res)
        test_workbooks.run(oxt, template, res)
        test_template_safety.run(oxt, template, res)
        test_sharing.run(oxt, res)
        test_commands.run(res)
    except Exception as exc:  # a crashed harness is a failure, never a silent pass
        res.check("harness ran to the end", False, repr(exc))
    print(res.summary())
    return 1 if res.failed else 0


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:3] if len(sys.argv) > 2
                    else ("build/sensesgap.oxt", "build/relationship-reality-map.ots"))))
