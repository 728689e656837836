"""The month's programme with its rosters (``kiosk activities``): gathered from the activities
service, laid out by kiosk/documents/activities.py as a PDF for the instructor, or as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk import finnish_csv, settings_catalog
from kiosk.activities import ActivityService, Roster
from kiosk.clock import local
from kiosk.db import Database
from kiosk.documents.activities import (
    ROSTER_HEADER,
    SESSION_HEADER,
    Programme,
    day_text,
    roster_rows,
    session_rows,
    write_programme,
)


def month_rosters(db: Database, clock, year: int, month: int) -> list[Roster]:
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    service = ActivityService(db, clock)
    return [service.roster(s.activity.id, s.day) for s in service.sessions_between(start, end)]


def write_month(db: Database, clock, year: int, month: int, out: Path) -> int:
    """The PDF; returns the number of sessions in it."""
    rosters = month_rosters(db, clock, year, month)
    now = local(clock.now())
    printed = f"Tulostettu {day_text(now.date())}{now.year} klo {now:%H.%M}"
    write_programme(Programme(year, month, settings_catalog.get(db, "room_name"), printed, tuple(rosters)), out)
    return len(rosters)


def write_month_csv(db: Database, clock, year: int, month: int, folder: Path) -> list[Path]:
    """sessions-YYYY-MM.csv (one row a session) and roster-YYYY-MM.csv (one row a name)."""
    rosters = month_rosters(db, clock, year, month)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"{year:04d}-{month:02d}"
    return [finnish_csv.write(folder / f"sessions-{stamp}.csv", SESSION_HEADER, session_rows(rosters)),
            finnish_csv.write(folder / f"roster-{stamp}.csv", ROSTER_HEADER, roster_rows(rosters))]
