"""Fixtures for the end-to-end layer: an X server per test, the demo database, the kiosk on it."""

import os
import shutil
from pathlib import Path

import pytest

from tests.e2e.harness import Kiosk, XServer, exported, kiosk_cli, missing_tools


def pytest_collection_modifyitems(config, items):
    missing = missing_tools()
    if not missing:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"tests/e2e need {', '.join(missing)}: scripts/setup.sh installs them")
    skip = pytest.mark.skip(reason=f"needs {', '.join(missing)} (bash scripts/setup.sh installs them)")
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """Demo data once (20 people, PIN 1234); each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "room.sqlite"
    kiosk_cli("demo", "--db", str(path), "--people", "20", "--months", "1")
    return path


@pytest.fixture
def room(demo_template, tmp_path) -> Path:
    path = tmp_path / "room.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def cards(room, tmp_path) -> list[dict]:
    """The people and their card codes, as `kiosk export` gives them (people not in the room now)."""
    people, visits = exported(room, tmp_path / "before")
    inside = {v["person_id"] for v in visits if not v["check_out"]}
    return [p for p in people if p["id"] not in inside]


@pytest.fixture
def xserver():
    server = XServer()
    yield server
    server.stop()


@pytest.fixture
def desktop():
    """An X server with openbox: focus, full screen and Alt+F4 as on a desktop kiosk."""
    server = XServer(wm=True)
    yield server
    server.stop()


@pytest.fixture
def start_kiosk(tmp_path):
    started: list[Kiosk] = []

    def start(xserver, db, **options) -> Kiosk:
        kiosk = Kiosk(xserver, db, **options)
        started.append(kiosk)
        return kiosk

    yield start
    for kiosk in started:
        kiosk.stop()
        if kiosk.errors and any("Traceback" in line for line in kiosk.errors):
            print("\n".join(kiosk.errors[-40:]))
