"""Bringing in the room's earlier paper sign-in sheets: a CSV file of visits.

Read as the people import reads its file (kiosk/csv_input.py), with its rules: every row is checked
first, any bad row means nothing is written and the report names each bad row by its line, and a
good file is written in short transactions (the door keeps answering; after a full disk half-way,
importing the file again adds only the rest). A name is matched to a registered person (first and last
name, accents and case aside) or becomes a new person with a new card; a row without a name is an
anonymous visit. A visit imported before (the same person, or no one, checked in at the same
minute) is counted, not added again, so importing the same file twice is harmless.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from kiosk import csv_input, names
from kiosk.clock import HELSINKI, local
from kiosk.db import Database, audit
from kiosk.db import visits_import as import_table
from kiosk.db.timestamps import to_text
from kiosk.people import new_person
from kiosk.profile import SITUATIONS, Profile

COLUMNS = ("date", "check_in", "check_out", "first_name", "last_name", "situation")
REQUIRED = ("date", "check_in")
# Nothing older: a year like 0202 is a typing slip, and far years do not convert to UTC.
EARLIEST_YEAR = 2000
ACTOR = "import"
ACTION = "import_visits"

# ISO as asked for, and the day-first dates a Finnish Excel writes when it saves a date cell.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_FINNISH_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
# 9:30 or 09:30; a Finnish Excel may write 9.30.
_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})")


@dataclass(frozen=True)
class VisitsReport(csv_input.ImportReport):
    new_people: int = 0  # registered by this import for names not found
    # Lines naming the same person checking in at the same minute as an earlier line of the file:
    # one visit, said with their lines so that nothing is dropped unseen.
    same_as_earlier: tuple[tuple[int, int], ...] = ()  # (line, the earlier line)

    NOUNS = ("visit", "visits")
    COUNTS_REPEATS = True

    def lines(self) -> list[str]:
        found = super().lines()
        if self.errors:
            return found
        if self.new_people:
            people = "person" if self.new_people == 1 else "people"
            found = [f"{found[0]}; {self.new_people} new {people} registered"]
        if self.same_as_earlier:
            n = len(self.same_as_earlier)
            found.append(f"{n} line{'s' if n != 1 else ''} not imported: the same person checking in at the same minute "
                         "as an earlier line, counted once:")
            found += [f"line {line}: the same as line {earlier}" for line, earlier in self.same_as_earlier]
        return found


@dataclass(frozen=True)
class _Visit:
    first_name: str  # "" (with last_name "") for an anonymous visit
    last_name: str
    check_in: datetime  # UTC
    check_out: datetime | None  # None: left open on the sheet
    situation: str | None


# Rows a transaction: the kiosk at the door waits for one batch at most. 500 took 51 ms (p95 79)
# on the 50,000-person benchmark database, 100 take 13 ms (issue 23; benchmarks/bench_door.py measures the door meanwhile).
BATCH = 100


def import_visits(db: Database, clock, path: Path) -> VisitsReport:
    """Check every row of ``path`` (reading it through once), then add the new people and visits
    (reading it again) in short transactions. Neither the file nor its rows are held in memory:
    only the names not registered yet, and the visits met so far in a temporary table."""
    encoding, unreadable = csv_input.encoding_of(path)
    if encoding is None:
        return VisitsReport(errors=unreadable)
    now = clock.now()

    def each_row():
        return csv_input.each_row(path, encoding, COLUMNS, REQUIRED, lambda values: _row(values, now))

    registered: dict[tuple[str, str], list[int]] = {}
    for person in import_table.registered_names(db):
        registered.setdefault(_key(person["first_name"], person["last_name"]), []).append(person["id"])
    newcomers: dict[tuple[str, str], _Newcomer] = {}
    span: list[datetime] = []
    errors = csv_input.problems_of(_checked(each_row(), registered, newcomers, span))
    if errors:
        return VisitsReport(errors=errors)
    if not span:
        return VisitsReport()
    person_ids = {key: ids[0] for key, ids in registered.items()}
    for batch in csv_input.batches(newcomers.items(), BATCH):
        with db.transaction() as conn:
            for key, newcomer in batch:
                # The sheet's situation goes to a new person's profile (an existing one is left
                # alone). No privacy acceptance: the person has not seen the kiosk's notice. The
                # answer is dated on the sheet's day of the earliest visit: it is what they told then.
                person = new_person(conn, newcomer.first_name, newcomer.last_name,
                                    Profile(situation=newcomer.situation), "visitor", now,
                                    given_on=local(newcomer.first_at).date(), source="import")
                person_ids[key] = person.id
    imported = already_there = 0
    same_as_earlier = []
    with import_table.seen_visits(db, min(span), max(span)) as seen:
        for batch in csv_input.batches(each_row(), BATCH):
            with db.transaction() as conn:
                for line, visit, _ in batch:
                    person_id = person_ids[_key(visit.first_name, visit.last_name)] if visit.first_name else None
                    there, times, first_line = seen(conn, person_id, to_text(visit.check_in), line)
                    if person_id is not None and times > 1:
                        same_as_earlier.append((line, first_line))  # the same person twice at one time: one visit
                        continue
                    # Anonymous visits are counted, not collapsed: two nameless visitors may come together.
                    if times <= there:
                        already_there += 1
                        continue
                    import_table.insert(conn, uuid=str(uuid.uuid4()), person_id=person_id, check_in=visit.check_in,
                                        check_out=visit.check_out, situation=visit.situation if person_id is None else None)
                    imported += 1
    if imported:
        created = len(newcomers)
        people = f", {created} new {'person' if created == 1 else 'people'}" if created else ""
        with db.transaction() as conn:
            audit.record(conn, now, ACTOR, ACTION, None,
                         f"{Path(path).name}: {imported} visit{'' if imported == 1 else 's'}{people}")
    return VisitsReport(imported=imported, already_there=already_there, repeated=len(same_as_earlier),
                        new_people=len(newcomers), same_as_earlier=tuple(same_as_earlier))


@dataclass
class _Newcomer:
    """A name not registered yet: as written on its earliest visit, with the situation of the
    earliest visit that gives one."""

    first_name: str
    last_name: str
    first_at: datetime
    situation: str | None
    situation_at: datetime | None


def _checked(rows, registered: dict, newcomers: dict, span: list) -> Iterator:
    """The rows as they stream by, with a name shared by several registered people as a problem;
    on the way, the names to register and the first and last check-in are noted."""
    for line, visit, found in rows:
        if visit is not None and visit.first_name:
            key = _key(visit.first_name, visit.last_name)
            if len(registered.get(key, ())) > 1:
                found = [*found, _ambiguous(visit, len(registered[key]))]
            elif key not in registered:
                _note_newcomer(newcomers, key, visit)
        if visit is not None:
            span[:] = [min(span[0], visit.check_in), max(span[1], visit.check_in)] if span else [visit.check_in] * 2
        yield line, visit, found


def _note_newcomer(newcomers: dict, key, visit: _Visit) -> None:
    known = newcomers.get(key)
    if known is None:
        newcomers[key] = _Newcomer(visit.first_name, visit.last_name, visit.check_in, visit.situation,
                                   visit.check_in if visit.situation else None)
        return
    if visit.check_in < known.first_at:  # earlier on the sheets: its spelling is the one kept
        known.first_name, known.last_name, known.first_at = visit.first_name, visit.last_name, visit.check_in
    if visit.situation and (known.situation_at is None or visit.check_in < known.situation_at):
        known.situation, known.situation_at = visit.situation, visit.check_in


def _key(first_name: str, last_name: str) -> tuple[str, str]:
    return (names.fold(" ".join(first_name.split())), names.fold(" ".join(last_name.split())))


def _ambiguous(visit: _Visit, count: int) -> str:
    who = csv_input.shown(f"{visit.first_name} {visit.last_name}".strip())
    return (
        f"{count} registered people are called '{who}', so the sheet cannot say which one came: "
        "merge them if they are one person, or leave the names empty to import an anonymous visit"
    )


def _row(values: dict[str, str], now: datetime) -> tuple[_Visit | None, list[str]]:
    found: list[str] = []
    first_name = csv_input.name("first_name", values.get("first_name", ""), found, required=False)
    last_name = csv_input.name("last_name", values.get("last_name", ""), found, required=False)
    if values.get("last_name", "").strip() and not values.get("first_name", "").strip():
        found.append("first_name: missing (leave both names empty for an anonymous visit)")
    situation = values.get("situation", "").strip().lower() or None
    if situation is not None and situation not in SITUATIONS:
        found.append(f"situation: '{csv_input.shown(situation)}' is not one of {', '.join(SITUATIONS)}")
    day = _date(values.get("date", ""), found)
    check_in_time = _time("check_in", values.get("check_in", ""), found, required=True)
    check_out_time = _time("check_out", values.get("check_out", ""), found, required=False)
    today = local(now).date()
    if day is not None and day > today:
        found.append(f"date: {day.isoformat()} is in the future")
        day = None
    check_in = check_out = None
    if day is not None and check_in_time is not None:
        check_in = _utc("check_in", day, check_in_time, now, found)
    if day is not None and check_out_time is not None:
        check_out = _utc("check_out", day, check_out_time, now, found)
    if check_in is not None and check_out is not None and check_out < check_in:
        found.append(f"check_out: {check_out_time:%H:%M} is before check_in {check_in_time:%H:%M}")
    if found or check_in is None:
        return None, found
    return _Visit(first_name, last_name, check_in, check_out, situation), []


def _date(raw: str, found: list[str]) -> date | None:
    text = raw.strip()
    if not text:
        found.append("date: missing (it is required)")
        return None
    iso, finnish = _ISO_DATE.fullmatch(text), _FINNISH_DATE.fullmatch(text)
    try:
        if iso:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif finnish:
            day = date(int(finnish[3]), int(finnish[2]), int(finnish[1]))
        else:
            raise ValueError
    except ValueError:
        found.append(f"date: '{csv_input.shown(text)}' is not a date (YYYY-MM-DD, e.g. 2026-03-17)")
        return None
    if day.year < EARLIEST_YEAR:
        found.append(f"date: {day.isoformat()} is before {EARLIEST_YEAR}")
        return None
    return day


def _time(column: str, raw: str, found: list[str], required: bool) -> time | None:
    text = raw.strip()
    if not text:
        if required:
            found.append(f"{column}: missing (it is required)")
        return None
    match = _TIME.fullmatch(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        found.append(f"{column}: '{csv_input.shown(text)}' is not a time of day (HH:MM, e.g. 09:30)")
        return None
    return time(int(match[1]), int(match[2]))


def _utc(column: str, day: date, clock_time: time, now: datetime, found: list[str]) -> datetime | None:
    """A Helsinki wall-clock time on ``day`` as UTC, or None with the reason in ``found``."""
    wall = datetime.combine(day, clock_time)
    # fold=0: in the hour that comes twice when summer time ends (03:00-04:00 on the last Sunday of
    # October) the first occurrence is taken, the one still in summer time (UTC+3).
    at = wall.replace(tzinfo=HELSINKI, fold=0).astimezone(timezone.utc)
    if at.astimezone(HELSINKI).replace(tzinfo=None) != wall:
        # The hour skipped when summer time begins (03:00-04:00 on the last Sunday of March).
        found.append(f"{column}: {clock_time:%H:%M} did not happen on {day.isoformat()} (the clocks went from 03:00 to 04:00)")
        return None
    if at > now:
        found.append(f"{column}: {clock_time:%H:%M} today is later than now")
        return None
    return at
