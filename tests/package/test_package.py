"""What the five-platform package holds, checked without running the foreign libraries.

Run by `make test-package` after the build. Each library must have the expected format and CPU,
export exactly the loader's two entry points, import only what a LibreOffice installation
provides (sal and cppu, and the system's C library), link no C++ runtime and carry no assert that
could fire. Every platform entry declares the binary-UNO environment (a wrong or missing
declaration aborts the office instead of giving an error). The IDL committed in idl/ is what the
function table generates, and it still holds the frozen 1.0.0 interface.
Usage: /usr/bin/python3 tests/package/test_package.py build/sensesgap.oxt VERSION
Ends with one plain 'N passed, N failed' line.
"""
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "calc"))
from results import Results  # noqa: E402

PLATFORMS = {  # platform: (manifest spelling, library in the package)
    "linux_x86_64": ("Linux_x86_64", "linux_x86_64/libsensesgap.so"),
    "linux_aarch64": ("Linux_AARCH64", "linux_aarch64/libsensesgap.so"),
    "windows_x86_64": ("Windows_X86_64", "windows_x86_64/sensesgap.dll"),
    "macosx_x86_64": ("MacOSX_X86_64", "macosx_x86_64/libsensesgap.dylib"),
    "macosx_aarch64": ("MacOSX_AARCH64", "macosx_aarch64/libsensesgap.dylib"),
}
ENTRY_POINTS = {"component_getFactory", "component_getImplementationEnvironment"}
DESC_NS = "{http://openoffice.org/extensions/description/2006}"
MANIFEST_NS = "{http://openoffice.org/2001/manifest}"
COMPONENTS_NS = "{http://openoffice.org/2010/uno-components}"
SDK = "/usr/lib/libreoffice/sdk"
PROGRAM = "/usr/lib/libreoffice/program"
# Symbols that would mean an assert, or a C++ runtime, inside the shipped library.
ASSERTS = {"__assert_fail", "__assert_rtn", "_assert", "_wassert", "__assert"}


def def_names(name):
    """The function names a .def file lists: what the add-in may import from sal or cppu."""
    path = os.path.join(REPO, "addin", "platform", "windows_x86_64", name)
    with open(path) as f:
        return {line.strip() for line in f
                if line.startswith("    ") and not line.strip().startswith(";")}


UNO_IMPORTS = def_names("sal3.def") | def_names("cppu3.def")


def tbd_symbols():
    with open(os.path.join(REPO, "addin", "platform", "macosx", "libSystem.tbd")) as f:
        text = f.read()
    return set(re.findall(r"[_A-Za-z][\w]*", text.split("symbols:", 1)[1].split("...")[0]))


def run(argv):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, check=True).stdout


def nm(path, *flags):
    """Symbol names from llvm-nm, which reads ELF, PE and Mach-O alike."""
    out = run(["llvm-nm", "--no-sort", "--format=just-symbols"] + list(flags) + [path])
    return {line.strip().split("@")[0] for line in out.splitlines() if line.strip()}


def elf_checks(res, name, path, machine):
    with open(path, "rb") as f:
        head = f.read(64)
    res.check("%s is a 64-bit little-endian ELF" % name, head[:6] == b"\x7fELF\x02\x01")
    e_type, e_machine = struct.unpack_from("<HH", head, 16)
    res.check("%s is a shared object for machine %d" % (name, machine),
              e_type == 3 and e_machine == machine, "type %d machine %d" % (e_type, e_machine))
    needed = set(re.findall(r"NEEDED.*\[(.*)\]", run(["llvm-readelf", "-d", path])))
    res.check("%s needs sal, cppu and at most the C library" % name,
              {"libuno_cppu.so.3", "libuno_sal.so.3"} <= needed <=
              {"libuno_cppu.so.3", "libuno_sal.so.3", "libm.so.6", "libc.so.6"},
              repr(sorted(needed)))
    exported = nm(path, "-D", "--defined-only", "--extern-only")
    res.check("%s exports only the loader's entry points" % name, exported == ENTRY_POINTS,
              repr(sorted(exported)))
    undefined = nm(path, "-D", "--undefined-only")
    uno = {s for s in undefined if s.startswith(("rtl_", "typelib_", "uno_"))}
    res.check("%s imports from sal/cppu only the .def's functions" % name, uno <= UNO_IMPORTS,
              repr(sorted(uno - UNO_IMPORTS)))
    res.check("%s calls no assert and no abort" % name,
              not (undefined & (ASSERTS | {"abort"})), repr(sorted(undefined & (ASSERTS | {"abort"}))))


