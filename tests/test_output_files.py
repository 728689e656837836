"""Files the kiosk writes are its user's only; outputs are whole or not there; disk and permission
faults are one sentence (issue 15, faults 5 and 6). Through the real `kiosk` command, a 2 MB tmpfs
for a full disk, and the user nobody (setpriv) for permissions dropped."""

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

KIOSK = str(Path(sys.executable).with_name("kiosk"))
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def kiosk(*args, env=None, prefix=()):
    return subprocess.run([*prefix, KIOSK, *map(str, args)], capture_output=True, text=True, timeout=120, env=env)


def mode(path):
    return path.stat().st_mode & 0o777


def test_everything_written_is_readable_by_its_owner_only(tmp_path):
    db = tmp_path / "kiosk.sqlite"
    assert kiosk("demo", "--db", db, "--people", "20", "--months", "1").returncode == 0
    assert kiosk("backup", "--db", db, "--to", tmp_path / "b").returncode == 0
    assert kiosk("export", "--db", db, "--out", tmp_path / "out").returncode == 0
    assert kiosk("cards", "--db", db, "--out", tmp_path / "cards.pdf").returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1")
    assert kiosk("--db", db, "--windowed", env=env).returncode == 0
    written = [db, tmp_path / "kiosk.log", *(tmp_path / "b").iterdir(), *(tmp_path / "out").iterdir(), tmp_path / "cards.pdf"]
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}


def test_an_older_database_and_log_are_narrowed_at_start(tmp_path):
    db = tmp_path / "kiosk.sqlite"
    assert kiosk("init", "--db", db).returncode == 0
    db.chmod(0o644)
    (tmp_path / "kiosk.log").write_text("")
    (tmp_path / "kiosk.log").chmod(0o644)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1")
    assert kiosk("--db", db, "--windowed", env=env).returncode == 0
    assert mode(db) == 0o600 and mode(tmp_path / "kiosk.log") == 0o600


@contextmanager
def small_disk(tmp_path, free_kb):
    """A 2 MB tmpfs filled up to ``free_kb`` of free space."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def fill(disk, leave_kb):
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    (disk / "filler").write_bytes(b"\0" * max(0, free - leave_kb * 1024))


def test_a_full_disk_leaves_the_good_files_whole_and_says_so_in_a_sentence(tmp_path):
    db = tmp_path / "kiosk.sqlite"
    assert kiosk("demo", "--db", db, "--people", "30", "--months", "1").returncode == 0
    big = tmp_path / "big.sqlite"  # its people.csv fits in the 40 KB left, its visits.csv does not
    assert kiosk("demo", "--db", big, "--people", "400", "--months", "1", "--seed", "2").returncode == 0
    with small_disk(tmp_path, 0) as disk:
        assert kiosk("export", "--db", db, "--out", disk).returncode == 0
        assert kiosk("cards", "--db", db, "--out", disk / "cards.pdf").returncode == 0
        good = {p.name: p.read_bytes() for p in disk.iterdir()}
        fill(disk, 40)
        for args in (("export", "--db", big, "--out", disk), ("cards", "--db", big, "--out", disk / "cards.pdf")):
            done = kiosk(*args)
            assert done.returncode == 1, done.stderr
            assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
            assert "No space left on device" in done.stderr
        assert {p.name: p.read_bytes() for p in disk.iterdir() if p.name in good} == good
        assert sorted(p.name for p in disk.iterdir()) == sorted([*good, "filler"])  # no half-written file left


@pytest.fixture
def place():
    """A folder outside pytest's own (which only root may enter), for the user nobody."""
    if subprocess.run([*NOBODY, "true"]).returncode:
        pytest.skip("setpriv cannot drop to the user nobody here")
    folder = Path(tempfile.mkdtemp(dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def probe_as_nobody(db):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1", HOME=str(db.parent))
    return kiosk("--db", db, "--windowed", env=env, prefix=NOBODY)


@pytest.mark.real_clock  # tests/at_moment.py
def test_a_read_only_database_is_said_at_start(place):
    db = place / "kiosk.sqlite"
    assert kiosk("init", "--db", db).returncode == 0
    os.chown(place, 65534, 65534)
    db.chmod(0o644)  # root's, readable: SQLite would open it read-only without a word
    done = probe_as_nobody(db)
    assert "problem-shown Problem.READ_ONLY" in done.stdout, done.stdout + done.stderr


@pytest.mark.real_clock  # tests/at_moment.py
def test_a_read_only_folder_is_not_called_another_kiosk(place):
    db = place / "kiosk.sqlite"
    assert kiosk("init", "--db", db).returncode == 0
    os.chown(db, 65534, 65534)  # the file is nobody's, its folder root's: no lock file can be made
    done = probe_as_nobody(db)
    assert "problem-shown Problem.READ_ONLY" in done.stdout, done.stdout + done.stderr


def test_a_symlink_to_the_database_cannot_get_past_the_lock(tmp_path, qapp):
    from PySide6.QtCore import QLockFile

    db = tmp_path / "kiosk.sqlite"
    assert kiosk("init", "--db", db).returncode == 0
    link = tmp_path / "elsewhere" / "k.sqlite"
    link.parent.mkdir()
    link.symlink_to(db)
    held = QLockFile(str(db) + ".lock")
    assert held.tryLock(0)
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1")
        done = kiosk("--db", link, "--windowed", env=env)
    finally:
        held.unlock()
    assert "problem-shown Problem.DATABASE_LOCKED" in done.stdout, done.stdout
