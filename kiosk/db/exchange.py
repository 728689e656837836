"""What the network's keyed pseudonyms are made of: the month's visitors' names and birth years.
Read here and hashed in kiosk/exchange.py; never written into any file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kiosk.db.connection import Database


def names_of(db: Database, person_ids: Iterable[int]) -> list[sqlite3.Row]:
    ids = sorted(set(person_ids))
    rows: list[sqlite3.Row] = []
    for i in range(0, len(ids), 500):  # SQLite's limit on parameters
        chunk = ids[i:i + 500]
        rows += db.rows(
            f"SELECT id, first_name, last_name, birth_year, erased_at FROM people WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
    return rows