def pe_checks(res, name, path):
    with open(path, "rb") as f:
        data = f.read()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    machine, = struct.unpack_from("<H", data, pe + 4)
    characteristics, = struct.unpack_from("<H", data, pe + 22)
    res.check("%s is a PE DLL for x86-64" % name,
              data[pe:pe + 4] == b"PE\0\0" and machine == 0x8664 and characteristics & 0x2000,
              "machine %#x characteristics %#x" % (machine, characteristics))
    dump = run(["x86_64-w64-mingw32-objdump", "-p", path])
    imports = {}
    current = None
    for line in dump.splitlines():
        m = re.match(r"\s*DLL Name: (\S+)", line)
        if m:
            current = m.group(1)
            imports[current] = set()
            continue
        # binutils 2.40 (Debian 12): "f602  1  name"; 2.44 (Debian 13): "0000f308  <none>  0000  name"
        m = re.match(r"\s+[0-9a-f]+\s+(?:<none>\s+[0-9a-f]+|\d+)\s+(\w+)$", line)
        if current and m:
            imports[current].add(m.group(1))
    res.check("%s imports KERNEL32, the C runtime, sal3.dll and cppu3.dll only" % name,
              {d.lower() for d in imports} == {"kernel32.dll", "msvcrt.dll", "sal3.dll", "cppu3.dll"},
              repr(sorted(imports)))
    uno = imports.get("sal3.dll", set()) | imports.get("cppu3.dll", set())
    res.check("%s imports from sal3/cppu3 exactly the .def's functions" % name, uno == UNO_IMPORTS,
              repr(sorted(uno ^ UNO_IMPORTS)))
    everything = set().union(*imports.values()) if imports else set()
    res.check("%s imports no assert" % name, not (everything & ASSERTS), repr(everything & ASSERTS))
    names_table = dump.split("[Ordinal/Name Pointer] Table", 1)[-1].split("\n\n", 1)[0]
    # "[   0] name" (binutils 2.40) or "[   0] +base[   1]  0000 name" (2.44)
    exports = set(re.findall(r"^\s+\[\s*\d+\]\s+(?:\+base\[\s*\d+\]\s+[0-9a-f]+\s+)?(\w+)\s*$",
                             names_table, re.M))
    res.check("%s exports only the loader's entry points" % name, exports == ENTRY_POINTS,
              repr(sorted(exports)))


def macho_commands(data):
    magic, cputype, _sub, filetype, ncmds, _size, _flags = struct.unpack_from("<IiiIIII", data, 0)
    commands, offset = [], 32
    for _ in range(ncmds):
        cmd, size = struct.unpack_from("<II", data, offset)
        commands.append((cmd, data[offset:offset + size]))
        offset += size
    return magic, cputype, filetype, commands


def adhoc_signed(data, commands):
    """True when an LC_CODE_SIGNATURE holds a CodeDirectory with the ad-hoc flag."""
    for cmd, body in commands:
        if cmd != 0x1D:
            continue
        dataoff, datasize = struct.unpack_from("<II", body, 8)
        blob = data[dataoff:dataoff + datasize]
        magic, _length, count = struct.unpack_from(">III", blob, 0)
        if magic != 0xFADE0CC0:
            return False
        for i in range(count):
            _type, off = struct.unpack_from(">II", blob, 12 + 8 * i)
            cd_magic, _len, _version, flags = struct.unpack_from(">IIII", blob, off)
            if cd_magic == 0xFADE0C02:
                return bool(flags & 0x2)
    return False


