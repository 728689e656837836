"""A person's roles as dated periods: visitor by default, and for a stretch of days a volunteer,
a work-trial, education-trial or rehabilitative work participant, pay-subsidised or staff.

A period has a start day, an end day (open when None), the referring or paying body, the agreed
ISO weekdays (1 = Monday) and hours a day, and a note. Two periods of one person and one role never
share a day. The figures read the role on each visit's day (kiosk/dated.py), so adding a period in
November changes nothing printed of October. Every change is audit-logged, without its values.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from kiosk.staff_access import StaffSession, who
from kiosk.csv_input import shown
from kiosk.db import Database, audit
from kiosk.db import periods as periods_table
from kiosk.errors import Invalid, InvalidInput
from kiosk.profile import PERIOD_ROLES

MAX_TEXT = 200  # payer and note: a body's name, a line of text
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class RolePeriod:
    role: str
    start_on: date
    end_on: date | None = None  # None: open
    payer: str = ""
    weekdays: tuple[int, ...] = ()  # ISO: 1 = Monday ... 7 = Sunday
    hours_per_day: float | None = None
    note: str = ""
    id: int | None = None  # None until saved

    def covers(self, day: date) -> bool:
        return self.start_on <= day and (self.end_on is None or day <= self.end_on)

    def overlaps(self, other: RolePeriod) -> bool:
        return (self.role == other.role and (other.end_on is None or self.start_on <= other.end_on)
                and (self.end_on is None or other.start_on <= self.end_on))


@dataclass(frozen=True)
class Problem:
    invalid: Invalid
    text: str  # English, for the import's report and the log: "column: reason"


def parse(values: dict[str, str]) -> tuple[RolePeriod | None, list[Problem]]:
    """A period from text as typed on the people screen or found in a CSV file; or its problems."""
    found: list[Problem] = []
    role = values.get("role", "").strip().lower()
    if role not in PERIOD_ROLES:
        found.append(Problem(Invalid.ANSWER, f"role: '{shown(role)}' is not one of {', '.join(PERIOD_ROLES)}"))
    start = _day("start_on", values.get("start_on", ""), found, required=True)
    end = _day("end_on", values.get("end_on", ""), found, required=False)
    if start and end and end < start:
        found.append(Problem(Invalid.PERIOD_DATES, f"end_on: {end} is before start_on {start}"))
    weekdays = _weekdays(values.get("weekdays", ""), found)
    hours = _hours(values.get("hours_per_day", ""), found)
    payer = " ".join(values.get("payer", "").split())
    note = " ".join(values.get("note", "").split())
    for column, text in (("payer", payer), ("note", note)):
        if len(text) > MAX_TEXT:
            found.append(Problem(Invalid.PERIOD_VALUES, f"{column}: longer than {MAX_TEXT} characters"))
    if found:
        return None, found
    return RolePeriod(role, start, end, payer, weekdays, hours, note), []


def _day(column: str, raw: str, found: list[Problem], required: bool) -> date | None:
    raw = raw.strip()
    if not raw:
        if required:
            found.append(Problem(Invalid.PERIOD_DATES, f"{column}: a day is required, e.g. 2026-11-24"))
        return None
    try:
        if not _DAY.fullmatch(raw):
            raise ValueError
        return date.fromisoformat(raw)
    except ValueError:
        found.append(Problem(Invalid.PERIOD_DATES, f"{column}: '{shown(raw)}' is not a day (YYYY-MM-DD)"))
        return None


def _weekdays(raw: str, found: list[Problem]) -> tuple[int, ...]:
    parts = [p.strip() for p in raw.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    if not all(p.isdecimal() and len(p) == 1 and 1 <= int(p) <= 7 for p in parts):
        found.append(Problem(Invalid.PERIOD_VALUES, f"weekdays: '{shown(raw.strip())}' is not ISO weekdays 1-7, e.g. 1,2,4"))
        return ()
    return tuple(sorted({int(p) for p in parts}))


def _hours(raw: str, found: list[Problem]) -> float | None:
    raw = raw.strip().replace(",", ".")  # a Finnish decimal comma
    if not raw:
        return None
    try:
        hours = float(raw)
    except ValueError:
        hours = -1.0
    if not 0 <= hours <= 24:  # also refuses nan
        found.append(Problem(Invalid.PERIOD_VALUES, f"hours_per_day: '{shown(raw)}' is not hours from 0 to 24"))
        return None
    return hours


def _row_values(period: RolePeriod) -> dict[str, object]:
    return {"role": period.role, "start_on": period.start_on.isoformat(),
            "end_on": period.end_on.isoformat() if period.end_on else None, "payer": period.payer,
            "weekdays": ",".join(map(str, period.weekdays)), "hours_per_day": period.hours_per_day, "note": period.note}


def from_row(row) -> RolePeriod:
    return RolePeriod(
        row["role"], date.fromisoformat(row["start_on"]), date.fromisoformat(row["end_on"]) if row["end_on"] else None,
        row["payer"], tuple(int(d) for d in row["weekdays"].split(",") if d), row["hours_per_day"], row["note"], row["id"],
    )


def clashing(period: RolePeriod, others) -> RolePeriod | None:
    """The first other period of the same role sharing a day with ``period`` (itself aside)."""
    itself = [o for o in others if o is period or (period.id is not None and o.id == period.id)]
    return next((o for o in others if o not in itself and period.overlaps(o)), None)


def _refuse_overlap(conn, person_id: int, period: RolePeriod) -> None:
    other = clashing(period, [from_row(r) for r in periods_table.of_person_in(conn, person_id)])
    if other is not None:
        raise InvalidInput(Invalid.PERIOD_OVERLAP, f"overlaps the {other.role} period from {other.start_on}")


def add(conn, person_id: int, period: RolePeriod, at, actor: str, action: str = "add_period", detail: str = "") -> int:
    """Write a checked period inside the caller's transaction, refusing an overlap."""
    _refuse_overlap(conn, person_id, period)
    period_id = periods_table.insert(conn, str(uuid.uuid4()), person_id, _row_values(period), at)
    audit.record(conn, at, actor, action, person_id, detail or period.role)
    return period_id


