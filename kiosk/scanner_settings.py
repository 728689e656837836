"""How this room's barcode scanner types: the longest pause between two characters of one scan,
and a prefix it sends before every code. Set on the staff's scanner test page; audit-logged."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.db import Database, settings
from kiosk.errors import Invalid, InvalidInput

# USB scanners type a character every 1-10 ms, Bluetooth and cheap ones 20-80 ms; the fastest
# person's keys are 60-120 ms apart and never 6 in a row with Enter. 100 ms takes every scanner
# we know of and holds a typist's letter back for a tenth of a second at most.
DEFAULT_GAP_MS = 100
LOWEST_GAP_MS, HIGHEST_GAP_MS = 20, 500
GAP_STEP_MS = 20
PREFIX_MAX = 12


@dataclass(frozen=True)
class ScannerSetup:
    gap_ms: int = DEFAULT_GAP_MS
    prefix: str = ""


def load(db: Database) -> ScannerSetup:
    gap = settings.get(db, "scanner_gap_ms", str(DEFAULT_GAP_MS))
    gap_ms = int(gap) if gap.isdigit() and LOWEST_GAP_MS <= int(gap) <= HIGHEST_GAP_MS else DEFAULT_GAP_MS
    return ScannerSetup(gap_ms=gap_ms, prefix=settings.get(db, "scanner_prefix"))


class ScannerSettings:
    def __init__(self, db: Database, clock):
        self._db, self._clock = db, clock

    def load(self) -> ScannerSetup:
        return load(self._db)

    def save(self, setup: ScannerSetup) -> ScannerSetup:
        if not LOWEST_GAP_MS <= setup.gap_ms <= HIGHEST_GAP_MS:
            raise InvalidInput(Invalid.SCANNER_GAP, f"gap {setup.gap_ms} ms")
        if len(setup.prefix) > PREFIX_MAX or not all(ch.isprintable() and not ch.isspace() for ch in setup.prefix):
            raise InvalidInput(Invalid.SCANNER_PREFIX, f"prefix {setup.prefix!r}")
        settings.change(self._db, {"scanner_gap_ms": str(setup.gap_ms), "scanner_prefix": setup.prefix},
                        self._clock.now())
        return setup
