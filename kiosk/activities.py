"""The programme around the room: courses, groups, talkoot, language cafés, pop-ups, excursions,
guidance sessions and events (issue 21). Plain Python over kiosk/db/activities.py.

An activity is one-off or weekly (on its first day's weekday, up to its last day or on and on) at
a Helsinki time for a number of minutes. A session is one day of it; its row is made when
something is recorded for it and keeps the time and length it had, so a later edit of the
schedule changes no past session. A visitor taps "Tuletko: Ompeluseura?" on the check-in
confirmation while a session is on, or signs up ahead on "Tänään"; the attendant ticks who came,
adds walk-ins, a headcount without names, the volunteer mentors and their hours, a note, and for a
guidance session who was helped, how long, and the topic (never what was said). Every answer is a
small value; a refusal writes nothing.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kiosk.clock import HELSINKI, local
from kiosk.db import Database
from kiosk.db import activities as table
from kiosk.db import people as people_table
from kiosk.db.timestamps import to_text
from kiosk.names import clean, shown_name

KINDS = ("course", "group", "talkoot", "language_cafe", "pop_up", "excursion", "guidance", "event", "other")
TOPICS = ("job_seeking", "benefits", "digital_errands", "training", "housing", "other")
# The confirmation asks "Tuletko: ...?" from this long before a session begins until it ends.
EARLY = timedelta(minutes=30)


class Refusal(enum.Enum):
    NO_SESSION = "no_session"  # no such activity on that day
    CANCELLED = "cancelled"
    OVER = "over"  # the session has ended: sign-up ahead is for sessions to come
    FULL = "full"
    UNKNOWN_PERSON = "unknown_person"
    NOT_SIGNED_UP = "not_signed_up"
    INVALID = "invalid"  # an activity's details that cannot be saved (see ``problems``)


@dataclass(frozen=True)
class Activity:
    id: int
    name: str
    kind: str
    organiser: str
    place: str  # '' = the room
    weekly: bool
    first_on: date
    last_on: date | None
    at_time: str  # HH:MM, Helsinki
    minutes: int
    seats: int | None
    counts_in_visitors: bool

    @property
    def off_site(self) -> bool:
        return bool(self.place.strip())

    def days(self, start: date, end: date) -> list[date]:
        """The scheduled days in [start, end)."""
        if not self.weekly:
            return [self.first_on] if start <= self.first_on < end else []
        last = min(end - timedelta(days=1), self.last_on or end)
        day = self.first_on
        if day < start:
            day += timedelta(days=7 * ((start - day).days // 7))
            if day < start:
                day += timedelta(days=7)
        days = []
        while day <= last:
            days.append(day)
            day += timedelta(days=7)
        return days


@dataclass(frozen=True)
class Draft:
    """An activity as the attendant enters it (also for an edit)."""

    name: str
    kind: str = "group"
    organiser: str = ""
    place: str = ""
    weekly: bool = False
    first_on: date | None = None
    last_on: date | None = None
    at_time: str = "10:00"
    minutes: int = 60
    seats: int | None = None
    counts_in_visitors: bool = True


@dataclass(frozen=True)
class Session:
    activity: Activity
    day: date
    starts: datetime  # aware, Helsinki
    minutes: int
    cancelled: bool
    headcount: int | None
    note: str
    taken: int  # sign-ups and attendance rows: each takes a seat
    session_id: int | None = None  # None: nothing recorded yet

    @property
    def ends(self) -> datetime:
        return self.starts + timedelta(minutes=self.minutes)

    @property
    def seats_left(self) -> int | None:
        return None if self.activity.seats is None else max(0, self.activity.seats - self.taken)

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class Attended:
    first_name: str
    session: Session
    already: bool = False


@dataclass(frozen=True)
class SignedUpFor:
    first_name: str
    session: Session
    already: bool = False


@dataclass(frozen=True)
class SignUpWithdrawn:
    first_name: str
    session: Session


@dataclass(frozen=True)
class ActivityRefused:
    reason: Refusal
    session: Session | None = None
    problems: tuple[str, ...] = ()  # for INVALID: the fields that are wrong


@dataclass(frozen=True)
class RosterRow:
    attendance_id: int
    person_id: int | None
    name: str  # first name and last initial, or the walk-in's name as written
    signed_up: bool
    came: bool
    walk_in: bool


@dataclass(frozen=True)
class Mentor:
    person_id: int
    name: str
    hours: float


@dataclass(frozen=True)
class GuidanceRow:
    name: str
    minutes: int
    topic: str


@dataclass(frozen=True)
class Roster:
    session: Session
    rows: tuple[RosterRow, ...]
    mentors: tuple[Mentor, ...]
    guidance: tuple[GuidanceRow, ...]

    @property
    def came(self) -> int:
        return sum(1 for r in self.rows if r.came)

    @property
    def signed_up(self) -> int:
        return sum(1 for r in self.rows if r.signed_up)

    @property
    def participants(self) -> int:
        """Participant visits of the session: the headcount counts everyone there, names or not;
        fewer than the ticks cannot be, so the larger of the two."""
        return max(self.session.headcount or 0, self.came)


def activity_from_row(row) -> Activity:
    return Activity(row["id"], row["name"], row["kind"], row["organiser"], row["place"], bool(row["weekly"]),
                    date.fromisoformat(row["first_on"]), date.fromisoformat(row["last_on"]) if row["last_on"] else None,
                    row["at_time"], row["minutes"], row["seats"], bool(row["counts_in_visitors"]))


def walk_in_shown(name: str) -> str:
    """A walk-in's name as the attendant wrote it, shown as any other: first name, last initial."""
    first, _, rest = name.strip().partition(" ")
    return shown_name(first, rest)