def macho_checks(res, name, path, cputype_wanted, must_sign):
    with open(path, "rb") as f:
        data = f.read()
    magic, cputype, filetype, commands = macho_commands(data)
    res.check("%s is a 64-bit Mach-O dylib for cpu %#x" % (name, cputype_wanted),
              magic == 0xFEEDFACF and cputype == cputype_wanted and filetype == 6,
              "magic %#x cpu %#x type %d" % (magic, cputype, filetype))
    linked = []
    for cmd, body in commands:
        if cmd in (0xC, 0x18, 0x80000018):  # LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT
            off, = struct.unpack_from("<I", body, 8)
            linked.append(body[off:].split(b"\0")[0].decode())
    res.check("%s links only libSystem (sal and cppu are bound at load)" % name,
              linked == ["/usr/lib/libSystem.B.dylib"], repr(linked))
    exported = {s.lstrip("_") for s in nm(path, "--defined-only", "--extern-only")}
    res.check("%s exports only the loader's entry points" % name, exported == ENTRY_POINTS,
              repr(sorted(exported)))
    undefined = nm(path, "--undefined-only")
    allowed = tbd_symbols() | {"_" + s for s in UNO_IMPORTS}
    res.check("%s imports only libSystem's listed symbols and the .def's functions" % name,
              undefined <= allowed, repr(sorted(undefined - allowed)))
    res.check("%s imports no assert" % name, not ({s.lstrip("_") for s in undefined} & ASSERTS))
    if must_sign:
        res.check("%s carries an ad-hoc code signature" % name, adhoc_signed(data, commands))


def package_checks(res, oxt, version):
    z = zipfile.ZipFile(oxt)
    names = set(z.namelist())
    desc = ET.fromstring(z.read("description.xml"))
    res.check("description.xml has version %s" % version,
              desc.find(DESC_NS + "version").get("value") == version)
    platforms = desc.find(DESC_NS + "platform").get("value").split(",")
    res.check("description.xml lists the five platforms", sorted(platforms) == sorted(PLATFORMS),
              repr(platforms))
    manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
    entries = {e.get(MANIFEST_NS + "full-path"): e.get(MANIFEST_NS + "media-type")
               for e in manifest.iter(MANIFEST_NS + "file-entry")}
    for platform, (spelling, library) in PLATFORMS.items():
        comps = [p for p, t in entries.items()
                 if t == "application/vnd.sun.star.uno-components;platform=" + spelling]
        res.check("one manifest entry for %s" % platform, len(comps) == 1, repr(comps))
        if len(comps) != 1:
            continue
        root = ET.fromstring(z.read(comps[0]))
        comp = root.find(COMPONENTS_NS + "component")
        res.check("%s: a shared-library component" % platform,
                  comp.get("loader") == "com.sun.star.loader.SharedLibrary")
        res.check("%s: declares environment=\"uno\" (binary UNO)" % platform,
                  comp.get("environment") == "uno", repr(comp.get("environment")))
        res.check("%s: names its own library, which is in the package" % platform,
                  comp.get("uri") == library and library in names, repr(comp.get("uri")))
        impl = comp.find(COMPONENTS_NS + "implementation")
        res.check("%s: implementation and service names" % platform,
                  impl.get("name") == "org.sensesgap.FunctionsImpl" and
                  [s.get("name") for s in impl.findall(COMPONENTS_NS + "service")]
                  == ["org.sensesgap.Functions"])
    for item in ("sensesgap.rdb", "CalcAddIns.xcu", "Paths.xcu"):
        res.check("manifest lists %s" % item, item in entries)
    # LibreOffice 25.2 writes a CompatibilityName into .xlsx files, which 7.4 cannot read back.
    res.check("CalcAddIns.xcu declares no CompatibilityName (.xlsx keeps the programmatic names)",
              b"CompatibilityName" not in z.read("CalcAddIns.xcu"))
    extension_manager_checks(res, z, desc, names)
    res.check("no C++ component left in the package",
              not any(n.endswith(".so") and "/" not in n for n in names))
    return z