class PeriodsService:
    def __init__(self, db: Database, clock, session: StaffSession | None = None):
        self._session = session  # who is signed in, for the audit log
        self._db = db
        self._clock = clock

    def of(self, person_id: int) -> tuple[RolePeriod, ...]:
        return tuple(from_row(r) for r in periods_table.of_person(self._db, person_id))

    def save(self, person_id: int, values: dict[str, str], period_id: int | None = None, actor: str | None = None) -> RolePeriod:
        """Add a period (``period_id`` None) or change one, from the text of the people screen."""
        period, found = parse(values)
        if period is None:
            raise InvalidInput(found[0].invalid, "; ".join(p.text for p in found))
        now = self._clock.now()
        with self._db.transaction() as conn:
            if period_id is None:
                new_id = add(conn, person_id, period, now, who(self._session, actor))
                return RolePeriod(**{**period.__dict__, "id": new_id})
            if periods_table.person_of(conn, period_id) != person_id:
                raise ValueError(f"no period {period_id} of person {person_id}")
            period = RolePeriod(**{**period.__dict__, "id": period_id})
            _refuse_overlap(conn, person_id, period)
            periods_table.update(conn, period_id, _row_values(period))
            audit.record(conn, now, who(self._session, actor), "edit_period", person_id, period.role)
        return period

    def remove(self, person_id: int, period_id: int, actor: str | None = None) -> None:
        now = self._clock.now()
        with self._db.transaction() as conn:
            if periods_table.person_of(conn, period_id) != person_id:
                raise ValueError(f"no period {period_id} of person {person_id}")
            periods_table.delete(conn, period_id)
            audit.record(conn, now, who(self._session, actor), "remove_period", person_id)
