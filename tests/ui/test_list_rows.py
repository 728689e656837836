"""Every list on screen holds Qt's own rows (kiosk/ui/list_rows.py): a row made in Python now and
then crashed QListWidget.clear() in shiboken (the people screen's to-do list, test_window_size)."""

import shiboken6
from PySide6.QtWidgets import QListWidget

from kiosk.ui.screenshots import _lending, _to_fix, as_coordinator
from tests.helpers import demo_window


def rows_made_in_python(window) -> list[str]:
    found = []
    for widget in window.findChildren(QListWidget):
        for i in range(widget.count()):
            if shiboken6.createdByPython(widget.item(i)):
                found.append(f"{widget.objectName() or type(widget.parent()).__name__}: {widget.item(i).text()!r}")
    return found


def test_the_lists_of_the_staff_screens_hold_no_row_made_in_python(qtbot, tmp_path, clock):
    window, db, _ = demo_window(qtbot, tmp_path / "demo.sqlite", clock.now(), (1280, 800))
    as_coordinator(window)
    window.show_present()
    window.present.people_button.click()
    filled = 0
    for _ in range(3):  # filled and emptied again and again, as a coordinator going through the list does
        window.people.search.setText("a")
        window.people.results.setCurrentRow(0)
        for _ in _to_fix(window.people):
            filled += window.people.results.count()
        for _ in _lending(window):
            pass
        window.show_present()
        window.present.people_button.click()
    assert filled > 0 and window.lending.loans.count() + window.lending.broken.count() > 0
    assert rows_made_in_python(window) == []
    db.close()
