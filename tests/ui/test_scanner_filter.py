"""The scanner filter on its own: any burst ended by Enter is one scan, exactly as typed."""

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.ui.scanner import ScanFilter
from tests.helpers import device_event, enter, key_for, press


@pytest.fixture
def watch():
    """Install a scanner filter on a field, and take it away after the test."""
    installed = []

    def install(field, **options):
        scanner = ScanFilter(field, **options)
        QApplication.instance().installEventFilter(scanner)
        installed.append(scanner)
        return scanner

    yield install
    for scanner in installed:
        if shiboken6.isValid(scanner):
            QApplication.instance().removeEventFilter(scanner)


printable = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=6, max_size=300)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60, deadline=None)
@given(burst=printable)
def test_any_fast_burst_with_enter_is_one_scan_and_types_nothing(qtbot, watch, burst):
    burst = "".join(ch for ch in burst if ch.isprintable())
    if len(burst) < 6:
        return
    field = QLineEdit()
    qtbot.addWidget(field)
    scanner = watch(field)
    with qtbot.waitSignal(scanner.scanned) as signal:
        # Stamped with a scanner's 2 ms pace: a pause of the busy test machine between two of
        # these calls is not a pause of the scanner's (the filter reads the events' own time).
        for ch in burst:
            QApplication.sendEvent(field, device_event(QEvent.Type.KeyPress, key_for(ch), Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(field, device_event(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
    assert signal.args == [burst]
    assert field.text() == ""


def test_short_burst_goes_to_the_field_in_order(qtbot, watch):
    field = QLineEdit()
    qtbot.addWidget(field)
    scanner = watch(field)
    with qtbot.assertNotEmitted(scanner.scanned):
        for ch in "Åsa":
            press(field, ch)
        enter(field)
    assert field.text() == "Åsa"


def test_slow_keys_are_released_in_order_when_the_typist_pauses(qtbot, watch):
    field = QLineEdit()
    qtbot.addWidget(field)
    ticks = iter([0.0, 0.01, 0.02, 0.5, 0.51, 0.52, 0.53, 0.54, 0.55])
    now = [0.0]
    watch(field, now=lambda: now[0])
    for ch in "abcdefgh":
        now[0] = next(ticks)
        press(field, ch)
    # the pause after 'c' handed "abc" to the field; "defgh" is still held for its own burst
    assert field.text() == "abc"
    qtbot.waitUntil(lambda: field.text() == "abcdefgh")
