"""Is the file's schema ours and current? Answered without importing sqlite-utils.

Importing sqlite-utils costs ~95 ms here, most of a bare Qt window's start, so the kiosk reads
``PRAGMA user_version`` (every migration sets it) and imports the migrations only when one is due.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.errors import KioskError, Problem

SCHEMA_VERSION = 13  # 0013 municipality codes; 0010 staff accounts applied after 0011 and 0012
# "KIOS" in ASCII: PRAGMA application_id, bytes 68-71 of the file's header (sqlite.org/fileformat2.html).
APPLICATION_ID = 0x4B494F53


def ensure_current(conn: sqlite3.Connection) -> None:
    if is_foreign(conn):
        # Another program's database: our migrations would write our tables into it.
        raise KioskError(Problem.DATABASE_CORRUPT, "not a kiosk database (another program's file)")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise KioskError(
            Problem.DATABASE_NEWER,
            f"the file has schema {version}, this kiosk knows up to {SCHEMA_VERSION}",
        )
    # 0010 (staff accounts) landed after 0011 and 0012: a file made in between is at the current
    # version without it, which user_version alone cannot tell (a look-up of a few microseconds).
    late = version == SCHEMA_VERSION and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'staff_accounts'").fetchone() is None
    if version < SCHEMA_VERSION or late:
        from kiosk.db.migrations import apply

        if version > 0:
            _copy_before_migrating(conn, version)
        apply(conn)
    stamp(conn)


def _copy_before_migrating(conn: sqlite3.Connection, version: int) -> None:
    """A copy of the file as it was, in backups/ beside it, before any migration touches it."""
    main_file = next(row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main")
    if not main_file:
        return  # an in-memory database
    folder = Path(main_file).parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(folder / f"before-migration-{version}-to-{SCHEMA_VERSION}.sqlite")
    try:
        conn.backup(target)
    finally:
        target.close()


def is_foreign(conn: sqlite3.Connection) -> bool:
    """On an open connection at start: another program's file that a migration must not touch."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id not in (0, APPLICATION_ID):
        return True
    if conn.execute("PRAGMA user_version").fetchone()[0] > 0:
        return False
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def stamp(conn: sqlite3.Connection) -> None:
    """Mark a file of ours as ours (new files, and older ones the first time they are opened)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
