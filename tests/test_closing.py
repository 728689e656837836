"""Closing time: visits left open close by themselves (flagged), the day's backup, staff fixes."""

from datetime import date, datetime, time, timedelta
from time import monotonic, sleep

import pytest

from kiosk import opening_hours
from kiosk.checkin import CheckinService
from kiosk.clock import HELSINKI
from kiosk.closing import ClosingService
from kiosk.db import audit, settings
from kiosk.errors import Invalid, InvalidInput
from kiosk.lending import LendingService
from kiosk.lunch import LunchService
from kiosk.background_work import at_once
from kiosk.statistics import period_figures


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=HELSINKI)


@pytest.fixture
def closing(db, clock, checkin):
    return ClosingService(db, clock, checkin, LendingService(db, clock), LunchService(db, clock), background=at_once)


def test_opening_hours_round_trip_and_refuse_nonsense():
    week = opening_hours.parse("1=09:00-16:00; 3=12:00-20:30")
    assert opening_hours.format_week(week) == "1=09:00-16:00;3=12:00-20:30"
    for bad in ("1=16:00-09:00", "7=09:00-16:00", "x", "1=9-16:00", "1=09:00"):
        with pytest.raises(ValueError):
            opening_hours.parse(bad)


def test_a_broken_setting_falls_back_to_weekdays_nine_to_four(db):
    settings.put(db, "opening_hours", "rubbish")
    assert opening_hours.closing_at(db, date(2026, 11, 24)) == at(24, 16)  # a Tuesday
    assert opening_hours.closing_at(db, date(2026, 11, 28)) is None  # Saturday


def test_visit_left_open_is_closed_at_closing_time_across_the_day_boundary(db, clock, people, checkin, closing):
    aino = people.add("Aino", "Virtanen")
    clock.set(at(24, 10))
    checkin.toggle(aino.id)
    clock.set(at(24, 15, 59))
    assert closing.close_left_open() == 0  # not yet
    clock.set(at(25, 0, 30))  # past midnight: the kiosk was on all night
    assert closing.close_left_open() == 1
    (visit,) = closing.visits_on(date(2026, 11, 24))
    assert visit.check_out == at(24, 16) and visit.automatic
    # The next morning the same person checks in anew, not out of yesterday.
    clock.set(at(25, 9))
    assert type(checkin.toggle(aino.id)).__name__ == "CheckedIn"


def test_an_evening_visit_begun_after_closing_stays_open_until_the_day_ends(db, clock, people, checkin, closing):
    bo = people.add("Bo", "Ek")
    clock.set(at(24, 17))
    checkin.toggle(bo.id)
    clock.set(at(24, 21))
    assert closing.close_left_open() == 0
    clock.set(at(25, 8))
    assert closing.close_left_open() == 1
    (visit,) = closing.visits_on(date(2026, 11, 24))
    assert visit.check_out == datetime.combine(date(2026, 11, 24), time(23, 59, 59), HELSINKI)


def test_the_report_counts_automatic_check_outs_as_left_open_without_hours(db, clock, people, checkin, closing):
    a, b = people.add("Aino", "V"), people.add("Bo", "E")
    clock.set(at(24, 10))
    checkin.toggle(a.id)
    checkin.toggle(b.id)
    clock.set(at(24, 12))
    checkin.toggle(a.id)  # two hours, checked out
    clock.set(at(24, 16, 1))
    closing.close_left_open()
    clock.set(at(30, 12))
    key = period_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1)).key
    assert key.visits == 2 and key.left_open == 1 and key.hours_total == 2.0


def test_tick_makes_one_backup_a_day_after_closing_and_records_it(db, clock, closing, tmp_path):
    settings.put(db, "backup_folder", str(tmp_path / "usb"))
    clock.set(at(24, 15))
    assert closing.tick() is None
    clock.set(at(24, 16, 1))
    run = closing.tick()
    assert run.ok and (tmp_path / "usb").glob("kiosk-backup-*.sqlite")
    assert len(list((tmp_path / "usb").glob("kiosk-backup-*.sqlite"))) == 1
    clock.set(at(24, 16, 2))
    assert closing.tick() is None  # once a day
    assert closing.last_backup() == run
    clock.set(at(25, 16, 1))
    assert closing.tick().ok


