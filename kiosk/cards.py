"""Printable QR cards: everyone's current card (or some people's), gathered from the database and
laid out by kiosk/documents/cards.py. Erased people and people without a current card get none.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.utils import ImageReader

from kiosk import names, settings_catalog
from kiosk.clock import local_day_start
from kiosk.db import Database
from kiosk.db import cards as cards_table
from kiosk.db.timestamps import to_text
from kiosk.documents.cards import Card, write_cards_pdf

log = logging.getLogger(__name__)


def write_cards(
    db: Database, out: Path, person_ids: Sequence[int] = (), new_since: date | None = None
) -> int:
    """Write the cards to ``out`` and return how many; with none to print, write nothing.
    ``person_ids`` empty means everyone; ``new_since`` keeps people registered on or after that
    Helsinki day."""
    since = None if new_since is None else to_text(local_day_start(new_since))
    rows = cards_table.current_for_printing(db, person_ids, since)
    missing = sorted(set(person_ids) - {row["id"] for row in rows})
    if missing:
        log.warning("no card printed for %s: unknown, erased or without a current card", missing)
    if not rows:
        return 0
    write_cards_pdf(out, _logo(db) or settings_catalog.get(db, "room_name"),
                    [Card(names.shown_name(row["first_name"], row["last_name"]), row["code"]) for row in rows])
    return len(rows)


def _logo(db: Database) -> ImageReader | None:
    """The room's logo (settings ``logo_path``, relative to the database's folder), if it opens."""
    value = settings_catalog.get(db, "logo_path")
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_absolute():
        path = db.path.parent / path
    try:
        logo = ImageReader(str(path))
        logo.getSize()
    except Exception as error:  # noqa: BLE001 (a missing or broken file: print the room's name)
        log.warning("logo %s not used: %s", path, error)
        return None
    return logo
