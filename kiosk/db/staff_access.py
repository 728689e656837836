"""The staff PIN's wrong tries, kept in the settings table so that a restart does not reset them,
each written with its audit-log row in one transaction."""

from __future__ import annotations

from datetime import datetime

from kiosk.db import audit
from kiosk.db.connection import Database
from kiosk.db.timestamps import from_text, to_text

WRONG = "staff_pin_wrong_tries"
LOCKED_UNTIL = "staff_pin_locked_until"
_PUT = "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"


def tries(db: Database) -> tuple[int, datetime | None]:
    """Wrong tries since the last right one, and until when entry is locked (None: it is not)."""
    found = dict(db.rows("SELECT key, value FROM settings WHERE key IN (?, ?)", (WRONG, LOCKED_UNTIL)))
    wrong = int(found[WRONG]) if found.get(WRONG, "").isdigit() else 0
    until = found.get(LOCKED_UNTIL) or None
    return wrong, from_text(until) if until else None


def record_wrong(db: Database, at: datetime, wrong: int, locked_until: datetime | None) -> None:
    with db.transaction() as conn:
        conn.execute(_PUT, (WRONG, str(wrong)))
        conn.execute(_PUT, (LOCKED_UNTIL, to_text(locked_until) if locked_until else ""))
        # Who typed it is not known (the door): what happened and how it stands is.
        detail = f"try {wrong}" + (f"; entry locked until {to_text(locked_until)}" if locked_until else "")
        audit.record(conn, at, "door", "staff_pin_wrong", None, detail)


def reset(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute(_PUT, (WRONG, "0"))
        conn.execute(_PUT, (LOCKED_UNTIL, ""))
