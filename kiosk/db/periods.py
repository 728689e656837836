"""A person's dated role periods (volunteer, work trial, ..., staff): days are Helsinki YYYY-MM-DD."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text

FIELDS = ("role", "start_on", "end_on", "payer", "weekdays", "hours_per_day", "note")


def of_person(db: Database, person_id: int) -> list[sqlite3.Row]:
    return db.rows(f"SELECT id, person_id, {', '.join(FIELDS)} FROM role_periods WHERE person_id = ? ORDER BY start_on, id",
                   (person_id,))


def of_person_in(conn: sqlite3.Connection, person_id: int) -> list[sqlite3.Row]:
    """The same, inside the caller's write transaction (for the overlap check)."""
    return conn.execute(f"SELECT id, person_id, {', '.join(FIELDS)} FROM role_periods WHERE person_id = ? ORDER BY start_on, id",
                        (person_id,)).fetchall()


def of_visitors(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """The periods of the people with a visit begun in [start, end), for the figures."""
    return db.rows(
        "SELECT person_id, role, start_on, end_on FROM role_periods WHERE person_id IN "
        "(SELECT person_id FROM visits WHERE check_in_at >= ? AND check_in_at < ?) ORDER BY person_id, start_on, id",
        (to_text(start), to_text(end)),
    )


def insert(conn: sqlite3.Connection, uuid: str, person_id: int, values: dict[str, object], at: datetime) -> int:
    columns = {"uuid": uuid, "person_id": person_id, **{k: values[k] for k in FIELDS}, "created_at": to_text(at)}
    return conn.execute(
        f"INSERT INTO role_periods ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", tuple(columns.values())
    ).lastrowid


def update(conn: sqlite3.Connection, period_id: int, values: dict[str, object]) -> None:
    conn.execute(f"UPDATE role_periods SET {', '.join(f'{k} = ?' for k in FIELDS)} WHERE id = ?",
                 (*(values[k] for k in FIELDS), period_id))


def delete(conn: sqlite3.Connection, period_id: int) -> None:
    conn.execute("DELETE FROM role_periods WHERE id = ?", (period_id,))


def person_of(conn: sqlite3.Connection, period_id: int) -> int | None:
    row = conn.execute("SELECT person_id FROM role_periods WHERE id = ?", (period_id,)).fetchone()
    return None if row is None else row[0]
