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
    # Too wide for half the screen on one line: the first visit goes on a second, whole.
    shown = window.name_search.match_buttons[0].text()
    assert shown.startswith("Aino V.\nensikäynti marraskuu 2026"), shown


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
    checkin.toggle(second.id)  # now the most recent visitor, shown first
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
