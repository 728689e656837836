import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.people import SHOWN_MATCHES


def type_on_screen(screen, text):
    for ch in text:
        key = screen.keyboard.space if ch == " " else screen.keyboard.keys[ch.upper()]
        key.click()


def visible_matches(screen):
    return [b.accessibleName() for b in screen.match_buttons if b.isVisible()]  # as one line, however wrapped


def test_ai_finds_aijala_and_aino(window, people):
    people.add("Eino", "Äijälä")
    people.add("Aino", "Virtanen")
    people.add("Matti", "Mäkelä")
    window.home.by_name.click()
    screen = window.name_search
    type_on_screen(screen, "a")
    assert visible_matches(screen) == []
    type_on_screen(screen, "i")
    assert screen.field.text() == "Ai"
    assert sorted(visible_matches(screen)) == ["Aino V.", "Eino Ä."]


def test_first_name_space_last_initial_narrows_to_one(window, people):
    people.add("Aino", "Virtanen")
    people.add("Aino", "Korhonen")
    window.home.by_name.click()
    type_on_screen(window.name_search, "aino v")
    assert window.name_search.field.text() == "Aino V"
    assert visible_matches(window.name_search) == ["Aino V."]


def test_tapping_the_name_checks_in_with_a_friendly_confirmation(window, people, db):
    eino = people.add("Eino", "Äijälä")
    window.home.by_name.click()
    type_on_screen(window.name_search, "ei")
    window.name_search.match_buttons[0].click()
    assert window.current() is window.result
    assert window.result.title.text() == "Tervetuloa, Eino!"
    assert db.value("SELECT person_id FROM visits") == eino.id
    assert window.name_search.field.text() == ""


def test_two_people_with_the_same_shown_name_are_told_apart(window, people):
    people.add("Aino", "Virtanen")
    people.add("Aino", "Vainio")
    window.home.by_name.click()
    type_on_screen(window.name_search, "aino")
    labels = visible_matches(window.name_search)
    assert len(labels) == 2 and labels[0] != labels[1]
    assert all(label.startswith("Aino V. · ensikäynti marraskuu 2026") for label in labels), labels
    # A landscape row of matches is too low for the long label's two lines: the month in digits.
    button = window.name_search.match_buttons[0]
    assert button.text().startswith("Aino V. · 11/2026"), button.text()
    lines = button.text().count("\n") + 1
    assert lines * button.fontMetrics().lineSpacing() <= button.height()
    window.resize(800, 1280)  # portrait: room for the long one's lines
    assert button.text().replace("\n", " ").startswith("Aino V. ensikäynti marraskuu 2026"), button.text()


def keyboard_place(screen):
    return [screen.keyboard.mapTo(screen, screen.keyboard.rect().topLeft()), screen.keyboard.size(),
            screen.keyboard.keys["Q"].size(), screen.keyboard.space.geometry()]


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
@pytest.mark.parametrize("larger", [False, True])
def test_the_keyboard_keeps_its_place_and_size_while_matches_come_and_go(window, people, size, larger):
    """Issue 16: the matches appearing after the 2nd letter moved the keyboard 100 px down and
    shrank its keys under the finger; the window grew with look-alikes in larger text."""
    for last in ("Virtanen", "Vainio", "Valo", "Vuori", "Viljanen", "Vesa", "Varis"):
        people.add("Juho", last)  # look-alikes: the longest labels, on two lines where they fit
    people.add("Helmi", "Aalto")
    window.resize(*size)
    if larger:
        window.home.larger_text.click()
    window.home.by_name.click()
    screen = window.name_search
    QApplication.processEvents()  # laid out, as a person sees it
    before = keyboard_place(screen)
    for text in ("j", "ju", "juh", "juho v", "juho vx", "he", "x", ""):
        screen.field.setText(text)
        QApplication.processEvents()
        assert keyboard_place(screen) == before, text
        assert window.size().toTuple() == size
        for button in screen.match_buttons:
            if button.isVisible():  # every line of a shown match inside its button
                assert (button.text().count("\n") + 1) * button.fontMetrics().lineSpacing() <= button.height()
    assert min(before[2].width(), before[2].height()) >= 56  # keys stay finger-sized


