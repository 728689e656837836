"""The window never changes size (issue 16): English in larger text once made it 1280x811–827,
and it stayed so for every later visitor, plain look included, until a restart."""

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.language import Languages
from kiosk.ui.screenshots import SIZES, walk
from tests.helpers import demo_window


@pytest.fixture
def languages(qapp):
    chosen = Languages()
    yield chosen
    chosen.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_window_keeps_its_size_through_every_look_and_back(qtbot, tmp_path, clock, languages, size):
    window, db, at = demo_window(qtbot, tmp_path / "demo.sqlite", clock.now(), size)
    grew = []

    def check(where):
        QApplication.processEvents()
        if window.size().toTuple() != size:
            grew.append(f"{where}: {window.width()}x{window.height()}")

    for code, larger, contrast in (("en", True, False), ("en", True, True), ("sv", False, True), ("fi", False, False)):
        window.go_home()
        languages.use(code)
        window.looks.set_larger(larger)
        window.looks.set_contrast(contrast)
        window.show_screen(window.name_search)
        for letter in "JU":  # a two-line match in larger text once was cut and grew the window
            window.name_search.keyboard.keys[letter].click()
        check(f"{code} larger={larger} contrast={contrast} 'ju'")
        for button in (b for b in window.name_search.match_buttons if b.isVisible()):
            assert (button.text().count("\n") + 1) * button.fontMetrics().lineSpacing() <= button.height(), button.text()
        for name in walk(window, at):
            check(f"{code} larger={larger} contrast={contrast} {name}")
    window._visit_over()  # the next visitor: the room's own look, language and a window as before
    check("after the visit")
    assert not grew, "\n".join(grew)
    db.close()
