"""What the room's settings give the window: its times and how it registers newcomers.

Apart from kiosk/ui/main_window.py, whose module is on the way to the first frame: the defaults come
from the settings' catalog, whose import (with the profile's questions and dataclasses) cost the
kiosk's cold start ~10 ms before home was on screen (issue 23). The window takes these with attach().
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import settings_catalog
from kiosk.profile import QUESTIONS


def _default(key: str) -> int:
    """The room setting's one default (kiosk/settings_catalog.py)."""
    return settings_catalog.CATALOG[key].typed_default


@dataclass(frozen=True)
class Timings:
    """The room's times (kiosk/app.py timings_from_settings); the defaults are the settings'."""

    idle_ms: int = _default("idle_seconds") * 1000  # a visitor screen left alone goes home
    result_ms: int = _default("confirmation_seconds") * 1000  # a confirmation stays this long
    scan_gap_ms: int = _default("scanner_gap_ms")  # a scanner types faster than this between characters
    staff_idle_ms: int = _default("staff_idle_seconds") * 1000  # staff mode left alone locks itself and goes home
    saver_ms: int = _default("screensaver_minutes") * 60_000  # the dim screen saver after this long without a touch
    long_press_ms: int = 1_500  # holding the room's name this long asks for the staff PIN
    still_there_ms: int = _default("still_there_seconds") * 1000  # "Oletko vielä siellä?" counts down this long
    # A control that just appeared or moved ignores taps this long (kiosk/ui/tap_guard.py): a double
    # tap's second tap comes 100-250 ms after the first; a person who reads a new screen taps later.
    tap_guard_ms: int = _default("tap_guard_ms")

    @classmethod
    def from_settings(cls, value) -> Timings:
        """From the room's settings; ``value(key)`` is a setting's typed value."""
        return cls(idle_ms=value("idle_seconds") * 1000, result_ms=value("confirmation_seconds") * 1000,
                   staff_idle_ms=value("staff_idle_seconds") * 1000, saver_ms=value("screensaver_minutes") * 60_000,
                   still_there_ms=value("still_there_seconds") * 1000, scan_gap_ms=value("scanner_gap_ms"),
                   tap_guard_ms=value("tap_guard_ms"))


@dataclass(frozen=True)
class Registration:
    """How this room registers newcomers: which optional questions, its municipality, its notice."""

    questions: tuple[str, ...] = QUESTIONS
    home_municipality: str = ""
    privacy_notices: dict[str, str] | None = None  # language code -> the notice's text
    situation_check_months: int = 6  # ask a returning visitor to confirm a situation this old (0: never)
