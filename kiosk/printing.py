"""Sending a finished PDF to the room's printer through the operating system.

CUPS's ``lp`` prints a PDF as it is on Linux, and Windows prints it with the PDF reader's print
verb; elsewhere the file stays in the exports folder for the attendant to print by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def send_to_printer(path: Path) -> bool:
    """True when the system took the job; False when there is no way to print from here."""
    if sys.platform.startswith("win"):
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    lp = shutil.which("lp")
    if lp is None:
        return False
    return subprocess.run([lp, str(path)], capture_output=True, timeout=30).returncode == 0
