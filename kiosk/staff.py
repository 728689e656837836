"""What the attendant does with a person's record besides editing it: erase, export, print a card.

Files go to the kiosk's exports folder, named by what they hold and when.
"""

from __future__ import annotations

from pathlib import Path

from kiosk import cards, printing, privacy, settings_catalog
from kiosk.staff_access import StaffSession, who
from kiosk.clock import local
from kiosk.db import Database


class StaffService:
    def __init__(self, db: Database, clock, exports: Path, session: StaffSession | None = None):
        self._db, self._clock, self._exports = db, clock, exports
        self._session = session  # who is signed in, for the audit log

    def printer(self) -> str:
        """The printer chosen in settings (``printer``); empty: the system's default."""
        return settings_catalog.get(self._db, "printer")

    def printers(self) -> list[str]:
        return printing.printers()

    def _file(self, name: str) -> Path:
        self._exports.mkdir(parents=True, exist_ok=True)
        return self._exports / f"{local(self._clock.now()):%Y-%m-%d-%H%M%S}-{name}"

    def erase(self, person_id: int) -> privacy.Erased:
        return privacy.erase(self._db, self._clock, person_id, actor=who(self._session))

    def export_person(self, person_id: int) -> Path:
        """The person's own data as JSON, for a subject access request."""
        path = self._file(f"person-{person_id}.json")
        path.write_text(privacy.subject_access(self._db, person_id), encoding="utf-8")
        return path

    def lunch_list_pdf(self, day) -> Path | None:
        from kiosk.lunch_list import write_lunch_list

        path = self._file(f"lounas-{day.isoformat()}.pdf")
        return path if write_lunch_list(self._db, self._clock, day, path) else None

    def report_notes(self, year: int, month: int) -> str:
        return settings_catalog.get(self._db, settings_catalog.report_notes_key(year, month))

    def save_report_notes(self, year: int, month: int, notes: str) -> None:
        settings_catalog.put(self._db, {settings_catalog.report_notes_key(year, month): notes})

    def report_pdf(self, year: int, month: int, lang: str = "fi") -> Path:
        """The month's report with the coordinator's notes, into the exports folder."""
        from kiosk.report import write_report

        path = self._file(f"raportti-{year:04d}-{month:02d}-{lang}.pdf")
        write_report(self._db, self._clock, year, month, path, lang=lang, notes=self.report_notes(year, month))
        return path

    def last_month(self) -> tuple[int, int]:
        today = local(self._clock.now()).date()
        return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)

    def card_pdf(self, person_ids: list[int]) -> Path | None:
        path = self._file("cards.pdf")
        return path if cards.write_cards(self._db, path, person_ids=person_ids) else None
