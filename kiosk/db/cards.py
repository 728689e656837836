"""Which cards to print: each person's current card (not replaced), erased people left out."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kiosk.db.connection import Database


def current_for_printing(
    db: Database, person_ids: Sequence[int] = (), created_since: str | None = None
) -> list[sqlite3.Row]:
    """Rows of (id, first_name, last_name, code) in name order. ``person_ids`` empty means
    everyone; ``created_since`` is a UTC timestamp text, compared with ``people.created_at``."""
    where = ["p.erased_at IS NULL"]
    params: list[object] = []
    if person_ids:
        where.append(f"p.id IN ({', '.join('?' * len(person_ids))})")
        params += person_ids
    if created_since is not None:
        where.append("p.created_at >= ?")
        params.append(created_since)
    return db.rows(
        "SELECT p.id, p.first_name, p.last_name, c.code FROM people p "
        "JOIN cards c ON c.person_id = p.id AND c.replaced_at IS NULL "
        f"WHERE {' AND '.join(where)} ORDER BY p.first_name COLLATE fi, p.last_name COLLATE fi, p.id",
        tuple(params),
    )
