"""The staff PIN: stored only as a salted scrypt hash; five wrong tries lock entry for a while.

The tries and the lock are kept in the database, so a restart (a power cut, a pulled plug) does not
give a guesser five more; each wrong try goes to the audit log (issue 15).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk import settings_catalog
from kiosk.db import Database
from kiosk.db import staff_access as tries_table
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

    def is_set_up(self) -> bool:
        return settings_catalog.is_set(self._db, KEY)

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise InvalidInput(Invalid.PIN_FORMAT, "a PIN is 4 to 8 digits")
        settings_catalog.put(self._db, {KEY: hash_pin(pin)})

    def check(self, pin: str) -> Granted | Wrong | LockedOut:
        now = self._clock.now()
        wrong, locked_until = tries_table.tries(self._db)
        if locked_until is not None:
            if now < locked_until:
                return LockedOut(locked_until)
            wrong = 0  # the lock is over: five new tries
        if pin_matches(pin, settings_catalog.get(self._db, KEY)):
            if wrong or locked_until:
                tries_table.reset(self._db)
            return Granted()
        wrong += 1
        locked_until = now + LOCKOUT if wrong >= TRIES else None
        tries_table.record_wrong(self._db, now, wrong, locked_until)
        return LockedOut(locked_until) if locked_until else Wrong(TRIES - wrong)
