#!/usr/bin/env bash
# Unpacks Debian's own arm64 libzip and expat (with what they need at run time) into a folder, so
# that the portfolio program cross-builds for Linux arm64 and runs under qemu against the very
# libraries an arm64 Debian installs. Nothing is installed for arm64. The C library comes from
# the cross toolchain (libc6-dev-arm64-cross), so it and its own packages are left out.
# Usage: arm64-sysroot.sh ROOT        (as root, or with sudo available)
set -euo pipefail
root=$1
sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -q
fi
# The dependency closure as this release's archive has it (names differ between releases, e.g.
# libzip4 and libzip5), less the C library's packages.
pkgs=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
         --no-replaces --no-enhances libzip-dev:arm64 libexpat1-dev:arm64 |
       grep -v '^ ' | grep ':arm64$' |
       grep -Ev '^(libc6|libc6-dev|libc-dev-bin|linux-libc-dev|libcrypt|libnsl|libtirpc|rpcsvc-proto|gcc-[0-9]+-base|libgcc-s1)' |
       sort -u)
debs=$root.debs
rm -rf "$root" "$debs"
mkdir -p "$root" "$debs"
(cd "$debs" && apt-get download -q -o APT::Sandbox::User=root $pkgs)
for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$root"; done
rm -rf "$debs"
for f in usr/include/zip.h usr/include/expat.h; do
  test -e "$root/$f" || { echo "arm64-sysroot.sh: $f missing" >&2; exit 1; }
done
echo "arm64 libzip and expat from:" $pkgs
