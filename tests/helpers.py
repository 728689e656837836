"""Acting on the kiosk as a person or a scanner would."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def key_for(ch: str) -> int:
    if ch.isascii() and ch.isalnum():
        return getattr(Qt.Key, f"Key_{ch.upper()}")
    return Qt.Key.Key_unknown


def press(target, ch: str) -> None:
    """One key press with its text: works for å ä ö, which QTest.keyClicks cannot send."""
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key_for(ch), Qt.KeyboardModifier.NoModifier, ch))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key_for(ch), Qt.KeyboardModifier.NoModifier, ch))


def enter(target) -> None:
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))


def scan(target, code: str) -> None:
    """A USB scanner: the whole code and Enter within microseconds."""
    for ch in code:
        press(target, ch)
    enter(target)


def focus_target(window):
    return QApplication.focusWidget() or window


TEST_PIN = "2468"


def enter_staff(window, target=None) -> None:
    """Into staff mode as an attendant does: hold the room's name, then tap the PIN."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    if window._room.needs_setup():
        window._room.save(window._room.load(), TEST_PIN)
    label = window.home.room
    for kind in (QEvent.Type.MouseButtonPress,):
        QApplication.sendEvent(label, QMouseEvent(kind, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.LeftButton,
                                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    label._hold.timeout.emit()  # held long enough
    QApplication.sendEvent(label, QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(5, 5), QPointF(5, 5),
                                              Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert window.current() is window.pin
    if target is not None:
        window._after_pin = target
    for digit in TEST_PIN:
        window.pin.pad.digits[digit].click()
    window.pin.pad.ok.click()
    assert window.staff_mode


def open_people(window, query):
    """The people screen in staff mode, searched for ``query``, its first match chosen."""
    enter_staff(window)
    window.present.people_button.click()
    screen = window.people
    screen.search.setText(query)
    screen.results.setCurrentRow(0)
    return screen


def demo_window(qtbot, path, now, size):
    """A whole kiosk window on a fresh demo database, shown at ``size``, its clock standing still
    at ``now``: for walking every screen (kiosk.ui.screenshots.walk). Returns (window, db, clock)."""
    from kiosk import demo
    from kiosk.app import application, main_window
    from kiosk.clock import FixedClock
    from kiosk.db import open_database
    from kiosk.ui.main_window import Timings

    application()
    db = open_database(path)
    demo.fill(db, FixedClock(now))
    clock = FixedClock(now)
    window = main_window(db, clock, Timings(idle_ms=600_000, result_ms=600_000))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window, db, clock
