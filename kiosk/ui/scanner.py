"""Telling a USB scanner from a person: a scanner types a whole code faster than anyone can.

A scanner in keyboard mode types each character a few milliseconds apart (Bluetooth and cheap ones
20-80 ms) and ends with Enter, a keypad Enter, Tab or CR+LF, or nothing at all. It is a keyboard
to the operating system, so around the characters come the keys a keyboard sends: Shift pressed
and released around every capital, AltGr, Caps Lock, key releases. Those keys carry no text and
neither start nor break a burst.

The filter holds back printable key presses while they keep coming fast; a burst of at least
``min_length`` characters ended by a suffix is a scan, and so is a burst that simply stops when it
holds one of our card codes (a scanner set to send no suffix). Anything slower is handed on,
unchanged and in order, to the widget it was meant for: a person typing at the staff keyboard waits
at most ``max_gap_ms`` for each letter to appear, and is never taken for a scan.

A second sign tells a fast typist from a slow scanner: how long each key is held down. A person
holds a key 70-120 ms; a scanner lets go within a report or two (2-40 ms). A burst whose keys were
held like a person's is typing, however fast it came.

Gaps are measured from the events' own timestamps where the platform gives them (X11, Windows,
Wayland: the device's time), so a kiosk busy painting a confirmation does not split the next scan.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from kiosk.codes import SYSTEM_PREFIX

_K = Qt.Key
_M = Qt.KeyboardModifier
# Keys that only change what the next key types: a scanner sends Shift around each capital.
MODIFIER_KEYS = frozenset((
    _K.Key_Shift, _K.Key_Control, _K.Key_Alt, _K.Key_AltGr, _K.Key_Meta, _K.Key_Super_L, _K.Key_Super_R,
    _K.Key_Hyper_L, _K.Key_Hyper_R, _K.Key_CapsLock, _K.Key_NumLock, _K.Key_ScrollLock, _K.Key_Mode_switch,
))
# What a scanner may send after the code: CR (Enter), the keypad's Enter, Tab; CR+LF sends a
# second key (Enter again, or Ctrl+J) that is swallowed too.
SUFFIX_KEYS = frozenset((_K.Key_Return, _K.Key_Enter, _K.Key_Tab))
_SUFFIX_TEXTS = frozenset(("\r", "\n", "\t"))
HUMAN_HOLD_MS = 60  # the median hold of a burst's keys at or above this: a person's fingers
_NOT_TYPING = _M.ControlModifier | _M.AltModifier | _M.MetaModifier
_ALT_GR_ON_WINDOWS = _M.ControlModifier | _M.AltModifier


def _types_text(event: QKeyEvent) -> bool:
    text = event.text()
    if not text or not text.isprintable():
        return False
    modifiers = event.modifiers() & _NOT_TYPING
    # Windows reports AltGr (which types @ £ $ € on a Finnish keyboard) as Ctrl+Alt.
    return not modifiers or modifiers == _ALT_GR_ON_WINDOWS


def _is_suffix(event: QKeyEvent) -> bool:
    if event.key() in SUFFIX_KEYS:
        return True
    # Ctrl+J / Ctrl+M: the LF or CR of a scanner that sends control characters.
    return event.text() in _SUFFIX_TEXTS and bool(event.modifiers() & _M.ControlModifier)


class ScanFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, max_gap_ms: int = 100, min_length: int = 6, now=time.monotonic):
        super().__init__(parent)
        self._min_length = min_length
        self._now = now
        self._held: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._target: QObject | None = None
        self._last = (0.0, 0)  # (monotonic seconds, event timestamp ms) of the last held key
        self._scan_ended = (-1.0, 0)  # when the last scan's suffix came: its CR+LF's LF is swallowed
        self._down: dict[int, tuple[float, int]] = {}  # keys of this burst pressed, not yet released
        self._holds: list[float] = []  # how long this burst's keys were held down, in ms
        self._replaying = False
        self._flushing = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._quiet)
        self.set_gap(max_gap_ms)

    def set_gap(self, max_gap_ms: int) -> None:
        """The longest pause between two characters of one scan (the setting ``scanner_gap_ms``)."""
        self._max_gap = max_gap_ms / 1000
        self._timer.setInterval(max_gap_ms)

    def gap_ms(self) -> int:
        return round(self._max_gap * 1000)

    @staticmethod
    def _elapsed_ms(since: tuple[float, int], now: float, stamp: int) -> float:
        then, then_stamp = since
        if stamp and then_stamp:
            return stamp - then_stamp
        return (now - then) * 1000

    def _within_gap(self, since: tuple[float, int], now: float, stamp: int) -> bool:
        return 0 <= self._elapsed_ms(since, now, stamp) <= self._max_gap * 1000

    def _held_like_a_person(self) -> bool:
        holds = sorted(self._holds)
        return len(holds) >= 3 and holds[len(holds) // 2] >= HUMAN_HOLD_MS

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Every event of the application comes through here: the cheap test first (reading an
        # event's type makes a Python enum, 3 µs, and a scan brings some 600 events past here).
        if self._replaying or not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyRelease:
            pressed = self._down.pop(event.key(), None)
            if pressed is not None and not event.isAutoRepeat():
                self._holds.append(self._elapsed_ms(pressed, self._now(), event.timestamp()))
            # The release of a key held for a scan, or of its Shift, is the scan's too: no widget
            # (and none of its parents, to which an unwanted key event goes next) need see it.
            return pressed is not None or bool(self._held) and event.key() in MODIFIER_KEYS
        if kind != QEvent.Type.KeyPress:
            return False
        if event.key() in MODIFIER_KEYS:
            # Shift, AltGr, Caps Lock: neither part of a scan nor the end of one; within a burst
            # they are the scanner's, and kept from the widgets.
            return bool(self._held)
        now, stamp = self._now(), event.timestamp()
        fast = bool(self._held) and obj is self._target and self._within_gap(self._last, now, stamp)
        if _is_suffix(event):
            if fast and len(self._held) >= self._min_length and not self._held_like_a_person():
                self._emit_held()
                self._scan_ended = (now, stamp)
                return True
            if not self._held and self._within_gap(self._scan_ended, now, stamp):
                self._scan_ended = (-1.0, 0)
                return True  # the LF of a CR+LF suffix, or a Tab after Enter
            self.release()
            return False
        if _types_text(event):
            if self._held and not fast:
                self.release()
            if not self._held:
                self._target = obj
                self._down.clear()
                self._holds.clear()
            self._down[event.key()] = (now, stamp)
            self._held.append((event.key(), event.modifiers(), event.text()))
            self._last = (now, stamp)
            self._timer.start()
            return True
        self.release()
        return False

    def _emit_held(self) -> None:
        code = "".join(text for _, _, text in self._held)
        self._held, self._target = [], None
        self._timer.stop()
        self.scanned.emit(code)

    def _quiet(self) -> None:
        """No key for the gap: first take in keys already waiting (a kiosk busy for a moment must
        not split a scan), then a held code of ours with no suffix is a scan, anything else typing."""
        if self._flushing:
            return
        self._flushing = True
        try:
            QCoreApplication.processEvents()
        finally:
            self._flushing = False
        if self._timer.isActive() or not self._held:
            return  # more keys came: the burst goes on
        text = "".join(text for _, _, text in self._held)
        if (len(text) >= self._min_length and SYSTEM_PREFIX in "".join(text.split()).upper()
                and not self._held_like_a_person()):
            self._emit_held()
        else:
            self.release()

    def release(self) -> None:
        """Hand held-back keys on to their widget: they were typed by a person."""
        self._timer.stop()
        held, target = self._held, self._target
        self._held, self._target = [], None
        if not held or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key, modifiers, text in held:
                QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        finally:
            self._replaying = False


def keystrokes(text: str, suffix: tuple = ((_K.Key_Return, "\r", _M.NoModifier),), shift_key=_K.Key_Shift,
               caps_lock: bool = False) -> list[tuple[QEvent.Type, int, Qt.KeyboardModifier, str]]:
    """The key events a keyboard-mode scanner makes the operating system deliver for ``text``:
    Shift pressed and released around each capital (with Caps Lock on, Shift makes it small),
    every key released, then the suffix. (type, key, modifiers, text) each; for the screenshots,
    the benchmark and the tests, which feed the filter what a real scanner sends."""
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    events = []
    for ch in text:
        key = getattr(_K, f"Key_{ch.upper()}", _K.Key_unknown) if ch.isascii() and ch.isalnum() else _K.Key_unknown
        if ch.isalpha() and ch.isupper():
            typed = ch.lower() if caps_lock else ch
            events += [(press, shift_key, _M.ShiftModifier, ""), (press, key, _M.ShiftModifier, typed),
                       (release, key, _M.ShiftModifier, typed), (release, shift_key, _M.NoModifier, "")]
        else:
            typed = ch.upper() if caps_lock and ch.isalpha() else ch
            events += [(press, key, _M.NoModifier, typed), (release, key, _M.NoModifier, typed)]
    for key, typed, modifiers in suffix:
        events += [(press, key, modifiers, typed), (release, key, modifiers, typed)]
    return events


def stamped(kind: QEvent.Type, key: int, modifiers: Qt.KeyboardModifier, text: str, at_ms: int) -> QKeyEvent:
    """A key event with the device's time on it, as X11 and Windows stamp theirs."""
    event = QKeyEvent(kind, key, modifiers, text)
    event.setTimestamp(at_ms)
    return event
