"""Is the file's schema ours and current? Answered without importing sqlite-utils.

Importing sqlite-utils costs ~95 ms here, most of a bare Qt window's start, so the kiosk reads
``PRAGMA user_version`` (every migration sets it) and imports the migrations only when one is due.
"""

from __future__ import annotations

import sqlite3

from kiosk.errors import KioskError, Problem

SCHEMA_VERSION = 5


def ensure_current(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise KioskError(
            Problem.DATABASE_NEWER,
            f"the file has schema {version}, this kiosk knows up to {SCHEMA_VERSION}",
        )
    if version < SCHEMA_VERSION:
        from kiosk.db.migrations import apply

        apply(conn)
