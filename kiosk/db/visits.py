"""Visits: one row from check-in to check-out. ``person_id`` is empty for an anonymous visit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def latest(db: Database, person_id: int) -> sqlite3.Row | None:
    return db.row(
        "SELECT id, check_in_at, check_out_at FROM visits WHERE person_id = ? "
        "ORDER BY check_in_at DESC, id DESC LIMIT 1",
        (person_id,),
    )


def start(conn: sqlite3.Connection, *, uuid: str, person_id: int, at: datetime, source: str) -> int:
    visit_id = conn.execute(
        "INSERT INTO visits (uuid, person_id, check_in_at, source) VALUES (?, ?, ?, ?)",
        (uuid, person_id, to_text(at), source),
    ).lastrowid
    conn.execute(
        "UPDATE people SET last_visit_at = max(coalesce(last_visit_at, ''), ?) WHERE id = ?",
        (to_text(at), person_id),
    )
    return visit_id


def finish(conn: sqlite3.Connection, visit_id: int, at: datetime) -> None:
    conn.execute("UPDATE visits SET check_out_at = ? WHERE id = ?", (to_text(at), visit_id))


def undo_check_in(conn: sqlite3.Connection, visit_id: int, person_id: int) -> bool:
    """Take back a visit just begun by the wrong person: gone, as if never tapped. False when it
    is not that person's open visit (checked out since, or fixed by the attendant)."""
    gone = conn.execute(
        "DELETE FROM visits WHERE id = ? AND person_id = ? AND check_out_at IS NULL", (visit_id, person_id)
    ).rowcount
    if gone:
        conn.execute(
            "UPDATE people SET last_visit_at = (SELECT max(check_in_at) FROM visits WHERE person_id = ?) WHERE id = ?",
            (person_id, person_id),
        )
    return bool(gone)


def undo_check_out(conn: sqlite3.Connection, visit_id: int, person_id: int, at: datetime) -> bool:
    """Open again a visit closed at ``at`` by the wrong person; False when it changed since or
    is no longer the person's latest (they came in again: two open visits would be one too many)."""
    return bool(conn.execute(
        "UPDATE visits SET check_out_at = NULL WHERE id = ? AND person_id = ? AND check_out_at = ? AND id = "
        "(SELECT id FROM visits WHERE person_id = ? ORDER BY check_in_at DESC, id DESC LIMIT 1)",
        (visit_id, person_id, to_text(at), person_id),
    ).rowcount)


def count_open_since(db: Database, since: datetime) -> int:
    return db.value(
        "SELECT count(*) FROM visits WHERE check_out_at IS NULL AND check_in_at >= ?",
        (to_text(since),),
    )


def open_since(db: Database, since: datetime) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT v.id, v.person_id, v.check_in_at, p.first_name, p.last_name FROM visits v "
        "LEFT JOIN people p ON p.id = v.person_id "
        "WHERE v.check_out_at IS NULL AND v.check_in_at >= ? ORDER BY v.check_in_at, v.id",
        (to_text(since),),
    )


def all_with_people(db: Database) -> Iterator[sqlite3.Row]:
    return db.stream(
        "SELECT v.id, v.uuid, v.person_id, p.first_name, p.last_name, v.check_in_at, "
        "v.check_out_at, v.source FROM visits v LEFT JOIN people p ON p.id = v.person_id "
        "ORDER BY v.check_in_at, v.id"
    )


def of_person(db: Database, person_id: int) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT check_in_at, check_out_at, source FROM visits WHERE person_id = ? ORDER BY check_in_at", (person_id,)
    )


def record_anonymous(conn: sqlite3.Connection, *, uuid: str, at: datetime, situation: str | None) -> int:
    """A visit without a name. It has no length: nobody checks it out."""
    return conn.execute(
        "INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source, situation) VALUES (?, NULL, ?, ?, 'name', ?)",
        (uuid, to_text(at), to_text(at), situation),
    ).lastrowid
