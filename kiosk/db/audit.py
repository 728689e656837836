"""The audit log: who changed what and when. It never holds erased values, only what was done."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def record(conn: sqlite3.Connection, at: datetime, actor: str, action: str, person_id: int | None, detail: str = "") -> None:
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, person_id, detail) VALUES (?, ?, ?, ?, ?)",
        (to_text(at), actor, action, person_id, detail),
    )


def entries(db: Database, person_id: int | None = None) -> list[sqlite3.Row]:
    if person_id is None:
        return db.rows("SELECT at, actor, action, person_id, detail FROM audit_log ORDER BY id")
    return db.rows(
        "SELECT at, actor, action, person_id, detail FROM audit_log WHERE person_id = ? ORDER BY id", (person_id,)
    )
