"""A print server that accepts the connection and never answers leaves the door answering scans
(issue 20): the attendant prints the cook's list, a visitor scans their card meanwhile."""

from datetime import date

from kiosk import printing
from kiosk.lunch import LunchService
from tests.helpers import enter_staff, focus_target, keyboard_scan
from tests.test_printing import hung_print_server  # noqa: F401 (a fixture)


def test_the_door_takes_a_scan_while_printing_hangs(window, people, db, clock, qtbot, monkeypatch,
                                                    hung_print_server):  # noqa: F811
    monkeypatch.setattr(printing, "TIME_LIMIT", 2.0)
    aino, eino = people.add("Aino", "Virtanen"), people.add("Eino", "Äijälä")
    LunchService(db, clock).sign_up(aino.id)
    enter_staff(window)
    window.present.lunch_button.click()
    screen = window.lunch_list
    screen.print_button.click()
    assert screen.printing.running and screen.message.text() == "Tulostetaan…"
    keyboard_scan(focus_target(window), eino.card_code)  # a scanner's keystroke burst
    assert window.current() is window.result
    assert window.result.title.text() == "Tervetuloa, Eino!"
    assert screen.printing.running  # still waiting on the print server
    assert db.value("SELECT count(*) FROM visits WHERE person_id = ?", (eino.id,)) == 1
    qtbot.waitUntil(lambda: not screen.printing.running, timeout=10_000)
    assert screen.message.text().startswith("Tulostuspalvelin ei vastannut 2 sekunnissa. Tiedosto on tallennettu: ")
    assert date(2026, 11, 26).isoformat() in screen.message.text()
