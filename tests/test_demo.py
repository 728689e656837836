import csv
from datetime import date

import pytest

from kiosk import demo
from kiosk.checkin import CheckinService
from kiosk.db import open_database
from kiosk.export import export


def fill(tmp_path, name, clock, **options):
    db = open_database(tmp_path / name)
    summary = demo.fill(db, clock, **options)
    return db, summary


def test_same_seed_same_data(tmp_path, clock):
    a, _ = fill(tmp_path, "a.sqlite", clock, people=40, months=2, seed=7)
    b, _ = fill(tmp_path, "b.sqlite", clock, people=40, months=2, seed=7)
    c, _ = fill(tmp_path, "c.sqlite", clock, people=40, months=2, seed=8)
    dump = lambda db: [tuple(r) for r in db.rows("SELECT * FROM visits")] + [tuple(r) for r in db.rows("SELECT * FROM cards")]
    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_demo_is_realistic(tmp_path, clock):
    db, summary = fill(tmp_path, "d.sqlite", clock, people=200, months=3, seed=1)
    names = " ".join(r[0] + " " + r[1] for r in db.rows("SELECT first_name, last_name FROM people"))
    assert any(ch in names for ch in "äöå") and any(ch in names for ch in "ÄÖÅ")
    weekend = db.value(
        "SELECT count(*) FROM visits WHERE strftime('%w', check_in_at) IN ('0', '6') AND check_out_at IS NOT NULL"
    )
    assert weekend == 0
    hours = {r[0] for r in db.rows("SELECT CAST(strftime('%H', check_in_at) AS INTEGER) FROM visits WHERE check_out_at IS NOT NULL")}
    assert hours <= set(range(6, 15))  # 9-16 local is 7-14 UTC in winter, 6-13 in summer
    assert 3 <= summary.present_now <= 6
    assert CheckinService(db, clock).present_count() == summary.present_now


def test_demo_has_past_lunches_loans_and_visits_without_a_name(tmp_path, clock):
    """Issue 16: the sample report's lunch, lending and anonymous sections said "none"."""
    from kiosk.lunch import LunchService

    db, _ = fill(tmp_path, "h.sqlite", clock, people=120, months=3, seed=1)
    lunches = db.rows("SELECT on_date FROM lunches ORDER BY on_date")
    assert len(lunches) >= 10 and all(lunch[0] < "2026-11-24" for lunch in lunches)
    assert db.value("SELECT count(*) FROM lunch_signups") >= 4 * len(lunches)
    assert db.value("SELECT count(*) FROM loans WHERE returned_at IS NOT NULL AND returned_at >= lent_at") >= 20
    assert db.value("SELECT count(*) FROM visits WHERE person_id IS NULL AND check_out_at = check_in_at") >= 20
    assert LunchService(db, clock).next_lunch().seats_left == 20  # the coming lunch is still empty


def test_demo_refuses_a_database_with_data(tmp_path, clock):
    db, _ = fill(tmp_path, "e.sqlite", clock, people=5, months=1)
    with pytest.raises(ValueError):
        demo.fill(db, clock)


def test_export_writes_people_with_codes_and_local_times(tmp_path, clock, people, checkin, db):
    aino = people.add("Äijä", "Öhman")
    checkin.scan(aino.card_code)
    clock.advance(minutes=90)
    checkin.scan(aino.card_code)
    people_csv, visits_csv = export(db, tmp_path / "out")
    with people_csv.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert rows[0]["first_name"] == "Äijä" and rows[0]["card_code"] == aino.card_code
    with visits_csv.open(encoding="utf-8-sig") as f:
        visits = list(csv.DictReader(f, delimiter=";"))
    assert visits[0]["check_in"] == "2026-11-24 10:00"
    assert visits[0]["check_out"] == "2026-11-24 11:30"
    assert visits[0]["minutes"] == "90"


def test_demo_answers_are_those_registration_offers_today(tmp_path, clock):
    """The demo gave the old "under 12 months" (unemployed_short), which registration no longer
    offers; its answers are now the ones a registration today gives, each with its age group."""
    from kiosk.profile import age_group
    from kiosk.ui import answers

    db, _ = fill(tmp_path, "a.sqlite", clock, people=120, months=2, seed=1)
    offered = answers.choices()
    rows = db.rows("SELECT a.question, a.value, a.given_on, a.age_group, p.birth_year FROM answers a "
                   "JOIN people p ON p.id = a.person_id")
    assert rows
    for question, value, given_on, group, birth_year in rows:
        assert value is None or question == "municipality" or value in offered[question], (question, value)
        assert group == age_group(birth_year, date.fromisoformat(given_on))
    situations = {row[1] for row in rows if row[0] == "situation"}
    assert {"unemployed_under_6", "unemployed_6_12", "unemployed_long"} <= situations
    assert db.value("SELECT count(*) FROM people WHERE situation = 'unemployed_short'") == 0
