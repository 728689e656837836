from datetime import datetime, timedelta

from kiosk import codes
from kiosk.checkin import CheckedIn, CheckedOut, NotACard, UnknownCard
from kiosk.clock import HELSINKI
from kiosk.codes import ScanProblem
from kiosk.db import open_database


def visit_rows(db):
    return db.rows("SELECT person_id, check_in_at, check_out_at, source FROM visits ORDER BY id")


def test_scan_checks_in_then_out_with_time_spent(people, checkin, clock, db):
    aino = people.add("Aino", "Virtanen")
    result = checkin.scan(aino.card_code)
    assert result == CheckedIn(aino.id, "Aino", clock.now(), present=1)
    clock.advance(hours=2, minutes=15)
    result = checkin.scan(aino.card_code)
    assert isinstance(result, CheckedOut)
    assert result.stayed == timedelta(hours=2, minutes=15)
    assert result.present == 0
    rows = visit_rows(db)
    assert [(r["check_in_at"], r["check_out_at"], r["source"]) for r in rows] == [
        ("2026-11-24T08:00:00Z", "2026-11-24T10:15:00Z", "scan")
    ]


def test_present_count_includes_everyone_in_the_room(people, checkin, clock):
    for name in ("Aino", "Eino", "Åsa"):
        result = checkin.scan(people.add(name, "K").card_code)
        clock.advance(minutes=1)
    assert result.present == 3
    assert [p.shown_name for p in checkin.present()] == ["Aino K.", "Eino K.", "Åsa K."]
    assert checkin.present()[0].since == datetime(2026, 11, 24, 10, 0, tzinfo=HELSINKI)


def test_double_fired_scan_counts_once(people, checkin, clock, db):
    aino = people.add("Aino", "Virtanen")
    first = checkin.scan(aino.card_code)
    clock.advance(seconds=2)
    again = checkin.scan(aino.card_code)
    assert isinstance(again, CheckedIn) and again.repeated and again.at == first.at
    assert len(visit_rows(db)) == 1
    clock.advance(seconds=10)
    assert isinstance(checkin.scan(aino.card_code), CheckedOut)
    clock.advance(seconds=1)
    repeated_out = checkin.scan(aino.card_code)
    assert isinstance(repeated_out, CheckedOut) and repeated_out.repeated
    assert len(visit_rows(db)) == 1


def test_unknown_and_garbled_codes_write_nothing(people, checkin, db):
    people.add("Aino", "Virtanen")
    assert checkin.scan(codes.new_code(codes.Kind.PERSON)) == UnknownCard()
    assert checkin.scan("TH1P123") == NotACard(ScanProblem.GARBLED)
    assert checkin.scan("6414893001234") == NotACard(ScanProblem.NOT_OURS)
    assert checkin.scan(codes.new_code(codes.Kind.ITEM)) == NotACard(None)
    assert visit_rows(db) == []


def test_visit_left_open_yesterday_does_not_make_today_a_check_out(people, checkin, clock, db):
    aino = people.add("Aino", "Virtanen")
    checkin.scan(aino.card_code)
    clock.advance(days=1)
    assert isinstance(checkin.scan(aino.card_code), CheckedIn)
    assert checkin.present_count() == 1
    assert len(visit_rows(db)) == 2


def test_day_boundary_is_helsinki_midnight_not_utc(people, checkin, clock):
    aino = people.add("Aino", "Virtanen")
    clock.set(datetime(2026, 11, 24, 1, 30, tzinfo=HELSINKI))  # 23:30 UTC, the 23rd
    checkin.scan(aino.card_code)
    clock.set(datetime(2026, 11, 24, 2, 30, tzinfo=HELSINKI))  # 00:30 UTC, the 24th
    assert isinstance(checkin.scan(aino.card_code), CheckedOut)
    clock.set(datetime(2026, 11, 24, 23, 50, tzinfo=HELSINKI))
    checkin.scan(aino.card_code)
    clock.set(datetime(2026, 11, 25, 0, 10, tzinfo=HELSINKI))  # 22:10 UTC, still the 24th in UTC
    assert isinstance(checkin.scan(aino.card_code), CheckedIn)


