import pytest

from kiosk.__main__ import main
from kiosk.backup import BackupError, backup, restore
from kiosk.db import open_database


def test_backup_and_restore_round_trip(db_path, db, people, checkin, clock, tmp_path):
    aino = people.add("Aino", "Virtanen")
    checkin.scan(aino.card_code)
    result = backup(db_path, tmp_path / "usb", clock)
    checkin.scan(people.add("Eino", "Äijälä").card_code)  # after the backup
    db.close()
    target = tmp_path / "new-tablet.sqlite"
    assert restore(result.path, target, clock).aside is None
    restored = open_database(target)
    assert restored.value("SELECT count(*) FROM visits") == 1
    restored.close()


def test_restore_refuses_to_overwrite_without_force_and_keeps_the_replaced_file(db_path, db, people, clock, tmp_path):
    people.add("Aino", "Virtanen")
    saved = backup(db_path, tmp_path / "b", clock).path
    people.add("Eino", "Äijälä")
    db.close()
    with pytest.raises(FileExistsError):
        restore(saved, db_path, clock)
    aside = restore(saved, db_path, clock, force=True).aside
    kept = open_database(aside)
    assert kept.value("SELECT count(*) FROM people") == 2  # nothing lost: the replaced file is aside
    kept.close()
    back = open_database(db_path)
    assert back.value("SELECT count(*) FROM people") == 1
    back.close()


def test_a_broken_file_is_neither_backed_up_nor_restored(tmp_path, clock):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    with pytest.raises(BackupError):
        restore(broken, tmp_path / "x.sqlite", clock)
    with pytest.raises(BackupError):
        backup(broken, tmp_path / "b", clock)
    assert not (tmp_path / "b").exists()  # refused before anything was made: no half copy left behind


def test_only_the_last_thirty_are_kept(db_path, db, clock, tmp_path):
    for _ in range(33):
        result = backup(db_path, tmp_path / "b", clock)
        clock.advance(days=1)
    assert len(list((tmp_path / "b").glob("kiosk-backup-*.sqlite"))) == 30
    assert len(result.removed) == 1


