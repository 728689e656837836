"""Item labels: a QR sticker for every item not retired, by category and name, gathered from the
database and laid out by kiosk/documents/labels.py."""

from __future__ import annotations

from pathlib import Path

from kiosk.db import Database
from kiosk.db import lending as lending_table
from kiosk.documents.labels import Label, write_labels_pdf


def write_labels(db: Database, out: Path) -> int:
    """Write a label for every item not retired, by category and name, to ``out`` and return how
    many; with no items, write nothing."""
    rows = lending_table.items(db)
    if not rows:
        return 0
    write_labels_pdf(out, [Label(row["name"], row["category"], row["code"]) for row in rows])
    return len(rows)
