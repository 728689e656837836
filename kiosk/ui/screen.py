"""What every screen shares: it re-translates itself and can forget its visitor.

Nothing here touches the ``Qt`` namespace: importing it costs 25 ms, which the home screen's cold
start cannot afford. Text alignment is set in the stylesheet (``qproperty-alignment``) instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# No Qt event reaches Python before home is painted, and QEvent is imported only once one may: its
# first use (a handler or filter in Python called with an event, or the import itself) makes PySide
# build QEvent.Type's 179 members, 13.5 M instructions, ~2.5 ms of the cold start (issue 23).


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
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguageWatch(QObject):
    """A language change for a screen whose own changeEvent is Qt's (home: see above)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            watched.retranslate()
        return False
