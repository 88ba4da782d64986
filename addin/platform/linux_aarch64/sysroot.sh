#!/usr/bin/env bash
# Unpacks Debian's own arm64 LibreOffice UNO libraries (sal, cppu and what they need at run time)
# into a folder, so that the arm64 add-in links against, and the test host runs under qemu with,
# the very libraries an arm64 LibreOffice loads. Nothing is installed for arm64.
# Usage: sysroot.sh ROOT        (as root, or with sudo available)
set -euo pipefail
root=$1
sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -q
fi
# Library package names differ between Debian releases (e.g. a t64 suffix): take whichever the
# archive has for this release.
pick() {
  local name
  for name in "$@"; do
    if apt-cache show "$name:arm64" >/dev/null 2>&1; then echo "$name:arm64"; return; fi
  done
  echo "sysroot.sh: none of $* exists for arm64 in this release's archive" >&2
  exit 1
}
pkgs=$(pick libuno-sal3t64 libuno-sal3)
pkgs="$pkgs $(pick libuno-cppu3t64 libuno-cppu3)"
pkgs="$pkgs $(pick libuno-salhelpergcc3-3t64 libuno-salhelpergcc3-3) zlib1g:arm64"
debs=$root.debs
rm -rf "$root" "$debs"
mkdir -p "$root/lib" "$debs"
(cd "$debs" && apt-get download -q -o APT::Sandbox::User=root $pkgs)
for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$root"; done
rm -rf "$debs"
# One folder, ROOT/lib, with the link-time names (-luno_sal -luno_cppu) and every run-time library
# the host needs under qemu (zlib sits in /lib or /usr/lib depending on the release).
for lib in libuno_sal.so.3 libuno_cppu.so.3 libuno_salhelpergcc3.so.3; do
  ln -sf "../usr/lib/libreoffice/program/$lib" "$root/lib/$lib"
done
ln -sf libuno_sal.so.3 "$root/lib/libuno_sal.so"
ln -sf libuno_cppu.so.3 "$root/lib/libuno_cppu.so"
for dir in lib/aarch64-linux-gnu usr/lib/aarch64-linux-gnu; do
  if [ -e "$root/$dir/libz.so.1" ]; then ln -sf "../$dir/libz.so.1" "$root/lib/libz.so.1"; fi
done
for lib in libz.so.1 libuno_sal.so libuno_cppu.so libuno_salhelpergcc3.so.3; do
  test -e "$root/lib/$lib" || { echo "sysroot.sh: $lib missing" >&2; exit 1; }
done
echo "arm64 UNO libraries from: $pkgs"
