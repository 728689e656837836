import sqlite3

import pytest

from kiosk.db import open_database, schema, settings
from kiosk.errors import KioskError, Problem


def test_fresh_file_gets_current_schema_and_durable_pragmas(db):
    assert db.value("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert db.value("PRAGMA journal_mode") == "wal"
    assert db.value("PRAGMA synchronous") == 2  # FULL
    assert db.value("PRAGMA foreign_keys") == 1
    from kiosk.db.migrations import migrations

    applied = db.rows("SELECT name FROM _sqlite_migrations ORDER BY id")
    assert len(applied) == len(migrations._migrations)


def test_every_migration_sets_user_version_to_its_number():
    from kiosk.db.migrations import migrations

    # Numbers are reserved per helper (docs: RULES), so they may land out of order: each is
    # unique, and the highest is the schema version every migration leaves behind.
    numbers = [int(migration.name[:4]) for migration in migrations._migrations]
    assert all(migration.name[4] == "_" for migration in migrations._migrations)
    assert len(set(numbers)) == len(numbers) and max(numbers) == schema.SCHEMA_VERSION
    assert numbers[:9] == list(range(1, 10))


def test_room_has_a_stable_random_id(db_path, db):
    room_id = settings.get(db, "room_id")
    assert len(room_id) == 36
    db.close()
    again = open_database(db_path)
    assert settings.get(again, "room_id") == room_id
    again.close()


def test_tables_are_strict(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('k', x'00ff')")  # a blob in a TEXT column


def test_newer_database_is_refused_and_left_alone(db_path, db):
    db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(KioskError) as error:
        open_database(db_path)
    assert error.value.problem is Problem.DATABASE_NEWER
    assert db_path.read_bytes() == before


def test_not_a_database_is_reported_as_corrupt(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(KioskError) as error:
        open_database(path)
    assert error.value.problem is Problem.DATABASE_CORRUPT


def test_write_while_another_holds_the_lock_is_a_locked_problem(db_path, db, people, monkeypatch):
    from kiosk.db import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.1)
    monkeypatch.setattr(connection, "POLLED_S", 0.05)
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(KioskError) as error:
            people.add("Aino", "Virtanen")
        assert error.value.problem is Problem.DATABASE_LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert db.value("SELECT count(*) FROM people") == 0
    assert db.value("PRAGMA busy_timeout") == 100  # SQLite waits as before for anything else


@pytest.mark.parametrize("held_s", [0.03, 0.4])  # within the polled first moments, and beyond them
def test_a_write_waits_for_another_writers_commit_and_then_goes_in(db_path, db, people, held_s):
    """An import's transaction holds the write lock: the door's check-in waits for it, is not lost."""
    import threading

    other = sqlite3.connect(db_path, isolation_level=None, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
    release = threading.Timer(held_s, lambda: other.execute("COMMIT"))
    release.start()
    try:
        people.add("Aino", "Virtanen")
    finally:
        release.join()
        other.close()
    assert db.value("SELECT count(*) FROM people") == 1
    assert db.value("SELECT value FROM settings WHERE key = 'held'") == "yes"
    assert db.value("PRAGMA busy_timeout") == 3000


def test_upgrade_from_0001_fills_each_persons_last_visit(tmp_path):
    from kiosk.db.connection import connect
    from kiosk.db.migrations import apply

    path = tmp_path / "old.sqlite"
    conn = connect(path)
    apply(conn, stop_before="0002_people_last_visit")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.execute("INSERT INTO people (id, uuid, first_name, created_at) VALUES (1, 'u1', 'Aino', '2026-01-01T08:00:00Z')")
    conn.execute("INSERT INTO people (id, uuid, first_name, created_at) VALUES (2, 'u2', 'Eino', '2026-01-01T08:00:00Z')")
    for day in ("02", "05", "03"):
        conn.execute(
            "INSERT INTO visits (uuid, person_id, check_in_at, source) VALUES (?, 1, ?, 'scan')",
            (f"v{day}", f"2026-01-{day}T08:00:00Z"),
        )
    conn.close()
    db = open_database(path)
    assert db.value("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert [tuple(r) for r in db.rows("SELECT id, last_visit_at FROM people ORDER BY id")] == [
        (1, "2026-01-05T08:00:00Z"),
        (2, None),
    ]
    db.close()


def test_a_copy_is_kept_before_migrating_an_older_file(tmp_path):
    from kiosk.db.connection import connect
    from kiosk.db.copy import integrity_ok
    from kiosk.db.migrations import apply

    path = tmp_path / "old.sqlite"
    conn = connect(path)
    apply(conn, stop_before="0002_people_last_visit")
    conn.execute("INSERT INTO people (uuid, first_name, created_at) VALUES ('u', 'Aino', '2026-01-01T08:00:00Z')")
    conn.close()
    open_database(path).close()
    copy = tmp_path / "backups" / f"before-migration-1-to-{schema.SCHEMA_VERSION}.sqlite"
    assert integrity_ok(copy)
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT first_name FROM people").fetchone()[0] == "Aino"
    old.close()


def test_a_new_file_needs_no_copy(tmp_path):
    open_database(tmp_path / "new.sqlite").close()
    assert not (tmp_path / "backups").exists()
