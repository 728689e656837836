"""Off-site copies, the second part (issue 22's rest): the secret kept outside the database, pushes
every N hours and again after no network, SFTP against a real server, what went wrong said by kind.
Real rclone servers on 127.0.0.1, as in tests/test_offsite.py."""

import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import date, datetime

import pytest
from hypothesis import given, settings as examples, strategies as st

from kiosk import offsite, offsite_secret
from kiosk.backup import backup
from kiosk.clock import HELSINKI
from kiosk.closing import SavedRemote
from kiosk.db import open_database, settings
from kiosk.db.copy import integrity_ok
from kiosk.offsite import OffsiteError, Trouble, fetch, new_key, push, target_from_settings
from kiosk.offsite import test_connection as connection_test
from kiosk.documents.recovery_sheet import write_sheet
from tests.test_offsite import PASSWORD, USER, _free_port, at, pytestmark, room, s3, sftp, webdav  # noqa: F401

MACHINE = offsite_secret.machine_key()


def _everything_of(db_path) -> bytes:
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.suffix != ".offsite-secret")


def test_a_secret_in_the_database_moves_out_and_never_into_backups_or_the_audit(db, db_path, clock, room, tmp_path):
    closing, key = room  # the first version's way: the password in the settings table
    target = closing.offsite_target()
    assert settings.get(db, "offsite_secret") == ""
    kept = offsite_secret.path_for(db_path)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert PASSWORD.encode() not in kept.read_bytes()
    assert offsite_secret.load(db_path) == PASSWORD
    assert dict(target.env)["RCLONE_CONFIG_KIOSKOFFSITE_PASS"] == PASSWORD  # obscured for rclone only on the thread
    db.checkpoint()
    made = backup(db_path, tmp_path / "usb", clock).path
    assert PASSWORD.encode() not in made.read_bytes()
    assert not [p for p in made.parent.iterdir() if "secret" in p.name]
    assert db.value("SELECT count(*) FROM audit_log WHERE detail LIKE ?", (f"%{PASSWORD}%",)) == 0
    assert db.value("SELECT count(*) FROM audit_log WHERE detail LIKE '%moved out%'") == 1
    assert closing.offsite_target() == target  # once moved, it stays where it is


def test_the_secret_file_is_useless_on_another_machine():
    sealed = offsite_secret.seal("salasana", MACHINE)
    assert offsite_secret.unseal(sealed, MACHINE) == "salasana"
    assert offsite_secret.unseal(sealed, bytes(32)) is None
    assert offsite_secret.seal("salasana", MACHINE) != sealed  # a new salt each time


@examples(max_examples=40, deadline=None)
@given(st.text(max_size=100), st.text(max_size=60))
def test_sealing_any_secret_opens_to_it_and_nothing_else_opens(secret, garbage):
    assert offsite_secret.unseal(offsite_secret.seal(secret, MACHINE), MACHINE) == secret.encode("utf-8", "replace").decode("utf-8", "replace")
    assert offsite_secret.unseal(garbage, MACHINE) is None or garbage == ""


def test_staff_save_keeps_the_secret_beside_the_database_and_the_key_out_of_the_audit(db, db_path, clock, room, webdav):
    closing, _ = room
    settings.remove(db, "offsite_key")
    saved = closing.save_offsite("webdav", webdav.url, USER, "/toinen/", "uusi salasana", 6)
    key = saved.key
    assert offsite_secret.load(db_path) == "uusi salasana" and settings.get(db, "offsite_key") == key
    assert saved.sheet.parent.name == "exports" and saved.sheet.read_bytes().startswith(b"%PDF")  # a new key: its sheet
    assert settings.get(db, "offsite_path") == "toinen" and closing.every_hours() == 6
    details = " ".join(r[0] for r in db.rows("SELECT detail FROM audit_log"))
    assert "uusi salasana" not in details and key not in details and "offsite secret: set" in details
    assert closing.save_offsite("webdav", webdav.url, USER, "toinen", None, 6) == SavedRemote(key, None)  # both kept
    assert offsite_secret.load(db_path) == "uusi salasana"
    db.checkpoint()
    assert b"uusi salasana" not in _everything_of(db_path)


def test_pushes_every_n_hours_and_again_after_the_network_was_away(db, clock, room, webdav):
    closing, key = room
    settings.put(db, "offsite_every_hours", "3")
    clock.set(at(24, 9, 0))  # open, long before closing: no daily backup now
    assert closing.tick() is None and closing.pushing()  # never pushed: due at once
    closing._pushes.wait(60)
    closing.tick()
    assert closing.last_offsite() == at(24, 9, 0), settings.get(db, "offsite_last_error")
    clock.set(at(24, 11, 59))
    closing.tick()
    assert not closing.pushing()  # not yet three hours
    webdav.stop()
    clock.set(at(24, 12, 0))
    closing.tick()
    closing._pushes.wait(60)
    clock.set(at(24, 12, 1))
    closing.tick()
    error = settings.get(db, "offsite_last_error")
    assert offsite.trouble_of(error) is Trouble.NO_NETWORK, error
    clock.set(at(24, 12, 20))
    closing.tick()
    assert not closing.pushing()  # tried 20 minutes ago: not again yet
    webdav.start()
    clock.set(at(24, 12, 31))
    closing.tick()
    assert closing.pushing()
    closing._pushes.wait(60)
    closing.tick()
    assert closing.last_offsite() == at(24, 12, 31), settings.get(db, "offsite_last_error")
    assert settings.get(db, "offsite_last_error") == ""
    # Two copies were made that day; the thinning keeps the day's newest.
    assert offsite.copies(closing.offsite_target()) == ["kiosk-2026-11-24-123100.sqlite"]
    assert not list(closing._db.path.parent.glob("*.offsite-copy"))  # the fresh copy is removed after


