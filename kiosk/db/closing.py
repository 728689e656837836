"""Closing time's tables: visits still open, the attendant's fixes, and the backups' record."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def open_visits(db: Database) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT id, person_id, check_in_at FROM visits WHERE check_out_at IS NULL AND person_id IS NOT NULL "
        "ORDER BY check_in_at, id"
    )


def visit(db: Database, visit_id: int) -> sqlite3.Row | None:
    return db.row("SELECT id, person_id, check_in_at, check_out_at, auto_checkout FROM visits WHERE id = ?", (visit_id,))


def close(conn: sqlite3.Connection, visit_id: int, at: datetime, automatic: bool) -> bool:
    """False when somebody checked out in the meantime: nothing is overwritten."""
    return conn.execute(
        "UPDATE visits SET check_out_at = ?, auto_checkout = ? WHERE id = ? AND check_out_at IS NULL",
        (to_text(at), int(automatic), visit_id),
    ).rowcount == 1


def set_times(conn: sqlite3.Connection, visit_id: int, check_in: datetime, check_out: datetime | None) -> None:
    # A time the attendant set is a real one: the visit no longer counts as closed automatically.
    conn.execute(
        "UPDATE visits SET check_in_at = ?, check_out_at = ?, auto_checkout = 0 WHERE id = ?",
        (to_text(check_in), None if check_out is None else to_text(check_out), visit_id),
    )


def visits_between(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT v.id, v.person_id, v.check_in_at, v.check_out_at, v.auto_checkout, p.first_name, p.last_name "
        "FROM visits v JOIN people p ON p.id = v.person_id "
        "WHERE v.check_in_at >= ? AND v.check_in_at < ? ORDER BY v.check_in_at, v.id",
        (to_text(start), to_text(end)),
    )


def record_backup(conn: sqlite3.Connection, at: datetime, ok: bool, file: str, message: str) -> None:
    conn.execute("INSERT INTO backup_runs (at, ok, file, message) VALUES (?, ?, ?, ?)", (to_text(at), int(ok), file, message))


def last_backup(db: Database) -> sqlite3.Row | None:
    return db.row("SELECT at, ok, file, message FROM backup_runs ORDER BY id DESC LIMIT 1")
