"""Made tests/data/demo-0006.sqlite and demo-0006-figures.json with the code of commit 32a92f0
(schema 0006: one role column, answers without dates), before dated periods and answers.

Not runnable on later code: it is kept to say how the fixture was made. test_migration_0007 opens
the file with today's code (which migrates it) and checks that every month's figures are the ones
the old code counted.
"""

import dataclasses
import json
import shutil
import sys
from datetime import date, datetime
from pathlib import Path

from kiosk import demo
from kiosk.clock import HELSINKI, FixedClock
from kiosk.db import open_database, settings
from kiosk.statistics import esf_table, period_figures
from kiosk.visits_import import import_visits

HERE = Path(__file__).parent


def plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return sorted([[plain(k), plain(v)] for k, v in value.items()], key=repr)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def main(out: Path) -> None:
    path = out / "demo-0006.sqlite"
    path.unlink(missing_ok=True)
    clock = FixedClock(datetime(2026, 11, 24, 17, 0, tzinfo=HELSINKI))  # after closing: no one in the room
    db = open_database(path)
    demo.fill(db, clock, people=60, months=7, seed=17)
    settings.put(db, "project_start", "2026-06-01")
    sheet = out / "sheet.csv"
    # People registered from a paper sheet after they visited, and anonymous visits with a situation.
    sheet.write_text("date;check_in;check_out;first_name;last_name;situation\n"
                     "2026-06-10;9.00;12.30;Paperi;Pekkanen;unemployed_long\n"
                     "2026-07-01;10:00;14:00;Paperi;Pekkanen;\n"
                     "2026-08-03;10:00;;Lomake;Lindqvist;student\n"
                     "2026-08-03;11:00;13:00;;;pensioner\n"
                     "2026-09-15;9:30;10:00;;;\n", encoding="utf-8")
    print(import_visits(db, clock, sheet))
    sheet.unlink()
    figures = {}
    for month in range(5, 12):
        start, end = date(2026, month, 1), date(2026, month + 1, 1)
        figures[f"2026-{month:02}"] = {"period": plain(period_figures(db, clock, start, end)),
                                       "esf": plain(esf_table(db, date(2026, 6, 1), start, end))}
    figures["2026-06..11"] = {"period": plain(period_figures(db, clock, date(2026, 6, 1), date(2026, 12, 1)))}
    db.close()
    (out / "demo-0006-figures.json").write_text(json.dumps(figures, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