def test_sftp_push_and_fetch(db_path, clock, checkin, people, sftp, tmp_path):
    checkin.scan(people.add("Aino", "Äijälä").card_code)
    key = new_key()
    target = target_from_settings("sftp", sftp.url, USER, PASSWORD, "kopiot", key)
    assert connection_test(target, timeout=20) == 0
    push(target, backup(db_path, tmp_path / "usb", clock).path, at(24))
    stored = list((sftp.folder / "kopiot").glob("kiosk-*.sqlite.bin"))
    assert len(stored) == 1 and b"SQLite format" not in stored[0].read_bytes()
    fetched = tmp_path / "takaisin.sqlite"  # (the CLI's restore --remote is tested over WebDAV)
    assert fetch(target, fetched) == "kiosk-2026-11-24-160100.sqlite"
    assert integrity_ok(fetched)
    restored = open_database(fetched)
    try:
        assert restored.value("SELECT last_name FROM people") == "Äijälä"
    finally:
        restored.close()


def test_what_went_wrong_is_told_by_kind(webdav, sftp, s3):
    def trouble(kind, url, user, secret, path="kopiot"):
        with pytest.raises(OffsiteError) as caught:
            connection_test(target_from_settings(kind, url, user, secret, path, new_key()), timeout=20)
        assert PASSWORD not in str(caught.value) and "väärä" not in str(caught.value)
        return caught.value.trouble

    assert trouble("webdav", webdav.url, USER, "väärä") is Trouble.WRONG_PASSWORD
    assert trouble("sftp", sftp.url, USER, "väärä") is Trouble.WRONG_PASSWORD
    assert trouble("s3", s3.url, USER, "väärä", "kioski/kopiot") is Trouble.WRONG_PASSWORD
    assert trouble("s3", s3.url, USER, PASSWORD, "eiole/kopiot") is Trouble.BUCKET_MISSING
    assert not (s3.folder / "eiole").exists()  # the kiosk never makes a bucket
    assert trouble("webdav", f"http://127.0.0.1:{_free_port()}", USER, PASSWORD) is Trouble.NO_NETWORK
    assert trouble("webdav", "http://ei-ole-olemassa.invalid", USER, PASSWORD) in (Trouble.UNKNOWN_HOST, Trouble.NO_NETWORK)
    assert offsite.trouble_of('dial tcp: lookup nas.example.fi on 10.0.0.53:53: no such host') is Trouble.UNKNOWN_HOST
    assert offsite.trouble_of("rclone lsf did not finish in 20 s") is Trouble.NO_NETWORK


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")
@pytest.mark.parametrize("lang, title, keep", [
    ("fi", "Varmuuskopioiden palautusavain – Työhuone Å", "Säilytä lukitussa laatikossa"),
    ("sv", "Återställningsnyckel för säkerhetskopiorna – Työhuone Å", "Förvara i en låst låda"),
    ("en", "Recovery key for the backups – Työhuone Å", "Keep it in a locked drawer"),
])
def test_the_recovery_sheet_in_each_language(tmp_path, lang, title, keep):
    key = new_key()
    sheet = tmp_path / f"avain-{lang}.pdf"
    write_sheet(sheet, "Työhuone Å", "webdav https://pilvi.example.fi /kioski", key, date(2026, 12, 7), lang)
    text = " ".join(subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert title in text and keep in text and key in text
    others = {"fi": "Säilytä", "sv": "Förvara", "en": "Keep it in a locked drawer"}
    assert not any(word in text for code, word in others.items() if code != lang)


def test_the_exchange_file_goes_to_a_folder_on_the_offsite_remote(db, db_path, clock, room, webdav):
    closing, key = room
    settings.put(db, "network_folder", "offsite:verkosto")
    webdav.stop()  # no network at the first closing of December: the door and the backup go on
    clock.set(datetime(2026, 12, 1, 16, 5, tzinfo=HELSINKI))
    assert closing.tick().ok
    closing._sending.exception(60)
    clock.advance(minutes=1)
    closing.tick()
    assert settings.get(db, "network_sent_month") == ""  # tried again at the next closing
    webdav.start()
    clock.set(datetime(2026, 12, 2, 16, 5, tzinfo=HELSINKI))
    closing.tick()
    closing._sending.exception(60)
    clock.advance(minutes=1)
    closing.tick()
    assert settings.get(db, "network_sent_month") == "2026-11"
    sent = webdav.folder / "verkosto" / f"{settings.get(db, 'room_id')}-2026-11.json"
    assert json.loads(sent.read_text(encoding="utf-8"))["month"] == "2026-11"  # plain JSON, for the coordinator
    assert not list(db_path.parent.glob("*.json"))  # the file made for the upload is gone
