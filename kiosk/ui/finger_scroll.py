"""Scrolling with a finger: a list, a text or a preview follows a drag and glides on (issue 16).

Qt's own QScroller does it for any scroll area once its viewport has grabbed the gesture; a tap
that does not move still selects a row or presses a button. Lists scroll by the pixel (by the
item, a row jumps out from under the finger). The scroll bars that remain are as wide as a
finger: assets/style.qss.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller, QScrollerProperties, QStackedWidget, QWidget


class FingerScrolling(QObject):
    """Each page of the window's stack gets finger scrolling the first time it is shown: done for
    all 25 scroll areas at start it cost the kiosk 20 ms before the first scan is taken."""

    def __init__(self, stack: QStackedWidget):
        super().__init__(stack)
        self._done: set[int] = set()
        stack.currentChanged.connect(lambda index: self.page(stack.widget(index)))
        self.page(stack.currentWidget())

    def page(self, page: QWidget | None) -> None:
        if page is not None and id(page) not in self._done:
            self._done.add(id(page))
            finger_scrolling(page)


def finger_scrolling(top: QWidget) -> int:
    """Every scroll area under ``top`` scrolls with a finger (a mouse's left button, as a touch
    screen's first finger arrives); the count, for the tests."""
    areas = top.findChildren(QAbstractScrollArea)
    for area in areas:
        use_finger(area)
    return len(areas)


# A scroll area's least size comes from its scroll bars' (twice the bar's width plus a handle): a
# finger-wide bar would make every list taller at least, and a landscape screen has no room to
# spare (the window grew). Where the area sets no least size of its own, it keeps the one it had.
LEAST = 64


def use_finger(area: QAbstractScrollArea) -> None:
    if area.minimumHeight() == 0:
        area.setMinimumHeight(LEAST)
    if area.minimumWidth() == 0:
        area.setMinimumWidth(LEAST)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    # No rubber band past the ends: the kiosk's lists are short and a bounce reads as a fault.
    for policy in (QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                   QScrollerProperties.ScrollMetric.VerticalOvershootPolicy):
        properties.setScrollMetric(policy, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)
