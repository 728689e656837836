"""Statistics Finland's municipality code kept beside each stored municipality name (migration
0013): on the people row (the latest answer) and on each dated municipality answer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from kiosk.db.connection import Database


def fill(conn: sqlite3.Connection, code_for: Callable[[str], str | None]) -> int:
    """Give every stored municipality name that has no code the one ``code_for`` finds; a name it
    does not know keeps no code (the people screen shows which). How many rows got one."""
    stored = [r[0] for r in conn.execute(
        "SELECT municipality FROM people WHERE municipality IS NOT NULL AND municipality_code IS NULL "
        "UNION SELECT value FROM answers WHERE question = 'municipality' AND value IS NOT NULL AND code IS NULL")]
    pairs = [(code, name) for name in stored if (code := code_for(name))]
    filled = 0
    for sql in ("UPDATE people SET municipality_code = ? WHERE municipality = ? AND municipality_code IS NULL",
                "UPDATE answers SET code = ? WHERE question = 'municipality' AND value = ? AND code IS NULL"):
        for pair in pairs:
            filled += conn.execute(sql, pair).rowcount
    return filled


def without_code(db: Database) -> list[sqlite3.Row]:
    """People whose municipality name found no code (to be fixed on the people screen), by name."""
    return db.rows("SELECT id, first_name, last_name, municipality FROM people WHERE municipality IS NOT NULL "
                   "AND municipality_code IS NULL AND erased_at IS NULL ORDER BY municipality, id")
