"""A real Calc window for tests: Xvfb, a window manager, and LibreOffice with a VCL plugin, run as
an unprivileged user on a throwaway profile, driven by xdotool and read over UNO.

What only a window shows (AutoInput, validity dialogs, protection messages, the Function Wizard,
the Extension Manager) is typed here as a person types it. Run with Debian's /usr/bin/python3.
"""
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "calc"))
from office import Office  # noqa: E402

import uno  # noqa: E402

DISPLAY = ":97"
SCREEN = "1600x1000x24"


def _as_nobody():
    """soffice and unopkg refuse or misbehave as root: run them as nobody."""
    nobody = pwd.getpwnam("nobody")
    if os.getuid() != 0:
        return [], None
    return (["setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid,
             "--clear-groups"], nobody)


class Desktop:
    """Xvfb + openbox + one GUI office with the extension installed."""

    def __init__(self, oxt):
        self.work = tempfile.mkdtemp(prefix="sensesgap-window-")
        os.chmod(self.work, 0o777)
        self.home = os.path.join(self.work, "home")
        os.makedirs(self.home)
        self.oxt = os.path.join(self.work, "sensesgap.oxt")
        shutil.copy(oxt, self.oxt)
        prefix, nobody = _as_nobody()
        if nobody:
            for root, dirs, files in os.walk(self.work):
                for name in dirs + files:
                    os.chown(os.path.join(root, name), nobody.pw_uid, nobody.pw_gid)
        self.env = dict(os.environ, DISPLAY=DISPLAY, HOME=self.home, SAL_USE_VCLPLUGIN="gtk3",
                        LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_AT_BRIDGE="1")
        self.prefix = prefix
        self.procs = []
        self.office = None
        self.profile = os.path.join(self.work, "profile")

    def start(self):
        self.procs.append(subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", SCREEN, "-ac",
                                            "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
        deadline = time.time() + 20
        while subprocess.run(["xdotool", "getdisplaygeometry"], env=self.env,
                             capture_output=True).returncode != 0:
            if time.time() > deadline:
                raise RuntimeError("Xvfb did not start on " + DISPLAY)
            time.sleep(0.2)
        self.procs.append(subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
        # Install into the profile from a headless office, then open the real window.
        installer = Office(profile_dir=self.profile, prefix=self.prefix, env=self.env).start()
        installer.add_extension(self.oxt)
        installer.stop()
        self.office = Office(profile_dir=self.profile, prefix=self.prefix, env=self.env,
                             headless=False).start()
        return self

    def stop(self):
        if self.office:
            self.office.stop()
        for p in reversed(self.procs):
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(self.work, ignore_errors=True)

    # --- a person's hands and eyes -------------------------------------------------------------
    def xdo(self, *args):
        return subprocess.run(["xdotool"] + list(args), env=self.env, capture_output=True,
                              text=True).stdout

    def type(self, text):
        self.xdo("type", "--delay", "60", text)

    def key(self, *keys):
        for k in keys:
            self.xdo("key", "--delay", "80", k)

    def screenshot(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", path], env=self.env,
                       check=True, capture_output=True)

    def window_titles(self):
        """(id, title) of every visible window: a dialog is a new pair, even with a known title."""
        ids = self.xdo("search", "--onlyvisible", "--classname", ".").split()  # untitled too
        return [(i, self.xdo("getwindowname", i).strip()) for i in ids]

    def wait_for_window(self, fragment, timeout=20):
        """The id of a visible window whose title contains fragment, or None."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for wid in self.xdo("search", "--onlyvisible", "--name", fragment).split():
                return wid
            time.sleep(0.3)
        return None

    def open(self, path, title_fragment):
        """Open a document (a template opens as a new document) in a visible, focused window."""
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = self.office.desktop.loadComponentFromURL(url, "_blank", 0, ())
        wid = self.wait_for_window(title_fragment)
        if wid:
            self.xdo("windowactivate", "--sync", wid)
            self.xdo("windowsize", wid, "100%", "100%")
            self.xdo("windowmove", wid, "0", "0")
        time.sleep(1.5)
        return doc

    def settle(self, seconds=0.6):
        time.sleep(seconds)