def _starts(day: date, at_time: str) -> datetime:
    hour, minute = (int(p) for p in at_time.split(":"))
    return datetime.combine(day, time(hour, minute), HELSINKI)


def session_of(activity: Activity, day: date, row, taken: int) -> Session:
    if row is None:
        return Session(activity, day, _starts(day, activity.at_time), activity.minutes, False, None, "", taken)
    return Session(activity, day, _starts(day, row["at_time"]), row["minutes"], bool(row["cancelled_at"]),
                   row["headcount"], row["note"], taken, row["id"])


def problems(draft: Draft) -> tuple[str, ...]:
    """The fields of a draft that cannot be saved, by name."""
    found = []
    if not clean(draft.name):
        found.append("name")
    if draft.kind not in KINDS:
        found.append("kind")
    if draft.first_on is None:
        found.append("first_on")
    if draft.last_on is not None and (not draft.weekly or draft.first_on is None or draft.last_on < draft.first_on):
        found.append("last_on")
    try:
        hour, minute = (int(p) for p in draft.at_time.split(":"))
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError
    except ValueError:
        found.append("at_time")
    if not 1 <= draft.minutes <= 1440:
        found.append("minutes")
    if draft.seats is not None and draft.seats < 1:
        found.append("seats")
    return tuple(found)


def _values(draft: Draft) -> dict:
    hour, minute = (int(p) for p in draft.at_time.split(":"))
    return {"name": clean(draft.name), "kind": draft.kind, "organiser": clean(draft.organiser),
            "place": clean(draft.place), "weekly": int(draft.weekly), "first_on": draft.first_on.isoformat(),
            "last_on": draft.last_on.isoformat() if draft.last_on and draft.weekly else None,
            "at_time": f"{hour:02d}:{minute:02d}", "minutes": draft.minutes, "seats": draft.seats,
            "counts_in_visitors": int(draft.counts_in_visitors)}


def parse_day(text: str, today: date) -> date | None:
    """A day as an attendant types it: "27.11.2026", "27.11." (this year) or "2026-11-27"; None if not a day."""
    text = text.strip()
    try:
        if "-" in text:
            return date.fromisoformat(text) if len(text) == 10 else None
        parts = text.rstrip(".").split(".")
        if len(parts) == 2:
            return date(today.year, int(parts[1]), int(parts[0]))
        if len(parts) == 3 and len(parts[2]) == 4:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None
    return None


