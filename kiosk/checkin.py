"""Checking in and out, by card or by name, and who is in the room now.

Each call returns a small frozen value that the screen renders as it is: no screen reads the
database again to learn what happened.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk import codes, names
from kiosk.clock import today_start
from kiosk.db import Database, audit
from kiosk.db import lending as lending_table
from kiosk.db import people as people_table
from kiosk.db import visits as visits_table
from kiosk.db.timestamps import from_text, to_text
from kiosk.profile import SITUATIONS

# Scanners double-fire and people tap twice: the same person again within this time counts once.
REPEAT_GUARD = timedelta(seconds=5)
# "Et ollut sinä? Peru" is offered while the confirmation is on screen (6 s by default, the room's
# confirmation_seconds at most 3600); later the attendant fixes visits on the Käynnit screen.
UNDO_WITHIN = timedelta(hours=1)


@dataclass(frozen=True)
class CheckedIn:
    person_id: int
    first_name: str
    at: datetime
    present: int  # people in the room now, this person included
    repeated: bool = False
    visit_id: int = field(default=0, compare=False)  # which visit: for undoing it, not what happened


@dataclass(frozen=True)
class CheckedOut:
    person_id: int
    first_name: str
    at: datetime
    stayed: timedelta
    present: int
    repeated: bool = False
    items_out: tuple[str, ...] = ()  # borrowed items still to return before leaving
    visit_id: int = field(default=0, compare=False)  # which visit: for undoing it, not what happened


@dataclass(frozen=True)
class Undone:
    """A check-in or check-out taken back ("Et ollut sinä? Peru"); ``done`` False when it could
    not be (the visit changed since, or too long ago)."""

    first_name: str
    was_check_in: bool
    done: bool = True


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


Result = CheckedIn | CheckedOut | UnknownCard | ReplacedCard | NotACard | AnonymousVisit | Undone


@dataclass(frozen=True)
class Present:
    person_id: int
    shown_name: str
    since: datetime
    visit_id: int = field(default=0, compare=False)  # which visit: for undoing it, not what happened


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
                visit_id = visits_table.start(conn, uuid=str(uuid.uuid4()), person_id=person["id"], at=now, source=source)
            present = visits_table.count_open_since(self._db, day_start)
        if is_in:
            stayed = now - from_text(last["check_in_at"])
            return CheckedOut(person["id"], person["first_name"], now, stayed, present, items_out=self._items_out(person["id"]),
                              visit_id=last["id"])
        return CheckedIn(person["id"], person["first_name"], now, present, visit_id=visit_id)

    def _just_now(self, last, now: datetime) -> bool:
        latest_event = last["check_out_at"] or last["check_in_at"]
        return now - from_text(latest_event) < self._repeat_guard

    def _repeat(self, person, last, day_start: datetime) -> Result:
        present = visits_table.count_open_since(self._db, day_start)
        check_in = from_text(last["check_in_at"])
        if last["check_out_at"] is None:
            return CheckedIn(person["id"], person["first_name"], check_in, present, repeated=True, visit_id=last["id"])
        check_out = from_text(last["check_out_at"])
        return CheckedOut(person["id"], person["first_name"], check_out, check_out - check_in, present, repeated=True,
                          items_out=self._items_out(person["id"]), visit_id=last["id"])

    def undo(self, outcome: CheckedIn | CheckedOut) -> Undone:
        """"Et ollut sinä? Peru": the check-in or check-out just confirmed was someone else's tap.
        A check-in is taken away, a check-out opened again; the audit log says which visit. Only
        while the visit is as the confirmation left it, and within ``UNDO_WITHIN``."""
        was_check_in = isinstance(outcome, CheckedIn)
        now = self._clock.now()
        if not outcome.visit_id or now - outcome.at > UNDO_WITHIN:
            return Undone(outcome.first_name, was_check_in, done=False)
        with self._db.transaction() as conn:
            if was_check_in:
                done = visits_table.undo_check_in(conn, outcome.visit_id, outcome.person_id)
            else:
                done = visits_table.undo_check_out(conn, outcome.visit_id, outcome.person_id, outcome.at)
            if done:
                action = "check_in_undone" if was_check_in else "check_out_undone"
                audit.record(conn, now, "visitor", action, outcome.person_id,
                             f"visit {outcome.visit_id} at {to_text(outcome.at)}")
        return Undone(outcome.first_name, was_check_in, done)

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
