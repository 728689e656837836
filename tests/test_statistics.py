"""The counting rules of the monthly report, each pinned on a hand-built data set."""

import uuid
from datetime import date, datetime

import pytest

from kiosk import privacy
from kiosk.clock import HELSINKI
from kiosk.db.timestamps import to_text
from kiosk.people import PeopleService
from kiosk.periods import PeriodsService
from kiosk.profile import Profile
from kiosk.statistics import Hidden, esf_table, period_figures, suppress


def visit(db, person_id, start, end=None, source="scan", situation=None):
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source, situation) VALUES (?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), person_id, to_text(start), to_text(end) if end else None, source, situation),
        )


def period(db, clock, person_id, role, start_on, end_on=""):
    """A dated role period, as the people screen saves one."""
    return PeriodsService(db, clock).save(person_id, {"role": role, "start_on": start_on, "end_on": end_on})


def at(*args):
    return datetime(*args, tzinfo=HELSINKI)


def november(db, clock):
    return period_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1))


def test_a_visit_counts_on_the_day_and_in_the_month_it_began(db, clock, people):
    aino = people.add("Aino", "V")
    visit(db, aino.id, at(2026, 10, 31, 23, 30), at(2026, 11, 1, 1, 0))  # October's
    visit(db, aino.id, at(2026, 11, 30, 23, 0), at(2026, 12, 1, 0, 30))  # November's
    figures = november(db, clock)
    assert figures.key.visits == 1 and figures.by_day == {date(2026, 11, 30): 1}
    assert figures.key.hours_total == 1.5


def test_left_open_visits_count_but_their_length_does_not(db, clock, people):
    aino, eino = people.add("Aino", "V"), people.add("Eino", "Ä")
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 12))
    visit(db, eino.id, at(2026, 11, 3, 9))  # never checked out
    visit(db, aino.id, at(2026, 11, 24, 9))  # in the room now: not yet "left open"
    key = november(db, clock).key
    assert (key.visits, key.left_open, key.hours_total, key.hours_average) == (3, 1, 3.0, 3.0)


def test_anonymous_visits_are_visits_not_people(db, clock, people):
    aino = people.add("Aino", "V")
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10))
    visit(db, aino.id, at(2026, 11, 3, 9), at(2026, 11, 3, 10))
    visit(db, None, at(2026, 11, 3, 11), at(2026, 11, 3, 11), source="name", situation="pensioner")
    key = november(db, clock).key
    assert (key.visits, key.distinct_visitors, key.anonymous_visits) == (3, 1, 1)
    assert key.hours_total == 2.0  # an anonymous visit has no length
    assert (key.open_days, key.busiest_day, key.busiest_day_visits, key.average_per_open_day) == (2, date(2026, 11, 3), 2, 1.5)


def test_hours_of_paper_visits_count_anonymous_ones_too(db, clock, people):
    aino = people.add("Aino", "V")
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10), source="import")
    visit(db, None, at(2026, 11, 2, 9), at(2026, 11, 2, 12, 30), source="import")  # a nameless line of a sheet
    visit(db, None, at(2026, 11, 2, 11), at(2026, 11, 2, 11), source="name")  # at the kiosk: no length
    key = november(db, clock).key
    assert (key.visits, key.hours_total, key.hours_average) == (3, 4.5, 2.25)


def test_volunteers_are_kept_out_of_the_visitor_totals(db, clock, people):
    kummi = people.add("Kaarina", "K")
    period(db, clock, kummi.id, "volunteer", "2026-10-01")
    aino = people.add("Aino", "V")
    visit(db, kummi.id, at(2026, 11, 2, 9), at(2026, 11, 2, 15))
    visit(db, kummi.id, at(2026, 11, 9, 9), at(2026, 11, 9, 12))
    visit(db, aino.id, at(2026, 11, 2, 10), at(2026, 11, 2, 11))
    figures = november(db, clock)
    assert (figures.key.visits, figures.key.distinct_visitors) == (1, 1)
    assert (figures.volunteers.people, figures.volunteers.days, figures.volunteers.hours) == (1, 2, 9.0)


def test_new_and_returning_visitors(db, clock, people):
    old, new = people.add("Aino", "V"), people.add("Eino", "Ä")
    visit(db, old.id, at(2026, 10, 5, 9), at(2026, 10, 5, 10))
    visit(db, old.id, at(2026, 11, 5, 9), at(2026, 11, 5, 10))
    visit(db, new.id, at(2026, 11, 6, 9), at(2026, 11, 6, 10))
    visit(db, new.id, at(2026, 11, 7, 9), at(2026, 11, 7, 10))
    figures = november(db, clock)
    assert (figures.key.new_visitors, figures.returning_visitors, figures.visits_per_visitor) == (1, 1, 1.5)


