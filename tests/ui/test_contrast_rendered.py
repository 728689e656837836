"""Every visitor screen as painted, overlays included, in every look (issue 16): "Oletko vielä
siellä?" once showed white text on the light page in high contrast, which the stylesheet's rule
check could not see (the screen had no page colour of its own). Here the pixels are read."""

import pytest
from PySide6.QtCore import QPoint
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


# --- The attendant's screens (issue 16's rest): as painted, with the on-screen keyboard over them
# and every button held down, whatever look the last visitor chose (they keep the room's own).

def colours(image, rect) -> "Counter[int]":
    """How many pixels of each colour ``rect`` of ``image`` has (0xRRGGBB)."""
    from array import array
    from collections import Counter

    from PySide6.QtGui import QImage

    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    return Counter(pixel & 0xFFFFFF for pixel in array("I", bytes(part.constBits())))


def painted_contrast(image, rect) -> tuple[float, str, str]:
    """The text's contrast as painted: the most common colour is the background; the text is the
    colour, seen on at least 3 pixels, that stands out most from it (a glyph's edges are blends of
    the two, so they stand out less). Borders are left out: the rect is taken 5 px inside."""
    seen = colours(image, rect.adjusted(5, 5, -5, -5))
    background = f"#{seen.most_common(1)[0][0]:06x}"
    inks = [f"#{colour:06x}" for colour, count in seen.items() if count >= 3]
    ink = max(inks, key=lambda c: contrast(c, background))
    return contrast(ink, background), ink, background


def texts_on(screen, keyboard=None):
    """The enabled widgets of ``screen`` that show a text, and the rows of its lists; those under
    the keyboard are hidden by it (the keyboard's own keys are checked instead)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget

    window = screen.window()
    covered = keyboard.geometry().translated(screen.mapTo(window, keyboard.pos()) - keyboard.pos()) \
        if keyboard is not None and keyboard.isVisible() else QRect()
    found = []
    for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QLabel) + \
            screen.findChildren(QLineEdit) + screen.findChildren(QComboBox):
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if not (widget.isVisibleTo(screen) and widget.isEnabled() and text.strip()) or widget.objectName() == "qr":
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.height() < 16 or visible.width() < 16:
            continue  # scrolled almost out of its area
        rect = visible.translated(widget.mapTo(window, QPoint(0, 0)))
        inside = keyboard is not None and keyboard.isAncestorOf(widget)
        if covered.intersects(rect) and not inside:
            continue
        found.append((f"{widget.objectName() or type(widget).__name__} {text[:30]!r}", rect))
    for listing in screen.findChildren(QListWidget):
        if not listing.isVisibleTo(screen):
            continue
        port = listing.viewport()
        for row in range(listing.count()):
            if not listing.item(row).text().strip():
                continue
            item_rect = listing.visualItemRect(listing.item(row))
            rect = item_rect.translated(port.mapTo(window, QPoint(0, 0)))
            if port.rect().contains(item_rect) and not covered.intersects(rect):  # rows seen whole
                found.append((f"{listing.objectName()} row {row}", rect))
    return found


def weak_texts(window, screen, least, keyboard=None, held=False) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QApplication

    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(screen) and not b.isCheckable()]
    if held:  # every button as a finger holds it down (its :pressed colours)
        for button in buttons:
            button.setDown(True)
    QApplication.processEvents()
    image = window.grab().toImage()
    if held:
        for button in buttons:
            button.setDown(False)
    weak = []
    for name, rect in texts_on(screen, keyboard):
        ratio, ink, background = painted_contrast(image, rect)
        if ratio < least:
            weak.append(f"{screen.objectName()}{' held' if held else ''}: {name}: {ink} on {background} = {ratio:.2f}")
    return weak


STAFF_TEXT_FIELDS = {"people": "search", "lending": "search", "lunch_list": "walk_in_name", "report": "notes",
                     "attendance": "note"}


@pytest.mark.parametrize("visitor_contrast", [False, True], ids=["after-room-look", "after-high-contrast"])
def test_every_staff_screen_its_keyboard_and_pressed_states_are_readable_as_painted(qtbot, tmp_path, clock,
                                                                                  visitor_contrast):
    """Each attendant's screen with demo data, a row chosen, a toggle on; then with its on-screen
    keyboard up and a key held; then every button held down. The attendant's screens keep the
    room's look (WCAG AA, 4.5:1) also after a visitor chose high contrast."""
    from kiosk.ui.screenshots import as_coordinator
    from tests.helpers import demo_window
    from tests.ui.test_field_keyboard import tap

    window, db, at = demo_window(qtbot, tmp_path / "demo.sqlite", clock.now(), (1280, 800))
    window.looks.set_contrast(visitor_contrast)
    as_coordinator(window)  # every staff screen, the coordinator's too (issue 20)
    window.show_present()
    weak = weak_texts(window, window.present, 4.5) + weak_texts(window, window.present, 4.5, held=True)
    window.present.people_button.click()
    window.people.search.setText("a")
    window.people.results.setCurrentRow(0)
    window.people.esf.setChecked(True)  # a pressed toggle
    screens = [window.people, window.lending, window.lunch_list, window.report, window.attendance, window.closing,
               window.visits]
    for screen in screens:
        if screen is not window.people:
            window.show_staff(screen)
        if screen is window.visits:
            screen.list.setCurrentRow(0)
        weak += weak_texts(window, screen, 4.5) + weak_texts(window, screen, 4.5, held=True)
        field = STAFF_TEXT_FIELDS.get(screen.objectName())
        if field:
            tap(getattr(screen, field))
            qtbot.waitUntil(lambda: screen.keyboard.isVisible())
            screen.keyboard.keys["A"].setDown(True)
            weak += weak_texts(window, screen, 4.5, keyboard=screen.keyboard)
            screen.keyboard.keys["A"].setDown(False)
            screen.keyboard.close_keyboard()
    for mode in ("return", "out", "catalogue"):
        window.show_staff(window.lending)
        window.lending.show_mode(mode)  # the mode's toggle pressed, its page shown
        weak += weak_texts(window, window.lending, 4.5)
    assert not weak, "\n".join(weak)
