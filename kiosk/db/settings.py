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


def change(db: Database, values: dict[str, str], at, actor: str = "staff", hidden: set[str] = frozenset()) -> None:
    """Settings changed by staff, in one transaction, each with an audit entry naming its key and
    its old and new value (only "changed" for a key in ``hidden``: a secret); an unchanged value
    writes nothing."""
    from kiosk.db import audit

    with db.transaction() as conn:
        for key, value in values.items():
            old = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            old = None if old is None else old[0]
            if old == value:
                continue
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
            what = f"{key}: changed" if key in hidden else f"{key}: {old!r} -> {value!r}"
            audit.record(conn, at, actor, "setting_changed", None, what)


def put_in(conn, key: str, value: str) -> None:
    """One setting, inside the caller's transaction."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def remove_in(conn, key: str) -> None:
    """A setting taken out of the table, inside the caller's transaction."""
    conn.execute("DELETE FROM settings WHERE key = ?", (key,))


def remove(db: Database, key: str) -> None:
    with db.transaction() as conn:
        remove_in(conn, key)
