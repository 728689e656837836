#!/usr/bin/env bash
# Prepare a Debian/Ubuntu machine: the system libraries Qt needs, and a Python venv in .venv with
# the kiosk and its test tools. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Offscreen Qt (tests, screenshots) needs the first line; a real window on X11 the second.
APT_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  libpulse0  # QtMultimedia (the camera) links to it even when no sound is played
  poppler-utils  # pdftoppm and pdftotext: the tests read back and render the PDFs we make
  libreoffice-calc-nogui  # headless Calc opens our CSV as a Finnish spreadsheet does (54 packages, ~150 MB, 40 s)
  # tests/e2e: the real kiosk on a real X server, typed into and clicked as a scanner and a person do
  xvfb xauth xdotool imagemagick openbox x11-xkb-utils x11-utils faketime
  # Printing (kiosk/printing.py): lp and lpstat; tests/test_printing_cups.py runs a cupsd of its own
  cups cups-client
)
python3 -c "import venv, ensurepip" 2>/dev/null || APT_PACKAGES+=(python3-venv)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  # Another apt job (unattended upgrades on a fresh desktop) may hold the dpkg lock: wait for it.
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-*; touch "$stamp"
fi