@pytest.mark.parametrize("day", [date(2026, 3, 29), date(2026, 10, 25)])
def test_daylight_saving_days_count_nothing_twice_or_lost(db, clock, people, day):
    aino = people.add("Aino", "V")
    visit(db, aino.id, datetime.combine(day, datetime.min.time(), HELSINKI).replace(hour=0, minute=30),
          datetime.combine(day, datetime.min.time(), HELSINKI).replace(hour=23, minute=30))
    figures = period_figures(db, clock, day.replace(day=1), date(day.year, day.month + 1, 1))
    assert figures.by_day == {day: 1}
    hours = {date(2026, 3, 29): 22.0, date(2026, 10, 25): 24.0}[day]  # 23- and 25-hour days
    assert figures.key.hours_total == hours


def test_breakdowns_split_by_gender_with_not_told_as_its_own_row(db, clock, people):
    for first, profile in (("Aino", Profile(gender="woman", situation="unemployed_long")),
                           ("Eino", Profile(gender="man", situation="unemployed_long")),
                           ("Åsa", Profile(gender="woman")),
                           ("Alex", Profile(situation="student"))):
        person = people.add(first, "K", profile)
        visit(db, person.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10))
    situation = next(b for b in november(db, clock).visitors if b.name == "situation")
    assert dict(situation.rows) == {"student": (0, 0, 0, 1), "unemployed_long": (1, 1, 0, 0), None: (1, 0, 0, 0)}
    assert list(dict(situation.rows))[-1] is None and situation.total == 4


def test_erasure_changes_no_figure(db, clock, people):
    aino = people.add("Aino", "V", Profile(gender="woman", birth_year=1997, situation="student", citizenship="non_eu"))
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 12))
    before = (november(db, clock), esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1)))
    privacy.erase(db, clock, aino.id)
    assert (november(db, clock), esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1))) == before


def test_esf_table_counts_the_enrolled_by_their_eura_start_and_entry_status(db, clock, people):
    aino = people.add("Aino", "V", Profile(gender="woman", birth_year=2000, situation="unemployed_long", education="basic",
                                           citizenship="non_eu"))
    eino = people.add("Eino", "Ä", Profile(gender="man", birth_year=1960, situation="employed", education="higher"))
    people.add("Outi", "O", Profile(gender="woman", situation="student"))  # a visitor, never enrolled: not counted
    people.edit(aino.id, "Aino", "V", esf_participant=1, eura_start_on="2026-10-05")
    people.edit(eino.id, "Eino", "Ä", esf_participant=1, eura_start_on="2026-11-06")
    kaisa = people.add("Kaisa", "K")
    people.edit(kaisa.id, "Kaisa", "K", esf_participant=1)  # flagged, no start day yet
    table = esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1))
    rows = {code: (new, total) for code, new, total in table.rows}
    assert rows["EECO01"] == ((0, 1, 0, 0), (1, 1, 0, 0))
    assert rows["EECO02"] == ((0, 0, 0, 0), (1, 0, 0, 0)) == rows["EECO03"]
    assert rows["EECO05"] == ((0, 1, 0, 0), (0, 1, 0, 0))
    assert rows["EECO07"][1] == (1, 0, 0, 0) and rows["EECO08"][1] == (0, 1, 0, 0)
    assert rows["EECO09"][1] == (1, 0, 0, 0) and rows["EECO11"][1] == (0, 1, 0, 0)
    assert rows["EECO13"][1] == (1, 0, 0, 0)
    assert table.eura_start_missing == 1 and table.cycle.start_missing == (kaisa.id,)
    assert (table.cycle.enrolled, table.cycle.started) == (2, 1)
    assert "EECO12" in table.not_collected and "EECO17" in table.not_collected
    # October knew only Aino.
    october = {code: total for code, _, total in esf_table(db, date(2026, 1, 1), date(2026, 10, 1), date(2026, 11, 1)).rows}
    assert october["EECO01"] == (1, 0, 0, 0)


def test_attendance_days_hours_and_days_under_four_hours(db, clock, people):
    trial = people.add("Tiina", "T")
    period(db, clock, trial.id, "work_trial", "2026-11-01", "2026-11-30")
    visit(db, trial.id, at(2026, 11, 2, 9), at(2026, 11, 2, 12))  # 3 h: a short day
    visit(db, trial.id, at(2026, 11, 3, 9), at(2026, 11, 3, 11))  # two visits on one day: 5 h
    visit(db, trial.id, at(2026, 11, 3, 12), at(2026, 11, 3, 15))
    (card,) = november(db, clock).attendance
    assert (card.role, card.days, card.hours, card.short_days) == ("work_trial", 2, 8.0, 1)


def test_imported_visits_are_counted_apart(db, clock, people):
    aino = people.add("Aino", "V")
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10), source="import")
    visit(db, aino.id, at(2026, 11, 3, 9), at(2026, 11, 3, 10))
    assert november(db, clock).key.imported_visits == 1


