"""What the running kiosk shows, printed for the end-to-end tests and the benchmark: which screen
is on, each confirmation the moment it is painted, and where the buttons a finger would tap are.
Enabled only by the environment variable KIOSK_E2E_EVENTS; a kiosk in a room prints nothing.

Times are CLOCK_MONOTONIC seconds (``time.monotonic()``), the clock every process on the machine
shares, so a test can set them beside the moment its xdotool began to type."""

from __future__ import annotations

import sys
import time
from datetime import timezone

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QInputEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

_ENTER = (0x01000004, 0x01000005)  # Qt.Key.Key_Return, Key_Enter: the Qt namespace is slow to import
LAYOUT_SETTLES_MS = 60  # after a screen change or a key: matches and hints have been laid out


def say(line: str) -> None:
    print(f"{line} {time.monotonic():.6f}", flush=True)


class Probe(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._painted_pending = None
        self._enter_stamp = -1
        self._dump = QTimer(self, singleShot=True, interval=LAYOUT_SETTLES_MS)
        self._dump.timeout.connect(self.dump_widgets)
        window.stack.currentChanged.connect(self._screen_changed)
        window.result.rendered.connect(self._rendered)
        window.result.installEventFilter(self)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.instance().installEventFilter(self)
        say("attached")
        self._screen_changed()

    def _screen_changed(self, _index: int = 0) -> None:
        say(f"screen {self._window.current().objectName() or type(self._window.current()).__name__}")
        self._dump.start()

    def _rendered(self, outcome) -> None:
        self._painted_pending = outcome

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Every event of the kiosk passes here while it is measured: the type tests first, as the
        # kiosk's own filters do (reading an event's type makes a Python enum).
        if not isinstance(event, (QInputEvent, QPaintEvent)):
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint and obj is self._window.result and self._painted_pending is not None:
            outcome, self._painted_pending = self._painted_pending, None
            QTimer.singleShot(0, lambda: self._confirmed(outcome))  # once this paint is flushed
        elif kind == QEvent.Type.KeyPress and event.key() in _ENTER and event.timestamp() != self._enter_stamp:
            self._enter_stamp = event.timestamp()  # a window hands its key to a widget: said once
            say("key-return")
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease):
            # KeyPress too: keys a person typed reach the field when the scan filter lets them go,
            # after their releases.
            self._dump.start()
        return False

    def _confirmed(self, outcome) -> None:
        from kiosk.checkin import CheckedIn, CheckedOut

        name = type(outcome).__name__
        if isinstance(outcome, (CheckedIn, CheckedOut)):
            kind = "in" if isinstance(outcome, CheckedIn) else "out"
            at = outcome.at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            repeated = " repeated" if outcome.repeated else ""
            say(f"confirmed {kind} {outcome.person_id} {at}{repeated}")
        else:
            say(f"outcome {name}")

    def dump_widgets(self) -> None:
        """Every visible button, field and named label of the screen on top, in screen pixels."""
        screen = self._window.current()
        say(f"widgets {screen.objectName()}")
        for widget in screen.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
                continue
            if isinstance(widget, QLabel) and not widget.objectName():
                continue
            corner = widget.mapToGlobal(widget.rect().topLeft())
            text = widget.text() if hasattr(widget, "text") else ""
            text = " ".join(str(text).split())
            print(f"widget {widget.objectName() or type(widget).__name__} {corner.x()} {corner.y()} "
                  f"{widget.width()} {widget.height()} {text}", flush=True)
        print("widgets-end", flush=True)


def install(window) -> Probe:
    print(f"probe on {sys.platform}", flush=True)
    return Probe(window)
