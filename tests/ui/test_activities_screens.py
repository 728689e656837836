"""Activities at the kiosk (issue 21), driven as a visitor and an attendant do: one tap on the
check-in confirmation, "Tänään" on home, and staff mode's "Toiminnot" with its roster and editor."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.activities import ActivityService, Draft
from kiosk.clock import HELSINKI
from tests.helpers import enter_staff, focus_target, scan

TUESDAY = date(2026, 11, 24)  # the conftest clock: Tuesday 10.00


@pytest.fixture
def activities(db, clock):
    service = ActivityService(db, clock)
    service.save(Draft("Ompeluseura", "group", "Kylätoimintayhdistys", weekly=True, first_on=date(2026, 11, 3),
                       at_time="10:15", minutes=120, seats=2))
    service.save(Draft("Kielikahvila", "language_cafe", first_on=TUESDAY, at_time="14:00", minutes=90))
    return service


def attended(db) -> list[tuple]:
    return [tuple(r) for r in db.rows("SELECT person_id, came_at IS NOT NULL, signed_up_at IS NOT NULL "
                                      "FROM activity_attendance WHERE cancelled_at IS NULL ORDER BY id")]


def test_a_visitor_attends_by_one_tap_on_the_confirmation(activities, make_window, people, db, qtbot):
    window = make_window(tap_guard_ms=300)
    aino = people.add("Aino", "Virtanen")
    scan(focus_target(window), aino.card_code)
    result = window.result
    assert result.title.text() == "Tervetuloa, Aino!"
    button = result.activity
    assert button.isVisible() and button.label() == "Tuletko: Ompeluseura?"
    where = button.mapTo(window, button.rect().center())
    others = {b: b.mapTo(window, b.rect().topLeft()) for b in (result.ok, result.undo)}
    # A tap at once is the second tap of a double tap: the guard ignores it (issue 16).
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert attended(db) == []
    qtbot.waitUntil(lambda: not window.tap_guard.would_ignore(button), timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert attended(db) == [(aino.id, 1, 0)]
    assert button.label() == "✓ Olet mukana: Ompeluseura" and not button.isEnabled()
    qtbot.wait(50)  # the layout has had its turn
    assert button.mapTo(window, button.rect().center()) == where  # nothing moved under the finger
    assert {b: b.mapTo(window, b.rect().topLeft()) for b in others} == others
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second tap records nothing more
    assert attended(db) == [(aino.id, 1, 0)]


def test_a_tap_after_midnight_records_the_session_offered_before_it(activities, make_window, people, db, clock,
                                                                      qtbot):
    activities.save(Draft("Tähtiilta", "group", first_on=TUESDAY, at_time="22:00", minutes=180))
    clock.set(datetime(2026, 11, 24, 23, 59, 58, tzinfo=HELSINKI))
    window = make_window()
    aino = people.add("Aino", "Virtanen")
    scan(focus_target(window), aino.card_code)
    button = window.result.activity
    assert button.label() == "Tuletko: Tähtiilta?"
    clock.set(datetime(2026, 11, 25, 0, 0, 1, tzinfo=HELSINKI))  # Wednesday: the tap came after midnight
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.label() == "✓ Olet mukana: Tähtiilta"
    assert db.value("SELECT s.on_date FROM activity_attendance a JOIN activity_sessions s ON s.id = a.session_id "
                    "WHERE a.person_id = ?", [aino.id]) == "2026-11-24"


def test_today_lists_free_seats_and_a_visitor_signs_up_ahead_without_checking_in(activities, window, people, db,
                                                                                  clock):
    clock.set(datetime(2026, 11, 24, 9, 40, tzinfo=HELSINKI))  # before anything is on
    scan(focus_target(window), people.add("Aino", "Virtanen").card_code)
    assert window.current() is window.result and not window.result.activity.isVisible()
    window.go_home()
    assert window.home.today_button.isVisible()
    window.home.today_button.click()
    today = window.today
    assert [b.label() for b in today.rows if b.isVisible()] == [
        "10.15–12.15 Ompeluseura · vapaita paikkoja 2", "14.00–15.30 Kielikahvila"]
    where = today.rows[1].mapTo(window, today.rows[1].rect().topLeft())
    today.rows[1].click()
    QApplication.processEvents()
    assert today.rows[1].mapTo(window, today.rows[1].rect().topLeft()) == where and not today.rows[0].isVisible()
    bertil = people.add("Bertil", "Öberg")
    scan(focus_target(window), bertil.card_code)
    assert today.info.text() == "Hei Bertil!" and today.sign_up.isVisible() and not today.here.isVisible()
    today.sign_up.click()
    assert window.result.title.text() == "Nähdään, Bertil!"
    assert window.result.detail.text() == "Kielikahvila klo 14.00"
    assert attended(db) == [(bertil.id, 0, 1)] and db.value("SELECT count(*) FROM visits") == 1  # Aino's


def test_attend_now_from_today_without_a_room_visit(activities, window, people, db):
    window.home.today_button.click()
    window.today.rows[0].click()
    scan(focus_target(window), people.add("Chen", "Li").card_code)
    assert window.today.here.isVisible()
    window.today.here.click()
    assert window.result.title.text() == "Tervetuloa mukaan, Chen!"
    assert db.value("SELECT count(*) FROM visits") == 0 and attended(db)[0][1] == 1


def test_attendant_ticks_adds_a_walk_in_a_headcount_and_a_new_activity(activities, window, people, db, clock):
    aino = people.add("Aino", "Virtanen")
    activities.sign_up(aino.id, activities.activities()[1].id)  # Ompeluseura (by name: Kielikahvila first)
    enter_staff(window)
    window.present.activities_button.click()
    screen = window.activities_screen
    assert window.current() is screen
    assert screen.sessions.count() == 2 and screen.sessions.currentRow() == 0
    assert screen.rows.item(0).text() == "Aino V. — ilmoittautunut"
    screen.rows.item(0).setCheckState(Qt.CheckState.Checked)
    assert attended(db) == [(aino.id, 1, 1)]
    screen.walk_in_name.setText("Vieras Veikko")
    screen.add_walk_in.click()
    screen.headcount.setText("7")
    screen.save_headcount.click()
    assert screen.counts.text() == "Ilmoittautuneita 1 · tulleita 2 · paikkoja 2 · henkilömäärä 7"
    assert screen.rows.item(1).text() == "Vieras V. (paikan päällä)"
    screen.cancel.click()
    screen.cancel.click()
    assert "PERUTTU" in screen.sessions.item(0).text()
    # A new one-off excursion, typed on screen.
    screen.new.click()
    editor = screen.editor
    assert screen.pages.currentWidget() is editor
    editor.name.setText("Retki museoon")
    editor.place.setText("Porvoon museo")
    editor.kinds["excursion"].click()
    editor.at_time.setText("25.00")
    editor.save.click()
    assert editor.message.text() == "Kellonaika muodossa 17.30."
    editor.at_time.setText("12.30")
    editor.save.click()
    assert screen.pages.currentWidget() is screen.day_page
    assert [s.activity.name for s in activities.sessions_on(TUESDAY)] == ["Ompeluseura", "Retki museoon", "Kielikahvila"]
    assert activities.sessions_on(TUESDAY)[1].activity.kind == "excursion"
