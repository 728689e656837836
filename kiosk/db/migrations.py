"""Numbered schema migrations. Append new ones; never edit one that has shipped.

Each migration ends by setting ``PRAGMA user_version`` to its number, which ``schema`` reads.
Rows that one day may be merged with another room's carry a random UUID besides the integer key.
"""

from __future__ import annotations

import sqlite3
import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("kiosk")


def _script(db: Database, sql: str) -> None:
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_people_cards_visits")
def people_cards_visits(db: Database) -> None:
    _script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
            last_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE person_words (
            word TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (word, person_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX person_words_person ON person_words(person_id);
        CREATE TABLE cards (
            code TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            issued_at TEXT NOT NULL,
            replaced_at TEXT
        ) STRICT;
        CREATE INDEX cards_person ON cards(person_id);
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER REFERENCES people(id),
            check_in_at TEXT NOT NULL,
            check_out_at TEXT,
            source TEXT NOT NULL CHECK (source IN ('scan', 'name', 'staff', 'import', 'demo')),
            CHECK (check_out_at IS NULL OR check_out_at >= check_in_at)
        ) STRICT;
        CREATE INDEX visits_person_time ON visits(person_id, check_in_at);
        CREATE INDEX visits_time ON visits(check_in_at);
        CREATE INDEX visits_open ON visits(check_in_at) WHERE check_out_at IS NULL
        """,
    )
    db.execute(
        "INSERT INTO settings (key, value) VALUES ('room_id', ?), ('room_name', ?)",
        [str(uuid.uuid4()), "Yhteinen työhuone"],
    )
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_people_last_visit")
def people_last_visit(db: Database) -> None:
    # Name search shows the most recent visitors first; reading each match's latest visit from
    # the visits table cost 20 ms for a two-letter prefix among 50,000 people. Kept up to date in
    # the check-in transaction.
    db.execute("ALTER TABLE people ADD COLUMN last_visit_at TEXT")
    db.execute(
        "UPDATE people SET last_visit_at = "
        "(SELECT max(check_in_at) FROM visits WHERE visits.person_id = people.id)"
    )
    # Finding everyone shown as 'Aino V.' to tell them apart.
    db.execute("CREATE INDEX people_shown_name ON people(first_name, last_name)")
    db.execute("PRAGMA user_version = 2")


def apply(conn: sqlite3.Connection, stop_before: str | None = None) -> None:
    migrations.apply(Database(conn, execute_plugins=False), stop_before=stop_before)
