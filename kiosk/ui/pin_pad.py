"""A number pad for the staff PIN: the digits show as dots, never as numbers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.steps import big_button, number_pad

MAX_DIGITS = 8


class PinPad(QWidget):
    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.dots = QLabel(objectName="year")
        self.message = QLabel(objectName="hint", wordWrap=True)
        pad, self.digits = number_pad(self._type)
        self.erase = big_button("⌫", "key")
        self.erase.clicked.connect(lambda: self._set(self._pin[:-1]))
        self.ok = big_button("OK", "primary")
        self.ok.clicked.connect(self._enter)
        pad.addWidget(self.erase, 3, 0)
        pad.addWidget(self.ok, 3, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addLayout(pad, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # digits from a staff keyboard work too
        self._pin = ""
        self.retranslate()

    def _type(self, digit: str) -> None:
        if len(self._pin) < MAX_DIGITS:
            self._set(self._pin + digit)

    def _set(self, pin: str) -> None:
        self._pin = pin
        self.dots.setText("●" * len(pin) if pin else "– – – –")

    def _enter(self) -> None:
        pin, self._pin = self._pin, ""
        self._set("")
        if pin:
            self.entered.emit(pin)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self._type(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._set(self._pin[:-1])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
        else:
            super().keyPressEvent(event)

    def set_enabled(self, enabled: bool) -> None:
        for button in (*self.digits.values(), self.erase, self.ok):
            button.setEnabled(enabled)

    def reset(self) -> None:
        self._set("")
        self.message.setText("")
        self.set_enabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # not a Screen: it re-translates itself
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.erase.setAccessibleName(self.tr("Poista numero"))
        self.ok.setAccessibleName(self.tr("Vahvista PIN"))
        self._set(self._pin)
