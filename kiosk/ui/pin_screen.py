"""The way into staff mode: the PIN, with five tries before entry locks for a while."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.staff_access import Granted, LockedOut, StaffAccess, Wrong
from kiosk.ui.formatting import clock_text
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.screen import Screen


class PinScreen(Screen):
    granted = Signal()

    def __init__(self, access: StaffAccess, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pin")
        self._access, self._clock = access, clock
        self.pad = PinPad()
        self.pad.entered.connect(self._check)
        self._unlock = QTimer(self, singleShot=True)
        self._unlock.timeout.connect(lambda: (self.pad.set_enabled(True), self.pad.message.setText("")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(self.header())
        layout.addWidget(self.pad, 1)
        self.retranslate()

    def _check(self, pin: str) -> None:
        answer = self._access.check(pin)
        if isinstance(answer, Granted):
            self.pad.reset()
            self.granted.emit()
        elif isinstance(answer, Wrong):
            self.pad.message.setText(self.tr("Väärä PIN. Yrityksiä jäljellä: {n}").format(n=answer.tries_left))
        elif isinstance(answer, LockedOut):
            self._locked(answer)

    def _locked(self, answer: LockedOut) -> None:
        self.pad.message.setText(
            self.tr("Liian monta väärää yritystä. Yritä uudelleen klo {time}.").format(time=clock_text(answer.until)))
        self.pad.set_enabled(False)
        wait_ms = (answer.until - self._clock.now()).total_seconds() * 1000
        self._unlock.start(max(0, int(wait_ms)))

    def showEvent(self, event) -> None:
        self.pad.setFocus()
        super().showEvent(event)

    def reset(self) -> None:
        if not self._unlock.isActive():
            self.pad.reset()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Henkilökunnan PIN"))
