import pytest
from PySide6.QtCore import Qt

from kiosk.app import application, main_window
from kiosk.ui.window_settings import Timings


@pytest.fixture
def make_window(qtbot, db, clock):
    def make(idle_ms=60_000, result_ms=60_000, database=None, still_there_ms=100, tap_guard_ms=0, **timings):
        timings["still_there_ms"] = still_there_ms  # "Oletko vielä siellä?" asks briefly in tests
        timings["tap_guard_ms"] = tap_guard_ms  # tests tap at machine pace; the guard's own tests set it
        application()
        window = main_window(database or db, clock, Timings(idle_ms=idle_ms, result_ms=result_ms, **timings))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no window outlives its test
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()
