"""Before a screen left alone goes home by itself: "Oletko vielä siellä?" with a countdown.

WCAG 2.2.1 (timing adjustable): a person who reads slowly, or turned to find their glasses, is
warned and can keep going with one tap, here or anywhere on this screen, before the kiosk forgets
what they were doing.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.screen import Screen


class StillThere(Screen):
    here = Signal()  # the visitor is here: back to what they were doing
    timed_out = Signal()  # nobody answered: the visit is over

    def __init__(self, countdown_ms: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("still_there")
        self._seconds = max(1, -(-countdown_ms // 1000))
        self.left = self._seconds
        self.title = QLabel(objectName="title", wordWrap=True)
        self.countdown = QLabel(objectName="lead", wordWrap=True)
        self.stay = QPushButton(objectName="primary")
        self.stay.setProperty("big", True)  # the stylesheet's size: it overrides a minimum set here
        self.stay.clicked.connect(self._answered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 60)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(self.stay)  # in the lower third, within reach from a wheelchair
        layout.addStretch(1)
        self._tick = QTimer(self, interval=min(1000, countdown_ms))  # shorter only in tests
        self._tick.timeout.connect(self._count)
        self.retranslate()

    def set_countdown_ms(self, countdown_ms: int) -> None:
        """The room's setting ``still_there_seconds`` changed in staff mode."""
        self._seconds = max(1, -(-countdown_ms // 1000))
        self._tick.setInterval(min(1000, countdown_ms))

    def ask(self) -> None:
        """Start counting down from the full time (the window shows this screen)."""
        self.left = self._seconds
        self._tick.start()
        self.retranslate()

    def _count(self) -> None:
        self.left -= 1
        self.retranslate()
        if self.left <= 0:
            self._tick.stop()
            self.timed_out.emit()

    def _answered(self) -> None:
        self._tick.stop()
        self.here.emit()

    def mousePressEvent(self, event) -> None:
        self._answered()  # a touch anywhere says as much as the button
        event.accept()

    def reset(self) -> None:
        self._tick.stop()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Oletko vielä siellä?"))
        self.countdown.setText(self.tr("Palaan alkuun {seconds} sekunnin kuluttua, ja kesken jäänyt unohtuu.")
                               .format(seconds=self.left))
        self.stay.setText(self.tr("Olen tässä"))
