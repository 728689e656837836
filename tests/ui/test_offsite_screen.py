"""The off-site copy's staff screen, driven as an attendant does on a touch-only tablet: reached
from Asetukset › Kioski, everything typed on its own keyboard, "Testaa yhteys" against a real
WebDAV server on 127.0.0.1 (wrong password, then right), saved, "Tee kopio nyt"; a server that
never answers is given up on after the time limit while the screen stays usable."""

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import offsite_secret
from kiosk.db import settings
from kiosk.ui import offsite_screen
from tests.helpers import enter_staff
from tests.test_offsite import PASSWORD, USER, pytestmark, webdav  # noqa: F401


def _type(screen, field, text):
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)  # a tap brings the keyboard up for this field
    board = screen.keyboard
    assert board.isVisible() and board.target is field
    for ch in text:
        wants_capital = ch.isalpha() and ch.isupper()
        if board.shift.isChecked() != wants_capital:
            board.shift.click()
        board.keys[ch.upper() if ch.isalpha() else (" " if ch == " " else ch)].click() if ch != " " else board.space.click()
    assert field.text() == text


def _to_screen(window):
    enter_staff(window)
    window.present.settings_button.click()
    window.settings.group_buttons["network"].click()
    window.settings.groups["network"].offsite_button.click()
    assert window.current() is window.offsite
    return window.offsite


def test_set_up_test_save_and_copy_now_from_the_screen(window, db, qtbot, webdav, tmp_path):
    screen = _to_screen(window)
    assert not screen.save.isEnabled() and not screen.push.isEnabled()
    screen.kinds["webdav"].click()
    _type(screen, screen.url, webdav.url)
    _type(screen, screen.user, USER)
    _type(screen, screen.secret, "Väärä")  # ⇧ for the capital
    _type(screen, screen.path, "kioski")
    screen.test.click()
    assert screen.message.text() == "Testataan yhteyttä…"  # at once: the test runs on its own thread
    qtbot.waitUntil(lambda: screen.test.isEnabled(), timeout=20_000)
    assert "ei hyväksynyt käyttäjää tai salasanaa" in screen.message.text()
    assert not screen.save.isEnabled()
    screen.secret.clear()
    _type(screen, screen.secret, PASSWORD)
    screen.test.click()
    qtbot.waitUntil(lambda: screen.test.isEnabled(), timeout=20_000)
    assert screen.message.text().startswith("Yhteys toimii") and screen.save.isEnabled()
    screen.every.plus.click()
    screen.save.click()
    assert offsite_secret.load(db.path) == PASSWORD and settings.get(db, "offsite_secret") == ""
    assert settings.get(db, "offsite_url") == webdav.url and settings.get(db, "offsite_every_hours") == "1"
    assert screen.secret.text() == "" and "tallessa" in screen.secret.placeholderText()
    # The room had no recovery key: one is made, and its sheet printed at once (a stand-in lp here).
    qtbot.waitUntil(lambda: "Palautusavain" in screen.message.text(), timeout=10_000)
    assert screen.message.text().startswith("Palautusavain tulostettiin.")
    assert "palautusavain-" in (tmp_path / "lp-jobs.txt").read_text(encoding="utf-8")
    assert screen.push.isEnabled()
    screen.push.click()
    qtbot.waitUntil(lambda: screen.message.text() == "Etäkopio tehty.", timeout=30_000)
    assert "Viimeisin onnistunut etäkopio: " in screen.last.text() and "ei vielä" not in screen.last.text()
    assert len(list((webdav.folder / "kioski").glob("kiosk-*.sqlite.bin"))) == 1
    screen.back_button.click()
    assert window.current() is window.settings and window.settings.current_group().group == "network"


def test_a_server_that_never_answers_is_given_up_on(window, qtbot, monkeypatch):
    monkeypatch.setattr(offsite_screen, "TEST_LIMIT", 1)
    with socket.socket() as silent:  # accepts connections and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        screen = _to_screen(window)
        screen.kinds["s3"].click()  # S3 names its fields as S3 does
        assert [screen.labels[n].text() for n in ("user", "secret", "path")] == ["Access key", "Secret key", "Ämpäri/kansio"]
        screen.kinds["sftp"].click()
        assert screen.labels["secret"].text() == "Salasana"
        screen.url.setText(f"127.0.0.1:{silent.getsockname()[1]}")
        screen.secret.setText("x")
        screen.test.click()
        screen.back_button.click()  # the attendant need not wait
        assert window.current() is window.settings
        qtbot.waitUntil(lambda: screen.test.isEnabled(), timeout=15_000)
    assert "Palvelimeen ei saatu yhteyttä" in screen.message.text()
