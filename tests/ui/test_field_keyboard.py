"""The attendant's text fields have the on-screen keyboard too (issue 16): on a touch-only tablet
they lend by name, note a problem and write the report's notes; a hardware keyboard hides it."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea

from kiosk.lending import LendingService
from tests.helpers import enter_staff, focus_target, scan


def tap(widget, at_end: bool = False) -> None:
    """A finger on the field: near its left edge, or at its right end (the cursor after the text)."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    x = target.width() - 12 if at_end else 20
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 20))


def type_keys(keyboard, text) -> None:
    for ch in text:
        (keyboard.space if ch == " " else keyboard.keys[ch.upper()]).click()


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
def test_lending_by_name_on_a_touch_only_tablet(window, people, db, qtbot, size):
    window.resize(*size)
    LendingService(db, window._clock).add_item(LendingService(db, window._clock).categories()[2][0], "Läppäri 3")
    aino = people.add("Åsa", "Öberg")
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    assert not screen.keyboard.isVisible()
    tap(screen.search)
    assert screen.keyboard.isVisible()
    assert screen.keyboard.geometry().top() > screen.search.mapTo(screen, screen.search.rect().bottomLeft()).y()
    type_keys(screen.keyboard, "åsa ö")
    assert screen.search.text() == "Åsa Ö"
    screen.people_found[0].click()
    assert screen.person.text() == "Kävijä: Åsa Öberg"
    assert not screen.keyboard.isVisible()  # the search went away with its keyboard
    assert window.size().toTuple() == size
    next(b for b in screen.item_buttons if b.label().startswith("Läppäri 3")).click()
    assert db.value("SELECT person_id FROM loans") == aino.id


def test_the_return_note_is_typed_on_screen_and_the_keyboard_leaves_room_for_it(window, people, db, qtbot):
    lending = LendingService(db, window._clock)
    item = lending.add_item(lending.categories()[0][0], "Bernina 1")
    aino = people.add("Aino", "Virtanen")
    lending.lend(aino.id, item_id=item.id, due=lending.closing_time_today())
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    screen.modes["return"].click()
    screen.loans.setCurrentRow(0)
    tap(screen.problem)
    assert screen.keyboard.isVisible()
    field = screen.problem.geometry().translated(screen.problem.parentWidget().mapTo(screen, QPoint(0, 0)))
    assert not screen.keyboard.geometry().intersects(field)  # the note stays in sight
    type_keys(screen.keyboard, "neula katkesi")
    screen.with_problem.click()
    assert db.value("SELECT problem FROM loans") == "Neula katkesi"


def test_report_notes_on_screen_and_a_hardware_keyboard_hides_it(window, people, qtbot):
    enter_staff(window)
    window.present.report_button.click()
    screen = window.report
    tap(screen.notes)
    assert screen.keyboard.isVisible()
    type_keys(screen.keyboard, "kurssi 12.10.")
    assert screen.notes.toPlainText() == "Kurssi 12.10."
    screen.keyboard.backspace.click()
    assert screen.notes.toPlainText() == "Kurssi 12.10"
    QTest.keyClick(screen.notes, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: not screen.keyboard.isVisible())  # once the scanner filter lets the key go
    tap(screen.notes)  # a tap brings it back
    assert screen.keyboard.isVisible()


def test_names_coming_and_going_do_not_move_the_lending_page(window, people):
    people.add("Helmi", "Aalto")
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    before = screen.due["today"].mapTo(screen, QPoint(0, 0))
    for text in ("he", "hel", "x", ""):
        screen.search.setText(text)
        QApplication.processEvents()
        assert screen.due["today"].mapTo(screen, QPoint(0, 0)) == before, text


def covers(screen, field) -> bool:
    place = field.rect().translated(field.mapTo(screen, QPoint(0, 0)))
    return screen.keyboard.geometry().intersects(place)


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
def test_a_record_found_and_fixed_on_the_people_screen_by_finger_only(window, people, db, qtbot, size):
    """Search, the names, a date: every field of the record and of a period has the keyboard, which
    comes over the screen (the record keeps its place) and never over the field it types into."""
    window.resize(*size)
    people.add("Åsa", "Öberg")
    enter_staff(window)
    window.present.people_button.click()
    screen = window.people
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    save_at = screen.save.mapTo(screen, QPoint(0, 0))
    assert not screen.keyboard.isVisible()
    tap(screen.search)
    assert screen.keyboard.isVisible() and not covers(screen, screen.search)
    type_keys(screen.keyboard, "åsa ö")
    assert screen.search.text() == "Åsa Ö"
    assert screen.save.mapTo(screen, QPoint(0, 0)) == save_at  # nothing moved under the keyboard
    screen.results.setCurrentRow(0)
    last = screen.texts["last_name"]
    tap(last, at_end=True)
    # In the record's scroll area the press arrives when the finger scrolling has seen it is no drag.
    qtbot.waitUntil(lambda: screen.keyboard.target is last) and not covers(screen, last)
    for _ in "Öberg":
        screen.keyboard.backspace.click()
    type_keys(screen.keyboard, "öberg-lind")
    assert last.text() == "Öberg-Lind"  # a name: each part with its capital
    start = screen.texts["eura_start_on"]
    screen.findChild(QScrollArea, "record_area").ensureWidgetVisible(start)  # the finger scrolls to it
    tap(start)
    qtbot.waitUntil(lambda: screen.keyboard.target is start)
    for ch in "2026-11-24":
        screen.keyboard.keys[ch.upper()].click()
    screen.keyboard.done.click()  # "Valmis": it covered the buttons below
    assert not screen.keyboard.isVisible()
    screen.save.click()
    assert db.value("SELECT last_name FROM people") == "Öberg-Lind"
    assert db.value("SELECT eura_start_on FROM people") == "2026-11-24"
    assert window.size().toTuple() == size


def test_the_attendance_note_and_the_lunch_list_have_the_keyboard(window, people, db, clock):
    from kiosk.db import settings

    settings.put(db, "lunch_menu", "Hernekeitto")
    enter_staff(window)
    window.present.attendance_button.click()
    screen = window.attendance
    tap(screen.note)
    assert screen.keyboard.isVisible() and not covers(screen, screen.note)
    type_keys(screen.keyboard, "vesivahinko")
    assert screen.note.text() == "Vesivahinko"
    screen.back_button.click()
    assert not screen.keyboard.isVisible()
    window.present.lunch_button.click()
    lunch = window.lunch_list
    tap(lunch.walk_in_name)
    assert lunch.keyboard.isVisible() and not covers(lunch, lunch.walk_in_name)
    type_keys(lunch.keyboard, "eino ä")
    assert lunch.walk_in_name.text() == "Eino Ä"
    seats = lunch.seats.text()
    tap(lunch.seats, at_end=True)
    assert lunch.keyboard.target is lunch.seats
    for ch in "24":
        lunch.keyboard.keys[ch].click()
    assert lunch.seats.text() == seats + "24"
