"""Who someone was then: roles are dated periods and answers are dated, so a month printed again
gives the same figures after any later edit (issue 17)."""

import shutil
import subprocess
import tempfile
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk import privacy
from kiosk.clock import HELSINKI, FixedClock
from kiosk.db import audit, open_database
from kiosk.db.timestamps import to_text
from kiosk.errors import InvalidInput
from kiosk.people import PeopleService
from kiosk.periods import PeriodsService
from kiosk.profile import Profile
from kiosk.report import participant_list, write_report
from kiosk.statistics import esf_table, period_figures, periods_figures
from tests.test_statistics import at, period, visit

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")


def month(db, clock, year, number):
    return period_figures(db, clock, date(year, number, 1), date(year + number // 12, number % 12 + 1, 1))


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_pdftotext
def test_a_november_role_changes_nothing_printed_of_october(db, clock, people, tmp_path):
    # Aino came as an ordinary visitor on six October days; on 10 November the attendant gave her
    # a rehabilitative work period.
    aino = people.add("Aino", "Virtanen", Profile(gender="woman", situation="unemployed_short"))
    for day in (1, 2, 5, 6, 7, 8):
        visit(db, aino.id, at(2026, 10, day, 9), at(2026, 10, day, 14))
    visit(db, aino.id, at(2026, 11, 11, 9), at(2026, 11, 11, 14))

    def october():
        out = tmp_path / "october.pdf"
        write_report(db, clock, 2026, 10, out, participants=True, cards=True)
        return month(db, clock, 2026, 10), esf_table(db, date(2026, 1, 1), date(2026, 10, 1), date(2026, 11, 1)), pdf_text(out)

    before = october()
    PeriodsService(db, FixedClock(datetime(2026, 11, 10, 9, tzinfo=HELSINKI))).save(
        aino.id, {"role": "rehab_work", "start_on": "2026-11-10", "payer": "Itä-Uudenmaan työllisyysalue", "weekdays": "1,2,3",
                  "hours_per_day": "5"})
    after = october()
    assert after == before
    figures, _, text = after
    assert figures.attendance == () and figures.key.distinct_visitors == 1
    assert "Läsnäolokortti – Aino" not in text and "Ei kävijöitä." in text.split("Läsnäolokortti")[1]
    role = next(b for b in figures.visitors if b.name == "role")
    assert dict(role.rows) == {"visitor": (1, 0, 0, 0)}
    # November counts her days from the 10th as rehabilitative work, and prints her card.
    (card,) = month(db, clock, 2026, 11).attendance
    assert (card.role, card.days, card.hours) == ("rehab_work", 1, 5.0)


@needs_pdftotext
def test_pay_subsidy_and_staff_are_never_visitors_nor_esf_participants(db, clock, people, tmp_path):
    attendant = people.add("Pirjo", "Palkkatuettu", Profile(gender="woman", situation="unemployed_long"))
    leader = people.add("Heikki", "Henkilökunta", Profile(gender="man"))
    aino = people.add("Aino", "Kävijä", Profile(gender="woman", situation="student"))
    period(db, clock, attendant.id, "pay_subsidy", "2026-11-01", "2027-04-30")
    period(db, clock, leader.id, "staff", "2025-01-01")
    workdays = [d for d in (date(2026, 11, 1) + timedelta(days=i) for i in range(30)) if d.weekday() < 5]
    assert len(workdays) == 21
    for day in workdays:
        visit(db, attendant.id, at(day.year, day.month, day.day, 8), at(day.year, day.month, day.day, 16))
    visit(db, leader.id, at(2026, 11, 2, 9), at(2026, 11, 2, 12))
    visit(db, leader.id, at(2026, 11, 3, 9), at(2026, 11, 3, 12))
    visit(db, aino.id, at(2026, 11, 2, 10), at(2026, 11, 2, 12))
    for person in (attendant, leader, aino):  # flagged by mistake: the project's own workers are never participants
        people.edit(person.id, person.first_name, person.last_name, esf_participant=1, eura_start_on="2026-11-02")
    figures = month(db, clock, 2026, 11)
    assert (figures.key.visits, figures.key.distinct_visitors, figures.key.new_visitors) == (1, 1, 1)
    assert sum(sum(cells) for b in figures.visitors if b.name == "role" for _, cells in b.rows) == 1
    assert (figures.staff.people, figures.staff.days, figures.staff.hours) == (2, 23, 174.0)
    assert figures.volunteers.people == 0 and figures.attendance == ()
    esf = {code: cumulative for code, _, cumulative in esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1)).rows}
    assert esf["EECO01"] == (1, 0, 0, 0) and esf["EECO02"] == (0, 0, 0, 0)
    assert [p.first_name for p in participant_list(db, 2026, 11)] == ["Aino"]
    out = tmp_path / "r.pdf"
    write_report(db, clock, 2026, 11, out, authorised=True)
    text = pdf_text(out)
    staff_line = text.split("Henkilökunta ja palkkatuetut")[1].splitlines()[2].split()
    assert staff_line == ["2", "23", "174,0"]


