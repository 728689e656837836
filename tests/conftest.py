import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from kiosk.checkin import CheckinService  # noqa: E402
from kiosk.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.db import open_database  # noqa: E402
from kiosk.people import PeopleService  # noqa: E402

# A Tuesday morning in Helsinki, in winter time (UTC+2).
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=HELSINKI)


FAKE_CUPS = os.path.join(os.path.dirname(__file__), "fake_cups")


@pytest.fixture(autouse=True)
def no_real_printer(monkeypatch, tmp_path):
    """No test prints on the machine's printer (issue 20): stand-ins for lp and lpstat come first
    on PATH (tests/fake_cups), and write each job's arguments to FAKE_LP_LOG."""
    monkeypatch.setenv("PATH", FAKE_CUPS + os.pathsep + os.environ.get("PATH", ""))
    monkeypatch.setenv("FAKE_LP_LOG", str(tmp_path / "lp-jobs.txt"))


@pytest.fixture(autouse=True)
def no_window_timer_outlives_its_test():
    """A window left by a test (closed, not yet deleted) must not fire its timers in the next one:
    its "Oletko vielä siellä?" ran go_home on a closed database in whatever test came next."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app is not None else ():
        for timer in widget.findChildren(QTimer):
            timer.stop()


@pytest.fixture
def clock():
    return FixedClock(TUESDAY_10)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kiosk.sqlite"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def people(db, clock):
    return PeopleService(db, clock)


@pytest.fixture
def checkin(db, clock):
    return CheckinService(db, clock)
