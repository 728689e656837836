"""Profile answers with the Helsinki day each was given: only ever added to, never changed."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def record(conn: sqlite3.Connection, person_id: int, values: dict[str, object], given_on: date, at: datetime, source: str,
           age_group: str | None = None, municipality_code: str | None = None) -> None:
    """Answers given on a day, each with the age group the person was in then ('under_25',
    '25_plus' or None when the birth year is not known); the municipality answer with its code."""
    conn.executemany(
        "INSERT INTO answers (uuid, person_id, question, value, given_on, recorded_at, source, age_group, code) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(str(uuid.uuid4()), person_id, question, value, given_on.isoformat(), to_text(at), source, age_group,
          municipality_code if question == "municipality" else None)
         for question, value in values.items()],
    )


def age_group_as_of(db: Database, person_id: int, question: str, day: date) -> str | None:
    """The age group kept with the answer in force on ``day`` (the first one when none was given
    by then, as kiosk/dated.py counts it)."""
    row = db.row("SELECT age_group FROM answers WHERE person_id = ? AND question = ? AND given_on <= ? "
                 "ORDER BY given_on DESC, id DESC LIMIT 1", (person_id, question, day.isoformat()))
    if row is None:
        row = db.row("SELECT age_group FROM answers WHERE person_id = ? AND question = ? ORDER BY given_on, id LIMIT 1",
                     (person_id, question))
    return row[0] if row is not None else None


def of_visitors(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """Every answer of the people with a visit begun in [start, end), in the order given (a later
    row of the same day wins), for the figures: a municipality by its code (a name that found no
    code by the name)."""
    return db.rows(
        "SELECT person_id, question, coalesce(code, value) AS value, given_on FROM answers WHERE person_id IN "
        "(SELECT person_id FROM visits WHERE check_in_at >= ? AND check_in_at < ?) "
        "ORDER BY person_id, question, given_on, id",
        (to_text(start), to_text(end)),
    )


def of_person(db: Database, person_id: int) -> list[sqlite3.Row]:
    return db.rows("SELECT question, value, given_on, source FROM answers WHERE person_id = ? ORDER BY given_on, id",
                   (person_id,))


def latest_given(db: Database, person_id: int, question: str) -> sqlite3.Row | None:
    """The latest answer to one question (value and day), or None when it was never asked."""
    return db.row("SELECT value, given_on FROM answers WHERE person_id = ? AND question = ? ORDER BY given_on DESC, id DESC LIMIT 1",
                  (person_id, question))
