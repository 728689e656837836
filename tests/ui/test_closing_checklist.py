"""The closing checklist's loans: an overdue one says since which day (issue 16)."""

from kiosk.lending import LendingService
from tests.helpers import enter_staff


def test_an_overdue_loan_in_the_closing_list_has_its_day(window, db, people, clock):
    lending = LendingService(db, clock)
    item = lending.add_item(lending.categories()[0][0], "Bernina 1")
    aino = people.add("Aino", "Virtanen")
    lending.lend(aino.id, item_id=item.id, due=lending.closing_time_today())
    clock.advance(days=2)
    enter_staff(window)
    window.present.closing_button.click()
    rows = [window.closing.list.item(i).text().strip() for i in range(window.closing.list.count())]
    assert "Bernina 1 — Aino V., palautus tiistai 24.11.2026 klo 16.00 · MYÖHÄSSÄ" in rows, rows
