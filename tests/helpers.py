"""Acting on the kiosk as a person or a scanner would."""

from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

# libfaketime, installed by scripts/setup.sh: a kiosk process on a wall clock of the test's choosing.
FAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"


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


def typed_slowly(target, ch: str, qtbot, hold_ms: int, gap_ms: int) -> None:
    """A finger on a key: pressed, held ``hold_ms``, released, then ``gap_ms`` before the next."""
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key_for(ch), Qt.KeyboardModifier.NoModifier, ch))
    qtbot.wait(hold_ms)
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key_for(ch), Qt.KeyboardModifier.NoModifier, ch))
    qtbot.wait(gap_ms)


SUFFIXES = {
    "enter": [(Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier)],
    "keypad_enter": [(Qt.Key.Key_Enter, "\r", Qt.KeyboardModifier.KeypadModifier)],
    "tab": [(Qt.Key.Key_Tab, "\t", Qt.KeyboardModifier.NoModifier)],
    "crlf": [(Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_J, "\n", Qt.KeyboardModifier.ControlModifier)],
    "none": [],
}


def keyboard_events(code: str, suffix: str = "enter", shift_key=Qt.Key.Key_Shift, caps_lock: bool = False):
    """The key events a USB scanner in keyboard mode makes the operating system deliver
    (kiosk.ui.scanner.keystrokes), with one of the suffixes scanners are set to send."""
    from kiosk.ui.scanner import keystrokes

    return keystrokes(code, SUFFIXES[suffix], shift_key, caps_lock)


_device_ms = [1_000_000]


def device_event(kind, key, modifiers, text, pace_ms: int = 2) -> QKeyEvent:
    """A key event stamped with the device's time, as X11 and Windows stamp theirs: the scan filter
    measures gaps by it, so a test on a busy machine is not taken for a slow scanner."""
    from kiosk.ui.scanner import stamped

    _device_ms[0] += pace_ms
    return stamped(kind, key, modifiers, text, _device_ms[0])


def keyboard_scan(target, code: str, **options) -> None:
    """A scanner typing ``code`` through the operating system's keyboard, an event every 2 ms."""
    for kind, key, modifiers, text in keyboard_events(code, **options):
        QApplication.sendEvent(target, device_event(kind, key, modifiers, text))


def focus_target(window):
    return QApplication.focusWidget() or window


TEST_PIN = "2468"


def enter_staff(window, target=None, name: str | None = None, pin: str = TEST_PIN) -> None:
    """Into staff mode as an attendant does: hold the room's name, tap one's name (where the room
    has more than one account), then the PIN. A room not set up gets its first coordinator first."""
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
    if name is not None:
        chosen = next(a for a in window.pin._accounts if a.name == name)
        window.pin.name_buttons[chosen.id].click()
    assert window.pin.chosen is not None
    for digit in pin:
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
    from kiosk.ui.window_settings import Timings

    application()
    db = open_database(path)
    demo.fill(db, FixedClock(now))
    clock = FixedClock(now)
    window = main_window(db, clock, Timings(idle_ms=600_000, result_ms=600_000, tap_guard_ms=0))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window, db, clock


def probe_start(db_path):
    """The real kiosk process started on ``db_path`` with KIOSK_STARTUP_PROBE: it says "home-shown"
    or "problem-shown ..." on its standard output and exits."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STARTUP_PROBE="1")
    return subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db_path), "--windowed"],
                          env=env, capture_output=True, text=True, timeout=60)


@contextmanager
def lock_held(db_path):
    """The database's lock held as another kiosk holds it (needs a QApplication: the qapp fixture)."""
    from PySide6.QtCore import QLockFile

    held = QLockFile(str(db_path) + ".lock")
    assert held.tryLock(0)
    try:
        yield
    finally:
        held.unlock()
