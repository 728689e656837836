"""A dim, calm view after a long idle time: the time and a hint drifting slowly over a dark
screen (no burn-in), gone at the first touch, key or scan."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.formatting import clock_text
from kiosk.ui.screen import Screen

POSITIONS = ((0.5, 0.4), (0.3, 0.25), (0.7, 0.6), (0.35, 0.7), (0.65, 0.3))


class ScreenSaver(Screen):
    woken = Signal()

    def __init__(self, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saver")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the dark background from the stylesheet
        self._clock = clock
        self.box = QWidget(self, objectName="saver_box")
        self.time = QLabel(objectName="saver_clock")
        self.hint = QLabel(objectName="saver_hint")
        column = QVBoxLayout(self.box)
        column.addWidget(self.time)
        column.addWidget(self.hint)
        self._step = 0
        self._drift = QTimer(self, interval=30_000)
        self._drift.timeout.connect(self._move)
        self.retranslate()

    def _move(self) -> None:
        self._step = (self._step + 1) % len(POSITIONS)
        self.time.setText(clock_text(self._clock.now()))
        self.box.adjustSize()
        x, y = POSITIONS[self._step]
        self.box.move(int(x * self.width() - self.box.width() / 2), int(y * self.height() - self.box.height() / 2))

    def showEvent(self, event) -> None:
        self._step = -1
        self._move()
        self._drift.start()
        self.setFocus()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._drift.stop()
        super().hideEvent(event)

    def mousePressEvent(self, event) -> None:
        event.accept()  # the touch wakes the kiosk and does nothing else
        self.woken.emit()

    def keyPressEvent(self, event) -> None:
        self.woken.emit()

    def event(self, event) -> bool:
        if event.type().name == "TouchBegin":
            self.woken.emit()
            return True
        return super().event(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Kosketa näyttöä tai näytä korttisi"))
        self.time.setText(clock_text(self._clock.now()))
