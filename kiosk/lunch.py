"""The weekly lunch: who comes, what they eat, and an exact headcount for the cook.

The pattern (weekdays, time, seats, menu, price, when sign-up closes) is in settings; a single
lunch can be cancelled or moved. Sign-up closes by itself at its closing time, and a guest takes
a seat of its own. Every answer is a small value; a refusal writes nothing.
"""

from __future__ import annotations

import enum
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kiosk import settings_catalog
from kiosk.clock import HELSINKI, local
from kiosk.db import Database
from kiosk.db import lunch as lunch_table
from kiosk.db import people as people_table
from kiosk.db.timestamps import to_text
from kiosk.names import shown_name

DIETS = ("vegetarian", "gluten_free", "lactose_free", "no_pork", "other")
LOOK_AHEAD_DAYS = 21


class LunchRefusal(enum.Enum):
    NO_LUNCH = "no_lunch"
    CANCELLED = "cancelled"
    CLOSED = "closed"  # sign-up time is over: ask the attendant
    FULL = "full"
    UNKNOWN_PERSON = "unknown_person"
    NOT_SIGNED_UP = "not_signed_up"


@dataclass(frozen=True)
class LunchInfo:
    day: date
    starts: datetime
    menu: str
    price: str
    seats: int
    taken: int
    closes: datetime
    cancelled: bool
    moved_from: date | None = None

    @property
    def seats_left(self) -> int:
        return max(0, self.seats - self.taken)


@dataclass(frozen=True)
class SignedUp:
    first_name: str
    lunch: LunchInfo
    guests: int
    diets: tuple[str, ...]
    already: bool = False  # was signed up before: nothing new written


@dataclass(frozen=True)
class SignUpCancelled:
    first_name: str
    lunch: LunchInfo


@dataclass(frozen=True)
class LunchRefused:
    reason: LunchRefusal
    lunch: LunchInfo | None = None


@dataclass(frozen=True)
class ListRow:
    signup_id: int
    name: str  # first name and last initial, or the walk-in's name as the attendant wrote it
    diets: tuple[str, ...]
    diet_note: str
    guests: int
    served: bool
    walk_in: bool


@dataclass(frozen=True)
class LunchList:
    lunch: LunchInfo
    rows: tuple[ListRow, ...]
    headcount: int  # sign-ups and their guests
    diets: dict[str, int]  # each diet, counted per person (guests eat the standard meal)
    served: int  # the served count if one was recorded, else the ticks (with their guests)


@dataclass(frozen=True)
class LunchDay:
    day: date
    signed_up: int
    guests: int
    served: int
    no_shows: int


def _diets_text(diets) -> str:
    return ",".join(d for d in DIETS if d in set(diets))


def _diets(text: str) -> tuple[str, ...]:
    return tuple(d for d in text.split(",") if d)


