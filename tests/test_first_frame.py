"""Home before the database (issue 23): a room the kiosk has started on before shows its home screen
with the name it last read, then opens the database; what goes wrong then is shown in front of it."""

import shutil
import sys

import pytest

from kiosk.app import ROOM_NAME_FILE, remember_room_name, remembered_room_name
from kiosk.db import open_database, settings
from tests.helpers import lock_held, probe_start as probe


def lines_starting(done, *prefixes):
    return [line.split()[0] for line in done.stdout.splitlines() if line.startswith(prefixes)]


def test_the_name_is_kept_at_each_start_and_a_renamed_room_keeps_its_new_name(tmp_path):
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    settings.put(db, "room_name", "Kylän työhuone")
    db.close()
    assert remembered_room_name(path) is None  # never started on: the first start opens the database first

    done = probe(path)
    assert done.returncode == 0 and lines_starting(done, "home-shown") == ["home-shown"], done.stderr
    assert remembered_room_name(path) == "Kylän työhuone"
    assert (tmp_path / f"k.sqlite{ROOM_NAME_FILE}").stat().st_mode & 0o777 == 0o600

    db = open_database(path)  # renamed while the kiosk was off (settings import, a restored backup)
    settings.put(db, "room_name", "Koko kylän työhuone")
    db.close()
    done = probe(path)
    assert done.returncode == 0 and lines_starting(done, "home-shown") == ["home-shown"], done.stderr
    assert remembered_room_name(path) == "Koko kylän työhuone"


def test_a_database_found_damaged_after_the_first_frame_gets_the_problem_screen(tmp_path):
    path = tmp_path / "k.sqlite"
    path.write_bytes(b"this is not sqlite" * 200)
    remember_room_name(path, "Kylän työhuone")
    done = probe(path)
    assert done.returncode == 0, done.stderr
    assert lines_starting(done, "home-shown", "problem-shown") == ["home-shown", "problem-shown"]
    assert "problem-shown Problem.DATABASE_CORRUPT" in done.stdout
    assert "DATABASE_CORRUPT" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")


def test_a_second_kiosk_shows_no_home_even_with_a_remembered_name(tmp_path, qapp):
    path = tmp_path / "k.sqlite"
    open_database(path).close()
    remember_room_name(path, "Kylän työhuone")
    with lock_held(path):
        done = probe(path)
    assert lines_starting(done, "home-shown", "problem-shown") == ["problem-shown"]
    assert "problem-shown Problem.DATABASE_LOCKED" in done.stdout


def test_a_retry_after_a_problem_in_front_of_home_opens_the_restored_database(tmp_path, qapp):
    from PySide6.QtCore import QLockFile, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import _open_or_explain
    from kiosk.clock import SystemClock
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.problem_screen import ProblemScreen

    path = tmp_path / "k.sqlite"
    path.write_bytes(b"this is not sqlite" * 200)
    good = tmp_path / "backup.sqlite"
    db = open_database(good)
    settings.put(db, "room_name", "Kylän työhuone")
    db.close()
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    home = MainWindow(SystemClock(), "Kylän työhuone")
    home.show()
    seen = {}

    def restore_then_retry():
        screens = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProblemScreen) and w.isVisible()]
        seen["home hidden"] = not home.isVisible()
        seen["problem shown"] = len(screens) == 1
        shutil.copy(good, path)  # the attendant restored a backup
        screens[0].retry_button.click()

    QTimer.singleShot(200, restore_then_retry)
    opened = _open_or_explain(qapp, path, True, lock, covering=home)
    try:
        assert seen == {"home hidden": True, "problem shown": True}
        assert opened is not None and settings.get(opened, "room_name") == "Kylän työhuone"
        assert lock.isLocked()  # held as long as the database is open
        assert not any(isinstance(w, ProblemScreen) and w.isVisible() for w in QApplication.topLevelWidgets())
    finally:
        if opened is not None:
            opened.close()
        lock.unlock()
        home.close()


