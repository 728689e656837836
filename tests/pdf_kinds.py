"""Writes one PDF of every kind the kiosk makes into a folder, in a fresh interpreter (no earlier
test has registered fonts or changed reportlab's defaults): for tests/test_pdf_fonts.py.

    python -m tests.pdf_kinds FOLDER
"""

import sys
from datetime import date, datetime
from pathlib import Path

from kiosk import demo
from kiosk.absence_notice import write_absences
from kiosk.cards import write_cards
from kiosk.clock import HELSINKI, FixedClock
from kiosk.db import open_database
from kiosk.labels import write_labels
from kiosk.lunch import LunchService
from kiosk.lunch_list import write_lunch_list
from kiosk.network import network_month
from kiosk.network_demo import write_network
from kiosk.documents.network_report import write_pdf as write_network_pdf
from kiosk.people import PeopleService
from kiosk.periods import PeriodsService
from kiosk.programme import write_month
from kiosk.documents.recovery_sheet import write_sheet
from kiosk.report import write_report


def write_all(out: Path) -> None:
    clock = FixedClock(datetime(2026, 12, 2, 10, tzinfo=HELSINKI))
    db = open_database(out / "kiosk.sqlite")
    demo.fill(db, clock, people=40, months=2, seed=3)
    tiina = PeopleService(db, clock).add("Tiina", "Työkokeilija")
    PeriodsService(db, clock).save(tiina.id, {"role": "work_trial", "start_on": "2026-11-01", "end_on": "2026-11-20",
                                              "weekdays": "1,2,3", "payer": "Kela", "hours_per_day": "6"})
    write_report(db, clock, 2026, 11, out / "report.pdf")
    write_report(db, clock, 2026, 11, out / "report-authorised.pdf", authorised=True, participants=True, cards=True)
    write_cards(db, out / "cards.pdf")
    write_labels(db, out / "labels.pdf")
    LunchService(db, clock).list_for(date(2026, 12, 3))
    write_lunch_list(db, clock, date(2026, 12, 3), out / "lunch-list.pdf")
    write_month(db, clock, 2026, 11, out / "programme.pdf")
    write_absences(db, clock, tiina.id, date(2026, 11, 2), date(2026, 11, 29), out / "absences.pdf")
    write_sheet(out / "recovery-sheet.pdf", "Työhuone", "webdav:https://example.org/dav", "ABCD-EFGH-IJKL", date(2026, 12, 2))
    (out / "network").mkdir()
    write_network(out / "network", 3, "2026-11", months=2, seed=5)
    write_network_pdf(network_month(out / "network", "2026-11"), out / "network-report.pdf", date(2026, 12, 2))
    db.close()


if __name__ == "__main__":
    write_all(Path(sys.argv[1]))
