"""Every visitor screen as painted, overlays included, in every look (issue 16): "Oletko vielä
siellä?" once showed white text on the light page in high contrast, which the stylesheet's rule
check could not see (the screen had no page colour of its own). Here the pixels are read."""

import pytest
from PySide6.QtWidgets import QLabel

from tests.test_style import contrast

LOOKS = [(False, 4.5), (True, 7.0)]  # the room's look: WCAG AA; high contrast: AAA


def page_colour(window, screen) -> str:
    """The colour behind the screen's texts as the window paints it (what is behind it included)."""
    point = screen.mapTo(window, screen.rect().topLeft())
    return window.grab().toImage().pixelColor(point.x() + 3, point.y() + screen.height() // 2).name()


@pytest.mark.parametrize("high_contrast, least", LOOKS, ids=["room", "high-contrast"])
def test_every_visitor_screen_and_overlay_is_readable_as_painted(window, high_contrast, least):
    window.looks.set_contrast(high_contrast)
    window.show_screen(window.name_search)
    window._idle()  # "Oletko vielä siellä?" over a half-typed name
    assert window.current() is window.still_there
    weak = []
    for screen in window.looks.screens():
        window.stack.setCurrentWidget(screen)
        page = page_colour(window, screen)
        for label in screen.findChildren(QLabel):
            if label.isVisibleTo(screen) and label.text() and label.objectName() not in ("", "qr"):
                text = label.palette().color(label.foregroundRole()).name()
                if contrast(text, page) < least:
                    weak.append(f"{screen.objectName()} {label.objectName()}: {text} on {page}")
    assert not weak, weak


@pytest.mark.parametrize("larger, high_contrast", [(False, False), (True, False), (False, True), (True, True)])
def test_a_pressed_toggle_shows_a_tick_in_every_look(window, people, db, larger, high_contrast):
    """Lunch diets, the guest and the language in use: told by a tick, not by colour alone; and
    the pressed colours readable (the pressed states' pairs are in tests/test_style.py)."""
    from kiosk.db import settings
    from tests.helpers import focus_target, scan

    settings.put(db, "lunch_menu", "Hernekeitto")
    window.looks.set_larger(larger)
    window.looks.set_contrast(high_contrast)
    aino = people.add("Aino", "Virtanen")
    window.home.language_buttons["fi"].click()
    assert window.home.language_buttons["fi"].text() == "✓ Suomi"
    assert window.home.language_buttons["en"].text() == "English"
    window.go_home()
    window.home.lunch_button.click()
    scan(focus_target(window), aino.card_code)
    diet = window.lunch.diet_buttons["vegetarian"]
    before = diet.text()
    diet.click()
    assert diet.isChecked() and diet.text() == "✓ " + before
    diet.click()  # "to be sure": now it says it is off
    assert not diet.isChecked() and diet.text() == before
    window.lunch.guest.click()
    assert window.lunch.guest.text().startswith("✓ ")
