"""The room's exchange file for one month, from the statistics service (the same counting as the
monthly report; README "Counting rules"), the lending and lunch services and the room's settings.
The format itself is in kiosk/exchange_format.py and docs/exchange-format.md.

Settings read here: ``municipality_code`` (three digits), ``seats`` (work places),
``opening_hours`` (hours offered), and for a project network with a joint-controller agreement
``network_joint_controller`` = 1 with ``network_secret`` (the network's shared secret).
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import date, datetime, timedelta

from kiosk import __version__, opening_hours, settings_catalog
from kiosk.activity_statistics import programme_figures
from kiosk.clock import local_day_start
from kiosk.db import Database
from kiosk.db import exchange as exchange_table
from kiosk.db import statistics as statistics_table
from kiosk.exchange_format import (
    ATTENDANCE_ROLES,
    BREAKDOWN_NAMES,
    FORMAT,
    GENDER_KEYS,
    NOT_TOLD,
    VERSION,
    utc_text,
)
from kiosk.lending import LendingService
from kiosk.lunch import LunchService
from kiosk.names import words
from kiosk.statistics import VISITOR_ROLES, named_visits, period_figures
from kiosk.statistics import offered as statistics_offered

JOINT_CONTROLLER = "network_joint_controller"
SECRET = "network_secret"


class NoSecret(ValueError):
    """Pseudonyms were asked for (joint-controller setting) but the network's secret is not set."""


def previous_month(day: date) -> tuple[int, int]:
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


def file_name(document: dict) -> str:
    """<room id>-<YYYY-MM>.json: one room's months never collide with another room's in a shared folder."""
    return f"{document['room']['id']}-{document['month']}.json"


