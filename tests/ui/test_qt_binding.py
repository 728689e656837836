"""The Qt binding itself must not leak: PySide6 6.12.0 on Python 3.11 lost a reference to None on
every call returning nothing, and the kiosk aborted after ~80 scans or an hour idle."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_lose_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Tervetuloa")
        label.update()
    assert sys.getrefcount(None) >= before - 50
