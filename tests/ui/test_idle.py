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
    assert not any(b.isVisible() or b.text() for b in screen.match_buttons if b.isVisible())
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


def test_touching_the_screen_keeps_it_open(make_window, qtbot):
    window = make_window(idle_ms=300)
    window.home.by_name.click()
    for _ in range(4):
        qtbot.wait(150)
        qtbot.mouseClick(window.name_search.keyboard.keys["A"], Qt.MouseButton.LeftButton)
    assert window.current() is window.name_search


def test_idle_and_confirmation_times_come_from_the_room_settings(db):
    from kiosk.app import timings_from_settings
    from kiosk.db import settings

    assert timings_from_settings(db).idle_ms == 45_000
    settings.put(db, "idle_seconds", "20")
    settings.put(db, "confirmation_seconds", "nonsense")
    chosen = timings_from_settings(db)
    assert (chosen.idle_ms, chosen.result_ms) == (20_000, 6_000)
