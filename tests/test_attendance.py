"""Planned days against present: absences with reasons, closed days, the €9 days, the warnings."""

import uuid
from datetime import date, datetime

import pytest

from kiosk import attendance as att
from kiosk.attendance import AttendanceService, allowance_of
from kiosk.clock import HELSINKI, FixedClock
from kiosk.db import audit, settings
from kiosk.db.timestamps import to_text
from kiosk.periods import PeriodsService


def at(*args):
    return datetime(*args, tzinfo=HELSINKI)


def visit(db, person_id, start, end=None, auto=False):
    with db.transaction() as conn:
        conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source, auto_checkout) "
                     "VALUES (?, ?, ?, ?, 'scan', ?)",
                     (str(uuid.uuid4()), person_id, to_text(start), to_text(end) if end else None, int(auto)))


def period(db, clock, person_id, role, start_on, end_on="", weekdays="1,2,3,4,5", payer="Kela", hours="6"):
    return PeriodsService(db, clock).save(person_id, {"role": role, "start_on": start_on, "end_on": end_on,
                                                      "weekdays": weekdays, "payer": payer, "hours_per_day": hours})


def fortnight(db, people):
    """Tiina, on a work trial Monday to Friday, paid by Kela, the fortnight 2026-11-02 .. 11-15:
    every reason, a marked holiday, Friday the 13th closed, a visit left open, a 3.5 and a 9 hour day."""
    clock = FixedClock(at(2026, 11, 20, 12))
    tiina = people.add("Tiina", "Työkokeilija")
    period(db, clock, tiina.id, "work_trial", "2026-10-01", "2026-12-31")
    service = AttendanceService(db, clock)
    visit(db, tiina.id, at(2026, 11, 2, 9), at(2026, 11, 2, 15))  # Mon 6 h
    service.record_absence(tiina.id, date(2026, 11, 3), "illness")  # Tue
    service.record_absence(tiina.id, date(2026, 11, 4), "child_ill", "Eetu kuumeessa")  # Wed
    visit(db, tiina.id, at(2026, 11, 5, 9), at(2026, 11, 5, 12, 30))  # Thu 3.5 h
    service.mark_closed(date(2026, 11, 6), "Pyhäinpäivän jälkeinen loma")  # Fri: holiday
    visit(db, tiina.id, at(2026, 11, 9, 8), at(2026, 11, 9, 17))  # Mon 9 h
    service.record_absence(tiina.id, date(2026, 11, 10), "job_interview")  # Tue
    service.record_absence(tiina.id, date(2026, 11, 11), "public_office", "valtuuston kokous")  # Wed
    visit(db, tiina.id, at(2026, 11, 12, 9))  # Thu: left open
    service.mark_closed(date(2026, 11, 13), "palvelua ei järjestetä")  # Fri: closed
    return clock, tiina, service


def test_a_fortnight_with_every_kind_of_day(db, people):
    clock, tiina, service = fortnight(db, people)
    (p,) = service.participations(date(2026, 11, 2), date(2026, 11, 15))
    kinds = {d.day.day: (d.status, d.reason, d.hours) for d in p.days}
    assert kinds == {
        2: ("present", None, 6.0), 3: ("absent", "illness", None), 4: ("absent", "child_ill", None),
        5: ("present", None, 3.5), 6: ("not_arranged", None, None), 9: ("present", None, 9.0),
        10: ("absent", "job_interview", None), 11: ("absent", "public_office", None),
        12: ("fix_times", None, None), 13: ("not_arranged", None, None),
    }
    assert p.planned == 8 and p.allowance_days == 3 and p.allowance_eur == 27
    assert all(d.excused for d in p.absences)
    assert p.allowance == att.Allowance("kulukorvaus", "Kela")
    assert {(w.kind, w.day.day) for w in p.warnings} == {("short_day", 5), ("long_day", 9), ("fix_times", 12)}


def test_other_and_missing_reasons_are_unexcused_and_three_in_a_row_warn(db, people):
    clock = FixedClock(at(2026, 11, 20, 12))
    eino = people.add("Eino", "Äijälä")
    period(db, clock, eino.id, "rehab_work", "2026-11-01", weekdays="1,3", payer="Tampereen kaupunki, sosiaalityö")
    service = AttendanceService(db, clock)
    service.record_absence(eino.id, date(2026, 11, 2), "other", "ei tullut")
    (p,) = service.participations(date(2026, 11, 2), date(2026, 11, 15))
    # Mon 2 other, Wed 4 missing, Mon 9 missing (third in a row), Wed 11 missing
    assert [(d.day.day, d.reason, d.excused) for d in p.absences] == [
        (2, "other", False), (4, None, False), (9, None, False), (11, None, False)]
    assert [(w.kind, w.day.day, w.value) for w in p.warnings] == [("unexcused_streak", 9, 3)]
    assert p.allowance_days == 0 and p.allowance.kind == "toimintaraha"
    settings.put(db, att.STREAK_KEY, "5")
    (p,) = service.participations(date(2026, 11, 2), date(2026, 11, 15))
    assert not p.warnings


