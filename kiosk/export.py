"""CSV files of people and visits for staff and for checking: UTF-8 with a BOM (Excel reads
å ä ö right), a header row, and local Europe/Helsinki times."""

from __future__ import annotations

import csv
from pathlib import Path

from kiosk.clock import local
from kiosk.db import Database
from kiosk.db import people as people_table
from kiosk.db import visits as visits_table
from kiosk.db.timestamps import from_text
from kiosk.output_files import written_whole

PEOPLE_COLUMNS = ["id", "uuid", "first_name", "last_name", "card_code", "created"]
VISIT_COLUMNS = ["id", "uuid", "person_id", "first_name", "last_name", "check_in", "check_out", "minutes", "source"]


def _local_text(utc_text: str | None) -> str:
    return "" if utc_text is None else local(from_text(utc_text)).strftime("%Y-%m-%d %H:%M")


def export(db: Database, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    people_path, visits_path = out_dir / "people.csv", out_dir / "visits.csv"
    with written_whole(people_path) as writing, writing.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(PEOPLE_COLUMNS)
        for r in people_table.all_with_cards(db):
            writer.writerow([r["id"], r["uuid"], r["first_name"], r["last_name"], r["card_code"] or "", _local_text(r["created_at"])])
    with written_whole(visits_path) as writing, writing.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(VISIT_COLUMNS)
        for r in visits_table.all_with_people(db):
            minutes = ""
            if r["check_out_at"]:
                minutes = round((from_text(r["check_out_at"]) - from_text(r["check_in_at"])).total_seconds() / 60)
            writer.writerow([
                r["id"], r["uuid"], r["person_id"] or "", r["first_name"] or "", r["last_name"] or "",
                _local_text(r["check_in_at"]), _local_text(r["check_out_at"]), minutes, r["source"],
            ])
    return people_path, visits_path
