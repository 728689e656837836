"""Wiring: the Qt application, the database, the services and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

# Ours before Qt, on purpose. Once PySide6 is imported it reads the whole source of every module an
# import statement names, once each, to see whether it uses PySide (its __feature__ check,
# PYSIDE-2029): zoneinfo's and the other standard modules' imported here after Qt cost the cold
# start ~2-4 ms before home was on screen (issue 23). The database's modules come after home.
from kiosk import font_warmup
from kiosk.clock import SystemClock
from kiosk.paths import ASSETS
from kiosk.ui.main_window import MainWindow  # the first of ours that imports Qt

from PySide6.QtCore import QCoreApplication, QLocale, QLockFile, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

if TYPE_CHECKING:
    from kiosk.db import Database
    from kiosk.ui.window_settings import Registration, Timings

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    font_warmup.wait()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("yhteinen-tyohuone")
    QCoreApplication.setApplicationName("kiosk")
    # Finnish first: dates, times and numbers as a Finn reads them until a visitor picks a language.
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    if sys.platform == "win32" and not app.styleSheet():
        # Windows has no DejaVu Sans: the screens were laid out and tested with it, so bring it.
        from PySide6.QtGui import QFont, QFontDatabase

        for font in sorted((ASSETS / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        app.setFont(QFont("DejaVu Sans"))
    if not app.styleSheet():
        # Once: setting it again re-polishes every widget of every window there is.
        app.setStyleSheet((ASSETS / "style.qss").read_text(encoding="utf-8"))
    return app


def default_db_path() -> Path:
    from PySide6.QtCore import QStandardPaths  # only here: its 23-member enum costs the start ~0.5 ms

    application()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "kiosk.sqlite"


def timings_from_settings(db: Database) -> Timings:
    """Idle, confirmation, staff-lock and screen-saver times and the scanner's pace from the room's
    settings."""
    from kiosk import settings_catalog
    from kiosk.ui.window_settings import Timings

    return Timings.from_settings(lambda key: settings_catalog.get(db, key))


def home_window(db: Database, clock, timings: Timings | None = None) -> MainWindow:
    """The window with only its home screen; its times are ``timings``, or the room's, which
    attach_services() gives it."""
    from kiosk import settings_catalog

    return MainWindow(clock, settings_catalog.get(db, "room_name"), timings)


def registration_from_settings(db: Database) -> Registration:
    """Which optional questions this room asks (funders differ), its municipality, its notice."""
    from kiosk import settings_catalog
    from kiosk.ui.language import privacy_notices
    from kiosk.ui.window_settings import Registration

    return Registration(
        situation_check_months=settings_catalog.get(db, "situation_check_months"),
        questions=settings_catalog.get(db, "registration_questions"),
        home_municipality=settings_catalog.get(db, "room_municipality"),
        privacy_notices=privacy_notices(),
    )


def attach_services(window: MainWindow, db: Database, clock, languages=None, camera: str | None = None):
    """Build the services and the rest of the window (with the room's times, if it was built without
    them); returns the closing-time service, which the kiosk ticks every minute."""
    from kiosk import settings_catalog
    from kiosk.activities import ActivityService
    from kiosk.attendance import AttendanceService
    from kiosk.checkin import CheckinService
    from kiosk.closing import ClosingService
    from kiosk.lending import LendingService
    from kiosk.lunch import LunchService
    from kiosk.people import PeopleService
    from kiosk.room_setup import RoomSettings
    from kiosk.scanner_settings import ScannerSettings
    from kiosk.staff import StaffService
    from kiosk.staff_access import StaffAccess, StaffSession

    # Who is signed in to staff mode: every service that writes the audit log names them.
    session = StaffSession()
    access = StaffAccess(db, clock, session)
    exports = db.path.parent / "exports"
    staff = StaffService(db, clock, exports=exports, session=session)
    checkin, lending, lunch = CheckinService(db, clock), LendingService(db, clock), LunchService(db, clock)
    closing = ClosingService(db, clock, checkin, lending, lunch, session=session)
    window.attach(checkin, PeopleService(db, clock, session), staff, lending, lunch, access, closing,
                  RoomSettings(db, clock, access), registration_from_settings(db),
                  self_service_lending=settings_catalog.get(db, "self_service_lending"),
                  print_lunch_list=lambda day: staff.lunch_list_pdf(day), languages=languages,
                  camera=settings_catalog.get(db, "camera") if camera is None else camera,
                  scanner=ScannerSettings(db, clock, session), attendance=AttendanceService(db, clock, session),
                  activities=ActivityService(db, clock), timings=timings_from_settings(db))
    return closing


def closing_time(closing) -> None:
    """Every minute: visits left open after closing are closed, and the day's backup is made."""
    try:
        run = closing.tick()
    except Exception:
        log.exception("closing-time run failed; tried again in a minute")
        return
    if run is not None:
        log.info("daily backup: %s", run.file if run.ok else f"FAILED: {run.message}")


