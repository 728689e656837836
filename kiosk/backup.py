"""Backups a room can trust: an online copy (SQLite's backup API) of a kiosk database, checked with
integrity_check before it counts, the last 30 verified ones kept; and a restore that never
overwrites by accident, never under a running kiosk, and never loses the database it replaces.
"""

from __future__ import annotations

import enum
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.clock import local
from kiosk.db.copy import CopyFailed, copy_database, integrity_ok, new_private_file, write_over
from kiosk.db.identity import Examined, NotOurs, State, examine, require_ours
from kiosk.kiosk_lock import holding

KEEP = 30
PREFIX = "kiosk-backup-"
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: tuple[Path, ...]  # older verified backups beyond the last 30


@dataclass(frozen=True)
class RestoreResult:
    brought: Examined  # the backup: people, visits, last visit
    replaced: Examined | None  # the database it replaced, if there was one
    aside: Path | None  # where the replaced database is kept


class Failure(enum.Enum):
    """Why a backup failed, for a sentence in the attendant's language (the text is for the log)."""

    FOLDER = "folder"  # the folder cannot be made or written (a USB stick away, permissions)
    DISK_FULL = "disk_full"
    DATABASE = "database"  # the database is missing, not ours or unreadable
    COPY = "copy"  # the copy failed its check


class BackupError(Exception):
    """The copy is not a sound database, or could not be written: nothing was kept."""

    def __init__(self, text: str, failure: Failure = Failure.COPY):
        super().__init__(text)
        self.failure = failure


def _disk_full(error: BaseException) -> bool:
    return getattr(error, "errno", None) == errno.ENOSPC or "full" in str(error).lower()


def backup(db_path: Path, folder: Path, clock, keep: int = KEEP) -> BackupResult:
    try:
        require_ours(db_path, allow_newer=True)  # a mistyped path is no backup of anything
    except NotOurs as error:
        raise BackupError(str(error), Failure.DATABASE) from error
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"the backup folder {folder} cannot be made: {error.strerror}", Failure.FOLDER) from error
    clean_leftovers(folder)
    target = _unused(folder / f"{PREFIX}{local(clock.now()):%Y-%m-%d-%H%M%S}.sqlite")
    partial = target.with_suffix(".partial")
    with _partial(partial) as written:
        verified_copy(db_path, written)
        os.replace(written, target)
    return BackupResult(target, _keep_last(folder, keep))


def verified_copy(db_path: Path, written: Path, thorough: bool = True) -> None:
    """``db_path`` copied whole into ``written`` (made private), which is then checked: ours, and
    integrity_check ok (not ``thorough``: quick_check, for the off-site pushes between daily
    backups, which may come every 30 minutes while the network is away: 0.6 s of CPU instead of 15
    on a 239 MB database, on a tablet whose door shares the two cores). BackupError when either fails."""
    try:
        copy_database(db_path, written)
    except CopyFailed as error:
        raise BackupError(f"{db_path} could not be copied: {error}",
                          Failure.DISK_FULL if _disk_full(error) else Failure.COPY) from error
    if examine(written).state not in (State.OURS, State.NEWER) or not integrity_ok(written, thorough):
        raise BackupError(f"the copy of {db_path} failed its check")


def _unused(path: Path) -> Path:
    """Two backups in one second get two names: none is written over."""
    candidate, n = path, 1
    while candidate.exists() or candidate.with_suffix(".partial").exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


