"""Counting checks for the Calc tests; the run ends with one plain 'N passed, N failed' line."""


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        """Counts one check; prints it when it fails."""
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s %s" % (name, detail))

    def summary(self):
        return "%d passed, %d failed" % (self.passed, self.failed)

    def finish(self, label=""):
        """Prints the closing line (after label, e.g. 'window: ') and returns the exit status."""
        print(label + self.summary())
        return 1 if self.failed else 0