def check_integrity(window: MainWindow, db: Database) -> None:
    """integrity_check at start, on a thread of its own (a large file takes seconds, and the door
    must not wait): a damaged file is logged and shown, and staff know to restore a backup."""
    import threading

    from kiosk.db.copy import integrity_ok
    from kiosk.errors import KioskError, Problem

    # A daemon thread, not an executor's: Python waits for an executor's threads at exit, so
    # "Sulje kioski" would hang until the check of a large file had finished (58 s seen on the
    # benchmark's 300 MB file on a busy machine). Reading is all it does; leaving it is harmless.
    found: list[bool] = []
    threading.Thread(target=lambda: found.append(integrity_ok(db.path)), name="integrity_check", daemon=True).start()
    poll = QTimer(window, interval=100)

    def done() -> None:
        if not found:
            return
        poll.stop()
        if found[0]:
            log.info("integrity_check: ok")
        else:
            log.error("integrity_check failed on %s: restore a backup (kiosk restore)", db.path)
            window.show_problem(KioskError(Problem.DATABASE_CORRUPT, "integrity_check"))

    poll.timeout.connect(done)
    poll.start()


def start_kiosk(app, window: MainWindow, db: Database, clock, windowed: bool) -> None:
    """Build the rest once home is on screen: the services, the first-start setup when the room
    has none, the lock-down, the minute ticker of closing time, and the calm fault handler."""
    from kiosk import settings_catalog
    from kiosk.ui.language import Languages

    # The room's language (setting "language": fi, sv or en); a visitor's choice lasts their visit.
    closing = attach_services(window, db, clock, Languages(settings_catalog.get(db, "language"),
                                                           bilingual=settings_catalog.get(db, "bilingual_help")))
    remember_room_name(db.path, settings_catalog.get(db, "room_name"))
    window.locked_down = not windowed
    if window.locked_down:
        window.keep_in_front()
    if os.environ.get("KIOSK_E2E_EVENTS"):
        from kiosk.ui import probe

        probe.install(window)
    if settings_catalog.get(db, "read_aloud"):
        # A while after start: finding the voices takes speech-dispatcher 1.5-2 s (on its own thread).
        QTimer.singleShot(3000, window, lambda: _read_aloud(window))  # not after the window is gone
    if window.needs_setup():
        window.first_start()
    check_integrity(window, db)
    minute = QTimer(window, interval=60_000)
    minute.timeout.connect(lambda: closing_time(closing))
    minute.start()
    closing_time(closing)

    def fault(kind, value, traceback) -> None:
        # A fault of ours: in the log with its traceback, a calm word on screen, back home. Never
        # an exit to the desktop.
        log.error("unexpected error", exc_info=(kind, value, traceback))
        QTimer.singleShot(0, lambda: window.show_fault())

    sys.excepthook = fault


def _read_aloud(window: MainWindow) -> None:
    from kiosk.ui.speech import ReadAloud

    window.use_speech(ReadAloud(parent=window))


def retention(db: Database, clock) -> None:
    from kiosk.privacy import apply_retention

    try:
        run = apply_retention(db, clock)
    except Exception:
        log.exception("retention run failed; it is tried again tomorrow")
        return
    if run.kept_until:
        log.info("retention: nobody erased, data kept for audit until %s", run.kept_until)
    else:
        log.info("retention: %d people erased after the retention time", run.erased)


def main_window(db: Database, clock, timings: Timings | None = None, languages=None) -> MainWindow:
    """The whole window (tests, screenshots): no lock-down, no timers of the kiosk's own, no camera."""
    window = home_window(db, clock, timings)
    attach_services(window, db, clock, languages, camera="none")
    return window


