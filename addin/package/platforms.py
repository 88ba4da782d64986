"""Writes the per-platform parts of the package: one .components file per platform and the
manifest that ties each to its platform. LibreOffice registers only the entry whose platform
matches the running office and skips the others silently.

Usage: platforms.py PKG_DIR PLATFORM=LIBRARY...   e.g. linux_x86_64=linux_x86_64/libsensesgap.so

Every component declares environment="uno" (binary UNO, as the library itself also says):
without a correct declaration LibreOffice does not give an error, it aborts on the first call.
"""
import os
import sys

IMPLEMENTATION = "org.sensesgap.FunctionsImpl"
SERVICE = "org.sensesgap.Functions"
# The manifest's platform spellings (LibreOffice's own: dp_platform.cxx).
MANIFEST_PLATFORM = {"linux_x86_64": "Linux_x86_64", "linux_aarch64": "Linux_AARCH64",
                     "windows_x86_64": "Windows_X86_64", "macosx_x86_64": "MacOSX_X86_64",
                     "macosx_aarch64": "MacOSX_AARCH64"}


def components(library):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<components xmlns="http://openoffice.org/2010/uno-components">\n'
            '  <component loader="com.sun.star.loader.SharedLibrary" uri="%s" environment="uno">\n'
            '    <implementation name="%s">\n'
            '      <service name="%s"/>\n'
            '    </implementation>\n'
            '  </component>\n'
            '</components>\n') % (library, IMPLEMENTATION, SERVICE)


def entry(path, media_type):
    return ('  <manifest:file-entry manifest:full-path="%s"\n'
            '      manifest:media-type="%s"/>\n') % (path, media_type)


def main(pkg, pairs):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">\n')
    for pair in pairs:
        platform, library = pair.split("=", 1)
        name = "sensesgap-%s.components" % platform
        with open(os.path.join(pkg, name), "w") as f:
            f.write(components(library))
        manifest += entry(name, "application/vnd.sun.star.uno-components;platform=%s"
                          % MANIFEST_PLATFORM[platform])
    manifest += entry("sensesgap.rdb", "application/vnd.sun.star.uno-typelibrary;type=RDB")
    manifest += entry("CalcAddIns.xcu", "application/vnd.sun.star.configuration-data")
    manifest += entry("Paths.xcu", "application/vnd.sun.star.configuration-data")
    manifest += "</manifest:manifest>\n"
    os.makedirs(os.path.join(pkg, "META-INF"), exist_ok=True)
    with open(os.path.join(pkg, "META-INF", "manifest.xml"), "w") as f:
        f.write(manifest)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
