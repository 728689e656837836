"""Room settings: a key-value table."""

from __future__ import annotations

from kiosk.db.connection import Database


def get(db: Database, key: str, default: str = "") -> str:
    value = db.value("SELECT value FROM settings WHERE key = ?", (key,))
    return default if value is None else value


def put(db: Database, key: str, value: str) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def put_many(db: Database, values: dict[str, str]) -> None:
    """Several settings in one transaction: a setup is saved whole or not at all."""
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )
