"""The coordinator's report screen: month, notes, preview inside the app."""

import uuid

from tests.helpers import enter_staff
from kiosk.db.timestamps import to_text
from tests.test_statistics import at


def test_notes_are_kept_per_month_and_the_preview_shows_the_pdf(window, people, db, db_path):
    aino = people.add("Aino", "Virtanen")
    with db.transaction() as conn:
        conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, 'scan')",
                     (str(uuid.uuid4()), aino.id, to_text(at(2026, 10, 5, 9)), to_text(at(2026, 10, 5, 12))))
    enter_staff(window)
    window.present.report_button.click()
    screen = window.report
    assert screen.month.text() == "lokakuu 2026"  # last month by default
    screen.notes.setPlainText("Ompelukurssi alkoi 12.10.")
    screen.preview()
    assert screen.document.pageCount() >= 3
    assert list((db_path.parent / "exports").glob("*raportti-2026-10-fi.pdf"))
    screen.earlier.click()
    assert screen.month.text() == "syyskuu 2026" and screen.notes.toPlainText() == ""
    screen.later.click()
    assert screen.notes.toPlainText() == "Ompelukurssi alkoi 12.10."
    assert screen.print_button.isEnabled() is False  # a new preview is needed after changing month
