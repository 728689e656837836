"""A tap acts once (issue 16): a control that just appeared or moved under a finger ignores a tap
for a moment, and every action that writes is safe against a second tap. Taps here land on a
point of the window, as a finger does, not on a widget named by the test."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.helpers import enter_staff, focus_target, scan

GUARD_MS = 250  # short for the tests; the kiosk's is Timings.tap_guard_ms


def centre(window, widget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def settle(qtbot, window, widget) -> None:
    """Wait as a person does before a tap they mean: until ``widget`` has been still a while."""
    qtbot.wait(GUARD_MS + 50)
    qtbot.waitUntil(lambda: not window.tap_guard.would_ignore(widget), timeout=5000)


def tap_at(window, point: QPoint) -> None:
    """A finger on the screen at ``point``: whatever is there now gets the press and release."""
    target = window.childAt(point)
    assert target is not None, point
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.mapFrom(window, point))


def test_a_double_tap_on_next_does_not_skip_is_this_you(make_window, people, db, qtbot):
    people.add("Aino", "Virtanen")
    window = make_window(tap_guard_ms=GUARD_MS)
    window.home.new_visitor.click()
    reg = window.registration
    settle(qtbot, window, reg.name.keyboard.keys["A"])  # a person reads the screen before typing
    for ch in "AINO":
        tap_at(window, centre(window, reg.name.keyboard.keys[ch]))
    reg.name.last.setText("V")
    point = centre(window, reg.name.next)
    tap_at(window, point)
    assert reg.steps.currentWidget() is reg.duplicates
    qtbot.wait(20)
    tap_at(window, point)  # the second tap of a double tap, on "En ole mikään näistä" now
    assert reg.steps.currentWidget() is reg.duplicates
    assert window.tap_guard.ignored >= 1
    settle(qtbot, window, reg.duplicates.buttons[0])
    tap_at(window, centre(window, reg.duplicates.buttons[0]))  # a tap meant for it acts
    assert window.current() is window.result
    assert db.value("SELECT count(*) FROM people") == 1


def test_keys_that_stay_put_take_taps_at_any_pace_while_matches_appear(make_window, people, db, qtbot):
    helmi = people.add("Helmi", "Aalto")
    window = make_window(tap_guard_ms=GUARD_MS)
    window.home.by_name.click()
    screen = window.name_search
    settle(qtbot, window, screen.keyboard.keys["H"])
    for ch in "HEI":  # the matches appear after E: the I lands on the key, not on a name
        tap_at(window, centre(window, screen.keyboard.keys[ch]))
    assert screen.field.text() == "Hei"
    assert window.current() is screen and db.value("SELECT count(*) FROM visits") == 0
    tap_at(window, centre(window, screen.keyboard.backspace))
    tap_at(window, centre(window, screen.keyboard.keys["L"]))
    assert screen.match_buttons[0].accessibleName() == "Helmi A."
    settle(qtbot, window, screen.match_buttons[0])
    tap_at(window, centre(window, screen.match_buttons[0]))
    assert window.current() is window.result
    assert db.value("SELECT person_id FROM visits") == helmi.id


def test_a_match_that_changed_under_the_finger_ignores_the_tap(make_window, people, db, qtbot):
    people.add("Helena", "Aalto")
    people.add("Helmi", "Berg")
    window = make_window(tap_guard_ms=GUARD_MS)
    window.home.by_name.click()
    screen = window.name_search
    screen.field.setText("He")
    settle(qtbot, window, screen.match_buttons[0])
    point = centre(window, screen.match_buttons[0])
    screen.field.setText("Helm")  # Helena leaves, Helmi takes her place just as the finger lands
    tap_at(window, point)
    assert window.current() is screen
    assert db.value("SELECT count(*) FROM visits") == 0


def test_a_late_tap_on_ok_after_the_confirmation_left_opens_nothing(make_window, people, qtbot):
    aino = people.add("Aino", "Virtanen")
    window = make_window(tap_guard_ms=GUARD_MS, result_ms=100)
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result
    point = centre(window, window.result.ok)
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=2000)
    tap_at(window, point)
    assert window.current() is window.home


def test_a_double_tap_on_an_item_lends_it_once_and_nothing_else(make_window, people, db, qtbot):

    window = make_window(tap_guard_ms=GUARD_MS)
    service = window.lending._lending
    laptops = service.categories()[2][0]
    for name in ("Läppäri 1", "Läppäri 2", "Läppäri 3", "Tabletti 1", "Tabletti 2"):
        service.add_item(laptops, name)
    aino = people.add("Aino", "Virtanen")
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    scan(focus_target(window), aino.card_code)
    button = next(b for b in screen.item_buttons if b.label().startswith("Läppäri 3"))
    settle(qtbot, window, button)
    point = centre(window, button)
    tap_at(window, point)
    qtbot.wait(20)  # the grid re-flows: another item is under the finger now
    tap_at(window, point)
    assert [r[0] for r in db.rows("SELECT i.name FROM loans l JOIN items i ON i.id = l.item_id")] == ["Läppäri 3"]
