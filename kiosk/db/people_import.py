"""What the people import needs to read: who is already registered."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from kiosk.db.connection import Database


REGISTERED, IN_FILE = "registered", "in_file"


def registered_names(db: Database) -> Iterator[sqlite3.Row]:
    """First name, last name and birth year of everyone not erased, one row at a time."""
    return db.stream("SELECT first_name, last_name, birth_year FROM people WHERE erased_at IS NULL")


@contextmanager
def seen_keys(db: Database, registered: Iterable[str]) -> Iterator[Callable[[sqlite3.Connection, str], str | None]]:
    """A temporary table of the keys met so far (on disk when large, not in Python's memory):
    those of the people registered before the import, then those of the file's rows. Yields
    ``seen(conn, key)`` for each row of the file: None when the key is new (from then on it is
    IN_FILE), REGISTERED the first time the file names someone registered before, and IN_FILE for
    a row repeating an earlier one of the file."""
    conn = db.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_seen (key TEXT PRIMARY KEY, origin TEXT NOT NULL, "
                 "met INTEGER NOT NULL DEFAULT 0)")
    conn.execute("DELETE FROM temp.import_seen")
    conn.executemany("INSERT OR IGNORE INTO temp.import_seen (key, origin) VALUES (?, ?)",
                     ((key, REGISTERED) for key in registered))

    def seen(conn: sqlite3.Connection, key: str) -> str | None:
        if conn.execute("INSERT OR IGNORE INTO temp.import_seen (key, origin, met) VALUES (?, ?, 1)",
                        (key, IN_FILE)).rowcount:
            return None
        origin, met = conn.execute("SELECT origin, met FROM temp.import_seen WHERE key = ?", (key,)).fetchone()
        if met:
            return IN_FILE
        conn.execute("UPDATE temp.import_seen SET met = 1 WHERE key = ?", (key,))
        return origin

    try:
        yield seen
    finally:
        conn.execute("DROP TABLE temp.import_seen")


def registered_people(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """The same with each person's id, for the periods import to find whose period a row is."""
    return conn.execute(
        "SELECT id, first_name, last_name, birth_year FROM people WHERE erased_at IS NULL"
    ).fetchall()
