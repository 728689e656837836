"""Rehabilitative work and work trials: each planned day present, absent with a reason, or not
arranged; the €9 allowance days; the warnings the supervisor acts on.

The rules (named where a figure or a limit comes from):
- Kela, "Kuntouttava työtoiminta" and "Työkokeilu" (kela.fi, työttömyysetuus palveluiden ajalta) and
  Kela's form TT3 "Ilmoitus poissaolosta": the unemployment benefit is paid for a day of absence
  caused by the participant's own illness (on their own word up to 3 days, after that with a
  doctor's certificate), the sudden illness of their child under 10 (up to 4 days), a job
  interview, or a public office of trust; the daily allowance (kulukorvaus) is paid only for days
  the participant took part. Any other absence: no benefit for that day.
- Laki kuntouttavasta työtoiminnasta 189/2001: rehabilitative work activity 1–4 days a week,
  4–8 hours a day; a participant on social assistance gets toimintaraha from the municipality
  instead of kulukorvaus, also only for the days taken part.
- Both allowances are €9 a day (the amount the issue states; an amount, not a count, so it is
  printed with the days and never summed into other figures).
A day the service was not arranged (the room closed on that weekday, or a closed day the attendant
marked: a holiday, the summer break, "palvelua ei järjestetä") is not an absence.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk import opening_hours, settings_catalog
from kiosk.staff_access import StaffSession, who
from kiosk.clock import local, local_day_start
from kiosk.db import Database, audit
from kiosk.db import attendance as table
from kiosk.db.timestamps import from_text
from kiosk.names import fold
from kiosk.periods import from_row
from kiosk.statistics import known_hours

ALLOWANCE_EUR = 9  # a day, kulukorvaus and toimintaraha alike (see above)
SHORT_HOURS, LONG_HOURS = 4, 8  # 189/2001 and Kela: 4–8 hours a day
# 189/2001: 1–4 days; Kela: a work trial at most 5, and an education trial, the same employment
# service towards a study place, likewise
MOST_DAYS_A_WEEK = {"rehab_work": 4, "work_trial": 5, "education_trial": 5}
STREAK_KEY = "absence_streak_warning"  # unexcused absences in a row that warn the organiser
LOOKBACK_DAYS = 14  # days before the range read too, so an illness or a streak begun earlier counts on


@dataclass(frozen=True)
class Reason:
    code: str  # stored
    mark: str  # printed on the notice; the kiosk's own letters, explained on the form itself
    paid: bool  # the benefit is paid for the day
    most_days: int | None = None  # in a row, on the participant's own word; beyond: not excused


REASONS: dict[str, Reason] = {r.code: r for r in (
    Reason("illness", "S", True, 3),  # own illness, own word: up to 3 days (Kela)
    Reason("illness_certified", "SL", True),  # own illness with a doctor's certificate
    Reason("child_ill", "L", True, 4),  # a child under 10 suddenly ill: up to 4 days (Kela)
    Reason("job_interview", "H", True),
    Reason("public_office", "J", True),  # a public office of trust (kunnallinen luottamustehtävä ...)
    Reason("other", "M", False),
)}

# What a day was
PRESENT, FIX_TIMES, IN_ROOM, ABSENT, NOT_ARRANGED, UPCOMING = (
    "present", "fix_times", "in_room", "absent", "not_arranged", "upcoming")
CLOSED_WEEKDAY = ""  # closed_reason of a weekday the opening hours leave closed
NOT_ARRANGED_TEXT = "palvelua ei järjestetä"  # a marked closed day's reason when none was typed


@dataclass(frozen=True)
class Day:
    day: date
    status: str
    planned: bool  # an agreed weekday on which the service was arranged
    arrival: datetime | None = None
    departure: datetime | None = None
    hours: float | None = None  # only for a present day with real times
    reason: str | None = None  # an absence's code; None: the reason is missing
    note: str = ""
    over_limit: bool = False  # an illness past 3 days without a certificate, a child's past 4
    closed_reason: str | None = None  # not arranged: the marked reason, CLOSED_WEEKDAY for a closed weekday

    @property
    def excused(self) -> bool:
        """An absence for which the benefit is paid."""
        return self.status == ABSENT and self.reason in REASONS and REASONS[self.reason].paid and not self.over_limit

    @property
    def allowance(self) -> bool:
        """A day that earns the €9: the participant took part and the times are real."""
        return self.status == PRESENT


@dataclass(frozen=True)
class Warning:
    kind: str  # short_day, long_day, too_many_days, unexcused_streak, fix_times, certificate_needed, no_weekdays, agreed_too_many
    day: date | None
    value: float = 0  # the hours, the days in the week, the absences in a row


@dataclass(frozen=True)
class Allowance:
    kind: str  # "kulukorvaus", "toimintaraha", or "" when the payer text does not tell
    payer: str


@dataclass(frozen=True)
class Participation:
    person_id: int
    first_name: str
    last_name: str
    role: str
    start_on: date
    end_on: date | None
    weekdays: tuple[int, ...]
    hours_per_day: float | None
    allowance: Allowance
    first: date  # the days shown: the range asked, cut to the period
    last: date
    days: tuple[Day, ...]
    warnings: tuple[Warning, ...] = field(default=())

    def count(self, status: str) -> int:
        return sum(1 for d in self.days if d.status == status)

    @property
    def planned(self) -> int:
        return sum(1 for d in self.days if d.planned)

    @property
    def absences(self) -> tuple[Day, ...]:
        return tuple(d for d in self.days if d.status == ABSENT)

    @property
    def allowance_days(self) -> int:
        return sum(1 for d in self.days if d.allowance)

    @property
    def allowance_eur(self) -> int:
        return ALLOWANCE_EUR * self.allowance_days


def allowance_of(payer: str) -> Allowance:
    """Which €9 allowance, from the period's payer text: Kela or an unemployment fund pay
    kulukorvaus to people on unemployment benefit; a municipality (or wellbeing services county)
    pays toimintaraha to people on social assistance (189/2001)."""
    words = fold(payer)
    for kind in ("toimintaraha", "kulukorvaus"):  # said outright: "Työllisyysalue (toimintaraha)"
        if kind in words:
            return Allowance(kind, payer)
    if "kela" in words or "kassa" in words or "fund" in words:
        return Allowance("kulukorvaus", payer)
    if any(w in words for w in ("kunta", "kaupunki", "sosiaali", "toimeentulo", "hyvinvointialue", "kommun", "stad")):
        return Allowance("toimintaraha", payer)
    return Allowance("", payer)


def days_between(first: date, last: date) -> Iterable[date]:
    return (first + timedelta(days=n) for n in range((last - first).days + 1))


class AttendanceService:
    def __init__(self, db: Database, clock, session: StaffSession | None = None):
        self._db, self._clock = db, clock
        self._session = session  # who is signed in, for the audit log

    # --- reading
    def participations(self, first: date, last: date, person_id: int | None = None) -> list[Participation]:
        """Every work-trial and rehabilitative period sharing a day with [first, last]."""
        rows = table.participant_periods(self._db, first, last, person_id)
        return [self._participation(r, first, last) for r in rows]

    def streak_limit(self) -> int:
        return settings_catalog.get(self._db, STREAK_KEY)

    def closed_days(self, first: date, last: date) -> dict[date, str]:
        return {date.fromisoformat(r["day"]): r["reason"] for r in table.closed_days(self._db, first, last)}

    def _participation(self, row, first: date, last: date) -> Participation:
        period = from_row(row)
        shown_first = max(first, period.start_on)
        shown_last = min(last, period.end_on) if period.end_on else last
        read_from = max(period.start_on, shown_first - timedelta(days=LOOKBACK_DAYS))
        days = self._days(row["person_id"], period.weekdays, read_from, shown_last)
        warnings = _warnings(period.role, period.weekdays, days, self.streak_limit())
        return Participation(
            row["person_id"], row["first_name"], row["last_name"], period.role, period.start_on, period.end_on,
            period.weekdays, period.hours_per_day, allowance_of(period.payer), shown_first, shown_last,
            tuple(d for d in days if d.day >= shown_first),
            tuple(w for w in warnings if w.day is None or w.day >= shown_first),
        )

    def _days(self, person_id: int, weekdays: tuple[int, ...], first: date, last: date) -> list[Day]:
        open_weekdays = opening_hours.week(self._db)  # Monday 0
        closed = self.closed_days(first, last)
        absences = {date.fromisoformat(r["day"]): r for r in table.absences(self._db, person_id, first, last)}
        by_day: dict[date, list] = {}
        for v in table.visits(self._db, person_id, local_day_start(first), local_day_start(last + timedelta(days=1))):
            by_day.setdefault(local(from_text(v["check_in_at"])).date(), []).append(v)
        today = local(self._clock.now()).date()
        days: list[Day] = []
        for day in days_between(first, last):
            agreed = day.isoweekday() in weekdays
            closed_reason = closed.get(day, CLOSED_WEEKDAY if day.weekday() not in open_weekdays else None)
            arranged = agreed and closed_reason is None
            if day in by_day:
                days.append(_visited(day, by_day[day], arranged, today))
            elif not arranged:
                if agreed:
                    days.append(Day(day, NOT_ARRANGED, False, closed_reason=closed_reason))
            elif day in absences:
                a = absences[day]
                days.append(Day(day, ABSENT, True, reason=a["reason"], note=a["note"]))
            elif day >= today:
                days.append(Day(day, UPCOMING, True))
            else:
                days.append(Day(day, ABSENT, True))
        return _limits(days)

    # --- writing (each change audit-logged: what was done and the reason code, never the note)
    def record_absence(self, person_id: int, day: date, reason: str, note: str = "", actor: str | None = None) -> None:
        if reason not in REASONS:
            raise ValueError(f"not a reason: {reason!r}")
        note = " ".join(note.split())[:200]
        now = self._clock.now()
        with self._db.transaction() as conn:
            table.put_absence(conn, str(uuid.uuid4()), person_id, day, reason, note, now)
            audit.record(conn, now, who(self._session, actor), "record_absence", person_id, f"{day.isoformat()} {reason}")

    def clear_absence(self, person_id: int, day: date, actor: str | None = None) -> None:
        now = self._clock.now()
        with self._db.transaction() as conn:
            if table.delete_absence(conn, person_id, day):
                audit.record(conn, now, who(self._session, actor), "clear_absence", person_id, day.isoformat())

    def mark_closed(self, day: date, reason: str, actor: str | None = None) -> None:
        now = self._clock.now()
        with self._db.transaction() as conn:
            table.put_closed_day(conn, day, " ".join(reason.split())[:200] or NOT_ARRANGED_TEXT, now)
            audit.record(conn, now, who(self._session, actor), "mark_closed_day", None, day.isoformat())

    def unmark_closed(self, day: date, actor: str | None = None) -> None:
        now = self._clock.now()
        with self._db.transaction() as conn:
            if table.delete_closed_day(conn, day):
                audit.record(conn, now, who(self._session, actor), "unmark_closed_day", None, day.isoformat())


def _visited(day: date, visits: list, arranged: bool, today: date) -> Day:
    """A day with visits. A visit left open, or closed by the kiosk at closing time, has no real
    departure: the supervisor fixes the times; it is never shown as a short day."""
    arrival = min(from_text(v["check_in_at"]) for v in visits)
    if any(v["check_out_at"] is None for v in visits):
        return Day(day, IN_ROOM if day == today else FIX_TIMES, arranged, arrival)
    if any(v["auto_checkout"] for v in visits):
        return Day(day, FIX_TIMES, arranged, arrival)
    return Day(day, PRESENT, arranged, arrival, max(from_text(v["check_out_at"]) for v in visits), known_hours(visits))


def _limits(days: list[Day]) -> list[Day]:
    """Mark the own-word illness days past 3 in a row, and a child's illness past 4, as over the
    limit. A run goes on over days not arranged and ends at a day of any other kind."""
    out, run_reason, run = [], None, 0
    for d in days:
        if d.status in (NOT_ARRANGED, UPCOMING):
            out.append(d)
            continue
        group = "illness" if d.reason in ("illness", "illness_certified") else d.reason
        if d.status == ABSENT and group in ("illness", "child_ill"):
            run = run + 1 if run_reason == group else 1
            run_reason = group
            most = REASONS[d.reason].most_days
            if most is not None and run > most:
                d = Day(**{**d.__dict__, "over_limit": True})
        else:
            run_reason, run = None, 0
        out.append(d)
    return out


def _warnings(role: str, weekdays: tuple[int, ...], days: list[Day], streak_limit: int) -> list[Warning]:
    found: list[Warning] = []
    if not weekdays:
        found.append(Warning("no_weekdays", None))
    elif len(weekdays) > MOST_DAYS_A_WEEK[role]:
        found.append(Warning("agreed_too_many", None, len(weekdays)))
    weeks: dict[tuple[int, int], list[Day]] = {}
    streak = 0
    for d in days:
        if d.status == PRESENT and d.hours is not None and d.hours < SHORT_HOURS:
            found.append(Warning("short_day", d.day, d.hours))
        if d.status == PRESENT and d.hours is not None and d.hours > LONG_HOURS:
            found.append(Warning("long_day", d.day, d.hours))
        if d.status == FIX_TIMES:
            found.append(Warning("fix_times", d.day))
        if d.over_limit and d.reason == "illness":
            found.append(Warning("certificate_needed", d.day))
        if d.status in (PRESENT, FIX_TIMES, IN_ROOM):
            weeks.setdefault(d.day.isocalendar()[:2], []).append(d)
            streak = 0
        elif d.status == ABSENT and not d.excused:
            streak += 1
            if streak == streak_limit:
                found.append(Warning("unexcused_streak", d.day, streak))
    for week_days in weeks.values():
        if weekdays and len(week_days) > len(weekdays):
            found.append(Warning("too_many_days", week_days[-1].day, len(week_days)))
    return sorted(found, key=lambda w: (w.day or date.min, w.kind))
