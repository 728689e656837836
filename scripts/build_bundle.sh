#!/usr/bin/env bash
# Build the one-folder bundle dist/kiosk/ with PyInstaller (installer.spec), then check it:
# `kiosk --version`, a start offscreen to the home screen, and the staff sub-commands that need the
# bundled fonts and assets (demo data, report, cards, labels, backup). To hand it on (tar keeps the
# bundle's symlinks):  tar -C dist -czf kiosk-VERSION-linux-x86_64.tar.gz kiosk   (docs/install.md)
#
#     bash scripts/build_bundle.sh            # build and check
#     bash scripts/build_bundle.sh --check    # only check the bundle that is there
#
# A bundle runs only on the kind of system it was built on: build the Windows one on Windows
# with the same spec (docs/install.md, "Making the bundle").
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--check" ]; then
  bash scripts/setup.sh
  .venv/bin/python -c "import PyInstaller" 2>/dev/null \
    || .venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
  started=$(date +%s)
  # nice: a build takes both cores for a few minutes; other work on the machine goes first.
  nice .venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build installer.spec
  echo "build: $(($(date +%s) - started)) s"
fi

bundle=dist/kiosk/kiosk
[ -x "$bundle" ] || { echo "no bundle at $bundle: build it first" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
fail() { echo "check FAILED: $*" >&2; failures=$((failures + 1)); }

for asset in style.qss fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf privacy/fi.txt icons/sewing.svg; do
  [ -f "dist/kiosk/_internal/assets/$asset" ] || fail "assets/$asset is not in the bundle"
done

version=$("$bundle" --version) || true
expected="kiosk $(.venv/bin/python -c 'import kiosk; print(kiosk.__version__)')"
if [ "$version" = "$expected" ]; then echo "ok: --version: $version"; else fail "--version said '$version', expected '$expected'"; fi

if "$bundle" demo --db "$tmp/room.sqlite" --people 20 >/dev/null; then echo "ok: demo data written"; else fail "kiosk demo"; fi

# Start-up, full screen as in a room: KIOSK_STARTUP_PROBE makes the kiosk print "home-shown <time>"
# and quit (kiosk/app.py).
probe=$(KIOSK_STARTUP_PROBE=1 timeout 60 "$bundle" --db "$tmp/room.sqlite" 2>"$tmp/start.err") || true
if grep -q "^home-shown " <<<"$probe"; then
  echo "ok: started offscreen to the home screen"
else
  tail -5 "$tmp/start.err" >&2
  fail "the kiosk did not start to its home screen (or did not quit): '$probe'"
fi

month=$(date +%Y-%m)
"$bundle" report --db "$tmp/room.sqlite" --month "$month" --out "$tmp/report.pdf" >/dev/null || fail "kiosk report"
"$bundle" cards --db "$tmp/room.sqlite" --out "$tmp/cards.pdf" >/dev/null || fail "kiosk cards"
"$bundle" labels --db "$tmp/room.sqlite" --out "$tmp/labels.pdf" >/dev/null || fail "kiosk labels"
"$bundle" backup --db "$tmp/room.sqlite" --to "$tmp/backups" >/dev/null || fail "kiosk backup"
for pdf in report cards labels; do
  [ "$(head -c 5 "$tmp/$pdf.pdf" 2>/dev/null)" = "%PDF-" ] || { fail "$pdf.pdf is not a PDF"; continue; }
  # DejaVu Sans (assets/fonts) must be in the PDF: Helvetica, the fallback, has no letters past Latin-1.
  grep -aq "DejaVuSans" "$tmp/$pdf.pdf" || fail "$pdf.pdf has no DejaVu Sans: the bundled fonts were not found"
done
[ -f "$tmp"/backups/kiosk-backup-*.sqlite ] || fail "no backup file"
echo "ok: report, cards and labels written with DejaVu Sans; a verified backup made"

# rclone for the off-site copies: in the bundle, and found by the kiosk there (an unknown remote is
# rclone's own complaint, not "rclone is not installed").
dist/kiosk/_internal/rclone version >/dev/null 2>&1 || fail "rclone is not in dist/kiosk/_internal"
said=$("$bundle" network-report --from nosuchremote:kuukaudet --month "$month" --out "$tmp/network.pdf" 2>&1) || true
if grep -q "not installed" <<<"$said"; then fail "the bundled kiosk does not find its rclone: $said"; else echo "ok: rclone bundled and found"; fi

echo "bundle: $(du -sh dist/kiosk | cut -f1) in dist/kiosk"
if ((failures)); then echo "$failures check(s) failed" >&2; exit 1; fi
