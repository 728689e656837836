"""A first visit on the touch screen, counted in taps as a visitor would make them."""

import time

import pytest
from PySide6.QtCore import Qt

from kiosk.app import application, main_window
from kiosk.db import audit, settings
from kiosk.ui.result_screen import Declined


class Taps:
    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def tap(self, widget):
        assert widget.isVisible() and widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1

    def type(self, keyboard, text):
        for ch in text:
            self.tap(keyboard.space if ch == " " else keyboard.keys[ch.upper()])


def answer_everything(taps, reg, first="Aino", last="V"):
    taps.type(reg.name.keyboard, first)
    taps.tap(reg.name.last)
    taps.type(reg.name.keyboard, last)
    taps.tap(reg.name.next)
    if reg.steps.currentWidget() is reg.duplicates:
        taps.tap(reg.duplicates.new)
    taps.tap(reg.questions["gender"].buttons["woman"])
    for digit in "1988":
        taps.tap(reg.questions["birth_year"].digits[digit])
    taps.tap(reg.questions["situation"].buttons["unemployed_long"])
    taps.tap(reg.questions["education"].buttons["secondary"])
    taps.tap(reg.questions["citizenship"].buttons["non_eu"])
    municipality = reg.questions["municipality"]
    taps.type(municipality.keyboard, "lovi")
    taps.tap(municipality.matches[0])
    taps.tap(reg.questions["mother_tongue"].buttons["other"])
    taps.tap(reg.privacy.accept)


def test_full_registration_in_taps_checks_in_and_shows_a_scannable_code(window, db, qtbot, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    taps = Taps(qtbot)
    started = time.perf_counter()
    taps.tap(window.home.new_visitor)
    reg = window.registration
    answer_everything(taps, reg)
    elapsed = time.perf_counter() - started
    assert reg.steps.currentWidget() is reg.card
    person = db.row("SELECT * FROM people")
    assert (person["first_name"], person["last_name"], person["gender"], person["birth_year"]) == ("Aino", "V", "woman", 1988)
    assert (person["situation"], person["education"], person["citizenship"]) == ("unemployed_long", "secondary", "non_eu")
    assert (person["municipality"], person["mother_tongue"]) == ("Loviisa", "other")
    # kept by Statistics Finland's code too (issue 18), on the person and on the dated answer
    assert person["municipality_code"] == "434"
    assert db.value("SELECT code FROM answers WHERE person_id = ? AND question = 'municipality'", (person["id"],)) == "434"
    assert person["privacy_accepted_at"] == "2026-11-24T08:00:00Z"
    assert db.value("SELECT count(*) FROM visits WHERE person_id = ? AND check_out_at IS NULL", (person["id"],)) == 1
    assert "Tervetuloa, Aino!" in reg.card.greeting.text()
    path = tmp_path / "qr.png"
    reg.card.qr.pixmap().toImage().save(str(path))
    from PIL import Image

    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(path))]
    assert decoded == [db.value("SELECT code FROM cards WHERE person_id = ?", (person["id"],))]
    # The figure the issue asks for: 23 taps for someone who answers everything and lives in
    # another municipality (19 in the room's own). At ~1.5 s a tap plus ~2.5 s reading each of
    # the 10 screens, about a minute.
    print(f"\nregistration: {taps.count} taps, {elapsed:.2f} s of machine time")
    assert taps.count == 23
    taps.tap(reg.card.ok)
    assert window.current() is window.home
    assert reg.name.first.text() == "" and reg.card.qr.pixmap().isNull()


def test_is_this_you_checks_in_the_existing_person(window, people, db, qtbot):
    aino = people.add("Aino", "Virtanen")
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    taps.type(reg.name.keyboard, "aino")
    taps.tap(reg.name.last)
    taps.type(reg.name.keyboard, "v")
    taps.tap(reg.name.next)
    assert reg.steps.currentWidget() is reg.duplicates
    assert reg.duplicates.buttons[0].text() == "Aino V."
    taps.tap(reg.duplicates.buttons[0])
    assert window.current() is window.result and window.result.title.text() == "Tervetuloa, Aino!"
    assert db.value("SELECT count(*) FROM people") == 1
    assert db.value("SELECT person_id FROM visits") == aino.id


def test_i_am_new_after_all_registers_a_second_person(window, people, db, qtbot):
    people.add("Aino", "Virtanen")
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    answer_everything(taps, window.registration, "Aino", "Vainio")
    assert db.value("SELECT count(*) FROM people") == 2