def test_the_remembered_name_is_read_whole_or_not_at_all(tmp_path):
    path = tmp_path / "k.sqlite"
    beside = tmp_path / f"k.sqlite{ROOM_NAME_FILE}"
    beside.write_text("Kylän työhuone", encoding="utf-8")
    assert remembered_room_name(path) is None  # no database there: a first start, not an old room's home
    open_database(path).close()
    assert remembered_room_name(path) == "Kylän työhuone"
    beside.write_bytes(b"\xff\xfe garbled")
    assert remembered_room_name(path) is None
    beside.write_text("  \n", encoding="utf-8")
    assert remembered_room_name(path) is None
    remember_room_name(path, "Yhteinen työhuone")
    assert remembered_room_name(path) == "Yhteinen työhuone"
    assert [p.name for p in tmp_path.iterdir() if "writing" in p.name] == []


def test_a_name_that_cannot_be_kept_never_stops_the_kiosk(tmp_path, caplog):
    nowhere = tmp_path / "a-file" / "k.sqlite"
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    remember_room_name(nowhere, "Kylän työhuone")  # a full disk, a folder it may not write: said, not raised
    assert "not kept for the next start" in caplog.text


# Runs the kiosk as `python -m kiosk` does, saying when PySide builds QEvent.Type's Python enum
# (the first Qt event that reaches Python, in a handler or filter of ours, or an import of QEvent)
# and, as it ends, whether Python's garbage collector is on and what fontconfig's early start said.
WATCHED_START = """
import builtins, enum, gc, runpy, sys
make = enum.EnumType._create_
def create(cls, class_name, names, **kwargs):
    made = make(cls, class_name, names, **kwargs)
    if "LanguageChange" in made.__members__:
        builtins.print("qevent-types", flush=True)
    return made
enum.EnumType._create_ = create
sys.argv = ["kiosk", *sys.argv[1:]]
try:
    runpy.run_module("kiosk", run_name="__main__", alter_sys=True)
finally:
    print(f"gc-on {gc.isenabled()}", flush=True)
    warmup = sys.modules['kiosk.font_warmup']
    print(f"fontconfig-warmed {warmup.result} {warmup.began_before_qt} {warmup.waited_before_qapp}", flush=True)
"""


def watched_start(tmp_path, path):
    import os
    import subprocess
    import sys

    watch = tmp_path / "watch.py"
    watch.write_text(WATCHED_START, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1")
    return subprocess.run([sys.executable, str(watch), "--db", str(path), "--windowed"],
                          env=env, capture_output=True, text=True, timeout=60)


def test_no_qt_event_reaches_python_before_home_is_painted(tmp_path):
    """Issue 23: the first event in Python makes PySide build QEvent.Type's 179 members, 13.5 M
    instructions (~2.5 ms); home's first frame takes none (kiosk/ui/screen.py). Python's garbage
    collector, off until home is painted, is on again."""
    path = tmp_path / "k.sqlite"
    open_database(path).close()
    assert "home-shown" in probe(path).stdout  # a first start: the room's name is kept
    done = watched_start(tmp_path, path)
    assert lines_starting(done, "home-shown", "qevent-types") == ["home-shown", "qevent-types"], done.stderr[-2000:]
    assert "gc-on True" in done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig: Linux")
def test_fontconfig_reads_its_configuration_on_a_thread_while_qt_is_imported(tmp_path):
    """Issue 23: FcInit(), 3.3 ms of the cold start, begun before Qt is imported and waited for before
    the QApplication (kiosk/font_warmup.py). Fails if the warm-up silently did nothing (a changed
    _ctypes, a renamed library), began after Qt's import, or was not waited for."""
    path = tmp_path / "k.sqlite"
    open_database(path).close()
    done = watched_start(tmp_path, path)
    assert "home-shown" in done.stdout and "fontconfig-warmed 1 True True" in done.stdout, done.stdout + done.stderr[-2000:]


def test_the_garbage_collector_is_on_again_when_the_kiosk_cannot_start(tmp_path, qapp):
    path = tmp_path / "k.sqlite"
    open_database(path).close()
    with lock_held(path):  # no first frame: the problem screen waits, maybe for hours
        done = watched_start(tmp_path, path)
    assert "problem-shown Problem.DATABASE_LOCKED" in done.stdout
    assert "gc-on True" in done.stdout