def month_span(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    return start, date(year + month // 12, month % 12 + 1, 1)


def build(db: Database, clock, year: int, month: int, last_offsite_copy: datetime | None = None) -> dict:
    start, end = month_span(year, month)
    figures = period_figures(db, clock, start, end)
    key = figures.key
    gender = dict.fromkeys(GENDER_KEYS, 0)
    if figures.visitors:  # every breakdown covers every distinct visitor: one gives the gender split
        for _, cells in figures.visitors[0].rows:
            for name, count in zip(GENDER_KEYS, cells):
                gender[name] += count
    breakdowns = {b.name: {(NOT_TOLD if value is None else str(value)): dict(zip(GENDER_KEYS, cells))
                           for value, cells in b.rows} for b in figures.visitors}
    people, sessions, volunteer_hours = figures.volunteers.people, figures.volunteers.visits, figures.volunteers.hours
    loans = LendingService(db, clock).figures(local_day_start(start), local_day_start(end))
    lunches = LunchService(db, clock).figures(start, end)
    hours_offered, days_offered = offered(db, start, end)
    if last_offsite_copy is None and settings_catalog.is_set(db, "offsite_last_ok_at"):
        # Recorded by the closing tick after each off-site push (kiosk/closing.py).
        last_offsite_copy = datetime.fromisoformat(settings_catalog.get(db, "offsite_last_ok_at"))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "month": f"{year:04d}-{month:02d}",
        "made_at": utc_text(clock.now()),
        "software": f"workroom-kiosk {__version__}",
        "last_offsite_copy": None if last_offsite_copy is None else utc_text(last_offsite_copy),
        "room": {
            "id": settings_catalog.get(db, "room_id"),
            "name": settings_catalog.get(db, "room_name"),
            "organisation": settings_catalog.get(db, "organisation_name"),
            "municipality_code": settings_catalog.get(db, "municipality_code"),
            "seats": settings_catalog.get(db, "seats"),
            "hours_offered": hours_offered,
            "days_offered": days_offered,
        },
        "figures": {
            "visits": key.visits,
            "anonymous_visits": key.anonymous_visits,
            "distinct_visitors": key.distinct_visitors,
            "new_visitors": key.new_visitors,
            "returning_visitors": figures.returning_visitors,
            "open_days": key.open_days,
            "hours": key.hours_total,
            "left_open": key.left_open,
            "imported_visits": key.imported_visits,
            "gender": gender,
            "breakdowns": {name: breakdowns.get(name, {}) for name in BREAKDOWN_NAMES},
            "volunteers": {"people": people, "sessions": sessions, "hours": volunteer_hours},
            "attendance": {role: _attendance(figures.attendance, role) for role in ATTENDANCE_ROLES},
            "lending": {
                "loans": sum(loans.loans_by_category.values()),
                "borrowers": loans.distinct_borrowers,
                "overdue_returns": loans.overdue_returns,
                "by_category": {c: {"loans": loans.loans_by_category.get(c, 0), "hours": loans.hours_by_category.get(c, 0.0)}
                                for c in sorted(set(loans.loans_by_category) | set(loans.hours_by_category))},
            },
            "lunch": {
                "lunches": len(lunches),
                **{k: sum(getattr(d, k) for d in lunches) for k in ("signed_up", "guests", "served", "no_shows")},
            },
            "activities": activities(db, clock, start, end),
        },
    }
    if settings_catalog.get(db, JOINT_CONTROLLER):
        document["pseudonyms"] = pseudonyms(db, start, end, settings_catalog.get(db, SECRET))
    return document



def activities(db: Database, clock, start: date, end: date) -> dict:
    """The programme's month (issue 21) as kiosk/activity_statistics.py counts it for the monthly
    report, exact; codes are activities.KINDS and .TOPICS, never labels. Types and topics with
    nothing in the month are left out (0). Partners are counted, not named; mentors' hours and
    sessions are summed by type (distinct mentors across activities are not in the figures)."""
    figures = programme_figures(db, clock, start, end)
    by_type = {}
    for k in figures.kinds:
        mentors = [m for m in figures.mentors if m.kind == k.kind]
        by_type[k.kind] = {"sessions": k.sessions, "cancelled": k.cancelled, "participant_visits": k.participant_visits,
                           "people": k.people, "partners": len(k.partners), "hours": round(k.hours, 2),
                           "mentor_sessions": sum(m.sessions for m in mentors),
                           "mentor_hours": round(sum(m.hours for m in mentors), 2)}
    return {
        "sessions": figures.sessions,
        "cancelled": sum(k.cancelled for k in figures.kinds),
        "participant_visits": figures.participant_visits,
        "people": figures.people,
        "hours": round(figures.hours, 2),
        "activity_only_visits": figures.activity_only_visits,
        "activity_only_people": figures.activity_only_people,
        "by_type": by_type,
        "guidance": {t.topic: {"times": t.times, "people": t.people, "hours": round(t.hours, 2)} for t in figures.topics},
    }


def _attendance(attendance, role: str) -> dict:
    group = [a for a in attendance if a.role == role]
    return {"participants": len(group), "days": sum(a.days for a in group),
            "hours": round(sum(a.hours for a in group), 2), "short_days": sum(a.short_days for a in group)}


def offered(db: Database, start: date, end: date) -> tuple[float, int]:
    """Opening hours offered in [start, end) and the days open: counted in kiosk/statistics.py."""
    room = statistics_offered(db, start, end)
    return room.hours, room.days


def key_id(secret: str) -> str:
    """Names the secret without giving it away: files whose key_id match can be matched."""
    return hmac.new(secret.encode(), b"workroom-exchange key id", hashlib.sha256).hexdigest()[:16]


def pseudonym(secret: str, first_name: str, last_name: str, birth_year: int | None) -> str:
    """HMAC-SHA256 with the network's secret over the folded name and the birth year: 'Äijälä'
    and 'aijala' give the same value, so a person who visits two rooms counts once. Without the
    secret the value cannot be reversed by trying names."""
    message = f"{' '.join(words(first_name))}|{' '.join(words(last_name))}|{birth_year or ''}"
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def pseudonyms(db: Database, start: date, end: date, secret: str) -> dict:
    if not secret.strip():
        raise NoSecret("the setting network_joint_controller is on but network_secret is empty: "
                       "set the network's secret (from the coordinator) or turn the setting off")
    # the role each had on the visit's day (dated periods), as the figures count them
    ids = {v.person_id for v in named_visits(db, start, end) if v.role in VISITOR_ROLES}
    values = {pseudonym(secret, p["first_name"], p["last_name"], p["birth_year"])
              for p in exchange_table.names_of(db, ids) if not p["erased_at"]}
    # An erased person has nothing left to match on, and two people of one room with the same name
    # and birth year share a value: each of those counts once on its own, so the room's distinct
    # visitors stay len(values) + without.
    return {"key_id": key_id(secret), "values": sorted(values), "without": len(ids) - len(values)}
