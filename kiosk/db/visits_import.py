"""What the visits import reads and writes: people by name, earlier imported visits, new visits."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def registered_names(db: Database) -> Iterator[sqlite3.Row]:
    """Id, first name and last name of everyone not erased, one row at a time."""
    return db.stream("SELECT id, first_name, last_name FROM people WHERE erased_at IS NULL")


@contextmanager
def seen_visits(db: Database, first: datetime, last: datetime) -> Iterator[Callable[..., tuple[int, int, int]]]:
    """A temporary table of (person, check-in minute): how many imported visits the database had
    before the import (from ``first`` to ``last``), and how many rows of the file have named it so
    far, and on which line first. Yields ``seen(conn, person_id, check_in_text, line)`` -> (there
    before, times in the file with this row, the line that named it first)."""
    conn = db.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_visits_seen (person_id INTEGER, check_in_at TEXT NOT NULL, "
                 "there INTEGER NOT NULL DEFAULT 0, seen INTEGER NOT NULL DEFAULT 0, first_line INTEGER)")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS temp.import_visits_seen_key "
                 "ON import_visits_seen (coalesce(person_id, 0), check_in_at)")
    conn.execute("DELETE FROM temp.import_visits_seen")
    conn.execute(
        "INSERT INTO temp.import_visits_seen (person_id, check_in_at, there) "
        "SELECT person_id, check_in_at, count(*) FROM visits WHERE source = 'import' AND check_in_at BETWEEN ? AND ? "
        "GROUP BY coalesce(person_id, 0), check_in_at",
        (to_text(first), to_text(last)),
    )

    def seen(conn: sqlite3.Connection, person_id: int | None, check_in: str, line: int) -> tuple[int, int, int]:
        updated = conn.execute(
            "UPDATE temp.import_visits_seen SET seen = seen + 1, first_line = coalesce(first_line, ?) "
            "WHERE coalesce(person_id, 0) = ? AND check_in_at = ? RETURNING there, seen, first_line",
            (line, person_id or 0, check_in)).fetchone()
        if updated is not None:
            return updated[0], updated[1], updated[2]
        conn.execute("INSERT INTO temp.import_visits_seen (person_id, check_in_at, seen, first_line) VALUES (?, ?, 1, ?)",
                     (person_id, check_in, line))
        return 0, 1, line

    try:
        yield seen
    finally:
        conn.execute("DROP TABLE temp.import_visits_seen")


def insert(
    conn: sqlite3.Connection,
    *,
    uuid: str,
    person_id: int | None,
    check_in: datetime,
    check_out: datetime | None,
    situation: str | None,
) -> None:
    """One visit from a sign-in sheet; a person's latest visit time moves on if it is later."""
    conn.execute(
        "INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source, situation) "
        "VALUES (?, ?, ?, ?, 'import', ?)",
        (uuid, person_id, to_text(check_in), None if check_out is None else to_text(check_out), situation),
    )
    if person_id is not None:
        conn.execute(
            "UPDATE people SET last_visit_at = max(coalesce(last_visit_at, ''), ?) WHERE id = ?",
            (to_text(check_in), person_id),
        )
