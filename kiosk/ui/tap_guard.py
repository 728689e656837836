"""A tap acts once: a control that has just appeared or moved under a finger ignores taps for a
moment (issue 16).

A person's second tap of a double tap comes 100–350 ms after the first. When the first tap changes
the screen (a new step, matches that re-flow, the home screen after a confirmation went by
itself), the second lands on whatever is now under the finger and used to act on it: "I am new"
on "Oletko sinä?", the next item in lending, the lunch on home. Watching the window's events, a
button that was shown, moved or resized, or whose screen did, takes no press until ``guard_ms``
have passed; the keyboard's keys, which stay where they are, go on taking taps at any pace.
A button that shows something else where it is (a match's new name) is as good as new: its screen
calls ``changed_under_finger(button)``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import getCppPointer

# Sent to a widget whose content changed in place; the guard takes it as a move.
CHANGED = QEvent.Type(QEvent.registerEventType())

# Show, Move, Resize: a control is somewhere new. Presses and double clicks are what a tap starts
# with; a release after an ignored press finds no pressed button and does nothing by itself.
_MOVED = frozenset({QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize, CHANGED})
_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})


def changed_under_finger(widget: QWidget) -> None:
    """``widget`` shows something else where it is: a tap meant for what was there is ignored."""
    QCoreApplication.sendEvent(widget, QEvent(CHANGED))


class TapGuard(QObject):
    """An application event filter for the widgets inside ``window``."""

    def __init__(self, window: QWidget, guard_ms: int):
        super().__init__(window)  # no reference of its own: a closed window is freed as before
        self._guard = guard_ms / 1000
        # The widget's C++ address (a Python wrapper's id can change) -> when it last appeared or moved.
        self._moved_at: dict[int, float] = {}
        self.ignored = 0  # taps ignored so far (the tests read it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._guard:
            return False
        if kind in _MOVED:
            if isinstance(watched, QWidget):
                now = time.monotonic()
                if len(self._moved_at) > 2000:  # forget what is long settled (and widgets deleted since)
                    self._moved_at = {k: t for k, t in self._moved_at.items() if now - t < self._guard}
                self._moved_at[getCppPointer(watched)[0]] = now
        elif kind in _PRESSES and isinstance(watched, QWidget) and self._just_moved(watched):
            self.ignored += 1
            event.accept()
            return True
        return False

    def set_guard_ms(self, guard_ms: int) -> None:
        """The room's setting ``tap_guard_ms`` changed in staff mode."""
        self._guard = guard_ms / 1000

    def would_ignore(self, widget: QWidget) -> bool:
        """A tap on ``widget`` now would be ignored (for tests that tap once the screen settled)."""
        return bool(self._guard) and self._just_moved(widget)

    def _just_moved(self, widget: QWidget) -> bool:
        """Did this widget, or one that holds it within the window, appear or move just now?"""
        now = time.monotonic()
        while widget is not None and not widget.isWindow():
            moved = self._moved_at.get(getCppPointer(widget)[0])
            if moved is not None and now - moved < self._guard:
                return True
            widget = widget.parentWidget()
        return False
