"""A button that stays pressed, such as a lunch's diet or a weekday that is open.

Pressed, it is filled with the accent colour and its text starts with a tick: WCAG 1.4.1 wants
more than a colour to tell a state, and the read-aloud and screen readers say "✓" too."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

TICK = "✓ "


class ToggleButton(QPushButton):
    def __init__(self, text: str = "", **kwargs):
        super().__init__(**kwargs)
        self._label = text
        self.setCheckable(True)
        self.toggled.connect(self._show)
        self._show()

    def setText(self, text: str) -> None:
        self._label = text
        self._show()

    def label(self) -> str:
        """The text without the tick."""
        return self._label

    def _show(self, *_) -> None:
        super().setText(TICK + self._label if self.isChecked() else self._label)