def test_many_matches_show_a_few_and_ask_for_more_letters(window, people):
    for i in range(SHOWN_MATCHES + 4):
        people.add("Anna", f"Lehtonen{i}")
    window.home.by_name.click()
    type_on_screen(window.name_search, "an")
    assert len(visible_matches(window.name_search)) == SHOWN_MATCHES
    assert "Kirjoita lisää" in window.name_search.hint.text()


def test_backspace_and_back_button(window, people):
    window.home.by_name.click()
    type_on_screen(window.name_search, "ai")
    window.name_search.keyboard.backspace.click()
    assert window.name_search.field.text() == "A"
    window.name_search.back_button.click()
    assert window.current() is window.home


def test_nothing_found_says_what_to_do(window, people):
    people.add("Aino", "Virtanen")
    window.home.by_name.click()
    type_on_screen(window.name_search, "xq")
    assert visible_matches(window.name_search) == []
    assert "ei löytynyt" in window.name_search.hint.text()


def test_look_alike_numbers_stay_with_the_person_whoever_came_last(window, people, checkin, clock):
    people.add("Aino", "Virtanen")
    second = people.add("Aino", "Vainio")

    def labels():
        window.go_home()
        window.home.by_name.click()
        type_on_screen(window.name_search, "aino")
        return {b.text() for b in window.name_search.match_buttons if b.isVisible()}

    before = labels()
    checkin.toggle(second.id)  # the most recent visitor: not what orders the matches
    clock.advance(minutes=1)
    assert labels() == before
    assert window.name_search.match_buttons[0].text().endswith("(2)")


def test_a_look_alike_outside_the_shown_few_still_gets_told_apart(window, people):
    people.add("Aino", "Virtanen")
    for i in range(SHOWN_MATCHES):
        people.add("Aino", f"Aalto{i}")
    people.add("Aino", "Vainio")
    window.home.by_name.click()
    type_on_screen(window.name_search, "aino v")
    assert visible_matches(window.name_search)[0].startswith("Aino V. · ensikäynti")


def test_search_on_a_damaged_database_says_so_kindly(window, people, db_path):
    import sqlite3

    people.add("Aino", "Virtanen")
    window.home.by_name.click()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("DROP TABLE person_words")
    other.close()
    type_on_screen(window.name_search, "ai")
    assert "ei onnistu juuri nyt" in window.name_search.hint.text()
    assert visible_matches(window.name_search) == []


def test_not_me_on_the_confirmation_takes_the_check_in_back(window, people, db, qtbot, clock):
    """Issue 16: a wrong name tapped stays in unless the confirmation lets it be taken back."""
    from tests.helpers import focus_target, scan

    people.add("Helmi", "Aalto")
    heikki = people.add("Heikki", "Berg")
    window.home.by_name.click()
    type_on_screen(window.name_search, "he")
    window.name_search.match_buttons[1].click()  # Heikki meant himself, tapped Helmi
    assert window.result.title.text() == "Tervetuloa, Helmi!"
    assert window.result.undo.isVisible() and window.result.undo.label() == "Et ollut sinä? Peru"
    qtbot.mouseClick(window.result.undo, Qt.MouseButton.LeftButton)
    assert db.value("SELECT count(*) FROM visits") == 0
    assert window.result.title.text() == "Peruttu: Helmi ei kirjautunut sisään"
    assert not window.result.undo.isVisible()
    assert db.value("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "check_in_undone"
    window.result.by_name.click()  # and on to his own name
    type_on_screen(window.name_search, "hei")
    window.name_search.match_buttons[0].click()
    assert db.value("SELECT person_id FROM visits") == heikki.id
    clock.advance(minutes=30)
    scan(focus_target(window), heikki.card_code)  # a later scan checks out as usual, undoable too
    assert window.result.title.text() == "Näkemiin, Heikki!" and window.result.undo.isVisible()
