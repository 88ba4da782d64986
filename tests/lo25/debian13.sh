#!/usr/bin/env bash
# The Calc suite against the LibreOffice of Debian 13 (25.2 at the time of writing), in a chroot
# beside the host's own LibreOffice. Run as root:
#   tests/lo25/debian13.sh ROOT OXT TEMPLATE [EXCHANGE]
# ROOT is created with debootstrap on first use and reused after. The package under test is the
# one built on the host, the one users install; the suite runs inside with the chroot's python3-uno.
# With EXCHANGE, a folder holding saved-by-host.xlsx: it is opened here, and this office's own
# .xlsx is written back there as saved-by-debian13.xlsx (tests/lo25/xlsx_exchange.py).
# /proc, /sys and /dev are mounted only while the suite runs, and always unmounted by the trap:
# deleting ROOT with /dev bound into it would delete the host's device nodes.
set -euo pipefail
ROOT=$(realpath -m "$1")
OXT=$(realpath "$2")
TEMPLATE=$(realpath "$3")
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SUITE=trixie
PACKAGES="libreoffice-calc-nogui python3-uno fonts-liberation poppler-utils"

# The host's own Debian mirror (deb822 or one-line sources), so the chroot reaches what apt reaches.
mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -E '^URIs:' \
        | awk '{print $2}' | grep -v security | head -1 || true)
  [ -n "$uri" ] || uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null \
                         | sed -E 's/\[[^]]*\]//' | awk '{print $2}' | grep -E '/debian/?$' \
                         | head -1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

MOUNTS=()
unmount_all() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -l "${MOUNTS[$i]}" 2>/dev/null || true
  done
  MOUNTS=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

# True when anything is mounted at or below ROOT (no pipe: grep -q would race pipefail).
mounted_inside() {
  findmnt -rno TARGET | awk -v p="$ROOT/" 'index($0 "/", p) == 1 { found = 1 } END { exit !found }'
}

# What a chroot needs while it runs: /proc, /sys and the host's /dev, never propagated back.
mount_all() {
  local dir
  mkdir -p "$ROOT/proc" "$ROOT/sys"
  mount -t proc proc "$ROOT/proc"; MOUNTS+=("$ROOT/proc")
  mount -t sysfs sysfs "$ROOT/sys"; MOUNTS+=("$ROOT/sys")
  for dir in /dev /dev/pts /dev/shm; do
    mkdir -p "$ROOT$dir"
    mount --bind "$dir" "$ROOT$dir"
    MOUNTS+=("$ROOT$dir")
    mount --make-rslave "$ROOT$dir"
  done
}

if [ ! -e "$ROOT/.ready" ]; then
  echo "debian13: creating the chroot in $ROOT (about 5 minutes and 2 GB, once)"
  if [ ! -e "$ROOT/.bootstrapped" ]; then
    command -v debootstrap >/dev/null || { apt-get update -q; \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap; }
    if mounted_inside; then
      echo "debian13: $ROOT still has mounts; not deleting it"; exit 1
    fi
    rm -rf --one-file-system "$ROOT"
    mkdir -p "$(dirname "$ROOT")"
    debootstrap --variant=minbase "$SUITE" "$ROOT" "$(mirror)" >"$ROOT.debootstrap.log" 2>&1 || {
      tail -20 "$ROOT.debootstrap.log"; exit 1; }
    touch "$ROOT/.bootstrapped"
  fi
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  mount_all
  chroot "$ROOT" apt-get update -q >/dev/null
  # shellcheck disable=SC2086
  chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    $PACKAGES >"$ROOT.install.log" 2>&1 || { tail -20 "$ROOT.install.log"; exit 1; }
  unmount_all
  touch "$ROOT/.ready"
fi

mount_all

# The suite reads the repository (tests, examples, golden files) and writes under build/: a copy,
# so that nothing of the host's tree is bound into the chroot.
WORK="$ROOT/work"
rm -rf "$WORK"
mkdir -p "$WORK/build"
cp -r "$REPO/tests" "$REPO/examples" "$REPO/addin" "$REPO/README.md" "$WORK/"
cp "$OXT" "$WORK/build/sensesgap.oxt"
cp "$TEMPLATE" "$WORK/build/relationship-reality-map.ots"
# Release 1.0.0 as built on the host for the upgrade test (no compilers in the chroot).
if [ -d "$REPO/build/release-1.0.0" ]; then
  mkdir -p "$WORK/build/release-1.0.0/build"
  cp -r "$REPO/build/release-1.0.0/examples" "$WORK/build/release-1.0.0/"
  cp "$REPO/build/release-1.0.0/build/sensesgap.oxt" "$WORK/build/release-1.0.0/build/"
fi
EXCHANGE=${4:-}
echo "debian13: $(chroot "$ROOT" /usr/lib/libreoffice/program/soffice --version)"
inside() {
  chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}
status=0
inside /usr/bin/python3 /work/tests/calc/run.py --office-only /work/build/sensesgap.oxt \
  /work/build/relationship-reality-map.ots || status=1
if [ -n "$EXCHANGE" ]; then
  mkdir -p "$WORK/build/exchange"
  cp "$EXCHANGE/saved-by-host.xlsx" "$WORK/build/exchange/"
  inside /usr/bin/python3 /work/tests/lo25/xlsx_exchange.py open /work/build/sensesgap.oxt \
    /work/build/exchange/saved-by-host.xlsx "an .xlsx saved by the host's LibreOffice" || status=1
  inside /usr/bin/python3 /work/tests/lo25/xlsx_exchange.py short-names /work/build/sensesgap.oxt \
    /work/tests/golden/short-names-25.2.xlsx || status=1
  inside /usr/bin/python3 /work/tests/lo25/xlsx_exchange.py save /work/build/sensesgap.oxt \
    /work/build/exchange/saved-by-debian13.xlsx || status=1
  cp "$WORK/build/exchange/saved-by-debian13.xlsx" "$EXCHANGE/" || status=1
fi
exit $status