class _partial:
    """The copy being written, flocked so that ``clean_leftovers`` in another process leaves it
    alone; removed if anything fails before it is renamed to its real name."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> Path:
        try:
            new_private_file(self.path)
            self.fd = os.open(self.path, os.O_RDONLY)
        except OSError as error:
            failure = Failure.DISK_FULL if _disk_full(error) else Failure.FOLDER
            raise BackupError(f"the backup folder {self.path.parent} cannot be written: {error.strerror}", failure) from error
        _flock(self.fd)
        return self.path

    def __exit__(self, kind, value, tb) -> None:
        os.close(self.fd)
        if kind is not None:
            self.path.unlink(missing_ok=True)
        if isinstance(value, OSError):
            raise BackupError(f"the backup could not be written: {value.strerror or value}",
                              Failure.DISK_FULL if _disk_full(value) else Failure.FOLDER) from value


def _flock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: a file being written cannot be removed there anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove the half copies of backups that were killed (a 100 MB ``.partial`` each); one that
    another backup is still writing holds its flock and is left alone."""
    removed = []
    for leftover in folder.glob(f"{PREFIX}*.partial"):
        try:
            fd = os.open(leftover, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _flock(fd):
                leftover.unlink(missing_ok=True)
                removed.append(leftover)
        finally:
            os.close(fd)
    return removed


def _order(path: Path) -> tuple[str, int]:
    """kiosk-backup-2026-11-24-100000.sqlite, then its twin of the same second, ...-100000-2.sqlite."""
    stamp = path.stem[len(PREFIX):]
    parts = stamp.split("-")
    if len(parts) == 5 and parts[4].isdigit():
        return "-".join(parts[:4]), int(parts[4])
    return stamp, 1


def _keep_last(folder: Path, keep: int) -> tuple[Path, ...]:
    """Only verified backups count: a bad file beside them never pushes a good one out."""
    found = sorted(folder.glob(f"{PREFIX}*.sqlite"), key=_order)
    good = [b for b in found if examine(b).state in (State.OURS, State.NEWER)]
    removed = tuple(good[:-keep]) if len(good) > keep else ()
    for old in removed:
        old.unlink()
    return removed


def check_backup(backup_path: Path, authenticated: bool = False) -> Examined:
    """What a backup brings; BackupError for anything that is not a sound kiosk database this
    kiosk can open (empty, foreign, damaged, from a newer version): our application id, schema
    version and tables (an empty file once passed integrity_check), then the file's check.
    ``authenticated``: a copy fetched through the crypt remote, which checks every block's
    authentication tag, so it is byte for byte the backup that passed integrity_check when it was
    made; quick_check then suffices (a restore of 239 MB: 15 s less)."""
    try:
        brought = require_ours(backup_path)
    except NotOurs as error:
        raise BackupError(f"not restored: {error}") from error
    if not integrity_ok(backup_path, thorough=not authenticated):
        raise BackupError(f"not restored: {backup_path} fails its integrity check")
    return brought


def restore(backup_path: Path, db_path: Path, clock, force: bool = False, checked: Examined | None = None) -> RestoreResult:
    """Put a backup in place of the database; the replaced one is kept aside under a new name.
    KioskRunning while a kiosk holds the database; FileExistsError without ``force``. ``checked``:
    what check_backup already said of this very file (the CLI shows it first), so its
    integrity_check, most of a restore's time on a big database, runs once."""
    brought = checked if checked is not None and checked.path == backup_path else check_backup(backup_path)
    try:
        with holding(db_path):
            return _restore(backup_path, db_path, clock, force, brought)
    except CopyFailed as error:
        raise BackupError(f"not restored: {error}") from error


def _restore(backup_path: Path, db_path: Path, clock, force: bool, brought: Examined) -> RestoreResult:
    current = examine(db_path)
    if current.state is State.MISSING:
        _move_side_files(db_path, None, clock)  # a stale -wal must never be read into the restored file
        _copy_new(backup_path, db_path)
        return RestoreResult(brought, None, None)
    if not force:
        raise FileExistsError(f"{db_path} exists; add --force to replace it (it is kept aside)")
    aside = _aside_name(db_path, clock)
    if current.state in (State.OURS, State.NEWER, State.FOREIGN, State.EMPTY_DATABASE):
        # Readable: copied aside whole (its -wal included), then written over in place.
        copy_database(db_path, aside)
        write_over(backup_path, db_path)
    else:
        # Unreadable (damaged, 0 bytes): moved aside as it is, with its side files.
        os.replace(db_path, aside)
        _move_side_files(db_path, aside, clock)
        _copy_new(backup_path, db_path)
    return RestoreResult(brought, current, aside)


def _aside_name(db_path: Path, clock) -> Path:
    """A name that has never been used: taken by creating the file, so two restores in one second
    each keep their own."""
    stamp = f"{db_path.stem}-replaced-{local(clock.now()):%Y-%m-%d-%H%M%S}"
    n = 1
    while True:
        candidate = db_path.with_name(f"{stamp}{'' if n == 1 else f'-{n}'}{db_path.suffix}")
        try:
            new_private_file(candidate)
            return candidate
        except FileExistsError:
            n += 1


def _move_side_files(db_path: Path, aside: Path | None, clock) -> None:
    """A -wal or -shm moves with its database (renamed, never deleted: another process may hold
    it open); one without a database goes under a name of its own."""
    for side in SIDE_FILES:
        found = db_path.with_name(db_path.name + side)
        if found.exists():
            os.replace(found, aside.with_name(aside.name + side) if aside else _aside_name(found, clock))


def _copy_new(backup_path: Path, db_path: Path) -> None:
    """Written under a temporary name and renamed: the path never holds half a database."""
    temporary = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        copy_database(backup_path, temporary)
        os.replace(temporary, db_path)
    finally:
        temporary.unlink(missing_ok=True)
