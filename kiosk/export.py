"""CSV files of people and visits for staff and for checking, as Finnish spreadsheets read them
(kiosk/finnish_csv.py: ``;``, decimal commas, UTF-8 with a BOM, no formulas), a header row, and
local Europe/Helsinki times."""

from __future__ import annotations

from pathlib import Path

from kiosk import finnish_csv
from kiosk.clock import local
from kiosk.db import Database
from kiosk.db import people as people_table
from kiosk.db import visits as visits_table
from kiosk.db.timestamps import from_text

# The home municipality by name and by Statistics Finland's code (empty: a name not on the list).
PEOPLE_COLUMNS = ["id", "uuid", "first_name", "last_name", "card_code", "created", "municipality", "municipality_code"]
VISIT_COLUMNS = ["id", "uuid", "person_id", "first_name", "last_name", "check_in", "check_out", "minutes", "source"]


def _local_text(utc_text: str | None) -> str:
    return "" if utc_text is None else local(from_text(utc_text)).strftime("%Y-%m-%d %H:%M")


def export(db: Database, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    people_path, visits_path = out_dir / "people.csv", out_dir / "visits.csv"
    finnish_csv.write_together([
        (people_path, PEOPLE_COLUMNS, (
            [r["id"], r["uuid"], r["first_name"], r["last_name"], r["card_code"] or "", _local_text(r["created_at"]),
             r["municipality"] or "", r["municipality_code"] or ""]
            for r in people_table.all_with_cards(db))),
        (visits_path, VISIT_COLUMNS, (
            [r["id"], r["uuid"], r["person_id"] or "", r["first_name"] or "", r["last_name"] or "", _local_text(r["check_in_at"]),
             _local_text(r["check_out_at"]), _minutes(r), r["source"]]
            for r in visits_table.all_with_people(db))),
    ])
    return people_path, visits_path


def _minutes(r) -> int | str:
    if not r["check_out_at"]:
        return ""
    return round((from_text(r["check_out_at"]) - from_text(r["check_in_at"])).total_seconds() / 60)
