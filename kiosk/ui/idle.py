"""Noticing that nobody has touched the kiosk for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.Wheel,
}


class IdleWatch(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without a touch, click or key press.

    Install it as an application-wide event filter to let it see every touch."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: a type test before reading its type, which
        # makes a Python enum (3 µs, hundreds of times a scan).
        if isinstance(event, QInputEvent) and event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def restart(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