def _show(app, window, windowed: bool) -> None:
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        # Without a window manager showFullScreen() keeps the natural size: take the screen's too.
        window.setGeometry(app.primaryScreen().geometry())
        # Frameless: no title bar to close or move; the window manager's close is ignored too.
        from PySide6.QtCore import Qt

        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()


class _EarlyRecords(logging.Handler):
    """What is logged before the log file is opened: kept, then written to it. The file's module
    (logging.handlers, with socket and queue) costs the kiosk's start ~10 ms before home is on
    screen (issue 23), so the file is opened just after."""

    def __init__(self):
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _log_to_file(db_path: Path) -> None:
    """A rotating log beside the database (5 files of 1 MB): what went wrong, with tracebacks;
    with what was logged before it was opened."""
    from logging.handlers import RotatingFileHandler

    path = str((db_path.parent / "kiosk.log").absolute())
    if any(isinstance(h, RotatingFileHandler) and h.baseFilename == path for h in logging.getLogger().handlers):
        return  # opened already (a start that was retried)
    early = next((h for h in logging.getLogger().handlers if isinstance(h, _EarlyRecords)), None)
    if early is not None:
        logging.getLogger().removeHandler(early)

    try:
        handler = RotatingFileHandler(db_path.parent / "kiosk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as error:  # a folder it may not write: the start-up screen says so, the log cannot
        log.error("no log file beside the database: %s", error)
        return
    for old in db_path.parent.glob("kiosk.log*"):  # made before the kiosk's umask (kiosk/__main__.py)
        try:
            old.chmod(0o600)
        except OSError:
            pass
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    for record in early.records if early is not None else ():
        handler.handle(record)


def _open_or_explain(app, db_path: Path, windowed: bool, lock: QLockFile, covering=None) -> Database | None:
    """The database, with its lock held, or a screen saying what is wrong and offering to try again
    (in front of ``covering``, the first frame, which is hidden). None: the person gave up."""
    from kiosk.db import open_database
    from kiosk.errors import KioskError, Problem

    while True:
        problem = None
        if not lock.isLocked() and not lock.tryLock(200):
            # A folder it may not write is not "another kiosk".
            denied = lock.error() == QLockFile.LockError.PermissionError
            problem = Problem.READ_ONLY if denied else Problem.DATABASE_LOCKED
        else:
            try:
                return open_database(db_path, for_writing=True)  # the lock is held as long as the database is open
            except KioskError as error:
                problem = error.problem
                lock.unlock()
            except OSError:
                log.exception("cannot open %s", db_path)
        gc.enable()  # off since the start (kiosk/__main__.py main): the kiosk may wait here a long time
        log.error("kiosk cannot start on %s: %s", db_path, problem)
        _log_to_file(db_path)  # now, with what came before: the kiosk may not get further
        from PySide6.QtCore import QEventLoop

        from kiosk.ui.problem_screen import ProblemScreen  # only now: not on every start (issue 23)

        screen = ProblemScreen(problem, str(db_path))
        waiting = QEventLoop()  # a loop of its own: the application's is running (run() opens from it)
        retried = []
        screen.retry.connect(lambda: (retried.append(True), waiting.quit()))
        _show(app, screen, windowed)
        if covering is not None:
            covering.hide()  # hidden, not closed: closing the last window would end the kiosk
        if os.environ.get("KIOSK_STARTUP_PROBE"):
            QTimer.singleShot(0, lambda: (print(f"problem-shown {problem}", flush=True), app.quit()))
        waiting.exec()
        if not retried:
            return None
        screen.hide()  # the same: the kiosk's own window is shown before this one goes
        screen.deleteLater()


ROOM_NAME_FILE = ".room-name"  # beside the database: "kiosk.sqlite.room-name"


def remembered_room_name(db_path: Path) -> str | None:
    """The room's name as the kiosk last read it from this database (kept in a file beside it by
    remember_room_name), for the first frame before the database is opened; None when there is no
    database or no such file (a first start, a database never started on, ``--demo``)."""
    try:
        if not db_path.is_file():
            return None
        return Path(str(db_path) + ROOM_NAME_FILE).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def remember_room_name(db_path: Path, name: str) -> None:
    """Kept for the next start's first frame. A renamed room or a restored backup shows the old name
    on that frame only (~30 ms): attach_services() then shows the name the settings read."""
    path = Path(str(db_path) + ROOM_NAME_FILE)
    if remembered_room_name(db_path) == name.strip():
        return
    from kiosk.output_files import written_whole

    try:
        with written_whole(path) as temporary:
            temporary.write_text(name, encoding="utf-8")
    except OSError as error:  # a full disk: the next start opens the database first, as before
        log.warning("the room's name was not kept for the next start: %s", error)


def when_painted(window, then) -> None:
    """``then()`` once ``window`` has been painted on its screen, from the event loop (never at
    once). Qt paints a window while it handles the window's expose event, which comes from the
    window system after show(): a timer that finds the window exposed runs after that first paint.
    (A zero timer straight after show() runs before it, in the same pass of the event loop.) Not
    exposed after ~2 s (another window over it, a window manager that never maps it): ``then()``
    all the same."""

    def look(tries: int) -> None:
        handle = window.windowHandle()
        if (handle is not None and handle.isExposed()) or tries >= 1000:
            then()
        else:  # an X server's expose may take a few ms: then every 2 ms, not to spin
            QTimer.singleShot(0 if tries < 20 else 2, lambda: look(tries + 1))

    QTimer.singleShot(0, lambda: look(0))


def _once_painted(window: MainWindow, *work) -> None:
    """Each of ``work`` once ``window`` is painted, in this order, each in its own turn of the loop."""
    when_painted(window, lambda: [QTimer.singleShot(0, each) for each in work])


def _say_home_painted() -> None:
    if os.environ.get("KIOSK_STARTUP_PROBE") or os.environ.get("KIOSK_E2E_EVENTS"):
        # benchmarks/ and tests/e2e: the moment the home screen is painted, as a CLOCK_MONOTONIC reading.
        print(f"home-shown {time.monotonic():.6f}", flush=True)


def _show_home(app, window: MainWindow, windowed: bool, *then) -> None:
    """Home on screen; once it is painted, the probe's line, the early keys held, the garbage
    collector on again (off since kiosk/__main__.py main), then ``then``."""
    _show(app, window, windowed)
    _once_painted(window, _say_home_painted, window.painted, gc.enable, *then)


def run(db_path: Path | None, windowed: bool, demo: bool) -> int:
    app = application()
    # Resolved: a symlink to the database is the same database, with the same lock beside it.
    db_path = (db_path or default_db_path()).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    logging.getLogger().addHandler(_EarlyRecords())  # the log file is opened once home is on screen
    clock = SystemClock()
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)  # a lock left by a killed kiosk is taken over (its process is gone)
    shown: list[MainWindow] = []  # held here: a window Python no longer refers to is deleted
    opened: list[Database] = []
    name = None if demo else remembered_room_name(db_path)
    if name is not None:
        # Home before the database is opened, with the room's name as the kiosk last read it:
        # sqlite3's import, opening the file and the schema's checks came to 14 M instructions
        # (valgrind), 3-6 ms here, of the cold start (issue 23). A problem found when it opens is
        # shown in front of it, as before. The lock is taken meanwhile, on a thread: QLockFile
        # writes its file durably (fdatasync: 0.3-2 ms here, more on a kiosk's memory card), with
        # Python free to build home. Home is shown only with the lock held: a second kiosk never
        # shows it.
        taking = threading.Thread(target=lambda: lock.tryLock(200))
        taking.start()
        shown.append(MainWindow(clock, name))  # shown now, or after a problem screen's retry
        taking.join()

    def start() -> None:
        _open_and_start(app, db_path, windowed, demo, clock, lock, shown, opened)

    if shown and lock.isLocked():
        _show_home(app, shown[0], windowed, start)  # home on screen first, then the database
    else:
        QTimer.singleShot(0, start)
    try:
        return app.exec()
    finally:
        for db in opened:
            db.close()
        lock.unlock()


