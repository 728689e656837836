"""The figures the funders get, counted one way only. The monthly report lays them out.

A visit counts in the month (Helsinki time) it began. Distinct visitors count each registered
person once; anonymous visits are visits, not people. A new visitor's first visit ever is in the
month. Breakdowns are of distinct visitors, with
"not told" (None) as its own row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from kiosk.clock import local_day_start
from kiosk.db import Database
from kiosk.db import statistics as statistics_table
from kiosk.db.timestamps import to_text
from kiosk.privacy import band_in_year

BREAKDOWNS = ("gender", "age_band", "situation", "education", "citizenship", "municipality", "mother_tongue", "role")


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    visits: int
    anonymous_visits: int
    distinct_visitors: int
    new_visitors: int
    breakdowns: dict[str, dict[str | None, int]]


def month_figures(db: Database, year: int, month: int) -> MonthFigures:
    start = local_day_start(date(year, month, 1))
    end = local_day_start(date(year + month // 12, month % 12 + 1, 1))
    rows = statistics_table.visits_between(db, start, end)
    people = {}
    for row in rows:
        if row["person_id"] is not None:
            people.setdefault(row["person_id"], row)
    breakdowns = {name: Counter() for name in BREAKDOWNS}
    for person in people.values():
        for name in BREAKDOWNS:
            value = band_in_year(person["birth_year"], person["age_band"], year) if name == "age_band" else person[name]
            breakdowns[name][value] += 1
    new = sum(1 for p in people.values() if p["first_visit"] >= to_text(start))
    return MonthFigures(
        year,
        month,
        visits=len(rows),
        anonymous_visits=sum(1 for r in rows if r["person_id"] is None),
        distinct_visitors=len(people),
        new_visitors=new,
        breakdowns={name: dict(counts) for name, counts in breakdowns.items()},
    )
