"""When the room is open, per weekday: loans fall due and visits left open close at closing time.

Kept in the setting ``opening_hours`` as ``0=09:00-16:00;1=09:00-16:00;...`` (weekdays numbered as
Python's ``date.weekday()`` and the ``lunch_weekdays`` setting: Monday is 0); a weekday that is
missing is a closed day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from kiosk.clock import HELSINKI
from kiosk.db import Database

KEY = "opening_hours"


@dataclass(frozen=True)
class Hours:
    opens: time
    closes: time


Week = dict[int, Hours]  # weekday (Monday 0) -> hours; closed days are absent


def parse(text: str) -> Week:
    """The week from its setting text; ValueError names what is wrong."""
    week: Week = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        day, _, span = part.partition("=")
        opens, _, closes = span.partition("-")
        try:
            weekday = int(day)
            hours = Hours(time.fromisoformat(opens.strip()), time.fromisoformat(closes.strip()))
        except ValueError:
            raise ValueError(f"not a day's opening hours: {part!r}") from None
        if not 0 <= weekday <= 6 or hours.closes <= hours.opens:
            raise ValueError(f"not a day's opening hours: {part!r}")
        week[weekday] = hours
    return week


def format_week(week: Week) -> str:
    return ";".join(f"{d}={h.opens:%H:%M}-{h.closes:%H:%M}" for d, h in sorted(week.items()))


def week(db: Database) -> Week:
    from kiosk import settings_catalog  # here: the catalog parses its default week with parse() above

    return settings_catalog.get(db, KEY)  # a hand-edited setting gone wrong reads as the default


def save(db: Database, new: Week) -> None:
    from kiosk import settings_catalog

    settings_catalog.put(db, {KEY: format_week(new)})


def closing_at(db: Database, day: date) -> datetime | None:
    """Closing time on a Helsinki day, or None on a closed day."""
    hours = week(db).get(day.weekday())
    return None if hours is None else datetime.combine(day, hours.closes, HELSINKI)
