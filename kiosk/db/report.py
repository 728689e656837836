"""Reading the visits of named people, for the confidential participant list of the monthly report."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def named_visits(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """Registered people's visits that began in [start, end), with their names, by person."""
    return db.rows(
        "SELECT v.person_id, p.first_name, p.last_name, v.check_in_at, "
        # closed by the kiosk at closing time: no real departure, the same rule as the figures
        "CASE WHEN v.auto_checkout THEN NULL ELSE v.check_out_at END AS check_out_at "
        "FROM visits v JOIN people p ON p.id = v.person_id "
        "WHERE v.check_in_at >= ? AND v.check_in_at < ? ORDER BY v.person_id, v.check_in_at",
        (to_text(start), to_text(end)),
    )