def test_an_answer_given_in_march_changes_march_and_not_february_nor_the_entry_status(db, people):
    clock = FixedClock(datetime(2026, 1, 10, 9, tzinfo=HELSINKI))
    people = PeopleService(db, clock)
    aino = people.add("Aino", "V", Profile(gender="woman", birth_year=1990, situation="unemployed_short"))
    people.edit(aino.id, "Aino", "V", esf_participant=1, eura_start_on="2026-01-12")
    for m in (1, 2, 3, 4):
        visit(db, aino.id, at(2026, m, 12, 9), at(2026, m, 12, 12))

    def situation(m):
        breakdown = next(b for b in month(db, clock, 2026, m).visitors if b.name == "situation")
        return dict(breakdown.rows)

    def esf(m):
        return esf_table(db, date(2026, 1, 1), date(2026, m, 1), date(2026, m + 1, 1))

    february, esf_before = situation(2), [esf(m) for m in (1, 2, 3, 4)]
    clock.set(datetime(2026, 3, 5, 10, tzinfo=HELSINKI))
    people.edit(aino.id, "Aino", "V", situation="employed")
    assert situation(2) == february == {"unemployed_short": (1, 0, 0, 0)}
    assert situation(3) == situation(4) == {"employed": (1, 0, 0, 0)}
    # The entry status is the answer in force on the EURA start day: it never changes.
    assert [esf(m) for m in (1, 2, 3, 4)] == esf_before
    cumulative = {code: total for code, _, total in esf(4).rows}
    assert cumulative["EECO02"] == (1, 0, 0, 0) and cumulative["EECO05"] == (0, 0, 0, 0)
    given = [(a["question"], a["value"], a["given_on"]) for a in db.rows(
        "SELECT question, value, given_on FROM answers WHERE person_id = ? AND question = 'situation' ORDER BY id", (aino.id,))]
    assert given == [("situation", "unemployed_short", "2026-01-10"), ("situation", "employed", "2026-03-05")]


def test_erasure_still_changes_no_figure_of_any_month(db, clock, people):
    aino = people.add("Aino", "V", Profile(gender="woman", birth_year=1997, situation="student", citizenship="non_eu"))
    period(db, clock, aino.id, "work_trial", "2026-10-01", "2026-10-31")
    PeriodsService(db, clock).save(aino.id, {"role": "volunteer", "start_on": "2026-11-01", "note": "kummi torstaisin"})
    visit(db, aino.id, at(2026, 9, 2, 9), at(2026, 9, 2, 12))
    visit(db, aino.id, at(2026, 10, 2, 9), at(2026, 10, 2, 12))
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 12))
    clock.set(datetime(2026, 11, 3, 9, tzinfo=HELSINKI))
    people.edit(aino.id, "Aino", "V", situation="employed", gender="woman", birth_year=1997, citizenship="non_eu")

    def everything():
        return [(month(db, clock, 2026, m), esf_table(db, date(2026, 1, 1), date(2026, m, 1), date(2026, m + 1, 1)))
                for m in (9, 10, 11)]

    before = everything()
    privacy.erase(db, clock, aino.id)
    assert everything() == before
    assert db.value("SELECT group_concat(note, '') FROM role_periods WHERE person_id = ?", (aino.id,)) == ""


