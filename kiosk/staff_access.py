"""The staff PIN: stored only as a salted scrypt hash; five wrong tries lock entry for a while.

The tries are counted in memory: the kiosk cannot be restarted from the door, and a restart by
someone who can is a restart by staff.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.db import Database, settings
from kiosk.errors import Invalid, InvalidInput

KEY = "staff_pin_hash"
TRIES = 5
LOCKOUT = timedelta(minutes=5)
# scrypt's cost: ~40 ms and 16 MB a try here, so guessing all 10,000 four-digit PINs from a stolen
# file costs minutes rather than milliseconds. Stored with the hash, so it can be raised later.
N, R, P = 2**14, 8, 1


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8


def hash_pin(pin: str, salt: bytes | None = None, n: int = N, r: int = R, p: int = P) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        again = hash_pin(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(again.rsplit("$", 1)[1], digest)


@dataclass(frozen=True)
class Granted:
    pass


@dataclass(frozen=True)
class Wrong:
    tries_left: int


@dataclass(frozen=True)
class LockedOut:
    until: datetime


class StaffAccess:
    def __init__(self, db: Database, clock):
        self._db, self._clock = db, clock
        self._wrong = 0
        self._locked_until: datetime | None = None

    def is_set_up(self) -> bool:
        return bool(settings.get(self._db, KEY))

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise InvalidInput(Invalid.PIN_FORMAT, "a PIN is 4 to 8 digits")
        settings.put(self._db, KEY, hash_pin(pin))

    def check(self, pin: str) -> Granted | Wrong | LockedOut:
        now = self._clock.now()
        if self._locked_until is not None:
            if now < self._locked_until:
                return LockedOut(self._locked_until)
            self._locked_until, self._wrong = None, 0
        if pin_matches(pin, settings.get(self._db, KEY)):
            self._wrong = 0
            return Granted()
        self._wrong += 1
        if self._wrong >= TRIES:
            self._locked_until = now + LOCKOUT
            return LockedOut(self._locked_until)
        return Wrong(TRIES - self._wrong)
