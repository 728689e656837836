"""Larger text and high contrast: the visitor's own choices on the home screen, for this visit.

Both are made from the one stylesheet (assets/style.qss), so that colours and sizes stay in one
place: larger text multiplies every ``pt`` size there by 1.5 (up to 40 pt, so the headings that are
already large stay on screen), and high contrast swaps each colour for its counterpart in
``HIGH_CONTRAST``: white and yellow on black, every pair at least 7:1 (WCAG AAA), checked by
tests/test_style.py. The result is set on the visitor's screens only; the attendant's dense screens
keep the room's look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt

from kiosk.paths import ASSETS

STYLESHEET = ASSETS / "style.qss"
LARGER = 1.5
LARGEST_PT = 32  # headings already this large do not grow: the clock and titles must still fit
# Kept as they are: the language and look buttons (18 pt, found before larger text is on; their one
# row must fit a landscape screen), and each screen's heading (28 pt) and Back (22 pt), large
# already and sharing one row with the progress on a portrait screen.
KEEP_SIZE = ("#language", "#heading", "#back")

# Each colour of style.qss and what it becomes in high contrast. Light backgrounds go black, dark
# text white, the teal accent yellow; so a teal button with white text becomes yellow with black.
HIGH_CONTRAST = {
    "#f6f4ef": "#000000",  # page
    "#ffffff": "#000000",  # button and list backgrounds (and white text on teal: black on yellow)
    "#1f2a30": "#ffffff",  # text
    "#3b4a52": "#ffffff",  # secondary text
    "#1d5c63": "#ffe14d",  # accent: borders, button text, primary background
    "#144349": "#e6c200",  # a pressed primary button
    "#d7e8ea": "#3a3a3a",  # a pressed button
    "#8a9aa2": "#d0d0d0",  # thin borders, disabled text
    "#c5cdd1": "#7a7a7a",  # disabled borders
    "#e3f1ea": "#000000",  # "done" confirmation background
    "#fff4d6": "#000000",  # "take note" confirmation background
    "#5a3e00": "#ffe14d",  # its text
    "#9b1c1c": "#ff9d9d",  # danger button background (its white text goes black)
    "#0d1417": "#000000",  # screen saver
    "#8fa3ab": "#ffffff",  # screen saver's text
}
# Borders 2 px wide become 3 px, so a button's edge is seen without telling it by colour.
_THICKER = (re.compile(r"border: 2px solid"), "border: 3px solid")


@dataclass(frozen=True)
class Look:
    larger: bool = False
    contrast: bool = False

    @property
    def plain(self) -> bool:
        return not (self.larger or self.contrast)


def base_stylesheet() -> str:
    return STYLESHEET.read_text(encoding="utf-8")


def larger_pt(size: float) -> int:
    return round(max(size, min(size * LARGER, LARGEST_PT)))


def _larger_rule(rule: re.Match) -> str:
    selector, body = rule.groups()
    if not any(name in selector for name in KEEP_SIZE):
        body = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{larger_pt(float(m.group(1)))}pt", body)
    return f"{selector}{{{body}}}"


def stylesheet(look: Look, base: str | None = None) -> str:
    """The stylesheet for this look, made from the room's own."""
    text = base_stylesheet() if base is None else base
    if look.larger:
        text = re.sub(r"([^{}]*)\{([^}]*)\}", _larger_rule, text)
    if look.contrast:
        text = re.sub(r"#[0-9a-fA-F]{6}\b", lambda m: HIGH_CONTRAST.get(m.group(0).lower(), m.group(0)), text)
        text = _THICKER[0].sub(_THICKER[1], text)
    return text


class Looks:
    """Which look the visitor screens have now; back to the plain one when the visit ends."""

    def __init__(self, screens=()):
        self._screens = []
        self._own_background: dict = {}
        self.look = Look()
        self._cache: dict[Look, str] = {}
        self.add(*screens)

    def add(self, *screens) -> None:
        for screen in screens:  # those that paint their own background always (a result's tone) keep it
            self._own_background[screen] = screen.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._screens.extend(screens)
        if not self.look.plain:
            for screen in screens:
                screen.setStyleSheet(self._sheet(self.look))

    def screens(self) -> list:
        """The visitor's screens (the ones the look reaches)."""
        return list(self._screens)

    def use(self, look: Look) -> None:
        if look == self.look:
            return
        self.look = look
        sheet = "" if look.plain else self._sheet(look)  # "" leaves the application's own
        for screen in self._screens:
            # Its own page colour only in a look of the visitor's: one full-screen fill less a paint.
            screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, self._own_background[screen] or not look.plain)
            screen.setStyleSheet(sheet)

    def set_larger(self, on: bool) -> None:
        self.use(Look(larger=on, contrast=self.look.contrast))

    def set_contrast(self, on: bool) -> None:
        self.use(Look(larger=self.look.larger, contrast=on))

    def reset(self) -> None:
        self.use(Look())

    def _sheet(self, look: Look) -> str:
        if look not in self._cache:
            self._cache[look] = stylesheet(look)
        return self._cache[look]