def test_periods_of_one_role_never_overlap_and_every_change_is_logged(db, clock, people):
    aino = people.add("Aino", "V")
    service = PeriodsService(db, clock)
    first = service.save(aino.id, {"role": "work_trial", "start_on": "2026-09-01", "end_on": "2026-10-31"})
    with pytest.raises(InvalidInput, match="overlaps"):
        service.save(aino.id, {"role": "work_trial", "start_on": "2026-10-31"})
    service.save(aino.id, {"role": "volunteer", "start_on": "2026-10-01"})  # another role may share days
    with pytest.raises(InvalidInput):
        service.save(aino.id, {"role": "work_trial", "start_on": "2026-11-01", "end_on": "2026-10-01"})
    with pytest.raises(InvalidInput):
        service.save(aino.id, {"role": "work_trial", "start_on": "1.11.2026"})
    with pytest.raises(InvalidInput):
        service.save(aino.id, {"role": "visitor", "start_on": "2026-11-01"})
    changed = service.save(aino.id, {"role": "work_trial", "start_on": "2026-09-01", "end_on": "2026-09-30", "weekdays": "1,2,4",
                                     "hours_per_day": "4,5", "payer": "Kela"}, period_id=first.id)
    assert (changed.weekdays, changed.hours_per_day, changed.payer) == ((1, 2, 4), 4.5, "Kela")
    service.remove(aino.id, first.id)
    assert [p.role for p in service.of(aino.id)] == ["volunteer"]
    actions = [e["action"] for e in audit.entries(db, aino.id)]
    assert actions == ["add_period", "add_period", "edit_period", "remove_period"]
    assert "Kela" not in " ".join(e["detail"] for e in audit.entries(db, aino.id))


# --- the figures against a plain recomputation from the dated records -------------------------

DAYS = [date(2026, 1, 1) + timedelta(days=i) for i in range(120)]  # January to April 2026
ROLES = ("volunteer", "work_trial", "education_trial", "rehab_work", "pay_subsidy", "staff")
PRECEDENCE = ("staff", "pay_subsidy", "rehab_work", "work_trial", "education_trial", "volunteer")

day_index = st.integers(0, len(DAYS) - 1)
a_period = st.tuples(st.sampled_from(ROLES), day_index, st.one_of(st.none(), st.integers(0, 60)))
an_answer = st.tuples(st.sampled_from(("situation", "gender")), day_index, st.integers(0, 2))
a_visit = st.tuples(day_index, st.integers(8, 15), st.one_of(st.none(), st.integers(1, 300)))
a_person = st.tuples(st.lists(a_period, max_size=3), st.lists(an_answer, max_size=4), st.lists(a_visit, max_size=8))
VALUES = {"situation": ("unemployed_short", "employed", None), "gender": ("woman", "man", None)}


def _fill(db, people_data):
    """Write people, their periods (overlapping ones of the same role dropped, as the service
    refuses them), answers and visits straight into the tables."""
    with db.transaction() as conn:
        for n, (periods, answers, visits) in enumerate(people_data, start=1):
            conn.execute("INSERT INTO people (id, uuid, first_name, created_at) VALUES (?, ?, ?, '2026-01-01T08:00:00Z')",
                         (n, str(uuid.uuid4()), f"P{n}"))
            kept = []
            for role, start, length in periods:
                end = None if length is None else min(start + length, len(DAYS) - 1)
                if any(r == role and (e is None or start <= e) and (end is None or s <= end) for r, s, e in kept):
                    continue
                kept.append((role, start, end))
                conn.execute("INSERT INTO role_periods (uuid, person_id, role, start_on, end_on, created_at) "
                             "VALUES (?, ?, ?, ?, ?, '2026-01-01T08:00:00Z')",
                             (str(uuid.uuid4()), n, role, DAYS[start].isoformat(), None if end is None else DAYS[end].isoformat()))
            for question, day, value in answers:
                conn.execute("INSERT INTO answers (uuid, person_id, question, value, given_on, recorded_at) "
                             "VALUES (?, ?, ?, ?, ?, '2026-01-01T08:00:00Z')",
                             (str(uuid.uuid4()), n, question, VALUES[question][value], DAYS[day].isoformat()))
            for day, hour, minutes in visits:
                start = datetime(DAYS[day].year, DAYS[day].month, DAYS[day].day, hour, tzinfo=HELSINKI)
                end = None if minutes is None else start + timedelta(minutes=minutes)
                conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, 'scan')",
                             (str(uuid.uuid4()), n, to_text(start), None if end is None else to_text(end)))


