"""The kiosk's lock on its database, seen and taken without Qt (a service must not import it).

The running kiosk holds ``<database>.lock`` with Qt's QLockFile (kiosk/app.py). On Linux QLockFile
keeps the file open with flock(LOCK_EX) for as long as it holds the lock, and removes a lock file as
stale only after taking that flock itself (qlockfile_unix.cpp: setNativeLocks, removeStaleLockFile).
So here: whoever cannot get the flock knows a kiosk is running, and whoever holds the flock keeps a
kiosk from starting. The file's text is QLockFile's (pid, program name, host), so Qt's own stale check
sees a live process. On Windows QLockFile opens the file sharing reads only: a kiosk is running when
the file cannot be opened for writing.

The path is resolved first, as the kiosk does: a symlink to the database is the same database.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class KioskRunning(Exception):
    """A kiosk holds the database: nothing may replace it underneath."""


def lock_path(db_path: Path) -> Path:
    resolved = Path(db_path).resolve()
    return resolved.with_name(resolved.name + ".lock")


def _program() -> str:
    try:
        return os.path.basename(os.readlink("/proc/self/exe"))
    except OSError:
        return os.path.basename(sys.executable)


def _take(path: Path) -> int:
    """An open, flocked descriptor of the lock file, or KioskRunning."""
    import fcntl

    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                continue  # its holder let go just now
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise KioskRunning(f"a kiosk is running on {path.with_suffix('')} (it holds {path.name})") from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:  # not a file its last holder unlinked between our open and our flock
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n{_program()}\n{socket.gethostname()}\n".encode())
            return fd
        os.close(fd)


@contextmanager
def holding(db_path: Path) -> Iterator[Path]:
    """The kiosk's lock, held for a command that replaces the database; KioskRunning if a kiosk
    has it. A lock left behind by a killed kiosk is taken over, as the kiosk itself does."""
    path = lock_path(db_path)
    if sys.platform == "win32":
        yield from _holding_windows(path)
        return
    fd = _take(path)
    try:
        yield path
    finally:
        os.unlink(path)
        os.close(fd)


def _holding_windows(path: Path) -> Iterator[Path]:
    try:
        handle = open(path, "a+")  # noqa: SIM115 - held open for the whole restore
    except PermissionError:
        raise KioskRunning(f"a kiosk is running on {path.with_suffix('')} (it holds {path.name})") from None
    try:
        yield path
    finally:
        handle.close()
        path.unlink(missing_ok=True)
