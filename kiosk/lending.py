"""Lending the room's equipment and taking it back.

Every call answers with a small value: what was lent or returned, or why it was refused, in which
case nothing was written. Returning an item that is out is never refused, whatever has happened
to the item or the borrower since.
"""

from __future__ import annotations

import enum
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from kiosk import codes, opening_hours, settings_catalog
from kiosk.clock import HELSINKI, local
from kiosk.db import Database
from kiosk.db import lending as lending_table
from kiosk.db import people as people_table
from kiosk.db.timestamps import from_text
from kiosk.errors import Invalid, InvalidInput
from kiosk.names import shown_name


class Refusal(enum.Enum):
    UNKNOWN_ITEM = "unknown_item"
    UNKNOWN_PERSON = "unknown_person"
    ERASED_PERSON = "erased_person"
    ON_LOAN = "on_loan"
    OUT_OF_SERVICE = "out_of_service"
    RETIRED = "retired"
    NOT_ON_LOAN = "not_on_loan"
    HAS_OVERDUE = "has_overdue"  # the attendant may override
    NOT_SELF_SERVICE = "not_self_service"
    DUE_BEFORE_LENT = "due_before_lent"


@dataclass(frozen=True)
class Refused:
    reason: Refusal
    item: str = ""  # the item's name, when known, for the message


@dataclass(frozen=True)
class Lent:
    loan_id: int
    item: str
    first_name: str
    due: datetime


@dataclass(frozen=True)
class Returned:
    item: str
    first_name: str
    late: bool
    out_of_service: bool


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    code: str
    category: str
    status: str  # available, on_loan, out_of_service, retired
    reason: str | None = None
    category_id: int = 0
    notes: str = ""
    self_service: bool = False


@dataclass(frozen=True)
class PastLoan:
    item: str
    lent: datetime
    due: datetime
    returned: datetime | None
    problem: str | None


@dataclass(frozen=True)
class OpenLoan:
    loan_id: int
    item_id: int
    item: str
    category: str
    person_id: int
    borrower: str  # first name and last initial
    since: datetime
    due: datetime
    overdue: bool


@dataclass(frozen=True)
class LoanFigures:
    loans_by_category: dict[str, int]
    distinct_borrowers: int
    hours_by_category: dict[str, float]
    overdue_returns: int


def _status(row) -> str:
    if row["retired_at"] is not None:
        return "retired"
    if row["out_of_service"] is not None:
        return "out_of_service"
    return "on_loan" if row["loan_id"] is not None else "available"


def _item(row) -> Item:
    return Item(row["id"], row["name"], row["code"], row["category"], _status(row), row["out_of_service"],
                row["category_id"], row["notes"], bool(row["self_service"]))


