"""The one source of time. Everything is stored in UTC and shown in Europe/Helsinki."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that moves only when told to: for tests, screenshots and demo data."""

    def __init__(self, at: datetime):
        self._at = at.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at.astimezone(timezone.utc)

    def advance(self, **delta: float) -> None:
        self._at += timedelta(**delta)


def local(dt: datetime) -> datetime:
    return dt.astimezone(HELSINKI)


def local_day_start(day: date) -> datetime:
    """Midnight in Helsinki as an aware UTC time (days are 23 or 25 hours around DST)."""
    return datetime.combine(day, time(0), HELSINKI).astimezone(timezone.utc)


def today_start(now: datetime) -> datetime:
    return local_day_start(local(now).date())