def test_rather_not_say_to_everything(window, db, qtbot):
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    taps.type(reg.name.keyboard, "Åsa")
    taps.tap(reg.name.next)
    taps.tap(reg.questions["gender"].buttons[None])
    taps.tap(reg.questions["birth_year"].skip)
    for question in ("situation", "education", "citizenship"):
        taps.tap(reg.questions[question].buttons[None])
    taps.tap(reg.questions["municipality"].skip)
    taps.tap(reg.questions["mother_tongue"].buttons[None])
    taps.tap(reg.privacy.accept)
    row = db.row("SELECT first_name, last_name, gender, birth_year, situation, municipality FROM people")
    assert tuple(row) == ("Åsa", "", None, None, None, None)


def test_declining_the_privacy_notice_writes_nothing(window, db, qtbot):
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    taps.type(reg.name.keyboard, "Eino")
    taps.tap(reg.name.next)
    for question in ("gender", "situation", "education", "citizenship", "mother_tongue"):
        if question == "situation":
            taps.tap(reg.questions["birth_year"].skip)
        taps.tap(reg.questions[question].buttons[None])
        if question == "citizenship":
            taps.tap(reg.questions["municipality"].skip)
    taps.tap(reg.privacy.decline)
    assert isinstance(window.result._shown, Declined)
    assert db.value("SELECT count(*) FROM people") == 0 and db.value("SELECT count(*) FROM visits") == 0
    assert reg.name.first.text() == ""


def test_back_goes_one_step_and_keeps_the_answer_then_home(window, qtbot):
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    taps.type(reg.name.keyboard, "Eino")
    taps.tap(reg.name.next)
    taps.tap(reg.questions["gender"].buttons["man"])
    assert reg.steps.currentWidget() is reg.questions["birth_year"]
    taps.tap(reg.back_button)
    assert reg.steps.currentWidget() is reg.questions["gender"]
    taps.tap(reg.back_button)
    assert reg.steps.currentWidget() is reg.name and reg.name.first.text() == "Eino"
    taps.tap(reg.back_button)
    assert window.current() is window.home
    assert reg.name.first.text() == ""


def test_a_wrong_year_is_asked_again(window, qtbot):
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    taps.type(reg.name.keyboard, "Eino")
    taps.tap(reg.name.next)
    taps.tap(reg.questions["gender"].buttons["man"])
    for digit in "3019":
        taps.tap(reg.questions["birth_year"].digits[digit])
    assert reg.steps.currentWidget() is reg.questions["birth_year"]
    assert "Tarkista vuosi" in reg.questions["birth_year"].problem.text()


def test_a_future_year_is_told_so_and_next_goes_on_after_back(window, qtbot):
    """Issue 16: "2030" was told "four digits"; back on the step, there was no way on but retyping."""
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    year = reg.questions["birth_year"]
    taps.type(reg.name.keyboard, "Eino")
    taps.tap(reg.name.next)
    taps.tap(reg.questions["gender"].buttons["man"])
    for digit in "2030":
        taps.tap(year.digits[digit])
    assert reg.steps.currentWidget() is year
    assert year.problem.text() == "Tarkista vuosi: 2030 on vasta tulossa. Syntymävuosi, esimerkiksi 1975."
    for _ in range(4):
        taps.tap(year.erase)
    assert not year.next.isVisible()
    for digit in "1988":
        taps.tap(year.digits[digit])
    assert reg.steps.currentWidget() is reg.questions["situation"]
    taps.tap(reg.back_button)
    assert reg.steps.currentWidget() is year and year.shown.text() == "1988"
    taps.tap(year.next)  # the answer kept: on without typing it again
    assert reg.steps.currentWidget() is reg.questions["situation"]


def test_idle_in_the_middle_of_registration_forgets_everything(make_window, qtbot):
    window = make_window(idle_ms=100)
    window.home.new_visitor.click()
    reg = window.registration
    for ch in "AINO":
        reg.name.keyboard.keys[ch].click()
    reg.name.next.click()
    reg.questions["gender"].buttons["woman"].click()
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=3000)
    assert reg.name.first.text() == "" and reg.steps.currentWidget() is reg.name and reg._answers == {}


def test_anonymous_visit_with_a_situation(window, db, qtbot):
    taps = Taps(qtbot)
    taps.tap(window.home.no_name)
    taps.tap(window.anonymous.situation.buttons["pensioner"])
    assert window.result.title.text() == "Kiitos, tervetuloa!"
    row = db.row("SELECT person_id, situation FROM visits")
    assert tuple(row) == (None, "pensioner")
    window.go_home()
    window.home.no_name.click()
    window.anonymous.situation.buttons[None].click()
    assert db.value("SELECT count(*) FROM visits WHERE situation IS NULL AND person_id IS NULL") == 1