def test_a_failing_backup_is_recorded_with_its_reason(db, clock, closing, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    settings.put(db, "backup_folder", str(blocker))
    clock.set(at(24, 16, 5))
    run = closing.tick()
    assert not run.ok and run.message
    assert closing.last_backup() == run


def test_staff_check_out_and_fix_times_are_audit_logged(db, clock, people, checkin, closing):
    aino, bo = people.add("Aino", "V"), people.add("Bo", "E")
    clock.set(at(24, 9))
    checkin.toggle(aino.id)
    checkin.toggle(bo.id)
    clock.set(at(24, 15))
    assert closing.check_out_all() == 2
    assert checkin.present() == []
    assert closing.check_out_all() == 0
    visit = closing.visits_on(date(2026, 11, 24))[0]
    closing.fix_times(visit.visit_id, at(24, 9, 30), at(24, 13))
    (fixed,) = [v for v in closing.visits_on(date(2026, 11, 24)) if v.visit_id == visit.visit_id]
    assert (fixed.check_in, fixed.check_out, fixed.automatic) == (at(24, 9, 30), at(24, 13), False)
    actions = [e["action"] for e in audit.entries(db)]
    assert actions.count("check_out_by_staff") == 2 and actions.count("visit_times_fixed") == 1
    with pytest.raises(InvalidInput) as refused:
        closing.fix_times(visit.visit_id, at(24, 13), at(24, 12))
    assert refused.value.invalid is Invalid.VISIT_ENDS_BEFORE_START
    with pytest.raises(InvalidInput) as refused:
        closing.fix_times(visit.visit_id, at(24, 13), at(24, 15) + timedelta(hours=5))
    assert refused.value.invalid is Invalid.VISIT_IN_FUTURE


def test_checklist_shows_who_is_in_what_is_out_and_the_next_lunch(db, clock, people, checkin, closing):
    clock.set(at(24, 10))
    checkin.toggle(people.add("Aino", "Virtanen").id)
    lending = LendingService(db, clock)
    laptop = lending.add_item(lending.categories()[2][0], "Läppäri 1")
    lending.lend(people.add("Bo", "Ek").id, item_id=laptop.id)
    clock.set(at(24, 16, 30))
    listed = closing.checklist()
    assert [p.shown_name for p in listed.present] == ["Aino V."]
    assert [(loan.item, loan.overdue) for loan in listed.loans_out] == [("Läppäri 1", True)]
    assert listed.closes_at == at(24, 16)
    assert listed.next_lunch is not None and listed.next_lunch.headcount == 0
    assert listed.last_backup is None


def test_the_main_file_alone_holds_the_day_after_the_minutes_tick(db, db_path, clock, closing, people, checkin, tmp_path):
    import shutil
    import sqlite3

    for i in range(50):
        checkin.scan(people.add(f"Kävijä{i}", "K").card_code)
    copy = tmp_path / "usb-stick.sqlite"
    closing.tick()
    shutil.copyfile(db_path, copy)  # "the database file" alone, as an attendant copies it
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 50
    conn.close()


def test_the_days_backup_runs_on_a_thread_and_the_next_tick_records_it(db, clock, checkin, tmp_path):
    # The kiosk's own way (no background= given): the tick that starts the backup returns at once.
    closing = ClosingService(db, clock, checkin, LendingService(db, clock), LunchService(db, clock))
    settings.put(db, "backup_folder", str(tmp_path / "usb"))
    clock.set(at(24, 16, 1))
    assert closing.tick() is None and closing.last_backup() is None
    deadline = monotonic() + 30
    run = None
    while run is None and monotonic() < deadline:
        sleep(0.05)
        run = closing.tick()
    assert run.ok and closing.last_backup() == run and run.at == at(24, 16, 1)
    assert closing.tick() is None  # once a day