def parse_time(text: str) -> str | None:
    """"17", "17.30", "17:30" -> "17:30"; None if not a time of day."""
    parts = text.strip().replace(".", ":").split(":")
    if not 1 <= len(parts) <= 2 or not all(p.isascii() and p.isdigit() and len(p) <= 2 for p in parts):
        return None
    hour, minute = int(parts[0]), int(parts[1]) if len(parts) == 2 else 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def draft_of(activity: Activity) -> Draft:
    return Draft(activity.name, activity.kind, activity.organiser, activity.place, activity.weekly, activity.first_on,
                 activity.last_on, activity.at_time, activity.minutes, activity.seats, activity.counts_in_visitors)


class ActivityService:
    def __init__(self, db: Database, clock, new_uuid=None):
        self._db, self._clock = db, clock
        self._uuid = new_uuid or (lambda: str(uuid.uuid4()))  # the demo's come from its seed

    def today(self) -> date:
        return local(self._clock.now()).date()

    def now(self) -> datetime:
        return self._clock.now()

    # --- the programme
    def activities(self) -> list[Activity]:
        return [activity_from_row(r) for r in table.all_activities(self._db)]

    def activity(self, activity_id: int) -> Activity | None:
        row = table.activity(self._db, activity_id)
        return activity_from_row(row) if row else None

    def save(self, draft: Draft, activity_id: int | None = None) -> Activity | ActivityRefused:
        """A new activity, or an edit. An edit of the time or length keeps the sessions before today
        as they were (each gets its row with the old values); sessions to come that no longer fit
        the schedule go, unless someone has signed up for one."""
        wrong = problems(draft)
        if wrong:
            return ActivityRefused(Refusal.INVALID, problems=wrong)
        values = _values(draft)
        now = self._clock.now()
        with self._db.transaction() as conn:
            if activity_id is None:
                activity_id = table.insert_activity(conn, self._uuid(), values, now)
            else:
                old = self.activity(activity_id)
                today = self.today()
                for day in old.days(min(old.first_on, today), today):
                    self._row(conn, old, day)  # past sessions keep their time and length
                table.update_activity(conn, activity_id, values)
                new = activity_from_row({**values, "id": activity_id})
                keep = set(new.days(today, today + timedelta(days=3660)))
                for row in table.future_sessions(conn, activity_id, today):
                    day = date.fromisoformat(row["on_date"])
                    if day not in keep and not row["attendance"] and not row["cancelled_at"]:
                        table.delete_session(conn, row["id"])
                    elif day in keep:
                        table.update_session(conn, row["id"], at_time=values["at_time"], minutes=values["minutes"])
        return self.activity(activity_id)

    def _row(self, conn, activity: Activity, day: date):
        row = table.session_in(conn, activity.id, day)
        if row is None:
            table.insert_session(conn, self._uuid(), activity.id, day, activity.at_time, activity.minutes)
            row = table.session_in(conn, activity.id, day)
        return row

    def sessions_between(self, start: date, end: date) -> list[Session]:
        """Every session in [start, end), cancelled ones too, by start time."""
        rows = {(r["activity_id"], r["on_date"]): r for r in table.sessions_between(self._db, start, end)}
        activities = {r["id"]: activity_from_row(r) for r in table.active_between(self._db, start, end)}
        for activity_id, _ in rows:
            if activity_id not in activities:
                activities[activity_id] = self.activity(activity_id)
        found = []
        for activity in activities.values():
            days = set(activity.days(start, end)) | {date.fromisoformat(d) for a, d in rows if a == activity.id}
            for day in days:
                row = rows.get((activity.id, day.isoformat()))
                taken = table.seats_taken(self._db, row["id"]) if row else 0
                found.append(session_of(activity, day, row, taken))
        return sorted(found, key=lambda s: (s.starts, s.activity.name, s.activity.id))

    def sessions_on(self, day: date) -> list[Session]:
        return self.sessions_between(day, day + timedelta(days=1))

    def session(self, activity_id: int, day: date) -> Session | None:
        return next((s for s in self.sessions_on(day) if s.activity.id == activity_id), None)

    def today_sessions(self) -> list[Session]:
        """Today's sessions not cancelled and not over, for "Tänään" on home."""
        now = self._clock.now()
        return [s for s in self.sessions_on(self.today()) if not s.cancelled and s.ends > now]

    def going_on(self, person_id: int) -> Session | None:
        """The session to offer on a check-in confirmation: on now (from half an hour before it
        begins), in the room, not cancelled, the person not yet marked as come."""
        now = self._clock.now()
        for s in self.sessions_on(self.today()):
            if s.cancelled or s.activity.off_site or not (s.starts - EARLY <= now < s.ends):
                continue
            row = table.attendance_of(self._db, s.session_id, person_id) if s.session_id else None
            if row is None or row["came_at"] is None:
                return s
        return None

    def cancel_session(self, activity_id: int, day: date, cancelled: bool = True) -> None:
        activity = self.activity(activity_id)
        with self._db.transaction() as conn:
            row = self._row(conn, activity, day)
            table.update_session(conn, row["id"], cancelled_at=to_text(self._clock.now()) if cancelled else None)

    # --- visitors
    def _person(self, person_id: int):
        person = people_table.details(self._db, person_id)
        return None if person is None or person["erased_at"] is not None else person

    def _who_and_when(self, person_id: int, activity_id: int, day: date):
        """(session, person) or an ActivityRefused: no such session, or no such person."""
        session = self.session(activity_id, day)
        if session is None:
            return ActivityRefused(Refusal.NO_SESSION)
        person = self._person(person_id)
        return (session, person) if person is not None else ActivityRefused(Refusal.UNKNOWN_PERSON, session)

    def attend(self, person_id: int, activity_id: int, day: date | None = None) -> Attended | ActivityRefused:
        """One tap: the person is at the session (signed up or not; with or without a room visit)."""
        day = day or self.today()
        found = self._who_and_when(person_id, activity_id, day)
        if isinstance(found, ActivityRefused):
            return found
        session, person = found
        if session.cancelled:
            return ActivityRefused(Refusal.CANCELLED, session)
        now = self._clock.now()
        with self._db.transaction() as conn:
            row = self._row(conn, session.activity, day)
            existing = table.attendance_of_in(conn, row["id"], person_id)
            if existing is not None and existing["came_at"] is not None:
                return Attended(person["first_name"], self.session(activity_id, day), already=True)
            if existing is not None:
                table.set_came(conn, existing["id"], now)
            else:
                table.insert_attendance(conn, uuid=self._uuid(), session_id=row["id"], person_id=person_id,
                                        walk_in_name=None, signed_up_at=None, came_at=now, source="kiosk")
        return Attended(person["first_name"], self.session(activity_id, day))

    def sign_up(self, person_id: int, activity_id: int, day: date | None = None) -> SignedUpFor | ActivityRefused:
        """Ahead of a session: a seat is kept. The last seat can be taken."""
        day = day or self.today()
        found = self._who_and_when(person_id, activity_id, day)
        if isinstance(found, ActivityRefused):
            return found
        session, person = found
        now = self._clock.now()
        with self._db.transaction() as conn:
            existing = table.attendance_of_in(conn, session.session_id, person_id) if session.session_id else None
            if existing is not None:
                return SignedUpFor(person["first_name"], session, already=True)
            if session.cancelled:
                return ActivityRefused(Refusal.CANCELLED, session)
            if now >= session.ends:
                return ActivityRefused(Refusal.OVER, session)
            row = self._row(conn, session.activity, day)
            if session.activity.seats is not None and table.seats_taken(conn, row["id"]) >= session.activity.seats:
                return ActivityRefused(Refusal.FULL, session)
            table.insert_attendance(conn, uuid=self._uuid(), session_id=row["id"], person_id=person_id,
                                    walk_in_name=None, signed_up_at=now, came_at=None, source="signup")
        return SignedUpFor(person["first_name"], self.session(activity_id, day))

    def withdraw(self, person_id: int, activity_id: int, day: date | None = None) -> SignUpWithdrawn | ActivityRefused:
        day = day or self.today()
        found = self._who_and_when(person_id, activity_id, day)
        if isinstance(found, ActivityRefused):
            return found
        session, person = found
        with self._db.transaction() as conn:
            existing = table.attendance_of_in(conn, session.session_id, person_id) if session.session_id else None
            if existing is None or existing["came_at"] is not None:
                return ActivityRefused(Refusal.NOT_SIGNED_UP, session)
            table.cancel_attendance(conn, existing["id"], self._clock.now())
        return SignUpWithdrawn(person["first_name"], self.session(activity_id, day))

    def signed_up(self, person_id: int, activity_id: int, day: date | None = None) -> bool:
        row = table.session(self._db, activity_id, day or self.today())
        return bool(row and table.attendance_of(self._db, row["id"], person_id))

    # --- the attendant
    def roster(self, activity_id: int, day: date) -> Roster | None:
        session = self.session(activity_id, day)
        if session is None:
            return None
        if session.session_id is None:
            return Roster(session, (), (), ())
        rows = tuple(
            RosterRow(r["id"], r["person_id"], walk_in_shown(r["walk_in_name"]) if r["walk_in_name"] else shown_name(r["first_name"], r["last_name"]),
                      r["signed_up_at"] is not None, r["came_at"] is not None, r["person_id"] is None)
            for r in table.attendance(self._db, session.session_id)
        )
        mentors = tuple(Mentor(r["person_id"], shown_name(r["first_name"], r["last_name"]), r["hours"])
                        for r in table.mentors(self._db, session.session_id))
        guidance = tuple(GuidanceRow(walk_in_shown(r["walk_in_name"]) if r["walk_in_name"] else shown_name(r["first_name"], r["last_name"]), r["minutes"],
                                     r["topic"]) for r in table.guidance(self._db, session.session_id))
        return Roster(session, rows, mentors, guidance)

    def tick(self, attendance_id: int, came: bool = True) -> None:
        with self._db.transaction() as conn:
            table.set_came(conn, attendance_id, self._clock.now() if came else None)

    def walk_in(self, activity_id: int, day: date, name: str = "", person_id: int | None = None) -> int:
        """Someone the attendant adds as come: a registered person, or a name as written."""
        activity = self.activity(activity_id)
        now = self._clock.now()
        with self._db.transaction() as conn:
            row = self._row(conn, activity, day)
            if person_id is not None:
                existing = table.attendance_of_in(conn, row["id"], person_id)
                if existing is not None:
                    if existing["came_at"] is None:
                        table.set_came(conn, existing["id"], now)
                    return existing["id"]
            return table.insert_attendance(conn, uuid=self._uuid(), session_id=row["id"], person_id=person_id,
                                           walk_in_name=None if person_id is not None else (clean(name) or "?"),
                                           signed_up_at=None, came_at=now, source="staff")

    def set_headcount(self, activity_id: int, day: date, count: int | None) -> None:
        activity = self.activity(activity_id)
        with self._db.transaction() as conn:
            table.update_session(conn, self._row(conn, activity, day)["id"],
                                 headcount=None if count is None else max(0, int(count)))

    def set_note(self, activity_id: int, day: date, note: str) -> None:
        activity = self.activity(activity_id)
        with self._db.transaction() as conn:
            table.update_session(conn, self._row(conn, activity, day)["id"], note=note.strip())

    def set_mentor(self, activity_id: int, day: date, person_id: int, hours: float | None) -> None:
        """A volunteer mentor present for ``hours`` (None: not present after all)."""
        if hours is not None and not 0 < hours <= 24:
            raise ValueError("a mentor's hours are more than 0 and at most 24")
        activity = self.activity(activity_id)
        with self._db.transaction() as conn:
            table.set_mentor(conn, self._uuid(), self._row(conn, activity, day)["id"], person_id, hours)

    def volunteers_on(self, day: date) -> list[tuple[int, str]]:
        return [(r["id"], shown_name(r["first_name"], r["last_name"])) for r in table.volunteers_on(self._db, day)]

    def record_guidance(self, activity_id: int, day: date, minutes: int, topic: str, person_id: int | None = None,
                        name: str = "") -> None:
        """Who was helped (a person, or a name as written), how long, and the topic: never what was said."""
        if topic not in TOPICS:
            raise ValueError(f"not a guidance topic: {topic!r}")
        if not 1 <= minutes <= 600:
            raise ValueError("guidance lasts 1 to 600 minutes")
        attendance_id = self.walk_in(activity_id, day, name, person_id)
        with self._db.transaction() as conn:
            table.insert_guidance(conn, self._uuid(), attendance_id, minutes, topic, self._clock.now())