def test_the_room_chooses_its_questions_and_its_municipality_is_one_tap(db, clock, qtbot):
    settings.put(db, "registration_questions", "situation,municipality")
    settings.put(db, "room_municipality", "Lapinjärvi")
    application()
    window = main_window(db, clock)
    qtbot.addWidget(window)
    reg = window.registration
    assert list(reg.questions) == ["situation", "municipality"]
    window.home.new_visitor.click()
    for ch in "EINO":
        reg.name.keyboard.keys[ch].click()
    reg.name.next.click()
    reg.questions["situation"].buttons["student"].click()
    reg.questions["municipality"].home.click()
    reg.privacy.accept.click()
    assert tuple(db.row("SELECT municipality, municipality_code FROM people")) == ("Lapinjärvi", "407")


def test_staff_changes_are_in_the_audit_log_not_registrations(window, db, qtbot):
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    answer_everything(taps, window.registration)
    assert audit.entries(db) == []


@pytest.mark.parametrize("size", ((800, 1280), (1280, 800)), ids=lambda s: f"{s[0]}x{s[1]}")
def test_is_this_you_fits_six_long_look_alike_names(make_window, people, checkin, clock, size):
    """Six people of one long name, two a month: each button says the first visit's month and a
    number, and none of it is cut on a portrait or a landscape screen."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_languages import cut_texts

    for _ in range(3):
        for _ in range(2):
            checkin.toggle(people.add("Aino-Maria Katariina", "Virtanen").id)
        clock.advance(days=31)
    window = make_window()
    window.resize(*size)
    window.home.new_visitor.click()
    reg = window.registration
    reg.name.first.setText("Aino-Maria Katariina")
    reg.name.last.setText("V")
    reg.name.next.click()
    QApplication.processEvents()
    assert reg.steps.currentWidget() is reg.duplicates
    shown = [b.text() for b in reg.duplicates.buttons if b.isVisible()]
    assert len(shown) == 6 and all(t.startswith("Aino-Maria Katariina V.") and "ensikäynti " in t for t in shown), shown
    assert (window.width(), window.height()) == size
    assert cut_texts(window) == []


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
def test_the_municipality_keyboard_stays_put_while_matches_come_and_go(window, qtbot, size):
    """Issue 16: the municipality's matches appearing pushed the keyboard down under the finger."""
    from PySide6.QtWidgets import QApplication

    window.resize(*size)
    window.home.larger_text.click()
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    reg._show(reg.questions["municipality"])
    step = reg.questions["municipality"]
    QApplication.processEvents()
    before = (step.keyboard.mapTo(window, step.keyboard.rect().topLeft()), step.keyboard.size())
    for text in ("L", "Lo", "Lov", "Lx", "", "Ka"):
        step.field.setText(text)
        QApplication.processEvents()
        assert (step.keyboard.mapTo(window, step.keyboard.rect().topLeft()), step.keyboard.size()) == before, text
    assert window.size().toTuple() == size


def test_next_with_no_first_name_says_what_is_missing(window, qtbot):
    """Issue 16: an empty first name gave no hint, only a "Seuraava" that did nothing."""
    taps = Taps(qtbot)
    taps.tap(window.home.new_visitor)
    reg = window.registration
    keyboard_at = reg.name.keyboard.mapTo(window, reg.name.keyboard.rect().topLeft())
    taps.tap(reg.name.last)
    taps.type(reg.name.keyboard, "V")
    taps.tap(reg.name.next)
    assert reg.steps.currentWidget() is reg.name
    assert reg.name.problem.text() == "Kirjoita ensin etunimesi tai kutsumanimesi."
    assert reg.name.keyboard.mapTo(window, reg.name.keyboard.rect().topLeft()) == keyboard_at
    taps.type(reg.name.keyboard, "Eino")  # into the first name, which has the focus now
    assert reg.name.first.text() == "Eino" and reg.name.problem.text() == ""
    taps.tap(reg.name.next)
    assert reg.steps.currentWidget() is reg.questions["gender"]


def test_the_privacy_notice_names_the_rooms_organisation_as_controller(db, make_window):
    """Issue 16: the notice named no controller although organisation_name was set."""
    settings.put(db, "organisation_name", "Kylätoimintayhdistys ry")
    window = make_window()
    text = window.registration.privacy.text.text()
    assert "Rekisterinpitäjä: Kylätoimintayhdistys ry (yhteystiedot" in text
    assert "ylläpitävä yhdistys tai kunta" not in text
