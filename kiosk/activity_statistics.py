"""The programme's figures for the monthly report (issue 21), counted here and only here; the
layout is kiosk/documents/activities.py. Read the rules before a figure:

- A session is held when it is not cancelled and has begun by the report's clock. A cancelled
  session is counted apart and nothing of it counts.
- Participant visits of a held session: its headcount counts everyone there, names or not (the
  attendant's "23 people" at a pop-up); ticks (people and walk-ins marked as come) are part of it,
  so the larger of the two. Distinct people: registered people marked as come, once per period
  (walk-ins by name and headcounts are visits, never people, as anonymous room visits are).
- Hours of a type: the length of its held sessions (programme hours offered), each session's own.
- Partners: the organisers named on the activities held, each once.
- Guidance: each record is one person helped once; hours are its minutes; people distinct.
- Volunteer hours by activity: the mentors' hours on the held sessions; mentors distinct.
- Activity-only attendance: a registered person come to a session of an activity that counts in
  the visitor figures, without a room visit begun that Helsinki day. The room's visitor totals
  (kiosk/statistics.py) count room visits only, so these are NOT in them; the report says so and
  gives their number. A check-in on the day of a session that does not count in the visitor
  figures (a course of another body) is in the totals; its number is given too.
Counts of people go through statistics.suppress in the public report, as every other one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.activities import KINDS, TOPICS, ActivityService, Session
from kiosk.clock import local_day_start
from kiosk.db import Database
from kiosk.db import activities as table
from kiosk.statistics import local_hour


@dataclass(frozen=True)
class KindFigures:
    kind: str
    sessions: int  # held
    cancelled: int
    participant_visits: int
    people: int  # distinct registered people
    partners: tuple[str, ...]
    hours: float  # of the held sessions


@dataclass(frozen=True)
class TopicFigures:
    topic: str
    times: int
    people: int
    hours: float


@dataclass(frozen=True)
class MentorFigures:
    activity: str
    kind: str
    mentors: int  # distinct people
    sessions: int  # held sessions with a mentor
    hours: float


@dataclass(frozen=True)
class ProgrammeFigures:
    start: date
    end: date
    kinds: tuple[KindFigures, ...]  # in KINDS order, only types with a session
    people: int  # distinct people over all types
    topics: tuple[TopicFigures, ...]  # in TOPICS order, only topics recorded
    mentors: tuple[MentorFigures, ...]
    activity_only_visits: int  # participant visits without a room visit that day (not in the visitor totals)
    activity_only_people: int
    checked_in_not_counting: int  # room visits on a day of a session that does not count in the visitor figures

    @property
    def sessions(self) -> int:
        return sum(k.sessions for k in self.kinds)

    @property
    def participant_visits(self) -> int:
        return sum(k.participant_visits for k in self.kinds)

    @property
    def hours(self) -> float:
        return sum(k.hours for k in self.kinds)


def _held(session: Session, now: datetime) -> bool:
    return not session.cancelled and session.starts <= now


def programme_figures(db: Database, clock, start: date, end: date) -> ProgrammeFigures:
    """The figures of the sessions in [start, end) (Helsinki days)."""
    now = clock.now()
    sessions = ActivityService(db, clock).sessions_between(start, end)
    held = {s.session_id: s for s in sessions if _held(s, now) and s.session_id is not None}
    held_sessions = [s for s in sessions if _held(s, now)]
    came = [r for r in table.attendance_between(db, start, end) if r["session_id"] in held and r["came_at"]]
    ticks: dict[int, int] = defaultdict(int)
    for r in came:
        ticks[r["session_id"]] += 1
    # The day from the UTC hour, each hour turned into Helsinki time once (10,000 visits a month).
    room_days = {(r["person_id"], local_hour(r["check_in_at"][:13])[0])
                 for r in table.people_in_room_between(db, local_day_start(start), local_day_start(end))}

    kinds = []
    everyone: set[int] = set()
    for kind in KINDS:
        own = [s for s in held_sessions if s.activity.kind == kind]
        cancelled = sum(1 for s in sessions if s.cancelled and s.activity.kind == kind)
        if not own and not cancelled:
            continue
        people = {r["person_id"] for r in came if r["person_id"] and held[r["session_id"]].activity.kind == kind}
        everyone |= people
        visits = sum(max(s.headcount or 0, ticks.get(s.session_id, 0)) for s in own)
        partners = tuple(sorted({s.activity.organiser for s in own if s.activity.organiser}, key=str.casefold))
        kinds.append(KindFigures(kind, len(own), cancelled, visits, len(people), partners,
                                 sum(s.minutes for s in own) / 60))

    # A guidance record on a cancelled session is a mistake: left out with the session.
    records = [g for g in table.guidance_between(db, start, end) if g["session_id"] in held]
    topics = []
    for topic in TOPICS:
        own = [g for g in records if g["topic"] == topic]
        if own:
            topics.append(TopicFigures(topic, len(own), len({g["person_id"] for g in own if g["person_id"]}),
                                       sum(g["minutes"] for g in own) / 60))

    by_activity: dict[int, list] = defaultdict(list)
    for m in table.mentors_between(db, start, end):
        if m["session_id"] in held:
            by_activity[m["activity_id"]].append(m)
    mentors = []
    for rows in by_activity.values():
        activity = held[rows[0]["session_id"]].activity
        mentors.append(MentorFigures(activity.name, activity.kind, len({m["person_id"] for m in rows}),
                                     len({m["session_id"] for m in rows}), sum(m["hours"] for m in rows)))
    mentors.sort(key=lambda m: (KINDS.index(m.kind), m.activity.casefold()))

    counting = [r for r in came if r["person_id"] and held[r["session_id"]].activity.counts_in_visitors]
    only = [r for r in counting if (r["person_id"], date.fromisoformat(r["on_date"])) not in room_days]
    not_counting = {(r["person_id"], r["on_date"]) for r in came
                    if r["person_id"] and not held[r["session_id"]].activity.counts_in_visitors}
    return ProgrammeFigures(
        start, end, tuple(kinds), len(everyone), tuple(topics), tuple(mentors),
        activity_only_visits=len(only), activity_only_people=len({r["person_id"] for r in only}),
        checked_in_not_counting=sum(1 for p, d in not_counting if (p, date.fromisoformat(d)) in room_days),
    )

