"""What the people import needs to read: who is already registered."""

from __future__ import annotations

import sqlite3


def registered_names(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """First name, last name and birth year of everyone not erased, inside the caller's
    transaction (so that a kiosk registering someone meanwhile cannot slip between the check
    and the insert)."""
    return conn.execute(
        "SELECT first_name, last_name, birth_year FROM people WHERE erased_at IS NULL"
    ).fetchall()


def registered_people(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """The same with each person's id, for the periods import to find whose period a row is."""
    return conn.execute(
        "SELECT id, first_name, last_name, birth_year FROM people WHERE erased_at IS NULL"
    ).fetchall()