def test_daylight_saving_days_start_at_local_midnight(people, checkin, clock):
    # 29 March 2026 has 23 hours in Helsinki, 25 October 2026 has 25.
    from kiosk.clock import local_day_start

    assert local_day_start(datetime(2026, 3, 29).date()).isoformat() == "2026-03-28T22:00:00+00:00"
    assert local_day_start(datetime(2026, 3, 30).date()).isoformat() == "2026-03-29T21:00:00+00:00"
    assert local_day_start(datetime(2026, 10, 26).date()).isoformat() == "2026-10-25T22:00:00+00:00"
    aino = people.add("Aino", "Virtanen")
    clock.set(datetime(2026, 3, 29, 0, 30, tzinfo=HELSINKI))  # before the clocks go forward
    checkin.scan(aino.card_code)
    clock.set(datetime(2026, 3, 29, 23, 30, tzinfo=HELSINKI))
    result = checkin.scan(aino.card_code)
    assert isinstance(result, CheckedOut) and result.stayed == timedelta(hours=22)


def test_a_name_tap_then_a_scan_within_seconds_counts_once(people, checkin, clock, db):
    aino = people.add("Aino", "Virtanen")
    checkin.toggle(aino.id)
    clock.advance(seconds=4.9)
    assert checkin.scan(aino.card_code).repeated
    clock.advance(seconds=0.2)
    assert isinstance(checkin.scan(aino.card_code), CheckedOut)
    assert len(visit_rows(db)) == 1


def test_name_toggle_records_its_source(people, checkin, db):
    eino = people.add("Eino", "Äijälä")
    assert isinstance(checkin.toggle(eino.id), CheckedIn)
    assert visit_rows(db)[0]["source"] == "name"
    assert checkin.toggle(9999) == UnknownCard()


def test_restart_keeps_every_check_in(db_path, people, checkin, clock, db):
    aino = people.add("Aino", "Virtanen")
    checkin.scan(aino.card_code)
    db.close()
    reopened = open_database(db_path)
    try:
        rows = reopened.rows("SELECT person_id, check_out_at FROM visits")
        assert [(r["person_id"], r["check_out_at"]) for r in rows] == [(aino.id, None)]
    finally:
        reopened.close()


def test_undoing_a_check_in_takes_the_visit_away_and_logs_it(people, checkin, clock, db):
    """"Et ollut sinä? Peru" (issue 16): someone tapped the wrong name."""
    from kiosk.checkin import Undone
    from kiosk.db import audit

    helmi = people.add("Helmi", "Aalto")
    checkin.toggle(helmi.id)
    clock.advance(hours=1)
    checkin.toggle(helmi.id)  # yesterday's visit... an earlier one today, kept
    clock.advance(hours=1)
    wrong = checkin.toggle(helmi.id)
    assert isinstance(wrong, CheckedIn)
    clock.advance(seconds=3)
    assert checkin.undo(wrong) == Undone("Helmi", was_check_in=True)
    assert db.value("SELECT count(*) FROM visits") == 1
    assert db.value("SELECT last_visit_at FROM people") == "2026-11-24T08:00:00Z"
    entry = audit.entries(db, helmi.id)[-1]
    assert (entry["actor"], entry["action"]) == ("visitor", "check_in_undone")
    assert f"visit {wrong.visit_id}" in entry["detail"]
    assert checkin.present() == []
    assert checkin.undo(wrong).done is False  # a second tap on Peru changes nothing


def test_undoing_a_check_out_opens_the_visit_again(people, checkin, clock, db):
    aino = people.add("Aino", "Virtanen")
    checkin.toggle(aino.id)
    clock.advance(hours=2)
    out = checkin.toggle(aino.id)
    assert isinstance(out, CheckedOut)
    assert checkin.undo(out).done
    assert db.value("SELECT check_out_at FROM visits") is None
    assert [p.shown_name for p in checkin.present()] == ["Aino V."]
    clock.advance(minutes=30)
    assert isinstance(checkin.toggle(aino.id), CheckedOut)  # she leaves later, for real


def test_an_undo_too_late_or_after_a_change_does_nothing(people, checkin, clock, db):
    from kiosk.checkin import UNDO_WITHIN

    aino = people.add("Aino", "Virtanen")
    first = checkin.toggle(aino.id)
    clock.advance(seconds=UNDO_WITHIN.total_seconds() + 1)
    assert checkin.undo(first).done is False
    out = checkin.toggle(aino.id)
    clock.advance(seconds=10)
    checkin.toggle(aino.id)  # in again: the check-out's visit is no longer the open one
    assert checkin.undo(out).done is False
    assert db.value("SELECT count(*) FROM visits") == 2
