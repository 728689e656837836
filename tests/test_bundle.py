"""The PyInstaller bundle (dist/kiosk/, built by scripts/build_bundle.sh) answers and starts.

Runs only with KIOSK_BUNDLE_TEST=1, and then fails when there is no bundle. Not whenever
dist/kiosk/kiosk happens to exist: a bundle left from an earlier build does not contain the code
being tested, so the normal suite would pass or fail on stale code, and the suite never builds one
(a build takes half a minute of both cores).

    bash scripts/build_bundle.sh && KIOSK_BUNDLE_TEST=1 .venv/bin/python -m pytest tests/test_bundle.py
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kiosk import __version__

BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "kiosk" / "kiosk"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("KIOSK_BUNDLE_TEST") != "1",
                       reason="the bundle is tested with KIOSK_BUNDLE_TEST=1, after scripts/build_bundle.sh"),
]


def bundle(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    if not BUNDLE.exists():
        pytest.fail(f"no bundle at {BUNDLE}: run scripts/build_bundle.sh first")
    return subprocess.run([str(BUNDLE), *args], check=False, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_the_bundle_tells_its_version():
    done = bundle("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"kiosk {__version__}"


def test_the_bundle_starts_to_its_home_screen(tmp_path):
    db = tmp_path / "room.sqlite"
    assert bundle("demo", "--db", str(db), "--people", "20").returncode == 0
    done = bundle("--db", str(db), env={"KIOSK_STARTUP_PROBE": "1"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert any(line.startswith("home-shown ") for line in done.stdout.splitlines()), done.stderr[-2000:]


def test_the_bundle_prints_cards_with_its_own_fonts(tmp_path):
    db, pdf = tmp_path / "room.sqlite", tmp_path / "cards.pdf"
    assert bundle("demo", "--db", str(db), "--people", "20").returncode == 0
    done = bundle("cards", "--db", str(db), "--out", str(pdf))
    assert done.returncode == 0, done.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert b"DejaVuSans" in pdf.read_bytes()  # Helvetica, the fallback, has no letters past Latin-1


def test_the_bundle_carries_rclone_and_finds_it(tmp_path):
    """The off-site copies' engine is in the bundle (installer.spec), and the kiosk runs it: an
    unknown remote is rclone's own complaint, not "rclone is not installed"."""
    assert (BUNDLE.parent / "_internal" / "rclone").exists()
    done = bundle("network-report", "--from", "nosuchremote:kuukaudet", "--month", "2026-11", "--out", str(tmp_path / "n.pdf"))
    assert done.returncode == 1
    assert "not installed" not in done.stderr and "nosuchremote" in done.stderr, done.stderr
