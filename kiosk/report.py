"""The monthly (quarterly, yearly) report for the funders: its figures gathered from the services
(statistics, lending, lunch) and the room's settings, then laid out by kiosk/documents/report.py,
which takes values only. The names the report's users import are here too.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.utils import ImageReader

from kiosk import settings_catalog
from kiosk.clock import local, local_day_start
from kiosk.db import Database
from kiosk.db.timestamps import from_text
from kiosk.documents.report import (  # noqa: F401 (the report's names, for its users)
    ANSWERS,
    ESF_NAMES,
    KEY_ROWS,
    KINDS,
    LANGUAGES,
    MONTHS,
    TEXT,
    AttendanceCard,
    AttendanceDay,
    Participant,
    Period,
    ReportData,
    ShownRow,
    answer_label,
    count_text,
    day_text,
    decimal,
    key_text,
    key_value,
    month_name,
    month_start,
    months_later,
    next_month,
    people_text,
    shown_rows,
    sorted_rows,
    write_pdf,
)
from kiosk import attendance
from kiosk.activity_statistics import programme_figures
from kiosk.attendance import AttendanceService
from kiosk.collation import name_key
from kiosk.lending import LendingService
from kiosk.lunch import LunchDay, LunchService
from kiosk.paths import ROOT
from kiosk.statistics import VISITOR_ROLES, esf_table, known_hours, named_visits, periods_figures, planned_attendance

log = logging.getLogger(__name__)


def gather(db: Database, clock, year: int, month: int, authorised: bool = False, months: int = 1) -> ReportData:
    """Everything the report prints, from the services and the settings: of one month, or of the
    quarter or the year (``months`` 3 or 12) starting with it."""
    kind = KINDS[months]
    start = month_start(year, month)
    end = months_later(start, months)
    previous = months_later(start, -months)
    project_start = settings_catalog.get(db, "project_start")
    spans = [(f"this_{kind}", start, end), (f"previous_{kind}", previous, start)]
    if kind != "year":
        spans.append(("year_to_date", date(year, 1, 1), end))
    if project_start is not None and project_start < end:
        spans.append(("project_to_date", project_start, end))
    lunch, lending = LunchService(db, clock), LendingService(db, clock)
    periods = []
    lunch_days: list[LunchDay] = []
    loans = None
    # the spans overlap (the month lies in the year to date): their visits are read once
    figures = periods_figures(db, clock, spans[0][1:], [(first, stop) for _, first, stop in spans[1:]])
    for (name, first, stop), span_figures in zip(spans, figures):
        days = lunch.figures(first, stop)
        loan_figures = lending.figures(local_day_start(first), local_day_start(stop))
        if name == f"this_{kind}":
            lunch_days, loans = days, loan_figures
        periods.append(Period(name, span_figures, sum(d.served for d in days),
                              sum(loan_figures.loans_by_category.values())))
    esf_start = project_start or date(year, 1, 1)
    logos = _logos(db, settings_catalog.get(db, "funder_logos"))
    return ReportData(
        logos=logos,
        year=year,
        month=month,
        today=local(clock.now()).date(),
        periods=tuple(periods),
        lunch_days=tuple(lunch_days),
        loans=loans,
        esf=esf_table(db, esf_start, start, end, local(clock.now()).date()),
        esf_start=esf_start,
        room={key: settings_catalog.get(db, key) for key in
              ("room_name", "organisation_name", "project_name", "project_code", "funders")},
        suppress=not authorised and settings_catalog.get(db, "suppress_small_numbers"),
        authorised=authorised,
        months=months,
        programme=programme_figures(db, clock, start, end),
        # planned days of work-trial and rehabilitative participants: the confidential version only
        attendance=planned_attendance(AttendanceService(db, clock).participations(start, end - timedelta(days=1)))
        if authorised else (),
        targets={"target_visits": settings_catalog.get(db, "target_visits_per_month"),
                 "target_new": settings_catalog.get(db, "target_new_visitors_per_month")},
    )


def participant_list(db: Database, year: int, month: int, months: int = 1) -> list[Participant]:
    """The month's registered visitors (not volunteers or staff) with their visits and hours."""
    start = month_start(year, month)
    people: dict[int, list] = {}
    for r in named_visits(db, start, months_later(start, months)):
        if r.role in VISITOR_ROLES:  # the role on the visit's day
            people.setdefault(r.person_id, []).append(r)
    result = []
    for visits in people.values():
        days = [local(from_text(v["check_in_at"])).date() for v in visits]
        result.append(Participant(visits[0]["first_name"], visits[0]["last_name"], min(days), max(days), len(visits),
                                  known_hours(visits)))
    return sorted(result, key=lambda p: (name_key(p.last_name), name_key(p.first_name), p.first_visit))


def attendance_cards(db: Database, clock, year: int, month: int, months: int = 1) -> list[AttendanceCard]:
    """Each work-trial, education-trial or rehabilitative participant's days present in the span,
    from the attendance service: arrival, departure and hours, or, for a day with a visit left
    open, a request to the supervisor to fix the times (never a short day of 0 hours)."""
    start = month_start(year, month)
    cards = []
    for p in AttendanceService(db, clock).participations(start, months_later(start, months) - timedelta(days=1)):
        days = tuple(AttendanceDay(d.day, d.arrival, d.departure, d.hours or 0.0, fix_times=d.status != attendance.PRESENT)
                     for d in p.days if d.status in (attendance.PRESENT, attendance.FIX_TIMES, attendance.IN_ROOM))
        if days:  # a card for the days the person came, as before
            cards.append(AttendanceCard(p.first_name, p.last_name, p.role, days))
    return cards


def _logos(db: Database, names: tuple[str, ...]) -> tuple:
    """``funder_logos``: image paths separated by commas, relative to the database's folder or
    the kiosk's own folder (assets/logos has placeholders); one that cannot be read is skipped."""
    readers = []
    for name in names:
        for candidate in (Path(name), db.path.parent / name, ROOT / name):
            if candidate.is_file():
                try:
                    readers.append(ImageReader(str(candidate)))
                except Exception:
                    log.warning("funder logo %s cannot be read", candidate)
                break
        else:
            log.warning("funder logo %s not found", name)
    return tuple(readers)



def write_report(db: Database, clock, year: int, month: int, out: Path, lang: str = "fi",
                 participants: bool = False, notes: str = "", cards: bool = False, authorised: bool = False,
                 months: int = 1, invariant: bool = False) -> None:
    """Write the month's report to ``out`` (A4 PDF). The public version (default) hides every small
    count of people; ``authorised`` gives exact counts, the gender cross-tables and the attendance
    figures, on pages marked confidential."""
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    data = gather(db, clock, year, month, authorised, months)
    listing = participant_list(db, year, month, months) if participants else None
    card_list = attendance_cards(db, clock, year, month, months) if cards else None
    write_pdf(data, out, lang, notes, listing, card_list, invariant)
