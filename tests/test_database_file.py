"""A database file is ours only if it has our schema (issue 15, faults 1, 4 and 5): every command
but `init`, `demo` and the kiosk's first start refuses a missing or foreign file, in one sentence
that names `kiosk init`, with a non-zero exit and nothing made at the path. Run as the real
`kiosk` command, as a person at a terminal does."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.db import open_database
from kiosk.db.identity import APPLICATION_ID, State, examine

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def kiosk(*args, **kw):
    return subprocess.run([KIOSK, *map(str, args)], capture_output=True, text=True, timeout=60, **kw)


def commands(db, tmp_path):
    """Every command that reads a database, with what it needs besides."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name\nAino\n", encoding="utf-8")
    visits = tmp_path / "visits.csv"
    visits.write_text("date,check_in\n2026-01-05,09:00\n", encoding="utf-8")
    return {
        "export": ["export", "--db", db, "--out", tmp_path / "out"],
        "cards": ["cards", "--db", db, "--out", tmp_path / "c.pdf"],
        "labels": ["labels", "--db", db, "--out", tmp_path / "l.pdf"],
        "lunch-list": ["lunch-list", "--db", db, "--date", "2026-11-26", "--out", tmp_path / "ll.pdf"],
        "report": ["report", "--db", db, "--month", "2026-11", "--out", tmp_path / "r.pdf"],
        "import-people": ["import-people", sheet, "--db", db],
        "import-visits": ["import-visits", visits, "--db", db],
        "backup": ["backup", "--db", db, "--to", tmp_path / "b"],
    }


def test_a_mistyped_db_is_refused_by_every_command_and_nothing_is_made(tmp_path):
    typo = tmp_path / "kiosk.sqlte"
    for name, args in commands(typo, tmp_path).items():
        done = kiosk(*args)
        assert done.returncode != 0, name
        assert f"kiosk init --db {typo}" in done.stderr and "Traceback" not in done.stderr, (name, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, (name, done.stderr)
        assert not typo.exists(), f"{name} made a stray file"
    assert not (tmp_path / "b").exists()  # backup: no "verified" backup of nothing


@pytest.mark.parametrize("kind", ["zero_bytes", "empty_sqlite", "foreign", "text"])
def test_a_file_that_is_not_ours_is_refused_and_left_as_it_was(tmp_path, kind):
    path = tmp_path / "x.sqlite"
    if kind == "zero_bytes":
        path.touch()
    elif kind == "text":
        path.write_text("first_name\nAino\n")
    else:
        conn = sqlite3.connect(path)
        if kind == "foreign":
            conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    for name, args in commands(path, tmp_path).items():
        done = kiosk(*args)
        assert done.returncode != 0 and "Traceback" not in done.stderr, (name, done.stderr)
        assert "not a" in done.stderr, (name, done.stderr)
    assert path.read_bytes() == before


def test_init_makes_a_private_database_with_its_room_and_refuses_an_existing_file(tmp_path):
    path = tmp_path / "room" / "kiosk.sqlite"
    path.parent.mkdir()
    done = kiosk("init", "--db", path, "--room", "Kylätalo")
    assert done.returncode == 0, done.stderr
    assert "Kylätalo" in done.stdout and str(path) in done.stdout
    assert examine(path).state is State.OURS
    assert path.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("SELECT value FROM settings WHERE key = 'room_name'").fetchone()[0] == "Kylätalo"
    assert len(conn.execute("SELECT value FROM settings WHERE key = 'room_id'").fetchone()[0]) == 36
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    conn.close()
    again = kiosk("init", "--db", path)
    assert again.returncode == 1 and "exists already" in again.stderr
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert kiosk("init", "--db", empty).returncode == 1 and empty.stat().st_size == 0
    # Now the other commands take it.
    assert kiosk("export", "--db", path, "--out", tmp_path / "out").returncode == 0


def test_demo_still_makes_a_new_database_but_not_over_a_foreign_one(tmp_path):
    path = tmp_path / "demo.sqlite"
    done = kiosk("demo", "--db", path, "--people", "5", "--months", "1")
    assert done.returncode == 0 and done.stdout.startswith("made a new kiosk database"), done.stderr
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    done = kiosk("demo", "--db", foreign)
    assert done.returncode == 2 and "another program's database" in done.stderr


def test_an_older_database_of_ours_is_ours_and_gets_our_id(tmp_path):
    from kiosk.db.connection import connect
    from kiosk.db.migrations import apply

    path = tmp_path / "old.sqlite"
    conn = connect(path)
    apply(conn, stop_before="0003_registration_privacy_audit")  # made before the application id
    conn.close()
    assert examine(path).state is State.OURS
    open_database(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_the_kiosk_never_writes_its_tables_into_another_programs_database(tmp_path):
    from kiosk.errors import KioskError, Problem

    path = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(KioskError) as error:
        open_database(path)
    assert error.value.problem is Problem.DATABASE_CORRUPT
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["photos"]
    conn.close()
