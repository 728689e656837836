"""Staff accounts (migration 0010): name, role, PIN hash, and each account's own wrong tries and
lock, kept in the database so that a restart does not give a guesser new tries. Each change is
written with its audit-log row in one transaction."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime

from kiosk.db import audit
from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text

COLUMNS = "id, name, role, pin_hash, wrong_tries, locked_until, disabled_at"


def enabled(db: Database) -> list[sqlite3.Row]:
    return db.rows(f"SELECT {COLUMNS} FROM staff_accounts WHERE disabled_at IS NULL ORDER BY name COLLATE fi, id")


def every(db: Database) -> list[sqlite3.Row]:
    """Disabled ones too, after the enabled: the coordinator's list."""
    return db.rows(f"SELECT {COLUMNS} FROM staff_accounts ORDER BY disabled_at IS NOT NULL, name COLLATE fi, id")


def by_id(db: Database, account_id: int) -> sqlite3.Row | None:
    return db.row(f"SELECT {COLUMNS} FROM staff_accounts WHERE id = ?", (account_id,))


def name_taken(db: Database, name: str, other_than: int | None = None) -> bool:
    return db.value("SELECT count(*) FROM staff_accounts WHERE disabled_at IS NULL AND name = ? AND id IS NOT ?",
                    (name, other_than)) > 0


def add(db: Database, at: datetime, actor: str, name: str, role: str, pin_hash: str) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO staff_accounts (uuid, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), name, role, pin_hash, to_text(at)))
        audit.record(conn, at, actor, "staff_account_added", None, f"#{cursor.lastrowid} {name} ({role})")
        return cursor.lastrowid


def set_pin(db: Database, at: datetime, actor: str, account_id: int, pin_hash: str) -> None:
    """A new PIN also lifts the account's lock: the coordinator's reset is how a locked-out
    attendant gets back in before the lock ends."""
    with db.transaction() as conn:
        conn.execute("UPDATE staff_accounts SET pin_hash = ?, wrong_tries = 0, locked_until = NULL WHERE id = ?",
                     (pin_hash, account_id))
        audit.record(conn, at, actor, "staff_pin_changed", None, f"#{account_id}")


def set_disabled(db: Database, at: datetime, actor: str, account_id: int, disabled: bool) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE staff_accounts SET disabled_at = ? WHERE id = ?",
                     (to_text(at) if disabled else None, account_id))
        audit.record(conn, at, actor, "staff_account_disabled" if disabled else "staff_account_enabled", None,
                     f"#{account_id}")


def coordinators(db: Database) -> int:
    return db.value("SELECT count(*) FROM staff_accounts WHERE role = 'coordinator' AND disabled_at IS NULL")


def record_wrong(db: Database, at: datetime, account_id: int, name: str, wrong: int,
                 locked_until: datetime | None) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE staff_accounts SET wrong_tries = ?, locked_until = ? WHERE id = ?",
                     (wrong, to_text(locked_until) if locked_until else None, account_id))
        # Who typed it is not known (the door): whose PIN was tried, and how it stands, is.
        detail = f"#{account_id} {name}: try {wrong}" + (
            f"; entry locked until {to_text(locked_until)}" if locked_until else "")
        audit.record(conn, at, "door", "staff_pin_wrong", None, detail)


def record_right(db: Database, at: datetime, account_id: int, actor: str) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE staff_accounts SET wrong_tries = 0, locked_until = NULL WHERE id = ?", (account_id,))
        audit.record(conn, at, actor, "staff_signed_in", None, "")
