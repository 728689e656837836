"""Before a screen left alone goes home: "Oletko vielä siellä?", a countdown, and "Olen tässä"
(WCAG 2.2.1). One tap keeps what the visitor had done; no answer forgets it."""

from PySide6.QtCore import QPoint, Qt

from tests.helpers import enter_staff
from tests.ui.test_name_search import type_on_screen


def test_im_here_keeps_what_the_visitor_had_typed(qtbot, make_window, people):
    people.add("Aino", "Virtanen")
    window = make_window(idle_ms=100, still_there_ms=60_000)
    qtbot.mouseClick(window.home.by_name, Qt.MouseButton.LeftButton)
    type_on_screen(window.name_search, "ai")
    qtbot.waitUntil(lambda: window.current() is window.still_there, timeout=2000)
    assert window.still_there.title.text() == "Oletko vielä siellä?"
    assert window.still_there.countdown.text() == "Palaan alkuun 60 sekunnin kuluttua, ja kesken jäänyt unohtuu."
    stay = window.still_there.stay
    qtbot.wait(20)  # laid out on the next turn of the event loop, as before it is painted
    assert stay.text() == "Olen tässä" and stay.height() >= 120
    assert stay.mapTo(window, stay.rect().topLeft()).y() >= window.height() / 3  # within reach
    qtbot.mouseClick(stay, Qt.MouseButton.LeftButton)
    assert window.current() is window.name_search
    assert window.name_search.field.text() == "Ai"
    assert window.name_search.match_buttons[0].isVisible()
    # The idle time starts over: asked again after the same while.
    qtbot.waitUntil(lambda: window.current() is window.still_there, timeout=2000)


def test_a_touch_anywhere_counts_as_here(qtbot, make_window):
    window = make_window(idle_ms=100, still_there_ms=60_000)
    qtbot.mouseClick(window.home.no_name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current() is window.still_there, timeout=2000)
    qtbot.mouseClick(window.still_there, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert window.current() is window.anonymous


def test_no_answer_goes_home_and_forgets_the_visitor(qtbot, make_window, people):
    people.add("Aino", "Virtanen")
    window = make_window(idle_ms=100, still_there_ms=2_000)
    qtbot.mouseClick(window.home.larger_text, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.by_name, Qt.MouseButton.LeftButton)
    type_on_screen(window.name_search, "ai")
    qtbot.waitUntil(lambda: window.current() is window.still_there, timeout=2000)
    assert "2 sekunnin" in window.still_there.countdown.text()
    qtbot.waitUntil(lambda: "1 sekunnin" in window.still_there.countdown.text(), timeout=2000)  # it counts down
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=3000)
    assert window.name_search.field.text() == ""
    assert not window.home.larger_text.isChecked()


def test_home_and_a_confirmation_go_home_without_asking(qtbot, make_window):
    window = make_window(idle_ms=100, still_there_ms=60_000)
    seen = []
    window.stack.currentChanged.connect(lambda _: seen.append(window.current()))
    qtbot.wait(400)
    assert window.current() is window.home and window.still_there not in seen


def test_an_attendants_screen_asks_too_then_locks(qtbot, make_window):
    window = make_window(idle_ms=60_000, staff_idle_ms=100, still_there_ms=300)
    enter_staff(window)
    window.present.people_button.click()
    assert window.current() is window.people
    qtbot.waitUntil(lambda: window.current() is window.still_there, timeout=2000)
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=3000)
    assert not window.staff_mode


def test_a_tap_on_an_abandoned_staff_screen_asks_the_pin_first(qtbot, make_window, people):
    from tests.helpers import TEST_PIN

    people.add("Aino", "Virtanen")
    window = make_window(idle_ms=60_000, staff_idle_ms=100, still_there_ms=60_000)
    enter_staff(window)
    window.present.people_button.click()
    window.people.search.setText("Aino")
    qtbot.waitUntil(lambda: window.current() is window.still_there, timeout=2000)
    assert not window.staff_mode  # locked as soon as it was left alone
    qtbot.mouseClick(window.still_there, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))  # a passer-by's tap
    assert window.current() is window.pin and not window.staff_mode
    for digit in TEST_PIN:
        window.pin.pad.digits[digit].click()
    window.pin.pad.ok.click()
    assert window.staff_mode and window.current() is window.people
    assert window.people.search.text() == "Aino"  # the attendant's work is kept
