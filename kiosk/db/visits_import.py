"""What the visits import reads and writes: people by name, earlier imported visits, new visits."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db.timestamps import to_text


def registered_names(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Id, first name and last name of everyone not erased, inside the caller's transaction."""
    return conn.execute("SELECT id, first_name, last_name FROM people WHERE erased_at IS NULL").fetchall()


def imported_check_ins(conn: sqlite3.Connection, first: datetime, last: datetime) -> list[sqlite3.Row]:
    """Person (NULL: anonymous) and check-in time of every imported visit from ``first`` to ``last``."""
    return conn.execute(
        "SELECT person_id, check_in_at FROM visits WHERE source = 'import' AND check_in_at BETWEEN ? AND ?",
        (to_text(first), to_text(last)),
    ).fetchall()


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
