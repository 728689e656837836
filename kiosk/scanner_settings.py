"""How this room's barcode scanner types: the longest pause between two characters of one scan,
and a prefix it sends before every code. Set on the staff's scanner test page; audit-logged."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import settings_catalog
from kiosk.db import Database
from kiosk.staff_access import StaffSession, who
from kiosk.errors import Invalid, InvalidInput

# USB scanners type a character every 1-10 ms, Bluetooth and cheap ones 20-80 ms; the fastest
# person's keys are 60-120 ms apart and never 6 in a row with Enter. 100 ms takes every scanner
# we know of and holds a typist's letter back for a tenth of a second at most.
# (Declared in kiosk/settings_catalog.py: the one default and range.)
_GAP = settings_catalog.CATALOG["scanner_gap_ms"]
DEFAULT_GAP_MS, LOWEST_GAP_MS, HIGHEST_GAP_MS, GAP_STEP_MS = _GAP.typed_default, _GAP.lowest, _GAP.highest, _GAP.step
PREFIX_MAX = settings_catalog.CATALOG["scanner_prefix"].max_length


@dataclass(frozen=True)
class ScannerSetup:
    gap_ms: int = DEFAULT_GAP_MS
    prefix: str = ""


def load(db: Database) -> ScannerSetup:
    return ScannerSetup(gap_ms=settings_catalog.get(db, "scanner_gap_ms"), prefix=settings_catalog.get(db, "scanner_prefix"))


class ScannerSettings:
    def __init__(self, db: Database, clock, session: StaffSession | None = None):
        self._db, self._clock = db, clock
        self._session = session  # who is signed in, for the audit log

    def load(self) -> ScannerSetup:
        return load(self._db)

    def save(self, setup: ScannerSetup) -> ScannerSetup:
        if not LOWEST_GAP_MS <= setup.gap_ms <= HIGHEST_GAP_MS:
            raise InvalidInput(Invalid.SCANNER_GAP, f"gap {setup.gap_ms} ms")
        if len(setup.prefix) > PREFIX_MAX or not all(ch.isprintable() and not ch.isspace() for ch in setup.prefix):
            raise InvalidInput(Invalid.SCANNER_PREFIX, f"prefix {setup.prefix!r}")
        settings_catalog.change(self._db, {"scanner_gap_ms": setup.gap_ms, "scanner_prefix": setup.prefix}, self._clock.now(),
                                who(self._session))
        return setup
