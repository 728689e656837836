"""A row of a list on screen (QListWidget), made by the list itself.

A QListWidgetItem made in Python is PySide's subclass of Qt's item, which tells its Python twin
when Qt deletes it. QListWidget.clear() now and then did so after the twin was gone, and the
kiosk died in shiboken's BindingManager::releaseWrapper (gdb; tests/ui/test_window_size.py, about
one run in six, on the people screen). A row the list makes itself is Qt's own item: nothing to
tell when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def add_row(rows: QListWidget, text: str, data=None) -> QListWidgetItem:
    """The new last row, with ``data`` (its Qt.ItemDataRole.UserRole) when given."""
    rows.addItem(text)
    item = rows.item(rows.count() - 1)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item
