"""The attendant's and the cook's lunch list."""

from tests.helpers import enter_staff
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kiosk.db import settings
from kiosk.lunch import LunchService

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def lunch(db, clock):
    settings.put(db, "lunch_menu", "Hernekeitto")
    return LunchService(db, clock)


def open_list(window):
    enter_staff(window)
    window.present.lunch_button.click()
    assert window.current() is window.lunch_list
    return window.lunch_list


def test_headcount_diets_names_and_ticks(lunch, window, people):
    aino, eino = people.add("Aino", "Virtanen"), people.add("Eino", "Äijälä")
    lunch.sign_up(aino.id, diets=("vegetarian",), guest=True)
    lunch.sign_up(eino.id, diets=("vegetarian", "no_pork"))
    screen = open_list(window)
    assert screen.info.text() == "torstai 26.11. klo 11.30 · Hernekeitto"
    assert screen.counts.text() == "Syöjiä 3 · tarjoiltu 0 · Kasvis 2, Ei sianlihaa 1"
    assert [screen.rows.item(i).text() for i in range(screen.rows.count())] == [
        "Aino V. — Kasvis — +1 vieras", "Eino Ä. — Kasvis, Ei sianlihaa"]
    screen.rows.item(0).setCheckState(Qt.CheckState.Checked)
    assert lunch.list_for(THURSDAY).served == 2
    assert screen.counts.text().startswith("Syöjiä 3 · tarjoiltu 2")


def test_walk_in_served_count_menu_and_seats(lunch, window):
    screen = open_list(window)
    screen.walk_in_name.setText("Marja")
    screen.add_walk_in.click()
    assert screen.rows.item(0).text() == "Marja (paikan päällä)"
    screen.served_count.setText("7")
    screen.save_count.click()
    assert lunch.list_for(THURSDAY).served == 7
    screen.menu.setText("Lohikeitto")
    screen.seats.setText("25")
    screen.save_menu.click()
    assert (lunch.next_lunch().menu, lunch.next_lunch().seats) == ("Lohikeitto", 25)


def test_move_and_cancel(lunch, window, people):
    aino = people.add("Aino", "Virtanen")
    lunch.sign_up(aino.id)
    screen = open_list(window)
    screen.move_to.setText("27.11.")
    screen.move.click()
    assert lunch.next_lunch().day == date(2026, 11, 27) and lunch.next_lunch().taken == 1
    screen.cancel.click()
    assert lunch.next_lunch().day == date(2026, 11, 27)
    screen.cancel.click()
    assert "PERUTTU" in screen.info.text()
    assert lunch.next_lunch().day == date(2026, 12, 3)


def test_step_between_lunch_days(lunch, window):
    screen = open_list(window)
    screen.later.click()
    assert screen.info.text().startswith("torstai 3.12.")
    screen.earlier.click()
    assert screen.info.text().startswith("torstai 26.11.")


def test_print_writes_the_cooks_pdf_and_sends_it_to_the_test_printer(lunch, window, people, db_path, tmp_path, qtbot):
    """lp is tests/fake_cups' stand-in (tests/conftest.py): never the machine's own printer."""
    aino = people.add("Aino", "Virtanen")
    lunch.sign_up(aino.id)
    screen = open_list(window)
    screen.print_button.click()
    written = list((db_path.parent / "exports").glob("*lounas-2026-11-26.pdf"))
    assert written and written[0].read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not screen.printing.running)
    assert screen.message.text() == "Lähetetty tulostimelle test."
    assert (tmp_path / "lp-jobs.txt").read_text() == f"-- {written[0]}\n"


def test_a_refusing_printer_is_told_with_where_the_file_is(lunch, window, people, db, monkeypatch, qtbot):
    settings.put(db, "printer", "Kalliola")
    monkeypatch.setenv("FAKE_LP", "reject")
    lunch.sign_up(people.add("Aino", "Virtanen").id)
    screen = open_list(window)
    screen.print_button.click()
    qtbot.waitUntil(lambda: not screen.printing.running)
    assert screen.message.text().startswith("Tulostin hylkää työt (Kalliola). Tiedosto on tallennettu: ")
