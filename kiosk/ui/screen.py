"""What every screen shares: it re-translates itself and can forget its visitor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A plain QWidget subclass paints no stylesheet background without this.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        """Set every visible text; called at construction and on a language change."""

    def reset(self) -> None:
        """Forget everything about the last visitor; called on every return home."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
