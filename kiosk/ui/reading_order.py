"""A screen's widgets in the order a person reads it, for screen readers (issue 20).

Qt's accessibility tree lists a widget's children in the order they became its children, not as
the layout shows them: a keyboard made with its screen as parent came before the title and the
field that the layout puts above it, so a screen reader read out 48 keys before the question.
Raising each widget in the layout's order makes the children's order the layout's. Only for
screens whose widgets do not overlap: raising also changes which is painted on top.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def follow_layout(screen: QWidget) -> None:
    def walk(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is not None:
                item.widget().raise_()
            elif item.layout() is not None:
                walk(item.layout())

    walk(screen.layout())