def test_own_word_illness_past_three_days_needs_a_certificate(db, people):
    clock = FixedClock(at(2026, 11, 30, 12))
    aino = people.add("Aino", "Sairas")
    period(db, clock, aino.id, "work_trial", "2026-11-01")
    service = AttendanceService(db, clock)
    for day in range(2, 7):
        service.record_absence(aino.id, date(2026, 11, day), "illness")
    for day in range(9, 14):
        service.record_absence(aino.id, date(2026, 11, day), "child_ill")
    (p,) = service.participations(date(2026, 11, 2), date(2026, 11, 13))
    assert [d.excused for d in p.absences] == [True] * 3 + [False] * 2 + [True] * 4 + [False]
    assert [w.day.day for w in p.warnings if w.kind == "certificate_needed"] == [5, 6]
    service.record_absence(aino.id, date(2026, 11, 5), "illness_certified")
    service.record_absence(aino.id, date(2026, 11, 6), "illness_certified")
    (p,) = service.participations(date(2026, 11, 2), date(2026, 11, 13))
    assert [d.excused for d in p.absences][:5] == [True] * 5


def test_an_illness_begun_before_the_range_counts_on(db, people):
    clock = FixedClock(at(2026, 11, 30, 12))
    aino = people.add("Aino", "Sairas")
    period(db, clock, aino.id, "work_trial", "2026-10-01")
    service = AttendanceService(db, clock)
    for day in (5, 6, 9):  # Thu, Fri, Mon
        service.record_absence(aino.id, date(2026, 11, day), "illness")
    (p,) = service.participations(date(2026, 11, 9), date(2026, 11, 9))
    assert [(d.day.day, d.over_limit) for d in p.days] == [(9, False)]  # the third day: still on her word
    service.record_absence(aino.id, date(2026, 11, 4), "illness")
    (p,) = service.participations(date(2026, 11, 9), date(2026, 11, 9))
    assert [(d.day.day, d.over_limit) for d in p.days] == [(9, True)]


def test_periods_starting_and_ending_mid_fortnight(db, people):
    clock = FixedClock(at(2026, 11, 20, 12))
    aino = people.add("Aino", "Alkaja")
    period(db, clock, aino.id, "rehab_work", "2026-11-05", "2026-11-10", weekdays="1,2,3,4")
    (p,) = AttendanceService(db, clock).participations(date(2026, 11, 2), date(2026, 11, 15))
    assert (p.first, p.last) == (date(2026, 11, 5), date(2026, 11, 10))
    assert [d.day.day for d in p.days] == [5, 9, 10]  # Thu, Mon, Tue; not Fri (not agreed)
    assert p.planned == 3


def test_a_period_changing_role_mid_fortnight_gives_two_participations(db, people):
    clock = FixedClock(at(2026, 11, 20, 12))
    aino = people.add("Aino", "Vaihtaja")
    period(db, clock, aino.id, "rehab_work", "2026-10-01", "2026-11-06", weekdays="1,2,3,4")
    period(db, clock, aino.id, "work_trial", "2026-11-09", "2026-12-31")
    got = AttendanceService(db, clock).participations(date(2026, 11, 2), date(2026, 11, 15))
    assert [(p.role, p.first.day, p.last.day, p.planned) for p in got] == [
        ("rehab_work", 2, 6, 4), ("work_trial", 9, 15, 5)]


def test_days_after_today_are_upcoming_unless_an_absence_is_told_in_advance(db, people):
    clock = FixedClock(at(2026, 11, 10, 12))  # Tuesday
    aino = people.add("Aino", "Ajoissa")
    period(db, clock, aino.id, "work_trial", "2026-11-01")
    service = AttendanceService(db, clock)
    visit(db, aino.id, at(2026, 11, 10, 9))  # in the room now
    service.record_absence(aino.id, date(2026, 11, 12), "job_interview")
    (p,) = service.participations(date(2026, 11, 9), date(2026, 11, 13))
    assert [d.status for d in p.days] == ["absent", "in_room", "upcoming", "absent", "upcoming"]
    assert not any(w.kind == "fix_times" for w in p.warnings)


