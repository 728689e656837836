"""What a scanner sent, key by key: the staff's scanner test page shows it so that an attendant can
set up a new scanner without calling anyone. Plain Python: the page hands in the keys it saw."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from kiosk.codes import SYSTEM_PREFIX, Code, ScanProblem, parse_scan, without_prefix

SUFFIX_NAMES = ("Enter", "Return", "Tab", "Ctrl+J", "Ctrl+M")


@dataclass(frozen=True)
class Key:
    name: str  # "Shift", "Enter", "A": what was pressed
    text: str  # what it typed; "" for Shift, Caps Lock, AltGr and the like
    at_ms: float  # the event's time


@dataclass(frozen=True)
class Trace:
    """One arrival of keys, from the first to a pause."""

    keys: tuple[Key, ...]

    def _typed(self) -> list[Key]:
        return [key for key in self.keys if key.text and key.name not in SUFFIX_NAMES]

    @property
    def characters(self) -> str:
        return "".join(key.text for key in self._typed())

    @property
    def suffix(self) -> str:
        """The keys after the last character: "Enter", "Return + Ctrl+J", "Tab", or "" (none)."""
        names: list[str] = []
        for key in reversed(self.keys):
            if key.name in SUFFIX_NAMES:
                names.insert(0, key.name)
            elif key.text:
                break
        return " + ".join(names)

    @property
    def gaps_ms(self) -> list[float]:
        """Between one character (or suffix) key press and the next: the scanner's pace."""
        times = [key.at_ms for key in self.keys if key.text or key.name in SUFFIX_NAMES]
        return [later - earlier for earlier, later in zip(times, times[1:])]

    @property
    def modifiers(self) -> dict[str, int]:
        """How many times each key that types nothing was pressed (Shift before each capital)."""
        counts: dict[str, int] = {}
        for key in self.keys:
            if not key.text and key.name not in SUFFIX_NAMES:
                counts[key.name] = counts.get(key.name, 0) + 1
        return counts

    def prefix_before_code(self) -> str:
        """Characters a scanner put before one of our codes (``]Q1``, a shop's mark), or ""."""
        upper = self.characters.upper()
        at = upper.find(SYSTEM_PREFIX)
        return self.characters[:at].strip() if at > 0 else ""


@dataclass(frozen=True)
class Pace:
    fastest_ms: float
    median_ms: float
    slowest_ms: float


def pace(trace: Trace) -> Pace | None:
    gaps = trace.gaps_ms
    if not gaps:
        return None
    return Pace(min(gaps), median(gaps), max(gaps))


def reading(code: str, prefix: str) -> Code | ScanProblem:
    """What the kiosk makes of a code the scan filter took, with the room's prefix set."""
    return parse_scan(without_prefix(code, prefix))
