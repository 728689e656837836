"""Opening the database file: pragmas for durability, schema check, and SQLite's errors in our terms."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.db import schema
from kiosk.errors import KioskError, Problem


def problem_of(error: sqlite3.Error) -> Problem | None:
    """Which fault of the world an SQLite error is, if it is one."""
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return Problem.DATABASE_LOCKED
    if "disk is full" in message or "database or disk is full" in message:
        return Problem.DISK_FULL
    if "readonly" in message or "read-only" in message:
        return Problem.READ_ONLY
    # A table or column of ours gone missing is a damaged file too.
    damaged = ("malformed", "not a database", "corrupt", "no such table", "no such column")
    if any(word in message for word in damaged):
        return Problem.DATABASE_CORRUPT
    return None


@contextmanager
def world_faults() -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        problem = problem_of(error)
        if problem is None:
            raise
        raise KioskError(problem, str(error)) from error


class Database:
    """One connection to the kiosk's SQLite file.

    The connection is in autocommit mode; every write goes through ``transaction()`` so that what
    a screen confirms was committed with synchronous=FULL before the screen said so.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._file = _identity(path)  # the file this connection has open, as the path named it then
        self.gone = False

    def still_at_path(self) -> bool:
        """Is the file at ``path`` still the one this connection writes to? A folder deleted or a
        file replaced under the kiosk leaves SQLite writing into a file nobody will ever read
        (issue 15: 551 check-ins confirmed into a deleted file). One stat(), about 2 µs."""
        if not self.gone and self._file is not None and _identity(self.path) != self._file:
            self.gone = True
        return not self.gone

    def _refuse_if_gone(self) -> None:
        if not self.still_at_path():
            raise KioskError(Problem.DATABASE_GONE, f"{self.path} is gone or was replaced; nothing more is written")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._refuse_if_gone()  # before writing: nothing goes into a file that is no longer the room's
        with world_faults():
            _begin_immediate(self.conn)
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                # SQLite may have rolled back already (disk full, I/O error); a failed COMMIT
                # leaves the transaction open, and every later BEGIN would fail.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        self._refuse_if_gone()  # and after: committed into a file removed meanwhile is not confirmed

    def rows(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with world_faults():
            return self.conn.execute(sql, params).fetchall()

    def row(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        with world_faults():
            return self.conn.execute(sql, params).fetchone()

    def version(self) -> tuple[int, int]:
        """Changes when anything in the file changes: another connection's commit (SQLite's
        data_version) or this connection's own writes. For caches of what was read."""
        with world_faults():
            return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def value(self, sql: str, params: tuple | dict = ()):
        found = self.row(sql, params)
        return None if found is None else found[0]

    def stream(self, sql: str, params: tuple | dict = ()) -> Iterator[sqlite3.Row]:
        """Rows one at a time, for exports of a million visits."""
        with world_faults():
            # A plain loop, not ``yield from``: an export stopped by a full disk keeps this generator
            # alive in its traceback until after the database is closed, and ``yield from`` would then
            # close the cursor on the closed connection and print a second, alarming error.
            for row in self.conn.execute(sql, params):
                yield row

    def checkpoint(self) -> None:
        """The WAL's pages into the main file, without waiting for anyone (PASSIVE): a copy of
        kiosk.sqlite alone, taken at a quiet moment, then holds the day (issue 15: after 25 minutes
        everything still sat in the -wal file, and a copy of "the database file" held nothing)."""
        if self.still_at_path():
            with world_faults():
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def close(self) -> None:
        if self.still_at_path():
            self.conn.close()
            return
        # The file at the path is another one now: our -wal and -shm beside it are the old file's,
        # and SQLite would read that -wal into the new file at its next open. Moved aside (never
        # deleted: its check-ins are there), before closing.
        for side in ("-wal", "-shm"):
            found = self.path.with_name(self.path.name + side)
            if _open_here(found):
                os.replace(found, found.with_name(f"{found.name}-orphaned-{os.getpid()}-{int(time.time())}"))
        self.conn.close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _open_here(path: Path) -> bool:
    """Does this process hold ``path`` open? (Linux: /proc/self/fd; elsewhere it cannot tell.)"""
    try:
        wanted = _identity(path)
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            found = os.stat(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == wanted:
            return True
    return False


def private(path: Path) -> None:
    """The file readable by the kiosk's own user only (names, card codes): a new one is made so,
    an older one is narrowed. SQLite gives its -wal and -shm files the database file's mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            try:
                if each.stat().st_mode & 0o077:
                    each.chmod(0o600)
            except OSError:
                pass  # not ours to change (another user's file, a read-only disk): opening says more


def _finnish_order(first: str, second: str) -> int:
    """kiosk.collation's order, its ICU imported at the first list sorted: not before the kiosk's
    home screen is on screen (ICU costs the start ~15 ms; issue 23)."""
    from kiosk import collation

    return collation.compare(first, second)


BUSY_TIMEOUT_S = 3.0
POLLED_S = 0.15


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """The write lock, taken within a millisecond of another writer's commit. SQLite's own wait
    (the busy timeout) sleeps 1, 2, 5, 10, 15, 20, 25 ms... between tries: a check-in behind an
    import's 12 ms transaction waited up to 18 ms more, behind a 50 ms one 28 ms more (issue 23).
    The first POLLED_S are tried every millisecond; then SQLite waits the rest as before."""
    deadline = time.monotonic() + POLLED_S
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                    break
            time.sleep(0.001)
        # Still busy (or another fault, which this try says again): SQLite's own wait, for the rest.
        conn.execute(f"PRAGMA busy_timeout = {int(max(BUSY_TIMEOUT_S - POLLED_S, 0) * 1000)}")
        conn.execute("BEGIN IMMEDIATE")
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    conn.row_factory = sqlite3.Row
    # Lists of names in Finnish alphabetical order (Å, Ä, Ö after Z): ORDER BY name COLLATE fi.
    conn.create_collation("fi", _finnish_order)
    # WAL keeps readers off the writer's back; FULL syncs the WAL on every commit, so a power cut
    # after "Welcome, Aino" cannot take the check-in back (a commit costs ~0.4 ms here).
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # 16 MB of page cache keeps the people and name tables in memory for name search.
    conn.execute("PRAGMA cache_size = -16000")
    return conn


def open_database(path: Path | str, for_writing: bool = False) -> Database:
    """Open (creating if needed) and bring the schema up to date. Only the kiosk's first start,
    ``init`` and ``demo`` may create: the other commands check with ``identity.require_ours`` first.
    ``for_writing`` (the kiosk): a file or folder it may not write is said at once, not at every
    scan (SQLite opens a write-protected file read-only without a word)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if for_writing and path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise KioskError(Problem.READ_ONLY, f"{path} or its folder cannot be written by this user")
    private(path)
    with world_faults():
        conn = connect(path)
        try:
            schema.ensure_current(conn)
        except BaseException:
            conn.close()
            raise
    return Database(path, conn)
