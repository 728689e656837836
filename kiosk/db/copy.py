"""Copying a live database file consistently (SQLite's online backup API), and checking one."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class CopyFailed(Exception):
    """The source could not be read as a database."""


def copy_database(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error as error:
        raise CopyFailed(str(error)) from error
    finally:
        src.close()
        dst.close()


def integrity_ok(path: Path) -> bool:
    """PRAGMA integrity_check on a file, read-only; a file that is no database is not ok."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False