XLINK = "{http://www.w3.org/1999/xlink}href"


def extension_manager_checks(res, z, desc, names):
    """What the Extension Manager and the template list show (screenshots: build/window/)."""
    name = desc.find(DESC_NS + "display-name/" + DESC_NS + "name").text
    res.check("display name short enough not to be cut (measured: 30 characters were)",
              len(name) <= 26, repr(name))
    icon = desc.find(DESC_NS + "icon/" + DESC_NS + "default")
    data = z.read(icon.get(XLINK)) if icon is not None and icon.get(XLINK) in names else b""
    res.check("an icon: a 42x42 PNG in the package",
              data[:8] == b"\x89PNG\r\n\x1a\n" and data[16:24] == bytes([0, 0, 0, 42, 0, 0, 0, 42]))
    publisher = desc.find(DESC_NS + "publisher/" + DESC_NS + "name")
    # The Extension Manager opens the link as it is written (SystemShellExecute, URIs only): a
    # path inside the package opens nothing. A real address is still to be given.
    res.check("a publisher is named", publisher is not None and (publisher.text or "").strip(),
              repr(publisher.attrib))
    licence = z.read("LICENSE.txt").decode()
    res.check("the licence is wrapped for the licence dialog (70 columns)",
              max(len(line) for line in licence.splitlines()) <= 70)
    text = z.read("description-en.txt").decode()
    res.check("the description breaks lines only between sentences",
              all(line.rstrip().endswith((".", ":")) for line in text.splitlines() if line.strip()),
              text)
    res.check("the template's category is Relationship Reality Map",
              "templates/Relationship Reality Map/relationship-reality-map.ots" in names)


def idl_checks(res, build):
    with open(os.path.join(REPO, "idl", "XFunctions.idl")) as f:
        committed = f.read()
    with open(os.path.join(build, "XFunctions.idl")) as f:
        generated = f.read()
    res.check("idl/XFunctions.idl is what the function table generates (run make idl)",
              committed == generated)
    types = [os.path.join(PROGRAM, "types.rdb"), os.path.join(PROGRAM, "types", "offapi.rdb")]
    read = run([os.path.join(SDK, "bin", "unoidl-read")] + types +
               [os.path.join(build, "sensesgap.rdb")]).splitlines()
    with open(os.path.join(REPO, "tests", "golden", "interface-1.0.0.txt")) as f:
        frozen = f.read().splitlines()
    methods = [line for line in frozen if "(" in line]
    now = [line for line in read if "(" in line]
    res.check("the 1.0.0 methods come first, unchanged and in order (%d)" % len(methods),
              now[:len(methods)] == methods, "\n".join(now[:len(methods)]))
    res.check("the interface is still org.sensesgap.XFunctions",
              [line for line in read if "interface" in line][:1] == [" " * 2 + "interface XFunctions {"])


def main(oxt, version):
    res = Results()
    build = os.path.dirname(os.path.abspath(oxt))
    try:
        z = package_checks(res, oxt, version)
        unpacked = os.path.join(build, "package-check")
        z.extractall(unpacked)
        lib = {p: os.path.join(unpacked, PLATFORMS[p][1]) for p in PLATFORMS}
        elf_checks(res, "linux_x86_64", lib["linux_x86_64"], 62)
        elf_checks(res, "linux_aarch64", lib["linux_aarch64"], 183)
        pe_checks(res, "windows_x86_64", lib["windows_x86_64"])
        macho_checks(res, "macosx_x86_64", lib["macosx_x86_64"], 0x01000007, False)
        macho_checks(res, "macosx_aarch64", lib["macosx_aarch64"], 0x0100000C, True)
        idl_checks(res, build)
    except Exception as exc:  # a crashed check is a failure, never a silent pass
        res.check("package checks ran to the end", False, repr(exc))
    return res.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
