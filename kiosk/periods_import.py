"""Bringing in role periods that arrive as lists (referrals to work trial or rehabilitative work,
pay-subsidy contracts): ``kiosk import-periods FILE.csv --db PATH``.

The same rules as the other imports (kiosk/csv_input.py): every row is checked first, any bad row
means nothing is written, and the report names each bad row by its line. A person is found by
first and last name (accents and case aside), and by birth year when the row gives one; someone
not registered is refused, never created (a referral is not a registration). A period that is
there already (same person, role, start and end) is counted, not added again, so importing the
same file twice adds nothing; a period overlapping another of the same role, in the database or
in the file, is refused with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk import csv_input, names, periods
from kiosk.db import Database
from kiosk.db import people_import as people_table
from kiosk.db import periods as periods_table
from kiosk.periods import RolePeriod

COLUMNS = ("first_name", "last_name", "birth_year", "role", "start_on", "end_on", "weekdays", "hours_per_day", "payer", "note")
REQUIRED = ("first_name", "role", "start_on")
ACTOR = "import"
ACTION = "import_period"

_YEAR = re.compile(r"[0-9]{4}")


class PeriodsReport(csv_input.ImportReport):
    NOUNS = ("period", "periods")


@dataclass(frozen=True)
class _Row:
    first_name: str
    last_name: str
    birth_year: int | None
    period: RolePeriod


def import_periods(db: Database, clock, path: Path) -> PeriodsReport:
    """Check every row of ``path``, then add all new periods in one transaction, or none."""
    text, unreadable = csv_input.read_text(path)
    if unreadable:
        return PeriodsReport(errors=unreadable)
    numbered, errors = csv_input.read_rows(text, COLUMNS, REQUIRED, _row)
    if errors and not numbered:
        return PeriodsReport(errors=tuple(errors))
    now = clock.now()
    with db.transaction() as conn:
        by_name: dict[tuple[str, str], list] = {}
        for person in people_table.registered_people(conn):
            by_name.setdefault(_key(person["first_name"], person["last_name"]), []).append(person)
        found: list[csv_input.RowError] = list(errors)  # every bad row is listed, those read well checked too
        new: list[tuple[int, int, RolePeriod]] = []  # line, person, period
        already_there = 0
        existing: dict[int, list[RolePeriod]] = {}
        for line, row in numbered:
            person_id, problem = _whose(row, by_name)
            if problem:
                found.append(csv_input.RowError(line, problem))
                continue
            if person_id not in existing:
                existing[person_id] = [periods.from_row(r) for r in periods_table.of_person_in(conn, person_id)]
            same = [p for p in existing[person_id] if (p.role, p.start_on, p.end_on) == (row.period.role, row.period.start_on, row.period.end_on)]
            if same:
                already_there += 1
                continue
            other = periods.clashing(row.period, existing[person_id])
            if other is not None:
                end = other.end_on.isoformat() if other.end_on else "open"
                found.append(csv_input.RowError(line, f"overlaps {row.first_name}'s {other.role} period {other.start_on}–{end}"))
                continue
            existing[person_id].append(row.period)  # a later row of the file overlapping this one is refused too
            new.append((line, person_id, row.period))
        if found:
            # nothing was written: an empty commit
            return PeriodsReport(errors=tuple(sorted(found, key=lambda e: e.line)))
        for _, person_id, period in new:
            periods.add(conn, person_id, period, now, ACTOR, ACTION, f"{Path(path).name}: {period.role}")
    return PeriodsReport(imported=len(new), already_there=already_there)


def _key(first_name: str, last_name: str) -> tuple[str, str]:
    return names.fold(" ".join(first_name.split())), names.fold(" ".join(last_name.split()))


def _whose(row: _Row, by_name: dict) -> tuple[int | None, str]:
    """The person a row names, or why it names no one (or more than one)."""
    shown = " ".join(filter(None, (row.first_name, row.last_name)))
    candidates = by_name.get(_key(row.first_name, row.last_name), [])
    if row.birth_year is not None:
        candidates = [p for p in candidates if p["birth_year"] == row.birth_year]
    if not candidates:
        born = f" born {row.birth_year}" if row.birth_year is not None else ""
        return None, f"no registered person {shown}{born}: register them first (import-people or the kiosk)"
    if len(candidates) > 1:
        return None, f"{len(candidates)} registered people are called {shown}: add birth_year, or merge them if they are one"
    return candidates[0]["id"], ""


def _row(values: dict[str, str]) -> tuple[_Row | None, list[str]]:
    found: list[str] = []
    first_name = csv_input.name("first_name", values.get("first_name", ""), found, required=True)
    last_name = csv_input.name("last_name", values.get("last_name", ""), found, required=False)
    year = values.get("birth_year", "").strip()
    birth_year = None
    if year and not _YEAR.fullmatch(year):
        found.append(f"birth_year: '{csv_input.shown(year)}' is not a year")
    elif year:
        birth_year = int(year)
    period, problems = periods.parse(values)
    found += [p.text for p in problems]
    if found:
        return None, found
    return _Row(first_name, last_name, birth_year, period), []