def _open_and_start(app, db_path: Path, windowed: bool, demo: bool, clock, lock: QLockFile,
                    shown: list[MainWindow], opened: list[Database]) -> None:
    """Open the database (or explain why not), show home if the first frame did not, then build the
    rest of the kiosk once home is on screen."""
    db = _open_or_explain(app, db_path, windowed, lock, covering=shown[0] if shown and shown[0].isVisible() else None)
    if db is None:
        app.exit(0)
        return
    opened.append(db)
    if demo:
        from kiosk import demo as demo_data
        from kiosk.db import bulk

        if bulk.is_empty(db):
            demo_data.fill(db, clock)
    if not shown:
        shown.append(home_window(db, clock))
    window = shown[0]
    # The rest of the kiosk is built once home is on screen; then people past the retention time
    # are erased, and again every day.
    work = [lambda: start_kiosk(app, window, db, clock, windowed), lambda: retention(db, clock)]
    daily = QTimer(window, interval=24 * 3600 * 1000)
    daily.timeout.connect(lambda: retention(db, clock))
    daily.start()
    if os.environ.get("KIOSK_STARTUP_PROBE"):
        work.append(lambda: app.exit(0))  # exit, not quit: quit asks the locked-down window to close
    if os.environ.get("KIOSK_SCAN_SCRIPT"):
        # tests/test_durability.py: scans typed in from a file while the process is killed.
        from kiosk.ui.scan_feeder import feed

        work.append(lambda: feed(window, Path(os.environ["KIOSK_SCAN_SCRIPT"])))
    # Last of the first moment's work (after the scan path is built); what was logged so far goes
    # into the file too.
    work.append(lambda: _log_to_file(db_path))
    if window.isVisible():
        _once_painted(window, *work)
    else:  # no first frame, or it gave way to a problem screen that was retried
        _show_home(app, window, windowed, *work)
    log.info("kiosk started on %s", db_path)


