"""A participant's paperwork (kiosk absences): the periods, months and feedback form gathered from
the attendance service and the room's settings, laid out by kiosk/documents/absence_notice.py."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kiosk import settings_catalog
from kiosk.attendance import AttendanceService
from kiosk.db import Database
from kiosk.documents.absence_notice import Organiser, Paperwork, write_absences_pdf
from kiosk.output_files import written_whole


def write_absences(db: Database, clock, person_id: int, first: date, last: date, out: Path) -> bool:
    """The notice and the months' cards of one participant; False (nothing written) when they
    had no work-trial or rehabilitative period in [first, last]."""
    service = AttendanceService(db, clock)
    found = service.participations(first, last, person_id)
    if not found:
        return False
    organiser = Organiser(settings_catalog.get(db, "room_name"), settings_catalog.get(db, "organisation_name"))
    # A work trial ends with the organiser's written feedback (Kela, työkokeilu): when the period
    # ends within the days asked, its form follows, with the whole period's attendance.
    ending = [p for p in found if p.role == "work_trial" and p.end_on is not None and first <= p.end_on <= last]
    whole = next((q for p in ending for q in service.participations(p.start_on, p.end_on, person_id)
                  if (q.role, q.start_on) == (p.role, p.start_on)), None)
    parts = []
    for p in found:
        cards = []
        for month_first in _months(p.first, p.last):
            month_last = _next_month(month_first) - timedelta(days=1)
            cards += [q for q in service.participations(month_first, month_last, person_id)
                      if (q.role, q.start_on) == (p.role, p.start_on)]
        feedback = whole if whole is not None and (whole.role, whole.start_on) == (p.role, p.start_on) else None
        parts.append(Paperwork(p, tuple(cards), feedback))
    write_absences_pdf(out, parts, first, last, organiser)
    return True


def write_all(db: Database, clock, first: date, last: date, folder: Path) -> list[Path]:
    """One file a participant into ``folder``, named by the person's number (no names in file names)."""
    people = sorted({p.person_id for p in AttendanceService(db, clock).participations(first, last)})
    written = []
    for person_id in people:
        out = folder / f"poissaolot-{person_id}-{first.isoformat()}-{last.isoformat()}.pdf"
        with written_whole(out) as writing:  # a killed run leaves no half file
            if write_absences(db, clock, person_id, first, last, writing):
                written.append(out)
    return written


def _months(first: date, last: date) -> list[date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = _next_month(day)
    return months


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
