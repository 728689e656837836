"""A large on-screen keyboard with Å Ä Ö, for a visitor with no keyboard and gloves on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

ROWS = ("QWERTYUIOPÅ", "ASDFGHJKLÖÄ", "ZXCVBNM-")
DIGITS = "1234567890.,"  # a row above the letters on the attendant's screens: dates, times, notes, decimal commas


class OnScreenKeyboard(QWidget):
    typed = Signal(str)
    erased = Signal()

    def __init__(self, parent: QWidget | None = None, digits: bool = False):
        super().__init__(parent)
        self.setObjectName("keyboard")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        rows = (DIGITS, *ROWS) if digits else ROWS
        for row, letters in enumerate(rows):
            for column, letter in enumerate(letters):
                self.keys[letter] = self._key(letter, letter)
                grid.addWidget(self.keys[letter], row, column * 2, 1, 2)
        self.space = self._key("", " ")
        self.backspace = self._key("⌫", None)
        grid.addWidget(self.space, len(rows), 4, 1, 12)
        grid.addWidget(self.backspace, len(rows) - 1, 16, 1, 6)
        self.retranslate()

    def _key(self, label: str, text: str | None) -> QPushButton:
        button = key_button(label, self)
        button.setAutoRepeat(text is None)
        if text is None:
            button.clicked.connect(self.erased)
        else:
            button.clicked.connect(lambda: self.typed.emit(text))
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # not a Screen: it re-translates itself
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.space.setText(self.tr("välilyönti"))
        self.space.setAccessibleName(self.tr("Välilyönti"))
        self.backspace.setAccessibleName(self.tr("Poista kirjain"))


def key_button(label: str, parent: QWidget) -> QPushButton:
    """One key: a finger's size at least, growing with the keyboard."""
    button = QPushButton(label, parent)
    button.setObjectName("key")
    # The field keeps the focus, so a physical keyboard goes on working too.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.setMinimumSize(56, 56)
    return button
