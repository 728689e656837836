"""Telling a screen reader something that just appeared (issue 20): "Tervetuloa, Aino!" is said
at once, not only when the visitor finds the text. Qt 6.8's announcement event; Orca and NVDA read
it out, politely interrupting nothing they are saying."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    if not text or not QAccessible.isActive():  # no screen reader listening: nothing to build
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)  # a confirmation is brief and leaves by itself
    QAccessible.updateAccessibility(event)