class LunchService:
    def __init__(self, db: Database, clock):
        self._db, self._clock = db, clock

    # --- the pattern and single lunches
    def _setting(self, key: str):
        return settings_catalog.get(self._db, key)

    def _weekdays(self) -> set[int]:
        return {int(d) for d in self._setting("lunch_weekdays")}

    def info(self, day: date) -> LunchInfo | None:
        """The lunch on a day, if there is one (by the pattern, or moved there)."""
        row = lunch_table.by_date(self._db, day)
        moved = lunch_table.moved_here(self._db, day)
        if row is None and day.weekday() not in self._weekdays():
            return None
        at_time = time.fromisoformat(row["at_time"]) if row else self._setting("lunch_time")
        closes_on = day - timedelta(days=self._setting("lunch_close_days_before"))
        return LunchInfo(
            day=day,
            starts=datetime.combine(day, at_time, HELSINKI),
            menu=row["menu"] if row else self._setting("lunch_menu"),
            price=row["price"] if row else self._setting("lunch_price"),
            seats=row["seats"] if row else self._setting("lunch_seats"),
            taken=lunch_table.seats_taken(self._db, row["id"]) if row else 0,
            closes=datetime.combine(closes_on, self._setting("lunch_close_time"), HELSINKI),
            cancelled=bool(row and row["cancelled_at"]),
            moved_from=date.fromisoformat(moved["on_date"]) if moved else None,
        )

    def today(self) -> date:
        return local(self._clock.now()).date()

    def next_lunch(self) -> LunchInfo | None:
        """The coming lunch that is not cancelled (today's until it has begun)."""
        now = self._clock.now()
        today = local(now).date()
        for offset in range(LOOK_AHEAD_DAYS):
            lunch = self.info(today + timedelta(days=offset))
            if lunch and not lunch.cancelled and lunch.starts > now:
                return lunch
        return None

    def is_open(self, lunch: LunchInfo) -> bool:
        return not lunch.cancelled and self._clock.now() < lunch.closes and lunch.seats_left > 0

    def _row(self, conn, day: date):
        row = lunch_table.by_date(self._db, day)
        if row is not None:
            return row
        info = self.info(day)
        if info is None:
            info = LunchInfo(day, datetime.combine(day, time(11, 30), HELSINKI), self._setting("lunch_menu"),
                             self._setting("lunch_price"), self._setting("lunch_seats"), 0,
                             datetime.combine(day, time(0), HELSINKI), False)
        lunch_table.create(conn, uuid=str(uuid.uuid4()), day=day, at_time=local(info.starts).strftime("%H:%M"),
                           seats=info.seats, menu=info.menu, price=info.price)
        return lunch_table.by_date(self._db, day)

    def cancel_lunch(self, day: date) -> None:
        with self._db.transaction() as conn:
            lunch_table.update(conn, self._row(conn, day)["id"], cancelled_at=to_text(self._clock.now()))

    def move_lunch(self, day: date, to: date) -> None:
        """A holiday: the lunch and its sign-ups move to another day."""
        with self._db.transaction() as conn:
            old = self._row(conn, day)
            new = self._row(conn, to)
            lunch_table.update(conn, new["id"], at_time=old["at_time"], seats=old["seats"], menu=old["menu"], price=old["price"])
            conn.execute("UPDATE lunch_signups SET lunch_id = ? WHERE lunch_id = ?", (new["id"], old["id"]))
            lunch_table.update(conn, old["id"], cancelled_at=to_text(self._clock.now()), moved_to=to.isoformat())

    def set_menu(self, day: date, menu: str, seats: int | None = None) -> None:
        with self._db.transaction() as conn:
            row = self._row(conn, day)
            lunch_table.update(conn, row["id"], menu=menu, seats=row["seats"] if seats is None else seats)

    # --- visitors
    def offer_for(self, person_id: int) -> LunchInfo | None:
        """The lunch to offer on a check-in confirmation: open, with a seat, not yet signed up for."""
        lunch = self.next_lunch()
        if lunch is None or not self.is_open(lunch) or self.signed_up(person_id, lunch.day):
            return None
        return lunch

    def sign_up_as_before(self, person_id: int) -> SignedUp | LunchRefused:
        """One tap on the check-in confirmation: the next lunch, with the diets remembered."""
        diets, note = self.remembered_diets(person_id)
        return self.sign_up(person_id, diets, note)

    def remembered_diets(self, person_id: int) -> tuple[tuple[str, ...], str]:
        diets, note = lunch_table.remembered_diets(self._db, person_id)
        return _diets(diets), note

    def signed_up(self, person_id: int, day: date) -> bool:
        row = lunch_table.by_date(self._db, day)
        return bool(row and lunch_table.signup_of(self._db, row["id"], person_id))

    def sign_up(self, person_id: int, diets=(), diet_note: str = "", guest: bool = False,
                day: date | None = None) -> SignedUp | LunchRefused:
        lunch = self.info(day) if day else self.next_lunch()
        if lunch is None:
            return LunchRefused(LunchRefusal.NO_LUNCH)
        person = people_table.details(self._db, person_id)
        if person is None or person["erased_at"] is not None:
            return LunchRefused(LunchRefusal.UNKNOWN_PERSON, lunch)
        now = self._clock.now()
        with self._db.transaction() as conn:
            row = self._row(conn, lunch.day)
            existing = lunch_table.signup_of(self._db, row["id"], person_id)
            lunch = self.info(lunch.day)
            if existing:
                return SignedUp(person["first_name"], lunch, existing["guests"], _diets(existing["diets"]), already=True)
            if lunch.cancelled:
                return LunchRefused(LunchRefusal.CANCELLED, lunch)
            if now >= lunch.closes:
                return LunchRefused(LunchRefusal.CLOSED, lunch)
            if lunch.taken + 1 + int(guest) > lunch.seats:
                return LunchRefused(LunchRefusal.FULL, lunch)
            lunch_table.sign_up(conn, uuid=str(uuid.uuid4()), lunch_id=row["id"], person_id=person_id, walk_in_name=None,
                                guests=int(guest), diets=_diets_text(diets), diet_note=diet_note.strip(), at=now)
            lunch_table.remember_diets(conn, person_id, _diets_text(diets), diet_note.strip())
        return SignedUp(person["first_name"], self.info(lunch.day), int(guest), _diets(_diets_text(diets)))

    def cancel_sign_up(self, person_id: int, day: date | None = None) -> SignUpCancelled | LunchRefused:
        lunch = self.info(day) if day else self.next_lunch()
        if lunch is None:
            return LunchRefused(LunchRefusal.NO_LUNCH)
        now = self._clock.now()
        with self._db.transaction() as conn:
            row = lunch_table.by_date(self._db, lunch.day)
            existing = lunch_table.signup_of(self._db, row["id"], person_id) if row else None
            if existing is None:
                return LunchRefused(LunchRefusal.NOT_SIGNED_UP, lunch)
            if now >= lunch.closes:
                return LunchRefused(LunchRefusal.CLOSED, lunch)
            lunch_table.cancel_signup(conn, existing["id"], now)
            first_name = people_table.by_id(self._db, person_id)["first_name"]
        return SignUpCancelled(first_name, self.info(lunch.day))

    # --- the attendant and the cook
    def walk_in(self, day: date, name: str, diets=(), diet_note: str = "", guests: int = 0) -> None:
        """Someone the attendant adds: after closing time and beyond the seats too (the cook decides)."""
        with self._db.transaction() as conn:
            row = self._row(conn, day)
            lunch_table.sign_up(conn, uuid=str(uuid.uuid4()), lunch_id=row["id"], person_id=None,
                                walk_in_name=name.strip() or "?", guests=min(1, guests), diets=_diets_text(diets),
                                diet_note=diet_note.strip(), at=self._clock.now())

    def mark_served(self, signup_id: int, served: bool = True) -> None:
        with self._db.transaction() as conn:
            lunch_table.set_served(conn, signup_id, served)

    def set_served_count(self, day: date, count: int | None) -> None:
        with self._db.transaction() as conn:
            lunch_table.update(conn, self._row(conn, day)["id"], served_count=count)

    def list_for(self, day: date) -> LunchList | None:
        lunch = self.info(day)
        row = lunch_table.by_date(self._db, day)
        if lunch is None and row is None:
            return None
        lunch = lunch or LunchInfo(day, datetime.combine(day, time(11, 30), HELSINKI), row["menu"], row["price"],
                                   row["seats"], 0, datetime.combine(day, time(0), HELSINKI), bool(row["cancelled_at"]))
        signups = lunch_table.signups(self._db, row["id"]) if row else []
        rows = tuple(
            ListRow(s["id"], s["walk_in_name"] or shown_name(s["first_name"], s["last_name"]), _diets(s["diets"]),
                    s["diet_note"], s["guests"], bool(s["served"]), s["person_id"] is None)
            for s in signups
        )
        ticked = sum(1 + r.guests for r in rows if r.served)
        served = row["served_count"] if row and row["served_count"] is not None else ticked
        diets = Counter(d for r in rows for d in r.diets)
        return LunchList(lunch, rows, sum(1 + r.guests for r in rows), dict(diets), served)

    # --- for the monthly report
    def figures(self, start: date, end: date) -> list[LunchDay]:
        """Per lunch held in [start, end): sign-ups (people), their guests, served, no-shows.
        No-shows are sign-ups not ticked as served; with only a served count recorded, the
        headcount less that count."""
        days = []
        for row in lunch_table.between(self._db, start, end):
            if row["cancelled_at"]:
                continue
            listing = self.list_for(date.fromisoformat(row["on_date"]))
            signed_up = len(listing.rows)
            guests = sum(r.guests for r in listing.rows)
            if any(r.served for r in listing.rows):
                no_shows = sum(1 for r in listing.rows if not r.served)
            else:
                no_shows = max(0, signed_up + guests - listing.served)
            days.append(LunchDay(listing.lunch.day, signed_up, guests, listing.served, no_shows))
        return days
