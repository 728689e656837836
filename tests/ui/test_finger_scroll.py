"""Everything that scrolls follows a finger (issue 16): dragging a list scrolls it instead of
selecting a row, and the scroll bars that remain are finger-wide."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QScroller

from tests.helpers import enter_staff


def test_every_list_text_and_preview_has_finger_scrolling(window):
    for i in range(window.stack.count()):  # each screen gets it when first shown
        window.stack.setCurrentIndex(i)
    areas = window.findChildren(QAbstractScrollArea)
    assert len(areas) >= 10  # the notice, the lists, the notes, the report's preview...
    names = {area.objectName() or type(area).__name__ for area in areas}
    assert {"notice_area", "present_list", "notes", "QPdfView"} <= names, names
    assert all(QScroller.hasScroller(area.viewport()) for area in areas)


def test_a_drag_scrolls_the_present_list_and_selects_nothing(window, people, checkin, clock, qtbot):
    for i in range(40):
        checkin.toggle(people.add(f"Kävijä{i:02}", "Aalto").id)
    enter_staff(window)
    listing = window.present.list
    viewport = listing.viewport()
    bar = listing.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert bar.width() >= 32  # a finger can hold it
    start = QPoint(viewport.width() // 2, viewport.height() - 40)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 21):  # a finger moving up, 15 px every 15 ms
        qtbot.wait(15)
        QTest.mouseMove(viewport, start - QPoint(0, 15 * step))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=3000)
    assert listing.selectedItems() == []
