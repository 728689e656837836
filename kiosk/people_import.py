"""Bringing in an existing visitor list: a CSV file as Finnish Excel writes it.

All or nothing: every row is checked first, and any bad row means nothing is written; the report
names each bad row by its line in the file. A good file is written in short transactions (the door
keeps answering), each new person with a new card and an audit-log row; should the disk fill up
half-way, importing the file again adds only the rest. People already registered (same first name,
last name and birth year, accents and case aside) are counted, not added again, and so are rows
repeating an earlier row of the file, so importing the same file twice is harmless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk import csv_input, municipalities, names
from kiosk.clock import local
from kiosk.csv_input import RowError  # noqa: F401 (part of this module's interface)
from kiosk.db import Database, audit
from kiosk.db import people_import as import_table
from kiosk.people import new_person
from kiosk.profile import CHOICES, ROLES, Profile, problems

COLUMNS = (
    "first_name",
    "last_name",
    "gender",
    "birth_year",
    "situation",
    "education",
    "citizenship",
    "municipality",
    "mother_tongue",
    "role",
)
ACTOR = "import"
ACTION = "import_person"

_YEAR = re.compile(r"[0-9]{1,4}")


# Rows a transaction, so the door keeps answering during an import: a new person is a card, sort
# keys and an answer each; 500 held the write lock 196 ms on the 50,000-person benchmark database,
# 25 hold it 9 ms (issue 23).
BATCH = 25


class ImportReport(csv_input.ImportReport):
    NOUNS = ("person", "people")
    COUNTS_REPEATS = True


@dataclass(frozen=True)
class _Row:
    first_name: str
    last_name: str
    profile: Profile
    role: str


def import_people(db: Database, clock, path: Path) -> ImportReport:
    """Check every row of ``path`` (reading it through once), then add the new people (reading it
    again) in short transactions. The file is never held in memory, nor are its rows: who is there
    already, or came earlier in the file, is kept in a temporary table."""
    encoding, unreadable = csv_input.encoding_of(path)
    if encoding is None:
        return ImportReport(errors=unreadable)
    now = clock.now()
    today = local(now).date()

    def rows():
        return csv_input.each_row(path, encoding, COLUMNS, ("first_name",), lambda values: _row(values, today))

    errors = csv_input.problems_of(rows())
    if errors:
        return ImportReport(errors=errors)
    imported = already_there = repeated = 0
    with import_table.seen_keys(db, (_key(*r) for r in import_table.registered_names(db))) as seen:
        for batch in csv_input.batches(rows(), BATCH):
            with db.transaction() as conn:
                for _, row, _ in batch:
                    earlier = seen(conn, _key(row.first_name, row.last_name, row.profile.birth_year))
                    if earlier == import_table.REGISTERED:
                        already_there += 1
                    elif earlier == import_table.IN_FILE:
                        repeated += 1
                    else:
                        # No privacy acceptance: an imported person has not seen the kiosk's notice.
                        # A role other than visitor becomes an open period from today (kiosk
                        # import-periods brings in periods with their own days).
                        person = new_person(conn, row.first_name, row.last_name, row.profile, row.role, now,
                                            source="import")
                        audit.record(conn, now, ACTOR, ACTION, person.id, Path(path).name)
                        imported += 1
    return ImportReport(imported=imported, already_there=already_there, repeated=repeated)


def _key(first_name: str, last_name: str, birth_year: int | None) -> str:
    """First name, last name and birth year, accents and case aside, as one text."""
    year = "" if birth_year is None else str(birth_year)
    return "\x1f".join((names.fold(" ".join(first_name.split())), names.fold(" ".join(last_name.split())), year))


def _row(values: dict[str, str], today) -> tuple[_Row | None, list[str]]:
    found: list[str] = []
    first_name = csv_input.name("first_name", values.get("first_name", ""), found, required=True)
    last_name = csv_input.name("last_name", values.get("last_name", ""), found, required=False)
    answers: dict[str, object] = {}
    for column, choices in CHOICES.items():
        code = values.get(column, "").strip().lower()
        if code and code not in choices:
            found.append(f"{column}: '{csv_input.shown(code)}' is not one of {', '.join(choices)}")
        elif code:
            answers[column] = code
    year = values.get("birth_year", "").strip()
    if year and not _YEAR.fullmatch(year):
        found.append(f"birth_year: '{csv_input.shown(year)}' is not a year")
    elif year:
        answers["birth_year"] = int(year)
    municipality = " ".join(values.get("municipality", "").split())
    if municipality:
        # Finnish or Swedish, or a municipality merged since 2020 (kiosk/municipalities.py):
        # the Finnish name of today is stored, and the person service keeps its code beside it.
        official = municipalities.find(municipality)
        if official is None:
            found.append(f"municipality: '{csv_input.shown(municipality)}' is not a Finnish municipality")
        else:
            answers["municipality"] = official.name
    role = values.get("role", "").strip().lower() or "visitor"
    if role not in ROLES:
        found.append(f"role: '{csv_input.shown(role)}' is not one of {', '.join(ROLES)}")
    profile = Profile(**answers)
    found += problems(profile, today)  # the birth year's range, said as the kiosk says it
    if found:
        return None, found
    return _Row(first_name, last_name, profile, role), []
