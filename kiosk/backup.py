"""Backups a room can trust: an online copy (SQLite's backup API) checked with integrity_check
before it counts, the last 30 kept; and a restore that never overwrites by accident.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.clock import local
from kiosk.db.copy import CopyFailed, copy_database, integrity_ok

KEEP = 30
PREFIX = "kiosk-backup-"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: tuple[Path, ...]  # older backups beyond the last 30


class BackupError(Exception):
    """The copy is not a sound database: nothing was kept."""


def backup(db_path: Path, folder: Path, clock, keep: int = KEEP) -> BackupResult:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{local(clock.now()):%Y-%m-%d-%H%M%S}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        copy_database(db_path, partial)
    except CopyFailed as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"{db_path} could not be copied: {error}") from error
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy of {db_path} failed its integrity check")
    partial.replace(target)
    backups = sorted(folder.glob(f"{PREFIX}*.sqlite"))
    removed = tuple(backups[:-keep]) if len(backups) > keep else ()
    for old in removed:
        old.unlink()
    return BackupResult(target, removed)


def restore(backup_path: Path, db_path: Path, clock, force: bool = False) -> Path | None:
    """Put a backup in place of the database; the replaced file is kept aside and returned."""
    if not integrity_ok(backup_path):
        raise BackupError(f"{backup_path} is not a sound database")
    aside = None
    if db_path.exists():
        if not force:
            raise FileExistsError(f"{db_path} exists; add --force to replace it (it is kept aside)")
        aside = db_path.with_name(f"{db_path.stem}-replaced-{local(clock.now()):%Y-%m-%d-%H%M%S}{db_path.suffix}")
        copy_database(db_path, aside)
        for extra in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            extra.unlink(missing_ok=True)
    shutil.copyfile(backup_path, db_path)
    return aside