def test_cli_backup_and_restore(db_path, db, people, tmp_path, capsys):
    people.add("Aino", "Virtanen")
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "b")]) == 0
    saved = capsys.readouterr().out.strip()
    assert main(["restore", saved, "--db", str(db_path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["restore", saved, "--db", str(tmp_path / "fresh.sqlite")]) == 0


# --- issue 15: the tools meant to save data must never destroy it

import os  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def kiosk(*args, **kw):
    return subprocess.run([KIOSK, *map(str, args)], capture_output=True, text=True, timeout=60, **kw)


def room(path, people=3):
    assert kiosk("demo", "--db", path, "--people", people, "--months", "1").returncode == 0
    return path


def count(path, table="people"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("kind", ["zero_bytes", "empty_sqlite", "foreign", "newer"])
def test_restore_refuses_what_is_not_a_backup_of_ours(tmp_path, kind):
    db = room(tmp_path / "kiosk.sqlite", people=12)
    bad = tmp_path / "bad.sqlite"
    if kind == "zero_bytes":
        bad.touch()
    elif kind == "newer":
        room(bad)
        conn = sqlite3.connect(bad)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    else:
        conn = sqlite3.connect(bad)
        if kind == "foreign":
            conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        conn.close()
    done = kiosk("restore", bad, "--db", db, "--force")
    assert done.returncode == 1 and "not restored" in done.stderr and "Traceback" not in done.stderr
    assert count(db) == 12  # the room's people are all there
    assert not list(tmp_path.glob("*replaced*"))


def test_restore_says_what_it_replaces_and_brings_and_keeps_every_replaced_file(tmp_path):
    db = room(tmp_path / "kiosk.sqlite", people=12)
    saved = kiosk("backup", "--db", db, "--to", tmp_path / "b").stdout.strip()
    other = room(tmp_path / "other.sqlite", people=5)
    # Two restores in the same second: each replaced database is kept under its own name.
    first = kiosk("restore", other, "--db", db, "--force")
    second = kiosk("restore", saved, "--db", db, "--force")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "brings:" in first.stdout and "5 people" in first.stdout.split("brings:")[1].splitlines()[0]
    assert "replaces:" in first.stdout and "12 people" in first.stdout.split("replaces:")[1].splitlines()[0]
    assert "last visit" in first.stdout
    kept = sorted(tmp_path.glob("kiosk-replaced-*.sqlite"))
    assert sorted(count(p) for p in kept) == [5, 12]
    assert count(db) == 12
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in kept)


def test_restore_without_force_shows_both_and_changes_nothing(tmp_path):
    db = room(tmp_path / "kiosk.sqlite", people=12)
    other = room(tmp_path / "other.sqlite", people=5)
    done = kiosk("restore", other, "--db", db)
    assert done.returncode == 1 and "--force" in done.stderr
    assert "12 people" in done.stdout and "5 people" in done.stdout
    assert count(db) == 12


def start_kiosk(db):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([KIOSK, "--db", str(db), "--windowed"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = Path(db).parent / "kiosk.log"
    deadline = time.monotonic() + 30
    while not (log.exists() and "kiosk started" in log.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline and process.poll() is None, "the kiosk did not start"
        time.sleep(0.1)
    return process


def test_restore_refuses_while_a_kiosk_runs_and_touches_nothing(tmp_path):
    db = room(tmp_path / "kiosk.sqlite", people=12)
    other = room(tmp_path / "other.sqlite", people=5)
    process = start_kiosk(db)
    try:
        side = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kiosk.sqlite"))
        done = kiosk("restore", other, "--db", db, "--force")
        assert done.returncode == 1 and "a kiosk is running" in done.stderr, done.stderr
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kiosk.sqlite")) == side
        # Through a symlink it is the same database, and the same refusal.
        link = tmp_path / "link.sqlite"
        link.symlink_to(db)
        assert "a kiosk is running" in kiosk("restore", other, "--db", link, "--force").stderr
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert count(db) == 12
    # The killed kiosk's lock is taken over, as the kiosk itself does.
    assert kiosk("restore", other, "--db", db, "--force").returncode == 0
    assert count(db) == 5


def test_a_kiosk_cannot_start_while_a_restore_holds_the_database(tmp_path, qapp):
    from PySide6.QtCore import QLockFile

    from kiosk.kiosk_lock import KioskRunning, holding

    db = room(tmp_path / "kiosk.sqlite")
    with holding(db):
        qt_lock = QLockFile(str(db) + ".lock")
        qt_lock.setStaleLockTime(0)
        assert not qt_lock.tryLock(100)
        with pytest.raises(KioskRunning):
            with holding(db):
                pass
    assert qt_lock.tryLock(100)
    qt_lock.unlock()


def test_a_mistyped_backup_source_makes_nothing_and_good_backups_are_kept(tmp_path):
    db = room(tmp_path / "kiosk.sqlite")
    folder = tmp_path / "b"
    for _ in range(3):
        assert kiosk("backup", "--db", db, "--to", folder).returncode == 0
    for _ in range(5):
        done = kiosk("backup", "--db", tmp_path / "kiosk.sqlit", "--to", folder)
        assert done.returncode == 1 and "kiosk init" in done.stderr
    assert not (tmp_path / "kiosk.sqlit").exists()
    assert len(list(folder.glob("kiosk-backup-*.sqlite"))) == 3


def test_keep_counts_only_verified_backups(db_path, db, people, clock, tmp_path):
    people.add("Aino", "Virtanen")
    folder = tmp_path / "b"
    good = [backup(db_path, folder, clock, keep=2).path for _ in range(2)]
    clock.advance(days=1)
    for n in range(4):  # newer bad files (an old version's empty "backups")
        (folder / f"kiosk-backup-2099-01-0{n + 1}-000000.sqlite").touch()
    newest = backup(db_path, folder, clock, keep=2)
    assert newest.removed == (good[0],)
    assert good[1].exists() and newest.path.exists()


def test_a_killed_backups_leftover_is_cleaned_by_the_next(tmp_path):
    db = room(tmp_path / "kiosk.sqlite", people=2000)
    folder = tmp_path / "b"
    folder.mkdir()
    leftover = folder / "kiosk-backup-2026-01-01-100000.partial"
    leftover.write_bytes(b"\0" * 100_000)  # as a SIGKILL leaves it
    assert kiosk("backup", "--db", db, "--to", folder).returncode == 0
    assert not leftover.exists()
    assert [p.suffix for p in folder.iterdir()] == [".sqlite"]


def test_a_backup_being_written_is_not_taken_for_a_leftover(tmp_path):
    import fcntl

    from kiosk.backup import clean_leftovers

    writing = tmp_path / "kiosk-backup-2026-01-01-100000.partial"
    writing.write_bytes(b"x")
    fd = os.open(writing, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert clean_leftovers(tmp_path) == [] and writing.exists()
    finally:
        os.close(fd)
    assert clean_leftovers(tmp_path) == [writing]


@pytest.mark.real_clock  # tests/at_moment.py
def test_a_folder_that_cannot_be_written_is_a_clear_failure(tmp_path):
    import tempfile

    if subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "true"]).returncode != 0:
        pytest.skip("setpriv cannot drop to the user nobody here")
    place = Path(tempfile.mkdtemp(dir="/tmp"))  # outside pytest's own folder, which only root may enter
    try:
        place.chmod(0o755)
        db = room(place / "kiosk.sqlite")
        folder = place / "ro"
        folder.mkdir(mode=0o755)  # root's: nobody may not write in it
        os.chown(place, 65534, 65534)
        os.chown(db, 65534, 65534)
        done = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", KIOSK, "backup",
                               "--db", str(db), "--to", str(folder)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and "cannot be written" in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert list(folder.iterdir()) == []
        # Nor can nobody read root's database in a folder of root's: said so, not "damaged".
        os.chown(place, 0, 0)
        done = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", KIOSK, "backup",
                               "--db", str(db), "--to", str(place / "b")], capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and "cannot be opened by this user" in done.stderr, done.stderr
    finally:
        import shutil

        shutil.rmtree(place)
