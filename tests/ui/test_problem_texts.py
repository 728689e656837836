"""The attendant's screens say a database fault or a refused value in words, with what to do: never
the exception's English ("database_locked: database is locked", "an item needs a name")."""

import sqlite3
from contextlib import contextmanager

from kiosk.errors import Invalid, InvalidInput, KioskError, Problem
from kiosk.lending import LendingService
from kiosk.profile import Profile
from kiosk.ui.problem_texts import problem_text
from tests.helpers import enter_staff, focus_target, open_people, scan

LOCKED = "Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä."
READ_ONLY = "Tietokantaan ei voi kirjoittaa. Tarkista tietokantatiedoston käyttöoikeudet tai levy."
SOMETHING_WRONG = "Jokin meni vikaan. Yritä uudelleen."


@contextmanager
def locked(db_path, db):
    """Another connection holds the write lock; the kiosk waits 50 ms, not its usual 3 s."""
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 50")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.conn.execute("PRAGMA busy_timeout = 3000")


def test_every_problem_and_every_refused_value_has_its_own_words(qapp):
    said = [problem_text(KioskError(problem, "detail")) for problem in Problem]
    said += [problem_text(InvalidInput(invalid, "detail")) for invalid in Invalid]
    assert SOMETHING_WRONG not in said and len(set(said)) == len(said)
    assert not [text for text in said if "detail" in text or "_" in text]
    assert problem_text(ValueError("no visit 7")) == SOMETHING_WRONG


def test_people_screen_says_a_locked_database_and_saves_once_it_is_free(window, people, db, db_path):
    people.add("Aino", "Virtanen")
    screen = open_people(window, "aino")
    screen.texts["notes"].setText("kummi torstaisin")
    with locked(db_path, db):
        screen.save.click()
        assert screen.status.text() == LOCKED
    assert db.value("SELECT notes FROM people") == ""
    screen.save.click()
    assert screen.status.text() == "Tallennettu." and db.value("SELECT notes FROM people") == "kummi torstaisin"


def test_people_screen_says_what_to_fix_in_a_name_or_a_birth_year(window, people, db):
    people.add("Aino", "Virtanen", Profile(birth_year=1980))
    screen = open_people(window, "aino")
    screen.texts["first_name"].setText("  ")
    screen.save.click()
    assert screen.status.text() == "Kirjoita etunimi ja tallenna uudelleen."
    screen.texts["first_name"].setText("Aino")
    screen.texts["birth_year"].setText("1850")  # four digits, but no one visiting was born then
    screen.save.click()
    assert screen.status.text() == "Tarkista syntymävuosi tai jätä se tyhjäksi."
    assert tuple(db.row("SELECT first_name, birth_year FROM people")) == ("Aino", 1980)


def test_lending_screen_says_a_locked_database(window, people, db, db_path, clock):
    lending = LendingService(db, clock)
    lending.add_item(lending.categories()[2][0], "Laptop 3")
    aino = people.add("Aino", "Virtanen")
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    scan(focus_target(window), aino.card_code)
    laptop = next(b for b in screen.item_buttons if b.text().startswith("Laptop 3"))
    with locked(db_path, db):
        laptop.click()
        assert screen.message.text() == LOCKED
    assert db.value("SELECT count(*) FROM loans") == 0


def test_catalogue_asks_for_a_name_and_says_a_read_only_database(window, db, clock):
    lending = LendingService(db, clock)
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    screen.modes["catalogue"].click()
    page = screen.catalogue
    page.new.click()
    page.name.setText("   ")
    page.save.click()  # the database itself refuses a nameless item; the service says so first
    assert screen.message.text() == "Anna tavaralle nimi."
    assert lending.items() == []
    page.name.setText("Bernina 3")
    db.conn.execute("PRAGMA query_only = ON")
    try:
        page.save.click()
    finally:
        db.conn.execute("PRAGMA query_only = OFF")
    assert screen.message.text() == READ_ONLY
    assert lending.items() == []


def test_visits_screen_says_which_time_is_wrong_and_a_locked_database(window, db, db_path, people, checkin, clock):
    checkin.toggle(people.add("Aino", "Virtanen").id)  # 10.00
    clock.advance(hours=2)
    enter_staff(window)
    window.present.visits_button.click()
    screen = window.visits
    screen.list.setCurrentRow(0)
    screen.check_out.set(13 * 60)  # an hour from now
    screen.save.click()
    assert screen.message.text() == "Tarkista ajat: käynti ei voi olla tulevaisuudessa."
    screen.check_out.set(9 * 60)  # before she came
    screen.save.click()
    assert screen.message.text() == "Tarkista ajat: ulos ei voi olla ennen sisään."
    with locked(db_path, db):
        screen.out_now.click()
        assert screen.message.text() == LOCKED
    assert db.value("SELECT check_out_at FROM visits") is None


def test_settings_say_a_locked_database_and_keep_what_was_typed(window, db, db_path):
    enter_staff(window)
    window.present.settings_button.click()
    setup = window.settings
    assert window.current() is setup
    setup.names.room.setText("Kylän työhuone")
    while setup.pages.currentWidget() is not setup.pin:
        setup.next.click()
    with locked(db_path, db):
        setup.pin.keep.click()
        assert setup.problem.text() == LOCKED
    assert window.current() is setup and setup.names.room.text() == "Kylän työhuone"

