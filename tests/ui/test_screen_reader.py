"""What a screen reader meets (issue 20), read through Qt's accessibility interfaces as Orca or NVDA
reads them: the language of every widget after a switch, the name screens' reading order, the
confirmation announced with the focus on it, and whole names for text cut or broken on screen."""

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import application
from kiosk.db import settings
from kiosk.ui.language import Languages
from kiosk.ui.wrapping_button import WrappingButton
from tests.helpers import focus_target, scan


@pytest.fixture
def languages(qapp):
    application()
    chosen = Languages()
    yield chosen
    chosen.close()


def spoken(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def named(window) -> dict[QWidget, str]:
    """Every widget with an accessible name of its own (set by a screen, not its text)."""
    return {w: w.accessibleName() for w in window.findChildren(QWidget) if w.accessibleName().strip()}


def test_after_a_language_switch_each_widget_reports_the_new_locale_and_names(window, languages):
    before = named(window)
    languages.use("sv")
    assert {w.locale().name() for w in window.findChildren(QWidget)} == {"sv_FI"}
    after = named(window)
    # A name with words in it (not digits, arrows or the room's and people's names) is Swedish now.
    same = sorted({name for w, name in before.items() if after.get(w) == name and re.search(r"[a-zåäö]{3}", name)
                   and name not in (window.home.room.text(),)})
    assert not same, same
    languages.use("en")
    assert window.home.larger_text.locale().name() == "en_FI"
    assert spoken(window.home.larger_text) == "Larger text"


def test_on_the_name_screens_the_title_and_field_come_before_the_keyboard(window):
    def order(screen, *widgets):
        tree = QAccessible.queryAccessibleInterface(screen)
        children = [tree.child(i).object() for i in range(tree.childCount())]
        return [children.index(w) for w in widgets]

    search = window.name_search
    assert order(search, search.title, search.field, search.keyboard) == sorted(order(search, search.title, search.field, search.keyboard))
    step = window.registration.name
    assert order(step, step.first, step.last, step.keyboard, step.next) == sorted(
        order(step, step.first, step.last, step.keyboard, step.next))


def test_the_confirmation_takes_the_focus_and_says_who_and_what(window, people, qtbot):
    aino = people.add("Aino", "Virtanen")
    QAccessible.setActive(True)  # as with a screen reader running: the announcement is sent too
    try:
        scan(focus_target(window), aino.card_code)
    finally:
        QAccessible.setActive(False)
    assert window.current() is window.result
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.result.title)
    face = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    assert face.text(QAccessible.Text.Name) == "Tervetuloa, Aino!"
    assert face.text(QAccessible.Text.Description).startswith("Kirjauduit sisään klo 10.00.")


def test_no_accessible_name_is_the_text_as_cut_or_broken_on_screen(make_window, db):
    menu = "Hernekeitto, pannukakku ja mansikkahillo sekä kasvisvaihtoehtona linssikeitto"
    settings.put(db, "lunch_menu", menu)
    window = make_window()
    window.resize(800, 1280)
    QApplication.processEvents()
    # A button's lines are broken when it is shown: every screen in its turn.
    wrapped = []
    for index in range(window.stack.count()):
        window.stack.setCurrentIndex(index)
        QApplication.processEvents()
        wrapped += [b for b in window.stack.widget(index).findChildren(WrappingButton) if b.isVisible() and "\n" in b.text()]
    assert wrapped  # some labels take two lines on a portrait screen ("Skanneri ja kamera" in the settings)
    window.go_home()
    QApplication.processEvents()
    for button in (b for b in wrapped if not b._own_name):
        assert spoken(button) == " ".join(button.label().split())  # the words as written, in one line
    lunch_home = window.home.lunch_button  # a long menu is cut with "…" on screen, whole when spoken
    assert "…" in lunch_home.text() and menu in spoken(lunch_home) and "…" not in spoken(lunch_home)
