import os
import subprocess
import sys
import time

import pytest

from kiosk.__main__ import main
from kiosk.db import open_database
from tests.helpers import lock_held, probe_start as probe


def test_demo_then_export(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--people", "30", "--months", "2", "--seed", "3"]) == 0
    assert "30 people" in capsys.readouterr().out
    assert main(["demo", "--db", str(db)]) == 1  # never over real data
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "csv")]) == 0
    lines = (tmp_path / "csv" / "people.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id;uuid;first_name;last_name;card_code") and len(lines) == 31


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("kiosk ")


def test_newer_database_gives_a_clear_message_not_a_traceback(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    open_database(path).conn.execute("PRAGMA user_version = 999")
    assert main(["export", "--db", str(path), "--out", str(tmp_path)]) == 2
    assert "is from a newer kiosk (schema 999" in capsys.readouterr().err


def test_kiosk_process_starts_on_demo_data_and_shows_home(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--db", str(tmp_path / "k.sqlite"), "--demo"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    shown_at = float(done.stdout.split("home-shown ")[1])
    assert shown_at > started
    db = open_database(tmp_path / "k.sqlite")
    assert db.value("SELECT count(*) FROM people") == 120
    db.close()


def test_screenshots_of_every_screen_in_both_orientations(tmp_path, qapp):
    from kiosk.app import screenshots

    written = screenshots(tmp_path / "none-yet.sqlite", tmp_path / "shots", ("fi",), ("plain",))
    names = {p.name for p in written}
    screens = ["home", "name-empty", "name-matches", "still-there", "checked-in", "checked-out", "card-unknown", "card-garbled",
               "card-not-ours", "present", "people", "people-to-fix", "lending-start", "lending-lent", "lending-return", "lending-out", "lending-catalogue", "self-lend", "lunch", "lunch-choose", "lunch-signed-up", "lunch-list", "report", "anonymous", "anonymous-done", "situation-check", "register-name", "register-gender",
               "register-birth-year", "register-situation", "register-municipality-typed", "register-privacy",
               "register-card", "startup-problem", "staff-pin-names", "staff-pin", "closing", "visits", "attendance", "settings",
               "settings-room", "settings-hours", "settings-lunch", "settings-reports", "settings-pin", "staff-accounts",
               "staff-accounts-add", "first-start", "screen-saver"]
    for screen in screens:
        assert f"{screen}-1280x800.png" in names and f"{screen}-800x1280.png" in names
    from PySide6.QtGui import QImage

    # The other languages and looks go into folders of their own, the same screens in each.
    others = screenshots(tmp_path / "none-yet.sqlite", tmp_path / "shots", ("sv",), ("larger", "bilingual"))
    assert {p.parent.name for p in others} == {"sv-larger", "sv-bilingual"}
    assert sorted(p.name for p in others if p.parent.name == "sv-larger") == sorted(names)
    for path in written + others:  # a screen whose content is too tall would grow the window past the size
        image = QImage(str(path))
        width, height = (int(n) for n in path.stem.rsplit("-", 1)[1].split("x"))
        assert (image.width(), image.height()) == (width, height), path.name


def test_screenshots_options_take_only_known_languages_and_looks(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kiosk", "screenshots", "--db", str(tmp_path / "x.sqlite"),
                           "--out", str(tmp_path), "--language", "fi,de"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not one of fi, sv, en: 'fi,de'" in done.stderr




def test_a_corrupt_database_gives_a_screen_not_a_crash(tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 200)
    done = probe(broken)
    assert done.returncode == 0, done.stderr
    assert "problem-shown Problem.DATABASE_CORRUPT" in done.stdout
    assert "DATABASE_CORRUPT" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")


def test_a_second_kiosk_on_the_same_database_is_refused(tmp_path, qapp):
    path = tmp_path / "k.sqlite"
    open_database(path).close()
    with lock_held(path):
        done = probe(path)
    assert "problem-shown Problem.DATABASE_LOCKED" in done.stdout
    assert "home-shown" in probe(path).stdout  # free again: it starts


def test_a_staff_command_gives_way_to_the_door_and_the_kiosk_does_not(tmp_path):
    """Commands (an import beside the door) run at a lower priority than the kiosk (issue 23)."""
    import os
    import subprocess
    import sys

    probe = ("import os, sys, kiosk.__main__ as m; "
             "m._run = lambda args: print(os.nice(0)) or 0; sys.argv[1:] = {argv!r}; m.main()")
    seen = {}
    for argv in (["settings", "table"], ["--db", str(tmp_path / "k.sqlite"), "--windowed"]):
        out = subprocess.run([sys.executable, "-c", probe.format(argv=argv)], capture_output=True, text=True,
                             check=True).stdout
        seen[argv[0]] = int(out.split()[-1])
    own = os.nice(0)
    assert seen == {"settings": min(own + 10, 19), "--db": own}
