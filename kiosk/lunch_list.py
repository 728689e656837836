"""The cook's list for one lunch: gathered from the lunch service and the room's settings, laid out
by kiosk/documents/lunch_list.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.clock import local
from kiosk import settings_catalog
from kiosk.db import Database
from kiosk.documents.lunch_list import finnish_day, write_lunch_list_pdf
from kiosk.lunch import LunchService


def write_lunch_list(db: Database, clock, day: date, out: Path) -> bool:
    """Write the list for the lunch on ``day`` to ``out``; without a lunch that day, write nothing
    and return False. A cancelled lunch still prints, under a PERUTTU banner."""
    listing = LunchService(db, clock).list_for(day)
    if listing is None:
        return False
    now = local(clock.now())
    write_lunch_list_pdf(listing, out, f"Tulostettu {finnish_day(now.date())} klo {now:%H.%M}", settings_catalog.get(db, "room_name"))
    return True
