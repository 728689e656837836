"""Lunches, sign-ups and remembered diets."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def by_date(db: Database, day: date) -> sqlite3.Row | None:
    return db.row("SELECT * FROM lunches WHERE on_date = ?", (day.isoformat(),))


def moved_here(db: Database, day: date) -> sqlite3.Row | None:
    """A lunch that was moved to this day from another."""
    return db.row("SELECT * FROM lunches WHERE moved_to = ? AND cancelled_at IS NOT NULL", (day.isoformat(),))


def between(db: Database, start: date, end: date) -> list[sqlite3.Row]:
    return db.rows("SELECT * FROM lunches WHERE on_date >= ? AND on_date < ? ORDER BY on_date", (start.isoformat(), end.isoformat()))


def create(conn: sqlite3.Connection, *, uuid: str, day: date, at_time: str, seats: int, menu: str, price: str) -> int:
    return conn.execute(
        "INSERT INTO lunches (uuid, on_date, at_time, seats, menu, price) VALUES (?, ?, ?, ?, ?, ?)",
        (uuid, day.isoformat(), at_time, seats, menu, price),
    ).lastrowid


def update(conn: sqlite3.Connection, lunch_id: int, **columns) -> None:
    allowed = {"at_time", "seats", "menu", "price", "cancelled_at", "moved_to", "served_count"}
    if set(columns) - allowed:
        raise ValueError(f"not a lunch column: {set(columns) - allowed}")
    conn.execute(f"UPDATE lunches SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?", (*columns.values(), lunch_id))


def seats_taken(db: Database, lunch_id: int) -> int:
    """Each sign-up takes a seat, and its guest another."""
    return db.value(
        "SELECT coalesce(sum(1 + guests), 0) FROM lunch_signups WHERE lunch_id = ? AND cancelled_at IS NULL", (lunch_id,)
    )


def signup_of(db: Database, lunch_id: int, person_id: int) -> sqlite3.Row | None:
    return db.row(
        "SELECT * FROM lunch_signups WHERE lunch_id = ? AND person_id = ? AND cancelled_at IS NULL", (lunch_id, person_id)
    )


def sign_up(conn: sqlite3.Connection, *, uuid: str, lunch_id: int, person_id: int | None, walk_in_name: str | None,
            guests: int, diets: str, diet_note: str, at: datetime) -> int:
    return conn.execute(
        "INSERT INTO lunch_signups (uuid, lunch_id, person_id, walk_in_name, guests, diets, diet_note, signed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid, lunch_id, person_id, walk_in_name, guests, diets, diet_note, to_text(at)),
    ).lastrowid


def cancel_signup(conn: sqlite3.Connection, signup_id: int, at: datetime) -> None:
    conn.execute("UPDATE lunch_signups SET cancelled_at = ? WHERE id = ?", (to_text(at), signup_id))


def set_served(conn: sqlite3.Connection, signup_id: int, served: bool) -> None:
    conn.execute("UPDATE lunch_signups SET served = ? WHERE id = ?", (int(served), signup_id))


def remember_diets(conn: sqlite3.Connection, person_id: int, diets: str, note: str) -> None:
    conn.execute("UPDATE people SET diets = ?, diet_note = ? WHERE id = ?", (diets, note, person_id))


def remembered_diets(db: Database, person_id: int) -> tuple[str, str]:
    row = db.row("SELECT diets, diet_note FROM people WHERE id = ?", (person_id,))
    return (row["diets"], row["diet_note"]) if row else ("", "")


def signups(db: Database, lunch_id: int) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT s.id, s.person_id, p.first_name, p.last_name, s.walk_in_name, s.guests, s.diets, s.diet_note, s.served "
        "FROM lunch_signups s LEFT JOIN people p ON p.id = s.person_id "
        "WHERE s.lunch_id = ? AND s.cancelled_at IS NULL ORDER BY s.signed_at, s.id",
        (lunch_id,),
    )
