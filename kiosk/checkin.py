"""Checking in and out, by card or by name, and who is in the room now.

Each call returns a small frozen value that the screen renders as it is: no screen reads the
database again to learn what happened.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk import codes, names
from kiosk.clock import today_start
from kiosk.db import Database
from kiosk.db import lending as lending_table
from kiosk.db import people as people_table
from kiosk.db import visits as visits_table
from kiosk.db.timestamps import from_text
from kiosk.profile import SITUATIONS

# Scanners double-fire and people tap twice: the same person again within this time counts once.
REPEAT_GUARD = timedelta(seconds=5)


@dataclass(frozen=True)
class CheckedIn:
    person_id: int
    first_name: str
    at: datetime
    present: int  # people in the room now, this person included
    repeated: bool = False


@dataclass(frozen=True)
class CheckedOut:
    person_id: int
    first_name: str
    at: datetime
    stayed: timedelta
    present: int
    repeated: bool = False
    items_out: tuple[str, ...] = ()  # borrowed items still to return before leaving


@dataclass(frozen=True)
class UnknownCard:
    """Our kind of code, but no one has it (a deleted person, or a card from another room)."""


@dataclass(frozen=True)
class ReplacedCard:
    """A card that was replaced by a new one (maybe lost): no name is shown to whoever holds it."""


@dataclass(frozen=True)
class NotACard:
    """Something was scanned that is not a visitor card: garbled, another system's, an item."""

    problem: codes.ScanProblem | None  # None: one of our codes, but of an item


@dataclass(frozen=True)
class AnonymousVisit:
    at: datetime


Result = CheckedIn | CheckedOut | UnknownCard | ReplacedCard | NotACard | AnonymousVisit


@dataclass(frozen=True)
class Present:
    person_id: int
    shown_name: str
    since: datetime
    visit_id: int = 0


class CheckinService:
    def __init__(self, db: Database, clock, repeat_guard: timedelta = REPEAT_GUARD):
        self._db = db
        self._clock = clock
        self._repeat_guard = repeat_guard

    def scan(self, raw: str) -> Result:
        code = codes.parse_scan(raw)
        if isinstance(code, codes.ScanProblem):
            return NotACard(code)
        if code.kind is not codes.Kind.PERSON:
            return NotACard(None)
        person = people_table.by_card(self._db, code.text)
        if person is None:
            return UnknownCard()
        if person["replaced_at"] is not None:
            return ReplacedCard()
        return self._toggle(person, "scan")

    def toggle(self, person_id: int) -> Result:
        """Check in or out the person the visitor tapped on the name screen."""
        person = people_table.by_id(self._db, person_id)
        if person is None:
            return UnknownCard()
        return self._toggle(person, "name")

    def _toggle(self, person, source: str) -> Result:
        now = self._clock.now()
        day_start = today_start(now)
        # Read and write in one write transaction, so a second writer cannot open a second visit.
        with self._db.transaction() as conn:
            last = visits_table.latest(self._db, person["id"])
            if last is not None and self._just_now(last, now):
                return self._repeat(person, last, day_start)
            is_in = last is not None and last["check_out_at"] is None and from_text(last["check_in_at"]) >= day_start
            if is_in:
                visits_table.finish(conn, last["id"], now)
            else:
                visits_table.start(conn, uuid=str(uuid.uuid4()), person_id=person["id"], at=now, source=source)
            present = visits_table.count_open_since(self._db, day_start)
        if is_in:
            stayed = now - from_text(last["check_in_at"])
            return CheckedOut(person["id"], person["first_name"], now, stayed, present, items_out=self._items_out(person["id"]))
        return CheckedIn(person["id"], person["first_name"], now, present)

    def _just_now(self, last, now: datetime) -> bool:
        latest_event = last["check_out_at"] or last["check_in_at"]
        return now - from_text(latest_event) < self._repeat_guard

    def _repeat(self, person, last, day_start: datetime) -> Result:
        present = visits_table.count_open_since(self._db, day_start)
        check_in = from_text(last["check_in_at"])
        if last["check_out_at"] is None:
            return CheckedIn(person["id"], person["first_name"], check_in, present, repeated=True)
        check_out = from_text(last["check_out_at"])
        return CheckedOut(person["id"], person["first_name"], check_out, check_out - check_in, present, repeated=True,
                          items_out=self._items_out(person["id"]))

    def _items_out(self, person_id: int) -> tuple[str, ...]:
        return tuple(loan["item"] for loan in lending_table.open_loans(self._db, person_id))

    def anonymous(self, situation: str | None = None) -> AnonymousVisit:
        """Count a visit of someone who will not register: in every count, never as a person."""
        if situation is not None and situation not in SITUATIONS:
            raise ValueError(f"not a situation: {situation}")
        now = self._clock.now()
        with self._db.transaction() as conn:
            visits_table.record_anonymous(conn, uuid=str(uuid.uuid4()), at=now, situation=situation)
        return AnonymousVisit(now)

    def present(self) -> list[Present]:
        rows = visits_table.open_since(self._db, today_start(self._clock.now()))
        return [
            Present(r["person_id"], names.shown_name(r["first_name"] or "?", r["last_name"] or ""), from_text(r["check_in_at"]), r["id"])
            for r in rows
        ]

    def present_count(self) -> int:
        return visits_table.count_open_since(self._db, today_start(self._clock.now()))
