"""Telling a USB scanner from a person: a scanner types a whole code faster than anyone can.

A scanner in keyboard mode types each character a few milliseconds apart and ends with Enter. The
filter holds back printable key presses while they keep coming fast; a burst of at least
``min_length`` characters ended by Enter is a scan, and anything slower is handed on, unchanged
and in order, to the widget it was meant for (a person typing in the search field waits at most
``max_gap_ms`` for each letter to appear).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_NOT_TYPING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, max_gap_ms: int = 50, min_length: int = 6, now=time.monotonic):
        super().__init__(parent)
        self._max_gap = max_gap_ms / 1000
        self._min_length = min_length
        self._now = now
        self._held: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._target: QObject | None = None
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self, singleShot=True, interval=max_gap_ms)
        self._timer.timeout.connect(self.release)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        now = self._now()
        fast = bool(self._held) and now - self._last <= self._max_gap and obj is self._target
        if event.key() in _ENTER:
            if fast and len(self._held) >= self._min_length:
                code = "".join(text for _, _, text in self._held)
                self._held, self._target = [], None
                self._timer.stop()
                self.scanned.emit(code)
                return True
            self.release()
            return False
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _NOT_TYPING:
            if self._held and not fast:
                self.release()
            if not self._held:
                self._target = obj
            self._held.append((event.key(), event.modifiers(), text))
            self._last = now
            self._timer.start()
            return True
        self.release()
        return False

    def release(self) -> None:
        """Hand held-back keys on to their widget: they were typed by a person."""
        self._timer.stop()
        held, target = self._held, self._target
        self._held, self._target = [], None
        if not held or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key, modifiers, text in held:
                QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        finally:
            self._replaying = False
