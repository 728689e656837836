"""Is a file a kiosk database? Answered read-only, without creating anything.

A file is ours when it has our application id (or none yet: files made before the id existed) and
our tables at a schema version we know. A mistyped path, a 0-byte file, an empty SQLite file or
another program's database is not ours, and no command may quietly fill or replace one with an empty
room (issue 15: a "verified" backup of nothing, a restore of nothing, a new room at the door).
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.db.schema import APPLICATION_ID, SCHEMA_VERSION

OUR_TABLES = frozenset({"settings", "people", "visits", "cards"})


class State(enum.Enum):
    MISSING = "missing"
    EMPTY_FILE = "empty_file"  # 0 bytes
    NOT_SQLITE = "not_sqlite"  # damaged, or some other kind of file
    NO_ACCESS = "no_access"  # this user may not open it (or its folder) as a database
    EMPTY_DATABASE = "empty_database"  # an SQLite file with no tables
    FOREIGN = "foreign"  # another program's database
    NEWER = "newer"  # ours, from a newer kiosk
    OURS = "ours"


@dataclass(frozen=True)
class Examined:
    path: Path
    state: State
    version: int = 0
    people: int = 0
    visits: int = 0
    last_visit: str | None = None  # UTC ISO text, as stored


class NotOurs(Exception):
    """A path that no command but ``init`` (or the kiosk's first start) may use; the text is one
    sentence for the person at the terminal."""

    def __init__(self, examined: Examined):
        super().__init__(sentence(examined))
        self.examined = examined


def sentence(examined: Examined) -> str:
    path = examined.path
    init = f"kiosk init --db {path}"
    return {
        State.MISSING: f"there is no kiosk database at {path}; check the path, or make a new one with: {init}",
        State.EMPTY_FILE: f"{path} is an empty file (0 bytes), not a kiosk database; restore a backup, "
                          f"or remove it and make a new one with: {init}",
        State.NOT_SQLITE: f"{path} is not a readable kiosk database (damaged or another kind of file); "
                          "restore a backup with: kiosk restore",
        State.NO_ACCESS: f"{path} cannot be opened by this user (check the permissions of the file and its folder)",
        State.EMPTY_DATABASE: f"{path} is an empty SQLite file, not a kiosk database; restore a backup, "
                              f"or remove it and make a new one with: {init}",
        State.FOREIGN: f"{path} is another program's database, not a kiosk database; "
                       f"make the kiosk's own with: kiosk init --db NEW-PATH",
        State.NEWER: f"{path} is from a newer kiosk (schema {examined.version}, this one knows up to "
                     f"{SCHEMA_VERSION}); update the kiosk",
        State.OURS: f"{path} is a kiosk database",
    }[examined.state]


def uri(path: Path, mode: str = "rw") -> str:
    """A URI SQLite opens without creating the file (a plain connect() makes a 0-byte one). Not
    mode=ro: a read-only connection to a WAL file leaves an empty -wal and -shm behind; "rw" still
    reads a write-protected file (sqlite.org/uri.html)."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def examine(path: Path | str) -> Examined:
    path = Path(path)
    if not path.exists():
        return Examined(path, State.MISSING)
    wal = path.with_name(path.name + "-wal")
    if path.is_file() and path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return Examined(path, State.EMPTY_FILE)
    if not os.access(path, os.R_OK):
        return Examined(path, State.NO_ACCESS)
    try:
        conn = sqlite3.connect(uri(path), uri=True, timeout=3.0)
    except sqlite3.Error:
        return Examined(path, State.NO_ACCESS)
    try:
        return _examine(conn, path)
    except sqlite3.Error as error:
        # A WAL file needs its -shm beside it: a folder this user may not write cannot open it.
        denied = "unable to open" in str(error) or "readonly" in str(error)
        return Examined(path, State.NO_ACCESS if denied else State.NOT_SQLITE)
    finally:
        conn.close()


def _examine(conn: sqlite3.Connection, path: Path) -> Examined:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id not in (0, APPLICATION_ID):
        return Examined(path, State.FOREIGN, version)
    if not tables and application_id == 0:
        return Examined(path, State.EMPTY_DATABASE, version)
    if not OUR_TABLES <= tables or version < 1:
        return Examined(path, State.FOREIGN, version)
    if version > SCHEMA_VERSION:
        return Examined(path, State.NEWER, version)
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    visits, last = conn.execute("SELECT count(*), max(check_in_at) FROM visits").fetchone()
    return Examined(path, State.OURS, version, people, visits, last)


def require_ours(path: Path | str, allow_newer: bool = False) -> Examined:
    examined = examine(path)
    if examined.state is State.OURS or (allow_newer and examined.state is State.NEWER):
        return examined
    raise NotOurs(examined)