class LendingService:
    def __init__(self, db: Database, clock):
        self._db, self._clock = db, clock

    # --- catalogue
    def categories(self) -> list[tuple[int, str, bool]]:
        return [(r["id"], r["name"], bool(r["self_service"])) for r in lending_table.categories(self._db)]

    def add_item(self, category_id: int, name: str, notes: str = "") -> Item:
        _refuse_no_name(name)
        now = self._clock.now()
        with self._db.transaction() as conn:
            item_id = lending_table.add_item(conn, uuid=str(uuid.uuid4()), category_id=category_id, name=name.strip(),
                                             code=codes.new_code(codes.Kind.ITEM), notes=notes, at=now)
        return self.item(item_id)

    def item(self, item_id: int) -> Item | None:
        row = lending_table.item(self._db, item_id=item_id)
        return None if row is None else _item(row)

    def items(self, retired_too: bool = False) -> list[Item]:
        rows = lending_table.all_items(self._db) if retired_too else lending_table.items(self._db)
        return [_item(r) for r in rows]

    def add_category(self, name: str, self_service: bool = False) -> int:
        with self._db.transaction() as conn:
            return lending_table.add_category(conn, name.strip(), self_service)

    def edit_category(self, category_id: int, name: str, self_service: bool) -> None:
        with self._db.transaction() as conn:
            lending_table.edit_category(conn, category_id, name.strip(), self_service)

    def edit_item(self, item_id: int, *, category_id: int, name: str, notes: str = "") -> None:
        _refuse_no_name(name)
        with self._db.transaction() as conn:
            lending_table.edit_item(conn, item_id, category_id=category_id, name=name.strip(), notes=notes.strip())

    def person_history(self, person_id: int) -> list[PastLoan]:
        """Everything a person has borrowed, newest first."""
        return [
            PastLoan(r["item"], from_text(r["lent_at"]), from_text(r["due_at"]),
                     from_text(r["returned_at"]) if r["returned_at"] else None, r["problem"])
            for r in lending_table.person_loans(self._db, person_id)
        ]

    def put_out_of_service(self, item_id: int, reason: str) -> None:
        with self._db.transaction() as conn:
            lending_table.set_out_of_service(conn, item_id, reason)
            lending_table.event(conn, item_id, self._clock.now(), "out_of_service", reason)

    def mark_fixed(self, item_id: int, note: str = "") -> None:
        with self._db.transaction() as conn:
            lending_table.set_out_of_service(conn, item_id, None)
            lending_table.event(conn, item_id, self._clock.now(), "fixed", note)

    def retire(self, item_id: int, note: str = "") -> None:
        now = self._clock.now()
        with self._db.transaction() as conn:
            lending_table.retire(conn, item_id, now)
            lending_table.event(conn, item_id, now, "retired", note)

    # --- lending and returning
    def closing_time_today(self) -> datetime:
        """Loans are due back by closing time today (the opening hours; 16:00 on a closed day)
        unless a date is chosen."""
        today = local(self._clock.now()).date()
        return opening_hours.closing_at(self._db, today) or datetime.combine(today, time(16), HELSINKI)

    def due_today(self) -> datetime:
        """"Today": by closing time, or, for a loan made after it (an evening course, an attendant
        staying late), by the end of the day. Closing time alone made every such loan "due in the
        past" and refused it; so did 23:59 in the day's last minute. The end is the day's last
        instant (shown as 23.59, stored to the second as 23:59:59)."""
        closing, now = self.closing_time_today(), self._clock.now()
        return closing if closing > now else datetime.combine(local(now).date(), time.max, HELSINKI)

    def lend(self, person_id: int, *, item_id: int | None = None, item_code: str | None = None,
             due: datetime | None = None, started: datetime | None = None, override_overdue: bool = False,
             self_service: bool = False) -> Lent | Refused:
        """Lend an item, by its id or a scanned label. ``started`` records a forgotten loan afterwards."""
        now = self._clock.now()
        with self._db.transaction() as conn:
            item = lending_table.item(self._db, item_id=item_id) if item_id is not None else self._scanned(item_code)
            if item is None:
                return Refused(Refusal.UNKNOWN_ITEM)
            name = item["name"]
            person = people_table.details(self._db, person_id)
            if person is None:
                return Refused(Refusal.UNKNOWN_PERSON, name)
            if person["erased_at"] is not None:
                return Refused(Refusal.ERASED_PERSON, name)
            if item["retired_at"] is not None:
                return Refused(Refusal.RETIRED, name)
            if item["out_of_service"] is not None:
                return Refused(Refusal.OUT_OF_SERVICE, name)
            if item["loan_id"] is not None:
                return Refused(Refusal.ON_LOAN, name)
            if self_service and not item["self_service"]:
                return Refused(Refusal.NOT_SELF_SERVICE, name)
            refuse_overdue = settings_catalog.get(self._db, "refuse_loans_when_overdue")
            has_overdue = lending_table.overdue_count(self._db, person_id, now) > 0
            if has_overdue and refuse_overdue and not override_overdue:
                return Refused(Refusal.HAS_OVERDUE, name)
            lent_at = started or now
            due_at = due or self.due_today()
            if due_at <= lent_at:
                return Refused(Refusal.DUE_BEFORE_LENT, name)
            loan_id = lending_table.lend(conn, uuid=str(uuid.uuid4()), item_id=item["id"], person_id=person_id,
                                         lent_at=lent_at, due_at=due_at, recorded_at=now,
                                         overridden=has_overdue and override_overdue)
        return Lent(loan_id, name, person["first_name"], due_at)

    def give_back(self, *, item_id: int | None = None, item_code: str | None = None, problem: str | None = None,
                  out_of_service: bool = False) -> Returned | Refused:
        """Take an item back; a problem note can put it out of service in the same step."""
        now = self._clock.now()
        with self._db.transaction() as conn:
            item = lending_table.item(self._db, item_id=item_id) if item_id is not None else self._scanned(item_code)
            if item is None:
                return Refused(Refusal.UNKNOWN_ITEM)
            if item["loan_id"] is None:
                return Refused(Refusal.NOT_ON_LOAN, item["name"])
            problem = (problem or "").strip() or None
            lending_table.give_back(conn, item["loan_id"], now, problem)
            if problem:
                lending_table.event(conn, item["id"], now, "problem", problem)
            if out_of_service or problem:
                # A returned item with a problem waits for the attendant to say it is fixed.
                lending_table.set_out_of_service(conn, item["id"], problem or "")
            borrower = people_table.by_id(self._db, item["borrower_id"])
        late = now > from_text(item["due_at"])
        return Returned(item["name"], borrower["first_name"], late, bool(out_of_service or problem))

    def _scanned(self, raw: str | None):
        code = codes.parse_scan(raw or "")
        if not isinstance(code, codes.Code) or code.kind is not codes.Kind.ITEM:
            return None
        return lending_table.item(self._db, code=code.text)

    # --- views
    def open_loans(self, person_id: int | None = None) -> list[OpenLoan]:
        now = self._clock.now()
        return [
            OpenLoan(r["id"], r["item_id"], r["item"], r["category"], r["person_id"], shown_name(r["first_name"], r["last_name"]),
                     from_text(r["lent_at"]), from_text(r["due_at"]), from_text(r["due_at"]) < now)
            for r in lending_table.open_loans(self._db, person_id)
        ]

    def overdue(self) -> list[OpenLoan]:
        return [loan for loan in self.open_loans() if loan.overdue]

    def history(self, item_id: int) -> list[tuple[datetime, str, str]]:
        return [(from_text(r["at"]), r["kind"], r["note"]) for r in lending_table.item_history(self._db, item_id)]

    # --- for the monthly report
    def figures(self, start: datetime, end: datetime) -> LoanFigures:
        """Loans begun in [start, end) by category and their borrowers; hours on loan within the
        period by category (a loan across midnight or a DST change counts its real hours, cut to
        the period); returns after their due time among loans returned in the period."""
        now = self._clock.now()
        rows = lending_table.loans_overlapping(self._db, start, end)
        begun = [r for r in rows if start <= from_text(r["lent_at"]) < end]
        hours: Counter = Counter()
        for r in rows:
            out = max(from_text(r["lent_at"]), start)
            back = min(from_text(r["returned_at"]) if r["returned_at"] else now, end)
            if back > out:
                hours[r["category"]] += (back - out) / timedelta(hours=1)
        late = sum(
            1 for r in rows
            if r["returned_at"] and start <= from_text(r["returned_at"]) < end and r["returned_at"] > r["due_at"]
        )
        return LoanFigures(
            dict(Counter(r["category"] for r in begun)),
            len({r["person_id"] for r in begun}),
            {k: round(v, 2) for k, v in hours.items()},
            late,
        )


def _refuse_no_name(name: str) -> None:
    if not name.strip():
        raise InvalidInput(Invalid.ITEM_NAME_MISSING, "an item needs a name")