def screenshots(db_path: Path, out_dir: Path, languages=None, looks=None) -> list[Path]:
    """Every screen as a PNG at 1280x800 and 800x1280, offscreen, on a copy of the database (the
    check-ins made for the pictures stay out of the room's real file): in each language, and each in
    larger text, high contrast and bilingual help. The room's own Finnish goes straight into
    ``out_dir``, the others into folders of their own (``sv``, ``fi-larger``, ``en-bilingual``)."""
    import tempfile
    from datetime import datetime, time

    from kiosk import demo
    from kiosk.clock import HELSINKI, FixedClock, local
    from kiosk.db import bulk, open_database
    from kiosk.db.copy import copy_database
    from kiosk.ui.language import Languages
    from kiosk.ui.screenshots import LANGUAGES, LOOKS, SIZES, folder, variants, walk

    app = application()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.sqlite"
        if db_path.exists():
            copy_database(db_path, template)
        db = open_database(template)
        clock = FixedClock(SystemClock().now())
        if bulk.is_empty(db):
            # Fresh demo data at a busy late morning, so the pictures look like a day in the room.
            clock.set(datetime.combine(local(clock.now()).date(), time(11, 0), HELSINKI))
            demo.fill(db, clock)
        db.close()
        start = clock.now()
        for code, look in variants(languages or LANGUAGES, looks or LOOKS):
            where = out_dir / folder(code, look)
            where.mkdir(parents=True, exist_ok=True)
            chosen = Languages("fi", bilingual=look == "bilingual")
            for width, height in SIZES:
                # Each picture set on its own copy at the same moment: every variant shows the same day.
                copy = Path(tmp) / f"{code}-{look}-{width}.sqlite"
                copy_database(template, copy)
                db = open_database(copy)
                clock.set(start)
                chosen.use("fi")  # a window is built in Finnish, then the visitor picks a language
                window = main_window(db, clock)
                window.resize(width, height)
                window.show()
                chosen.use(code)  # as a visitor's tap on home
                window.home.larger_text.setChecked(look == "larger")
                window.home.high_contrast.setChecked(look == "contrast")
                for name in walk(window, clock):
                    # Twice: a layout that resizes a scroll area's contents asks for another pass,
                    # and one pass caught the lending screen's items piled on each other.
                    app.processEvents()
                    app.processEvents()
                    path = where / f"{name}-{width}x{height}.png"
                    window.grab().save(str(path))
                    written.append(path)
                window.close()
                window.deleteLater()
                app.processEvents()
                db.close()
                written.append(_problem_picture(app, where, width, height))
            chosen.close()
    return written


def _problem_picture(app, out_dir: Path, width: int, height: int) -> Path:
    from kiosk.errors import Problem
    from kiosk.ui.problem_screen import ProblemScreen

    screen = ProblemScreen(Problem.DATABASE_CORRUPT, "/srv/tyohuone/kiosk.sqlite")
    screen.resize(width, height)
    screen.show()
    app.processEvents()
    path = out_dir / f"startup-problem-{width}x{height}.png"
    screen.grab().save(str(path))
    screen.close()
    return path
