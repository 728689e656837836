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
