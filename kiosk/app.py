"""Wiring: the Qt application, the database, the services and the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.clock import SystemClock
from kiosk.db import Database, open_database, settings
from kiosk.paths import ASSETS
from kiosk.ui.main_window import MainWindow, Timings

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("yhteinen-tyohuone")
    QCoreApplication.setApplicationName("kiosk")
    # Finnish first: dates, times and numbers as a Finn reads them until a visitor picks a language.
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    app.setStyleSheet((ASSETS / "style.qss").read_text(encoding="utf-8"))
    return app


def default_db_path() -> Path:
    application()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "kiosk.sqlite"


def timings_from_settings(db: Database) -> Timings:
    """Idle and confirmation times from the room's settings, where staff have set them."""
    def seconds(key: str, default: int) -> int:
        text = settings.get(db, key, str(default))
        return int(text) if text.isdigit() and 0 < int(text) < 3600 else default

    return Timings(idle_ms=seconds("idle_seconds", 45) * 1000, result_ms=seconds("confirmation_seconds", 6) * 1000)


def home_window(db: Database, clock, timings: Timings | None = None) -> MainWindow:
    """The window with only its home screen: what start-up shows first."""
    room_name = settings.get(db, "room_name", "Yhteinen työhuone")
    return MainWindow(clock, room_name, timings or timings_from_settings(db))


def attach_services(window: MainWindow, db: Database, clock) -> None:
    from kiosk.checkin import CheckinService
    from kiosk.people import PeopleService

    window.attach(CheckinService(db, clock), PeopleService(db, clock))


def main_window(db: Database, clock, timings: Timings | None = None) -> MainWindow:
    window = home_window(db, clock, timings)
    attach_services(window, db, clock)
    return window


def run(db_path: Path | None, windowed: bool, demo: bool) -> int:
    app = application()
    db_path = db_path or default_db_path()
    clock = SystemClock()
    db = open_database(db_path)
    if demo:
        from kiosk import demo as demo_data
        from kiosk.db import bulk

        if bulk.is_empty(db):
            demo_data.fill(db, clock)
    window = home_window(db, clock)
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        # Without a window manager showFullScreen() keeps the natural size: take the screen's too.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    if os.environ.get("KIOSK_STARTUP_PROBE"):
        # benchmarks/: the moment the home screen is on screen, as a CLOCK_MONOTONIC reading.
        QTimer.singleShot(0, lambda: print(f"home-shown {time.monotonic():.6f}", flush=True))
    # The rest of the kiosk is built once home is on screen; scans typed meanwhile wait in the queue.
    QTimer.singleShot(0, lambda: attach_services(window, db, clock))
    if os.environ.get("KIOSK_STARTUP_PROBE"):
        QTimer.singleShot(0, app.quit)
    log.info("kiosk started on %s", db_path)
    try:
        return app.exec()
    finally:
        db.close()
