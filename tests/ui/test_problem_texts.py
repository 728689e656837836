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
    setup.group_buttons["room"].click()
    room = setup.groups["room"].editor("room_name").field
    room.setText("Kylän työhuone")
    with locked(db_path, db):
        setup.save.click()
        assert setup.problem.text() == LOCKED
    assert window.current() is setup and room.text() == "Kylän työhuone"



def tap_locked(window, screen, line, button, db_path, db):
    """Tap ``button`` while the database is locked: the screen's own message ``line`` says so and
    the attendant stays on ``screen`` in staff mode (not the generic fault screen, not home)."""
    line.clear()
    with locked(db_path, db):
        button.click()
    assert line.text() == LOCKED
    assert window.current() is screen and window.staff_mode


def test_people_actions_say_a_locked_database_and_stay_in_staff_mode(window, people, db, db_path):
    """Re-issue, merge and erase: nothing changes, and the attendant can try again (before, each fell
    to the generic fault screen and left staff mode)."""
    kept, other = people.add("Aino", "Virtanen"), people.add("Aino", "Virtanen")
    screen = open_people(window, "aino")
    kept_row = next(i for i in range(screen.results.count()) if screen.results.item(i).data(256) == kept.id)
    screen.results.setCurrentRow(kept_row)
    cards = [tuple(r) for r in db.rows("SELECT code, replaced_at FROM cards ORDER BY code")]

    def tap_locked_here(button):
        tap_locked(window, screen, screen.status, button, db_path, db)

    tap_locked_here(screen.reissue)
    screen.merge.click()  # the first tap only asks for the other record
    screen.results.setCurrentRow(1 - kept_row)
    tap_locked_here(screen.merge)
    screen.results.setCurrentRow(kept_row)
    screen.erase.click()  # the first tap only asks again
    tap_locked_here(screen.erase)
    assert [tuple(r) for r in db.rows("SELECT code, replaced_at FROM cards ORDER BY code")] == cards
    assert db.value("SELECT count(*) FROM people WHERE erased_at IS NULL") == 2
    screen.erase.click()  # the attendant tries again once the database is free
    assert db.value("SELECT count(*) FROM people WHERE erased_at IS NULL") == 1
    assert screen.status.text().startswith("Tiedot poistettu.")


def test_catalogue_and_repairs_say_a_locked_database(window, db, db_path, clock):
    lending = LendingService(db, clock)
    laptop = lending.add_item(lending.categories()[2][0], "Laptop 3")
    enter_staff(window)
    window.present.lending_button.click()
    screen = window.lending
    screen.modes["catalogue"].click()
    page = screen.catalogue
    page.items.setCurrentRow(0)
    page.reason.setText("akku ei lataa")

    def tap_locked_here(button):
        tap_locked(window, screen, screen.message, button, db_path, db)

    tap_locked_here(page.broken)
    assert lending.item(laptop.id).status == "available"
    page.broken.click()
    tap_locked_here(page.fixed)
    page.retire.click()  # the first tap only asks again
    tap_locked_here(page.retire)
    assert lending.item(laptop.id).status == "out_of_service"
    page.category_name.setText("Videotykki")
    tap_locked_here(page.category_new)
    tap_locked_here(page.category_save)
    assert "Videotykki" not in [name for _, name, _ in lending.categories()]
    screen.modes["out"].click()
    screen.broken.setCurrentRow(0)
    tap_locked_here(screen.fixed)
    assert lending.item(laptop.id).status == "out_of_service"
    screen.fixed.click()
    assert lending.item(laptop.id).status == "available"


def test_closing_buttons_say_a_locked_database(window, db, db_path, people, checkin, tmp_path):
    from kiosk.db import settings

    checkin.toggle(people.add("Aino", "Virtanen").id)
    settings.put(db, "backup_folder", str(tmp_path / "usb"))
    enter_staff(window)
    window.present.closing_button.click()
    screen = window.closing
    for button in (screen.check_out_all, screen.backup_now):
        tap_locked(window, screen, screen.message, button, db_path, db)
    assert len(checkin.present()) == 1
    screen.check_out_all.click()
    assert checkin.present() == [] and screen.message.text() == ""


def test_lunch_list_and_report_say_a_locked_database(window, db, db_path, people, clock):
    from PySide6.QtCore import Qt

    from kiosk.db import settings
    from kiosk.lunch import LunchService

    settings.put(db, "lunch_menu", "Hernekeitto")
    lunch = LunchService(db, clock)
    lunch.sign_up(people.add("Aino", "Virtanen").id)
    enter_staff(window)
    window.present.lunch_button.click()
    screen = window.lunch_list
    with locked(db_path, db):
        screen.rows.item(0).setCheckState(Qt.CheckState.Checked)
        assert screen.message.text() == LOCKED
        screen.walk_in_name.setText("Marja")
        screen.add_walk_in.click()
    assert window.current() is screen and window.staff_mode
    assert screen.rows.count() == 1 and screen.rows.item(0).checkState() == Qt.CheckState.Unchecked  # as saved
    assert screen.walk_in_name.text() == "Marja"  # kept for another try
    screen.rows.item(0).setCheckState(Qt.CheckState.Checked)  # the database is free again
    assert screen.message.text() == "" and lunch.list_for(lunch.next_lunch().day).served == 1
    window.show_present()
    window.present.report_button.click()
    report = window.report
    month = report.month.text()
    report.notes.setPlainText("Ompelukurssi alkoi.")
    with locked(db_path, db):
        report.earlier.click()
        assert report.message.text() == LOCKED
        report.preview_button.click()
        assert report.message.text() == LOCKED
    assert window.current() is report and report.month.text() == month
    assert report.notes.toPlainText() == "Ompelukurssi alkoi."
