"""Start a throwaway headless LibreOffice, optionally with the built extension, and drive it over UNO.

Shared by the Calc integration tests and `make run`. Run with Debian's /usr/bin/python3 (python3-uno).
The extension is added from inside the running office through the ExtensionManager, which works for
root and non-root alike (unopkg refuses root), and the office is restarted so Calc sees it.
"""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.sheet.FormulaResult import STRING, VALUE
from com.sun.star.table.CellContentType import EMPTY, FORMULA, TEXT

SOFFICE = "/usr/lib/libreoffice/program/soffice"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class _ApproveAll(unohelper.Base,
                  uno.getClass("com.sun.star.task.XInteractionHandler"),
                  uno.getClass("com.sun.star.ucb.XCommandEnvironment"),
                  uno.getClass("com.sun.star.ucb.XProgressHandler")):
    """Command environment that accepts the licence and every other request of addExtension."""

    def getInteractionHandler(self):
        return self

    def getProgressHandler(self):
        return self

    def handle(self, request):
        approve = uno.getTypeByName("com.sun.star.task.XInteractionApprove")
        for cont in request.getContinuations():
            if cont.queryInterface(approve) is not None:
                cont.select()
                return

    def push(self, status):
        pass

    def update(self, status):
        pass

    def pop(self):
        pass


class Office:
    """One headless office process on a private profile and pipe."""

    def __init__(self, profile_dir=None, prefix=(), env=None, headless=True):
        """prefix and env run the office as another user (e.g. setpriv ...) when given;
        headless=False opens real windows (on the DISPLAY in env)."""
        self.headless = headless
        self.prefix = list(prefix)
        self.env = env
        self.owns_profile = profile_dir is None
        self.profile = profile_dir or tempfile.mkdtemp(prefix="sensesgap-profile-")
        self.proc = None
        self.ctx = None
        self.desktop = None

    def _connection(self):
        """A private pipe; a loopback port when the office runs as another user, because
        LibreOffice names pipes per uid."""
        if not self.prefix:
            return "pipe,name=sensesgap_" + uuid.uuid4().hex[:12]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        return "socket,host=127.0.0.1,port=%d" % port

    def start(self, timeout=60):
        connection = self._connection()
        self.proc = subprocess.Popen(
            self.prefix + [SOFFICE, "-env:UserInstallation=file://" + self.profile]
            + (["--headless", "--invisible"] if self.headless else [])
            + ["--nologo", "--norestore", "--nodefault", "--nolockcheck",
               "--accept=%s;urp;StarOffice.ComponentContext" % connection],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=self.env, cwd="/")  # another user may not be able to enter our directory
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            try:
                self.ctx = resolver.resolve("uno:%s;urp;StarOffice.ComponentContext" % connection)
                break
            except NoConnectException:
                if self.proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError("headless office did not start (exit %s)" % self.proc.poll())
                time.sleep(0.2)
        self.desktop = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.ctx)
        return self

    def alive(self):
        """True when the office process runs and still answers a UNO call."""
        if self.proc is None or self.proc.poll() is not None:
            return False
        try:
            self.desktop.getComponents()
            return True
        except Exception:
            return False

    def stop(self):
        if self.proc is None:
            return
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def cleanup(self):
        self.stop()
        if self.owns_profile:
            shutil.rmtree(self.profile, ignore_errors=True)

    def add_extension(self, oxt_path):
        """Install an .oxt into this profile; the office must be restarted to use it."""
        mgr = self.ctx.getValueByName(
            "/singletons/com.sun.star.deployment.ExtensionManager")
        env = _ApproveAll()
        abort = mgr.createAbortChannel()
        url = uno.systemPathToFileUrl(os.path.abspath(oxt_path))
        mgr.addExtension(url, (), "user", abort, env)
        for group in mgr.getDeployedExtensions("user", abort, env):
            if group is not None:
                reg = group.isRegistered(abort, env)
                if reg.IsPresent and reg.Value.Value:
                    return
        raise RuntimeError("extension was added but is not registered: " + oxt_path)

    def remove_extension(self, identifier, filename):
        """Uninstall an extension from this profile; the office must be restarted to see it."""
        mgr = self.ctx.getValueByName(
            "/singletons/com.sun.star.deployment.ExtensionManager")
        mgr.removeExtension(identifier, filename, "user", mgr.createAbortChannel(), _ApproveAll())

    def new_calc(self):
        return self.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, (prop("Hidden", True),))

    def load(self, path):
        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),))


def office_with_extension(oxt_path):
    """A started office whose fresh profile has the extension registered and loaded."""
    office = Office().start()
    office.add_extension(oxt_path)
    office.stop()
    return office.start()


def cell_result(cell):
    """('error', code), ('blank',), ('text', s) or ('number', x) for one cell."""
    err = cell.getError()
    if err:
        return ("error", err)
    ctype = cell.getType()
    if ctype == EMPTY:
        return ("blank",)
    if ctype == TEXT or (ctype == FORMULA and cell.FormulaResultType2 == STRING):
        return ("text", cell.getString())
    if ctype != FORMULA or cell.FormulaResultType2 == VALUE:
        return ("number", cell.getValue())
    return ("other", cell.getString())
