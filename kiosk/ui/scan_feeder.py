"""Scans typed into the running kiosk from a file, as a USB scanner types them: for the
durability test, which kills the process at random moments and then checks that every check-in
the screen confirmed is in the database. Enabled only by the KIOSK_SCAN_SCRIPT environment
variable; each confirmation is printed as it is shown."""

from __future__ import annotations

import sys
from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.checkin import CheckedIn, CheckedOut


class ScanFeeder(QObject):
    def __init__(self, window, codes: list[str]):
        super().__init__(window)
        self._window, self._codes = window, list(codes)
        window.result.rendered.connect(self._shown)

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if not self._codes:
            return
        target = QApplication.focusWidget() or self._window
        for ch in self._codes.pop(0):
            key = getattr(Qt.Key, f"Key_{ch}", Qt.Key.Key_unknown)
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))

    def _shown(self, outcome) -> None:
        if isinstance(outcome, (CheckedIn, CheckedOut)) and not outcome.repeated:
            kind = "in" if isinstance(outcome, CheckedIn) else "out"
            at = outcome.at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            print(f"confirmed {kind} {outcome.person_id} {at}", flush=True)
        self._window.go_home()
        QTimer.singleShot(1, self._next)


def feed(window, script: Path) -> None:
    codes = [line.strip() for line in script.read_text(encoding="utf-8").splitlines() if line.strip()]
    ScanFeeder(window, codes).start()
    print(f"feeding {len(codes)} scans", file=sys.stderr, flush=True)