def test_small_numbers_are_hidden_and_cannot_be_worked_out():
    small, secondary = Hidden.SMALL, Hidden.SECONDARY
    # 3 is hidden; with the line's total printed it would follow from 10 and 7: the 7 goes too,
    # marked apart (it is not a small number).
    assert suppress([10, 3, 7]) == [10, small, secondary]
    # Two small numbers hide each other; zeros are never hidden.
    assert suppress([2, 4, 0, 9]) == [small, small, 0, 9]
    # Only zeros beside a small number: nothing more to hide (the total itself is then small).
    assert suppress([3, 0, 0]) == [small, 0, 0]
    assert suppress([12, 20, 5]) == [12, 20, 5]
    # No total printed beside the line: no secondary hiding.
    assert suppress([10, 3, 7], total_shown=False) == [10, small, 7]


def test_a_ten_thousand_visit_month_is_counted(db, clock, people):
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO people (uuid, first_name, created_at) VALUES (?, ?, ?)",
            [(str(uuid.uuid4()), f"P{i}", "2026-01-01T00:00:00Z") for i in range(500)],
        )
        conn.executemany(
            "INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, 'scan')",
            [(str(uuid.uuid4()), 1 + i % 500, f"2026-11-{1 + i % 28:02d}T08:00:00Z", f"2026-11-{1 + i % 28:02d}T10:00:00Z")
             for i in range(10_000)],
        )
    figures = november(db, clock)
    assert figures.key.visits == 10_000 and figures.key.distinct_visitors == 500 and figures.key.hours_total == 20_000.0


def test_the_esf_cycle_reminds_the_coordinator(db, clock, people):
    """Start missing; not seen for 8 weeks (exit due?); an exit without its result; the six-month
    follow-up due. Counts as of the period's end, reminders as of today."""
    from kiosk.clock import FixedClock

    early = FixedClock(at(2026, 3, 2, 9))
    staff_then = PeopleService(db, early)
    gone = staff_then.add("Gone", "G")
    staff_then.edit(gone.id, "Gone", "G", esf_participant=1, eura_start_on="2026-03-02")
    visit(db, gone.id, at(2026, 3, 2, 9), at(2026, 3, 2, 12))
    left = staff_then.add("Left", "L")
    staff_then.edit(left.id, "Left", "L", esf_participant=1, eura_start_on="2026-03-02", eura_exit_on="2026-04-30")
    done = staff_then.add("Done", "D")
    staff_then.edit(done.id, "Done", "D", esf_participant=1, eura_start_on="2026-03-02", eura_exit_on="2026-04-30",
                    eura_exit_result="in_work", followup_done_on="2026-11-02")
    here = people.add("Here", "H")
    people.edit(here.id, "Here", "H", esf_participant=1, eura_start_on="2026-11-02")
    visit(db, here.id, at(2026, 11, 23, 9), at(2026, 11, 23, 12))
    waiting = people.add("Waiting", "W")
    people.edit(waiting.id, "Waiting", "W", esf_participant=1)
    cycle = esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1), date(2026, 11, 24)).cycle
    assert (cycle.enrolled, cycle.started, cycle.exited, cycle.exited_in_period, cycle.active) == (4, 1, 2, 0, 2)
    assert cycle.start_missing == (waiting.id,)
    assert cycle.exit_due == (gone.id,)
    assert cycle.result_missing == (left.id,)
    assert cycle.follow_up_due == (left.id,)
    assert people.details(gone.id).esf_todo == ("exit_due",)
    with pytest.raises(ValueError):
        people.edit(here.id, "Here", "H", eura_exit_on="30.4.2026")


def test_days_and_hours_offered_beside_the_days_used(db, clock, people):
    """The room's weekly hours (default Monday to Friday 9-16) give the days and hours it was open;
    the days with visits are another figure."""
    aino = people.add("Aino", "V")
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10))
    figures = november(db, clock)
    assert (figures.offered.days, figures.offered.hours, figures.key.open_days) == (21, 147.0, 1)
    from kiosk.db import settings
    settings.put(db, "opening_hours", "0=09:00-16:00;2=12:00-20:00")  # Mondays and Wednesdays only
    assert november(db, clock).offered == type(figures.offered)(9, 5 * 7 + 4 * 8)


def test_new_answers_find_their_esf_band_and_old_ones_keep_their_meaning(db, clock, people):
    """Opistoaste (ISCED 5) is tertiary, a specialist vocational qualification (ISCED 4) upper
    secondary or post-secondary; Sámi is a mother tongue of its own."""
    college = people.add("Kalle", "K", Profile(education="college", mother_tongue="se"))
    vocational = people.add("Ville", "V", Profile(education="post_secondary"))
    old = people.add("Olli", "O", Profile(education="secondary"))
    for person in (college, vocational, old):
        people.edit(person.id, person.first_name, person.last_name, esf_participant=1, eura_start_on="2026-11-02")
    rows = {code: total for code, _, total in esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1)).rows}
    assert (sum(rows["EECO10"]), sum(rows["EECO11"])) == (2, 1)
    assert db.value("SELECT mother_tongue FROM people WHERE id = ?", (college.id,)) == "se"
