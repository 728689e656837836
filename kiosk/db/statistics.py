"""Reading visits, and the dated roles and answers of their visitors, for the figures."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db import answers as answers_table
from kiosk.db import esf as esf_table
from kiosk.db import periods as periods_table
from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def visits_between(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """Visits that began in [start, end), with what does not change of their registered visitors.
    Roles and answers are dated: ``periods_of_visitors`` and ``answers_of_visitors``."""
    return db.rows(
        "SELECT v.person_id, v.check_in_at, v.auto_checkout, "
        # its length in whole seconds (times are kept to the second), counted here once; a visit
        # the kiosk closed at closing time has no real length: it reads as left open
        "CASE WHEN v.auto_checkout OR v.check_out_at IS NULL THEN NULL "
        "ELSE CAST(strftime('%s', v.check_out_at) AS INTEGER) - CAST(strftime('%s', v.check_in_at) AS INTEGER) END AS seconds, "
        "p.birth_year, p.age_band, v.source "
        "FROM visits v LEFT JOIN people p ON p.id = v.person_id "
        "WHERE v.check_in_at >= ? AND v.check_in_at < ? ORDER BY v.check_in_at",
        (to_text(start), to_text(end)),
    )


def first_visits(db: Database, start: datetime, end: datetime) -> dict[int, str]:
    """The first visit ever (UTC text) of each person with a visit begun in [start, end)."""
    return dict(db.rows(
        "SELECT person_id, min(check_in_at) FROM visits WHERE person_id IN "
        "(SELECT person_id FROM visits WHERE check_in_at >= ? AND check_in_at < ?) GROUP BY person_id",
        (to_text(start), to_text(end)),
    ))


periods_of_visitors = periods_table.of_visitors
answers_of_visitors = answers_table.of_visitors
esf_flagged = esf_table.flagged
esf_answers = esf_table.answers_of
esf_periods = esf_table.periods_of