def test_more_days_in_a_week_than_agreed(db, people):
    clock = FixedClock(at(2026, 11, 20, 12))
    aino = people.add("Aino", "Ahkera")
    period(db, clock, aino.id, "rehab_work", "2026-11-01", weekdays="1,2")
    for day in (2, 3, 4):
        visit(db, aino.id, at(2026, 11, day, 9), at(2026, 11, day, 14))
    (p,) = AttendanceService(db, clock).participations(date(2026, 11, 2), date(2026, 11, 8))
    assert [(w.kind, w.value) for w in p.warnings] == [("too_many_days", 3)]
    assert p.allowance_days == 3 and p.planned == 2  # an extra day taken part in still earns the €9


def test_an_automatically_closed_visit_asks_for_the_times(db, people):
    clock = FixedClock(at(2026, 11, 20, 12))
    aino = people.add("Aino", "Unohtaja")
    period(db, clock, aino.id, "work_trial", "2026-11-01")
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 16), auto=True)
    (p,) = AttendanceService(db, clock).participations(date(2026, 11, 2), date(2026, 11, 2))
    assert [(d.status, d.hours) for d in p.days] == [("fix_times", None)] and p.allowance_days == 0


@pytest.mark.parametrize("sunday", [date(2026, 3, 29), date(2026, 10, 25)])
def test_dst_sundays_count_real_hours_on_the_right_day(db, people, sunday):
    from kiosk import opening_hours

    clock = FixedClock(at(2026, 11, 30, 12))
    opening_hours.save(db, opening_hours.parse("0=09:00-16:00;6=00:00-23:00"))  # open Mondays and Sundays
    aino = people.add("Aino", "Yökyöpeli")
    period(db, clock, aino.id, "work_trial", "2026-01-01", weekdays="7,1")
    visit(db, aino.id, at(sunday.year, sunday.month, sunday.day, 1, 0), at(sunday.year, sunday.month, sunday.day, 7, 0))
    monday = date(sunday.year, sunday.month, sunday.day + 1)
    visit(db, aino.id, at(monday.year, monday.month, monday.day, 0, 30), at(monday.year, monday.month, monday.day, 5, 0))
    (p,) = AttendanceService(db, clock).participations(sunday, monday)
    clocks_moved = 1 if sunday.month == 3 else -1  # spring: an hour less, autumn: an hour more
    assert [(d.day, d.hours) for d in p.days] == [(sunday, 6 - clocks_moved), (monday, 4.5)]


def test_changes_are_audit_logged_without_the_note(db, people):
    clock, tiina, service = fortnight(db, people)
    logged = [(e["action"], e["detail"]) for e in audit.entries(db, tiina.id) if "absence" in e["action"]]
    assert ("record_absence", "2026-11-04 child_ill") in logged
    assert not any("Eetu" in detail for _, detail in logged)
    service.clear_absence(tiina.id, date(2026, 11, 4))
    assert audit.entries(db, tiina.id)[-1]["action"] == "clear_absence"
    with pytest.raises(ValueError):
        service.record_absence(tiina.id, date(2026, 11, 4), "holiday")


@pytest.mark.parametrize("payer, kind", [
    ("Kela", "kulukorvaus"), ("Työttömyyskassa Erto", "kulukorvaus"), ("Helsingin kaupunki", "toimintaraha"),
    ("Pirkanmaan hyvinvointialue, sosiaalityö", "toimintaraha"), ("TE-toimisto", ""), ("", ""),
    ("Itä-Uudenmaan työllisyysalue (toimintaraha)", "toimintaraha"), ("Kunta, kulukorvaus Kelalta", "kulukorvaus")])
def test_the_allowance_from_the_payer_text(payer, kind):
    assert allowance_of(payer).kind == kind


def test_erasure_empties_the_absence_notes_and_the_name(db, people):
    from kiosk import privacy

    clock, tiina, service = fortnight(db, people)
    privacy.erase(db, clock, tiina.id)
    (p,) = service.participations(date(2026, 11, 2), date(2026, 11, 15))
    assert "Tiina" not in p.first_name and p.last_name == "" and p.first_name.startswith("#")
    assert [d.note for d in p.absences] == ["", "", "", ""]
    assert [d.reason for d in p.absences] == ["illness", "child_ill", "job_interview", "public_office"]
