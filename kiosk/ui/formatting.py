"""Times, dates and durations as a person reads them, in the kiosk's language."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.clock import local

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime  # noqa: E402  (after ours: home_screen.py)


def _locale() -> QLocale:
    return QLocale()


def clock_text(dt: datetime) -> str:
    t = local(dt)
    return _locale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def date_text(dt: datetime) -> str:
    d = local(dt)
    weekday = _locale().standaloneDayName(d.isoweekday())
    return f"{weekday} {_locale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)}"


def month_text(year: int, month: int) -> str:
    return f"{_locale().standaloneMonthName(month)} {year}"


def duration_text(span: timedelta) -> str:
    minutes = max(0, round(span.total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    if hours == 0:
        return QCoreApplication.translate("formatting", "{m} min").format(m=minutes)
    return QCoreApplication.translate("formatting", "{h} h {m} min").format(h=hours, m=minutes)


def day_text(day) -> str:
    """'torstai 26.11.': a lunch's day, near enough that the year goes without saying."""
    return QCoreApplication.translate("formatting", "{weekday} {day}.{month}.").format(
        weekday=_locale().standaloneDayName(day.isoweekday()), day=day.day, month=day.month)


def lunch_line(info) -> str:
    """'torstai 26.11. klo 11.30 · Hernekeitto · 3 €'"""
    at = QCoreApplication.translate("formatting", "{day} klo {time}").format(day=day_text(info.day), time=clock_text(info.starts))
    return " · ".join(part for part in (at, info.menu, info.price) if part)
