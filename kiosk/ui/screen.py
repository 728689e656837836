"""What every screen shares: it re-translates itself and can forget its visitor.

Nothing here touches the ``Qt`` namespace: importing it costs 25 ms, which the home screen's cold
start cannot afford. Text alignment is set in the stylesheet (``qproperty-alignment``) instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class Screen(QWidget):
    back = Signal()

    def header(self) -> QHBoxLayout:
        """A way back and the screen's title, the same on every screen that has them."""
        self.back_button = QPushButton(objectName="back")
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(objectName="heading", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.title, 1)
        return row

    def hasHeightForWidth(self) -> bool:
        # A screen fills the window whatever its content: the window's stack need not ask every
        # screen how high it would be at a width on each relayout (3 ms of a name keystroke).
        return False

    def retranslate(self) -> None:
        """Set every visible text; called at construction and on a language change."""

    def reset(self) -> None:
        """Forget everything about the last visitor; called on every return home."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
