"""Läsnäolo: the attendant gives a missing reason in two taps and marks a closed day."""

from datetime import date

from PySide6.QtCore import Qt

from kiosk.attendance import AttendanceService
from tests.helpers import enter_staff, typed_slowly
from tests.test_attendance import at, period, visit


def tap_row(qtbot, listing, row: int) -> None:
    item = listing.item(row)
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def rows(listing) -> list[str]:
    return [listing.item(i).text() for i in range(listing.count())]


def test_two_taps_give_a_reason_and_a_day_is_marked_closed(window, db, people, clock, qtbot):
    # Today is Tuesday 24.11.2026: the fortnight is Monday 16.11. – Sunday 29.11.
    tiina = people.add("Tiina", "Työkokeilija")
    period(db, clock, tiina.id, "work_trial", "2026-11-01")
    visit(db, tiina.id, at(2026, 11, 16, 9), at(2026, 11, 16, 12, 30))  # Mon, 3.5 h
    visit(db, tiina.id, at(2026, 11, 18, 9), at(2026, 11, 18, 15))  # Wed
    visit(db, tiina.id, at(2026, 11, 20, 9), at(2026, 11, 20, 15))  # Fri
    visit(db, tiina.id, at(2026, 11, 23, 9), at(2026, 11, 23, 15))  # Mon
    enter_staff(window)
    qtbot.mouseClick(window.present.attendance_button, Qt.MouseButton.LeftButton)
    screen = window.attendance
    assert window.current() is screen and screen.title.text() == "Läsnäolo"
    shown = rows(screen.list)
    assert shown[:2] == ["Tiina T. · ti 17.11. · poissa: syy puuttuu",
                         "Tiina T. · to 19.11. · poissa: syy puuttuu"]
    assert "Tiina T. · ma 16.11. · läsnä 3.5 h" in shown
    assert "Tiina T. · ke 25.11. · tulossa" in shown
    assert "Tiina T. · ma 16.11.: alle 4 tuntia" in " ".join(rows(screen.warnings))
    assert not screen.reason_buttons["child_ill"].isEnabled()

    tap_row(qtbot, screen.list, 0)  # tap 1: the day
    qtbot.mouseClick(screen.reason_buttons["child_ill"], Qt.MouseButton.LeftButton)  # tap 2: the reason
    (p,) = AttendanceService(db, clock).participations(date(2026, 11, 17), date(2026, 11, 17))
    assert [(d.reason, d.excused) for d in p.days] == [("child_ill", True)]
    assert screen.message.text() == "Tallennettu: Tiina T., tiistai 17.11.2026: Lapsen sairaus"
    assert rows(screen.list)[0] == "Tiina T. · to 19.11. · poissa: syy puuttuu"

    tap_row(qtbot, screen.list, 0)
    screen.note.setFocus()
    for ch in "Vesivahinko":  # at a person's pace: faster would be a scan
        typed_slowly(screen.note, ch, qtbot, hold_ms=30, gap_ms=130)
    qtbot.mouseClick(screen.closed, Qt.MouseButton.LeftButton)
    assert "Tiina T. · to 19.11. · ei järjestetty: Vesivahinko" in rows(screen.list)
    assert AttendanceService(db, clock).closed_days(date(2026, 11, 19), date(2026, 11, 19)) == {
        date(2026, 11, 19): "Vesivahinko"}
    assert not any("syy puuttuu" in r for r in rows(screen.list))

    qtbot.mouseClick(screen.earlier, Qt.MouseButton.LeftButton)  # the fortnight before: 2.11.–15.11.
    assert screen.range_label.text() == "ma 2.11. – su 15.11.2026"
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert window.current() is window.present


def test_a_room_without_participants_says_so(window, qtbot):
    enter_staff(window)
    qtbot.mouseClick(window.present.attendance_button, Qt.MouseButton.LeftButton)
    assert rows(window.attendance.list) == [
        "Ei työkokeilijoita eikä kuntouttavan työtoiminnan osallistujia näinä päivinä."]
    tap_row(qtbot, window.attendance.list, 0)
    assert not window.attendance.closed.isEnabled()