def _plain(db, first: date, stop: date):
    """The month's figures as a person would count them from the tables, one query at a time."""
    visits = [r for r in db.rows("SELECT person_id, check_in_at, check_out_at FROM visits ORDER BY check_in_at")
              if first <= datetime.fromisoformat(r["check_in_at"]).astimezone(HELSINKI).date() < stop]
    last_day = (stop - timedelta(days=1)).isoformat()

    def role_on(person_id, day):
        roles = [r[0] for r in db.rows("SELECT role FROM role_periods WHERE person_id = ? AND start_on <= ? "
                                       "AND (end_on IS NULL OR end_on >= ?)", (person_id, day, day))]
        return min(roles, key=PRECEDENCE.index) if roles else "visitor"

    def answer(person_id, question):
        row = db.row("SELECT value FROM answers WHERE person_id = ? AND question = ? AND given_on <= ? "
                     "ORDER BY given_on DESC, id DESC LIMIT 1", (person_id, question, last_day))
        # None by then: the first day's answer (the later one, where two were given that day)
        row = row or db.row("SELECT value FROM answers WHERE person_id = ? AND question = ? ORDER BY given_on, id DESC LIMIT 1",
                            (person_id, question))
        return row[0] if row else None

    def hours(rows):
        return round(sum((datetime.fromisoformat(r["check_out_at"]) - datetime.fromisoformat(r["check_in_at"])).total_seconds()
                         for r in rows if r["check_out_at"]) / 3600, 1)

    counted = {"visitor": [], "volunteer": [], "staff": [], "attendance": []}
    for v in visits:
        day = datetime.fromisoformat(v["check_in_at"]).astimezone(HELSINKI).date().isoformat()
        role = role_on(v["person_id"], day)
        group = {"volunteer": "volunteer", "staff": "staff", "pay_subsidy": "staff"}.get(role, "visitor")
        counted[group].append((v, day, role))
        if role in ("work_trial", "education_trial", "rehab_work"):
            counted["attendance"].append((v, day, role))
    visitors = {v["person_id"] for v, _, _ in counted["visitor"]}
    situation = {}
    for person_id in visitors:
        gender = answer(person_id, "gender")
        cells = situation.setdefault(answer(person_id, "situation"), [0, 0, 0, 0])
        cells[("woman", "man", "other").index(gender) if gender in ("woman", "man", "other") else 3] += 1
    role_of = {}
    for v, _, role in counted["visitor"]:
        role_of[v["person_id"]] = role  # the role on the last day they came
    apart = {group: (len({v["person_id"] for v, _, _ in counted[group]}), len({(v["person_id"], d) for v, d, _ in counted[group]}),
                     hours([v for v, _, _ in counted[group]])) for group in ("volunteer", "staff")}
    attendance = {}
    for v, day, role in counted["attendance"]:
        attendance.setdefault((v["person_id"], role), set()).add(day)
    return {"visits": len(counted["visitor"]), "distinct": len(visitors),
            "situation": {k: tuple(c) for k, c in situation.items()},
            "roles": sorted(role_of.values()), "apart": apart,
            "attendance": {k: len(days) for k, days in attendance.items()}}


@settings(max_examples=60, deadline=None)
@given(st.lists(a_person, min_size=1, max_size=5))
# Found by hypothesis: 171 + 276 minutes are 7.45 h, which float sums of each visit's hours rounded to 7.4.
@example([([("volunteer", 0, None)], [], [(0, 8, 171)]), ([("volunteer", 0, None)], [], [(0, 8, 276)])])
# Found by hypothesis: two answers on one day, both after the visit: the day's later one counts.
@example([([], [("situation", 31, 0), ("situation", 31, 1)], [(0, 8, None)])])
def test_period_figures_of_every_month_equal_a_plain_recomputation(people_data):
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "k.sqlite")
        try:
            _fill(db, people_data)
            clock = FixedClock(datetime(2026, 6, 1, 12, tzinfo=HELSINKI))
            alone = []
            for m in (1, 2, 3, 4):
                first, stop = date(2026, m, 1), date(2026, m + 1, 1)
                figures = period_figures(db, clock, first, stop)
                alone.append(figures)
                plain = _plain(db, first, stop)
                situation = next(b for b in figures.visitors if b.name == "situation")
                roles = next(b for b in figures.visitors if b.name == "role")
                assert (figures.key.visits, figures.key.distinct_visitors) == (plain["visits"], plain["distinct"])
                assert dict(situation.rows) == plain["situation"]
                assert sorted(r for r, cells in roles.rows for _ in range(sum(cells))) == plain["roles"]
                assert (figures.volunteers.people, figures.volunteers.days, figures.volunteers.hours) == plain["apart"]["volunteer"]
                assert (figures.staff.people, figures.staff.days, figures.staff.hours) == plain["apart"]["staff"]
                assert {(a.person_id, a.role): a.days for a in figures.attendance} == plain["attendance"]
            # the report reads the widest span once and counts the others from it (issue 23)
            spans = [(date(2026, m, 1), date(2026, m + 1, 1)) for m in (1, 2, 3, 4)]
            together = periods_figures(db, clock, (date(2026, 1, 1), date(2026, 5, 1)), spans)
            for figures, one in zip(together[1:], alone):
                assert (figures.key, figures.volunteers, figures.staff, figures.attendance) == (
                    one.key, one.volunteers, one.staff, one.attendance)
        finally:
            db.close()
