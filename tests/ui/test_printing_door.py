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


def test_the_coordinator_chooses_the_printer_from_the_queues_there_are(window, db, people, clock, qtbot, monkeypatch,
                                                                      tmp_path):
    """Asetukset › Raportit: "Hae tulostimet" lists lpstat's queues (the stand-in's here), a tap
    fills the field, and the cook's list then goes to that queue."""
    from kiosk import settings_catalog

    monkeypatch.setenv("FAKE_LPSTAT_PRINTERS", "Kalliola Toimisto")
    enter_staff(window)
    window.present.settings_button.click()
    screen = window.settings
    screen.group_buttons["reports"].click()
    editor = screen.groups["reports"].editor("printer")
    editor.find.click()
    qtbot.waitUntil(lambda: len(editor.queue_buttons) == 2)
    assert [b.text() for b in editor.queue_buttons] == ["Kalliola", "Toimisto"]
    editor.queue_buttons[1].click()
    screen.save.click()
    assert settings_catalog.get(db, "printer") == "Toimisto"
    LunchService(db, clock).sign_up(people.add("Aino", "Virtanen").id)
    screen.back_button.click()
    screen.back_button.click()
    window.present.lunch_button.click()
    window.lunch_list.print_button.click()
    qtbot.waitUntil(lambda: not window.lunch_list.printing.running)
    assert window.lunch_list.message.text() == "Lähetetty tulostimelle Toimisto."
    assert (tmp_path / "lp-jobs.txt").read_text().startswith("-d Toimisto -- ")
