"""Migration 0007: today's role becomes one open period from the first visit, today's answers
become answers dated at registration, and every month's figures stay what they were.

tests/data/demo-0006.sqlite is a demo database (with people registered from a paper sheet after
they came) made by the code before dated records, and demo-0006-figures.json what that code
counted of each month (tests/data/make_demo_0006.py says how).
"""

import dataclasses
import json
import shutil
from datetime import date, datetime
from pathlib import Path

from kiosk.clock import HELSINKI, FixedClock
from kiosk.db import open_database
from kiosk.municipalities import code_for
from kiosk.statistics import esf_table, period_figures

DATA = Path(__file__).parent / "data"


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


def migrated(tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(DATA / "demo-0006.sqlite", path)
    return open_database(path)


def test_every_month_counts_as_it_did_before_the_migration(tmp_path):
    before = json.loads((DATA / "demo-0006-figures.json").read_text(encoding="utf-8"))
    db = migrated(tmp_path)
    clock = FixedClock(datetime(2026, 11, 24, 17, 0, tzinfo=HELSINKI))
    checked = 0
    for name, old in before.items():
        if name == "2026-06..11":
            start, end = date(2026, 6, 1), date(2026, 12, 1)
        else:
            year, month = map(int, name.split("-"))
            start, end = date(year, month, 1), date(year, month + 1, 1)
        new = plain(period_figures(db, clock, start, end))
        volunteers = old["period"].pop("volunteers")
        # Volunteers were (people, sessions, hours); they are (people, days, hours) now, and the
        # demo's volunteers come once a day at most.
        assert [new["volunteers"][k] for k in ("people", "days", "hours")] == volunteers, name
        assert new["staff"] == {"people": 0, "days": 0, "hours": 0.0, "visits": 0}, name
        # Issue 18: the hours of anonymous visits from paper sheets (known lengths) count now.
        old_key, new_key = old["period"].pop("key"), new["key"]
        for hours in ("hours_total", "hours_average"):
            assert new_key.pop(hours) >= old_key.pop(hours) or hours == "hours_average", name
        assert new_key == old_key, name
        # Migration 0013: the municipalities are counted by code, each the code of the name before.
        for group in ("visitors", "newcomers"):
            for breakdown in old["period"].get(group, []):
                if breakdown["name"] == "municipality":
                    breakdown["rows"] = [[code_for(answer) or answer if answer else answer, cells]
                                         for answer, cells in breakdown["rows"]]
                    assert all(answer is None or answer.isdigit() for answer, _ in breakdown["rows"]), name
        assert {k: new[k] for k in old["period"]} == old["period"], name
        if "esf" in old:
            # Issue 18 changed who an ESF+ participant is (the enrolled, not every visitor): the old
            # table counted visitors; no one of this file was enrolled, so the new one is empty.
            assert esf_table(db, date(2026, 6, 1), start, end).rows[0] == ("EECO01", (0, 0, 0, 0), (0, 0, 0, 0)), name
        checked += 1
    assert checked == 8
    assert sum(v[1] for v in before["2026-06..11"]["period"]["by_day"]) > 300  # a real data set, not an empty one


def test_the_role_becomes_one_open_period_from_the_first_visit_and_answers_are_dated_at_registration(tmp_path):
    db = migrated(tmp_path)
    assert "role" not in {r["name"] for r in db.rows("PRAGMA table_info(people)")}
    periods = db.rows("SELECT person_id, role, start_on, end_on FROM role_periods ORDER BY person_id")
    assert sorted(p["role"] for p in periods) == ["volunteer", "volunteer", "work_trial"]
    for p in periods:
        first = db.value("SELECT min(check_in_at) FROM visits WHERE person_id = ?", (p["person_id"],))
        assert p["start_on"] == datetime.fromisoformat(first).astimezone(HELSINKI).date().isoformat()
        assert p["end_on"] is None
    people = db.value("SELECT count(*) FROM people")
    assert db.value("SELECT count(*) FROM answers") == 6 * people
    # Paperi Pekkanen came on 10 June and was registered from the sheet in November: his answer
    # is dated at registration, and June still counts him as long-term unemployed.
    row = db.row("SELECT a.value, a.given_on FROM answers a JOIN people p ON p.id = a.person_id "
                 "WHERE p.first_name = 'Paperi' AND a.question = 'situation'")
    assert tuple(row) == ("unemployed_long", "2026-11-24")
    assert list((tmp_path / "backups").glob("before-migration-6-to-*.sqlite"))  # the file as it was, kept
