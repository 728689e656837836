"""Named staff accounts (issue 20): each attendant and coordinator has their own PIN, stored
only as a salted scrypt hash; five wrong tries lock that account for a while.

The tries and the lock are kept in the database, so a restart (a power cut, a pulled plug) does not
give a guesser five more; each wrong try goes to the audit log (issue 15). Whoever is signed in is
the ``StaffSession``'s account, and the services name it in every audit entry.

The PIN screen asks for the name first, then the PIN, rather than finding the account by a PIN
that would have to be unique: a unique PIN tells whoever picks a taken one a colleague's PIN, the
lockout needs to know whose PIN is being guessed (a guesser trying PINs would otherwise lock
everyone, or no one), and matching a PIN against every account's slow hash costs 40 ms each.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.db import Database
from kiosk.db import staff_accounts as table
from kiosk.db.timestamps import from_text
from kiosk.errors import Invalid, InvalidInput

ROLES = ("attendant", "coordinator")
TRIES = 5
LOCKOUT = timedelta(minutes=5)
# scrypt's cost: ~40 ms and 16 MB a try here, so guessing all 10,000 four-digit PINs from a stolen
# file costs minutes rather than milliseconds. Stored with the hash, so it can be raised later.
N, R, P = 2**14, 8, 1


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8


def hash_pin(pin: str, salt: bytes | None = None, n: int | None = None, r: int = R, p: int = P) -> str:
    """A new PIN's hash at today's cost ``N``; a stored one is checked at the cost it names."""
    n = n or N
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
class Account:
    id: int
    name: str
    role: str  # attendant or coordinator
    disabled: bool = False
    locked_until: datetime | None = None

    @property
    def coordinator(self) -> bool:
        return self.role == "coordinator"

    @property
    def actor(self) -> str:
        """How the audit log names them: the name, and the number that stays when it changes."""
        return f"{self.name} (#{self.id})"


@dataclass(frozen=True)
class Granted:
    account: Account


@dataclass(frozen=True)
class Wrong:
    tries_left: int


@dataclass(frozen=True)
class LockedOut:
    until: datetime


class StaffSession:
    """Who is in staff mode now. One is made at start and handed to every service that writes
    the audit log; signing in sets it, leaving staff mode clears it."""

    def __init__(self) -> None:
        self.account: Account | None = None

    def actor(self) -> str:
        return self.account.actor if self.account is not None else "staff"

    def is_coordinator(self) -> bool:
        return self.account is not None and self.account.coordinator


def who(session: StaffSession | None, actor: str | None = None) -> str:
    """The audit log's actor: the one given (a command's "import", "retention"), else whoever is
    signed in, else "staff" (a service used without a kiosk session, as in a script)."""
    return actor or (session.actor() if session is not None else "staff")


def _account(row) -> Account:
    locked = from_text(row["locked_until"]) if row["locked_until"] else None
    return Account(row["id"], row["name"], row["role"], row["disabled_at"] is not None, locked)


class StaffAccess:
    def __init__(self, db: Database, clock, session: StaffSession | None = None):
        self._db, self._clock = db, clock
        self.session = session or StaffSession()

    # --- who can sign in
    def is_set_up(self) -> bool:
        """A room is set up when it has an enabled coordinator: someone can manage the rest."""
        return table.coordinators(self._db) > 0

    def accounts(self) -> list[Account]:
        """The enabled accounts, in Finnish alphabetical order: the PIN screen's names."""
        return [_account(row) for row in table.enabled(self._db)]

    def every_account(self) -> list[Account]:
        return [_account(row) for row in table.every(self._db)]

    def check(self, account_id: int, pin: str) -> Granted | Wrong | LockedOut:
        now = self._clock.now()
        row = table.by_id(self._db, account_id)
        if row is None or row["disabled_at"] is not None:
            return Wrong(TRIES)  # chosen from a list that was stale: nothing to count against
        wrong = row["wrong_tries"]
        locked_until = from_text(row["locked_until"]) if row["locked_until"] else None
        if locked_until is not None:
            if now < locked_until:
                return LockedOut(locked_until)
            wrong = 0  # the lock is over: five new tries
        if pin_matches(pin, row["pin_hash"]):
            account = _account(row)
            table.record_right(self._db, now, account.id, account.actor)
            self.session.account = account
            return Granted(account)
        wrong += 1
        locked_until = now + LOCKOUT if wrong >= TRIES else None
        table.record_wrong(self._db, now, row["id"], row["name"], wrong, locked_until)
        return LockedOut(locked_until) if locked_until else Wrong(TRIES - wrong)

    def sign_out(self) -> None:
        self.session.account = None

    # --- managing accounts: the coordinator's (or, for the first one, the room's setup)
    def first_coordinator(self, name: str, pin: str) -> Account:
        """The room's first account, made by the first-start setup or ``kiosk init``; refused
        once the room has a coordinator (then a coordinator adds accounts)."""
        if self.is_set_up():
            raise PermissionError("the room has a coordinator already")
        return self._add(name, pin, "coordinator", actor="setup")

    def add(self, name: str, pin: str, role: str) -> Account:
        self._coordinator_only()
        return self._add(name, pin, role, actor=self.session.actor())

    def _add(self, name: str, pin: str, role: str, actor: str) -> Account:
        name = " ".join(name.split())
        if not name:
            raise InvalidInput(Invalid.STAFF_NAME_MISSING, "a staff account needs a name")
        if table.name_taken(self._db, name):
            raise InvalidInput(Invalid.STAFF_NAME_TAKEN, f"an account named {name!r} exists")
        if role not in ROLES:
            raise ValueError(f"not a staff role: {role}")
        _check_format(pin)
        account_id = table.add(self._db, self._clock.now(), actor, name, role, hash_pin(pin))
        return _account(table.by_id(self._db, account_id))

    def reset_pin(self, account_id: int, pin: str) -> None:
        """The coordinator sets a new PIN for someone (it lifts their lock too)."""
        self._coordinator_only()
        _check_format(pin)
        table.set_pin(self._db, self._clock.now(), self.session.actor(), account_id, hash_pin(pin))

    def change_own_pin(self, pin: str) -> None:
        if self.session.account is None:
            raise PermissionError("no one is signed in")
        _check_format(pin)
        table.set_pin(self._db, self._clock.now(), self.session.actor(), self.session.account.id, hash_pin(pin))

    def set_disabled(self, account_id: int, disabled: bool) -> None:
        self._coordinator_only()
        row = table.by_id(self._db, account_id)
        if row is None:
            raise ValueError(f"no staff account #{account_id}")
        if disabled and row["role"] == "coordinator" and row["disabled_at"] is None and table.coordinators(self._db) == 1:
            raise InvalidInput(Invalid.LAST_COORDINATOR, "the last coordinator cannot be disabled")
        if not disabled and table.name_taken(self._db, row["name"], other_than=account_id):
            raise InvalidInput(Invalid.STAFF_NAME_TAKEN, f"an account named {row['name']!r} exists")
        table.set_disabled(self._db, self._clock.now(), self.session.actor(), account_id, disabled)

    def _coordinator_only(self) -> None:
        if not self.session.is_coordinator():
            raise PermissionError("only a coordinator manages staff accounts")


def _check_format(pin: str) -> None:
    if not valid_pin(pin):
        raise InvalidInput(Invalid.PIN_FORMAT, "a PIN is 4 to 8 digits")

