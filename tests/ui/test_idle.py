from PySide6.QtCore import Qt

from tests.helpers import focus_target, scan
from tests.ui.test_name_search import type_on_screen


def test_idle_returns_home_and_forgets_the_visitor(make_window, people, qtbot):
    people.add("Aino", "Virtanen")
    window = make_window(idle_ms=50)
    window.home.by_name.click()
    type_on_screen(window.name_search, "ai")
    assert window.name_search.match_buttons[0].isVisible()
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=2000)
    screen = window.name_search
    assert screen.field.text() == ""
    assert [(b.text(), b.accessibleName()) for b in screen.match_buttons] == [("", "")] * len(screen.match_buttons)
    screen.field.undo()  # nothing of the last visitor comes back
    assert screen.field.text() == ""
    window.home.by_name.click()
    assert screen.field.text() == "" and not any(b.isVisible() for b in screen.match_buttons)


def test_confirmation_leaves_by_itself_and_clears(make_window, people, qtbot):
    aino = people.add("Aino", "Virtanen")
    window = make_window(result_ms=50)
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=2000)
    assert window.result.title.text() == ""
    assert window.result.detail.text() == ""


def test_a_touch_starts_the_idle_time_again(make_window, qtbot):
    # Qt's timers are coarse (5% of the interval); the wait is long enough to tell a restart apart.
    window = make_window(idle_ms=5_000)
    window.home.by_name.click()
    qtbot.wait(1_000)
    before = window.idle._timer.remainingTime()
    qtbot.mouseClick(window.name_search.keyboard.keys["A"], Qt.MouseButton.LeftButton)
    assert window.idle._timer.remainingTime() > before
    assert window.current() is window.name_search


def test_choosing_name_search_from_a_confirmation_is_not_cut_short(make_window, people, qtbot):
    window = make_window(result_ms=100)
    scan(focus_target(window), "TH1P0000000000000000000000")
    window.result.by_name.click()
    assert window.current() is window.name_search
    qtbot.wait(300)
    assert window.current() is window.name_search


def test_idle_and_confirmation_times_come_from_the_room_settings(db):
    from kiosk.app import timings_from_settings
    from kiosk.db import settings

    assert timings_from_settings(db).idle_ms == 45_000
    settings.put(db, "idle_seconds", "20")
    settings.put(db, "confirmation_seconds", "nonsense")
    chosen = timings_from_settings(db)
    assert (chosen.idle_ms, chosen.result_ms) == (20_000, 6_000)
