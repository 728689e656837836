"""The off-site screen through a real X server (issue 22's rest): the attendant goes Asetukset ›
Varmuuskopiot ja verkko › Etäkopiot with taps, types the remote on a USB keyboard (the on-screen
keyboard steps aside), taps "Testaa yhteys" against a real WebDAV server on 127.0.0.1 and then
"Tallenna"; the password lands in the file beside the database, not in it."""

import sqlite3
import time

from kiosk import offsite_secret
from tests.test_offsite import PASSWORD, USER, pytestmark, webdav  # noqa: F401


def hints(widgets):
    return [h.text for h in widgets.get("hint", [])]


def said(kiosk, test, timeout=20):
    """The screen as it is once ``test`` holds: the kiosk prints its widgets after a key, so a
    glance is a Shift pressed and let go (no text: the fields and the keyboard ignore it)."""
    deadline = time.monotonic() + timeout
    while True:
        kiosk.key("shift")
        time.sleep(0.2)
        widgets = kiosk.widgets("offsite")
        if test(widgets) or time.monotonic() > deadline:
            return widgets


def test_the_attendant_sets_the_remote_tests_it_and_saves_it(xserver, room, start_kiosk, webdav):
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    kiosk.enter_staff()
    kiosk.tap(kiosk.button("Asetukset", screen="present"))
    kiosk.tap(kiosk.button("Varmuuskopiot ja verkko", screen="settings"))
    kiosk.tap(kiosk.button("Etäkopiot ›", screen="settings"))
    kiosk.wait_for("screen offsite")
    url, user, secret, folder = kiosk.widgets("offsite")["field"][:4]
    for field, text in ((url, webdav.url), (user, USER), (secret, PASSWORD), (folder, "kioski")):
        kiosk.tap(field)
        kiosk.type(text)  # a person at a USB keyboard (faster, and the scanner filter takes it for a scan)
    kiosk.tap(kiosk.button("Testaa yhteys", screen="offsite"))
    widgets = said(kiosk, lambda w: any(h.startswith("Yhteys toimii") for h in hints(w)))
    assert any(h.startswith("Yhteys toimii") for h in hints(widgets)), hints(widgets)
    kiosk.tap(kiosk.button("Tallenna", screen="offsite"))
    widgets = said(kiosk, lambda w: any("Palautusavain" in h for h in hints(w)))
    assert any("Palautusavain" in h for h in hints(widgets)), hints(widgets)  # a new key: its sheet printed
    assert offsite_secret.load(room) == PASSWORD
    db = sqlite3.connect(f"file:{room}?mode=ro", uri=True)
    try:
        saved = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'offsite_%'").fetchall())
    finally:
        db.close()
    assert saved["offsite_url"] == webdav.url and saved["offsite_user"] == USER and saved["offsite_path"] == "kioski"
    assert PASSWORD not in saved.values()
