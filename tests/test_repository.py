"""What setting up and trying out the kiosk leaves behind (issue 16)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_setup_waits_for_the_dpkg_lock_instead_of_failing():
    """Unattended upgrades hold the lock on a fresh desktop: every apt-get call waits up to 10 min."""
    calls = [line for line in (ROOT / "scripts/setup.sh").read_text().splitlines()
             if re.search(r"\bapt-get\b", line) and not line.lstrip().startswith("#")]
    assert calls and all("-o DPkg::Lock::Timeout=600" in line for line in calls), calls


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="not a git checkout")
def test_what_the_demo_writes_beside_its_database_is_ignored():
    written = ["demo.sqlite", "demo.sqlite-wal", "demo.sqlite.lock", "kiosk.log", "kiosk.log.1", "exports/raportti.pdf",
               "backups/kiosk-backup-2026-12-07-160000.sqlite"]
    ignored = subprocess.run(["git", "check-ignore", *written], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert sorted(ignored) == sorted(written)
