"""Larger text and high contrast, as a visitor turns them on from the home screen: they reach every
visitor screen, not the attendant's, tell "on" with a tick as well as a colour, and the next visitor
finds the room's own look again."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.helpers import enter_staff, focus_target, scan


def page_colour(widget) -> QColor:
    return widget.grab().toImage().pixelColor(3, widget.height() // 2)


def test_larger_text_reaches_every_visitor_screen_and_not_the_attendants(qtbot, window):
    hint_before = window.name_search.hint.font().pointSizeF()
    lead_before = window.anonymous.lead.font().pointSizeF()
    present_before = window.present.findChild(type(window.present.quit_button)).font().pointSizeF()
    qtbot.mouseClick(window.home.larger_text, Qt.MouseButton.LeftButton)
    assert window.home.larger_text.isChecked()
    assert window.home.larger_text.text() == "✓ Suurempi teksti"  # not by its colour alone
    assert window.home.larger_text.accessibleName() == "Suurempi teksti"
    assert window.name_search.hint.font().pointSizeF() == hint_before * 1.5  # 20 pt -> 30 pt
    assert window.anonymous.lead.font().pointSizeF() > lead_before
    enter_staff(window)
    assert window.present.findChild(type(window.present.quit_button)).font().pointSizeF() == present_before
    # In staff mode the home screen was left: a visitor's Back would not have reset it, but going
    # home through the lock does not either: only the end of a visit does.


def test_high_contrast_paints_the_visitor_screens_black_with_light_text(qtbot, window):
    assert page_colour(window.home).lightness() > 200
    qtbot.mouseClick(window.home.high_contrast, Qt.MouseButton.LeftButton)
    assert window.home.high_contrast.text() == "✓ Suuri kontrasti"
    assert page_colour(window.home).name() == "#000000"
    assert window.home.welcome.palette().color(window.home.welcome.foregroundRole()).name() == "#ffffff"
    qtbot.mouseClick(window.home.by_name, Qt.MouseButton.LeftButton)
    assert window.current() is window.name_search
    assert page_colour(window.name_search).name() == "#000000"
    window.name_search.back_button.click()  # Back keeps the visitor's choice
    assert window.home.high_contrast.isChecked() and page_colour(window.home).name() == "#000000"


def test_the_look_is_the_rooms_again_after_idle(qtbot, make_window):
    window = make_window(idle_ms=300)
    hint = window.name_search.hint.font().pointSizeF()
    qtbot.mouseClick(window.home.larger_text, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.high_contrast, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.by_name, Qt.MouseButton.LeftButton)
    assert window.name_search.hint.font().pointSizeF() == hint * 1.5
    qtbot.waitUntil(lambda: window.current() is window.home and not window.home.larger_text.isChecked(), timeout=3000)
    assert not window.home.high_contrast.isChecked()
    assert window.home.larger_text.text() == "Suurempi teksti"
    assert window.name_search.hint.font().pointSizeF() == hint
    assert page_colour(window.home).lightness() > 200


def test_the_look_ends_with_the_visit(qtbot, window, people):
    person = people.add("Aino", "Virtanen")
    qtbot.mouseClick(window.home.larger_text, Qt.MouseButton.LeftButton)
    scan(focus_target(window), person.card_code)
    assert window.current() is window.result
    assert window.result.title.font().pointSizeF() == 36  # titles are large already: kept on screen
    assert window.result.detail.font().pointSizeF() == 32  # 24 pt, larger, to the cap
    qtbot.mouseClick(window.result.ok, Qt.MouseButton.LeftButton)
    assert window.current() is window.home
    assert not window.home.larger_text.isChecked()
    assert window.result.detail.font().pointSizeF() == 24
