import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from kiosk.checkin import CheckinService  # noqa: E402
from kiosk.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.db import open_database  # noqa: E402
from kiosk.people import PeopleService  # noqa: E402

# A Tuesday morning in Helsinki, in winter time (UTC+2).
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=HELSINKI)


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
