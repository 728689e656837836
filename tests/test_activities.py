"""Activities (issue 21): the schedule, sign-up ahead, one-tap attendance, the attendant's roster,
and the report's figures recomputed from the raw records."""

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.activities import ActivityRefused, ActivityService, Attended, Draft, Refusal, SignedUpFor
from kiosk.activity_statistics import programme_figures
from kiosk.clock import HELSINKI, FixedClock, local
from kiosk.people import PeopleService
from kiosk.statistics import Hidden, suppress


def _month(db, clock, people):
    """November 2026: a weekly course (one session cancelled), a one-off excursion with a headcount,
    an off-site pop-up, a guidance session, mentors; the clock on 1 December."""
    service = ActivityService(db, clock)
    course = service.save(Draft("Ompeluseura", "course", "Lapinjärven kansalaisopisto", weekly=True,
                                first_on=date(2026, 11, 3), at_time="17:00", minutes=120, seats=8,
                                counts_in_visitors=False))
    trip = service.save(Draft("Vierailu kunnanvaltuustoon", "excursion", "Lapinjärven kunta", place="Kunnantalo",
                              first_on=date(2026, 11, 12), at_time="18:00", minutes=90))
    popup = service.save(Draft("Pizzailta", "pop_up", "Ohjaamo", place="Ohjaamo", first_on=date(2026, 11, 20),
                               at_time="16:00", minutes=60))
    guide = service.save(Draft("Ohjausaika", "guidance", first_on=date(2026, 11, 18), at_time="12:00", minutes=180))
    ppl = [people.add(n, "Virtanen").id for n in ("Aino", "Bertil", "Chen", "Dana", "Eero", "Fatima")]
    mentor = people.add("Kaisa", "Kummi").id
    # The course: Tuesdays 3, 10, 17, 24 Nov; the 17th cancelled.
    service.cancel_session(course.id, date(2026, 11, 17))
    for day, who in ((date(2026, 11, 3), ppl[:3]), (date(2026, 11, 10), ppl[:2]), (date(2026, 11, 24), ppl[1:5])):
        clock.set(datetime.combine(day, datetime.min.time(), HELSINKI).replace(hour=16, minute=50))
        for p in who:
            assert isinstance(service.attend(p, course.id), Attended)
    service.set_mentor(course.id, date(2026, 11, 3), mentor, 2.0)
    service.set_mentor(course.id, date(2026, 11, 24), mentor, 1.5)
    # One of the course's people checked in to the room that day too.
    clock.set(datetime(2026, 11, 24, 16, 0, tzinfo=HELSINKI))
    from kiosk.checkin import CheckinService
    CheckinService(db, clock).toggle(ppl[1])
    # The excursion: two by name, a headcount of 23.
    service.walk_in(trip.id, date(2026, 11, 12), person_id=ppl[0])
    service.walk_in(trip.id, date(2026, 11, 12), name="Vieras Veikko")
    service.set_headcount(trip.id, date(2026, 11, 12), 23)
    # The pop-up elsewhere: ticks only.
    for p in ppl[3:]:
        service.walk_in(popup.id, date(2026, 11, 20), person_id=p)
    # Guidance: two people helped, one twice.
    service.record_guidance(guide.id, date(2026, 11, 18), 45, "job_seeking", person_id=ppl[0])
    service.record_guidance(guide.id, date(2026, 11, 18), 30, "digital_errands", person_id=ppl[0])
    service.record_guidance(guide.id, date(2026, 11, 18), 20, "benefits", name="Nimetön")
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=HELSINKI))
    return service, dict(course=course, trip=trip, popup=popup, guide=guide, people=ppl, mentor=mentor)


def _recount(db, start: date, end: date, now: datetime) -> dict:
    """The same figures straight from the tables, written apart from the module under test."""
    sessions = db.rows("SELECT s.*, a.kind, a.counts_in_visitors FROM activity_sessions s JOIN activities a "
                       "ON a.id = s.activity_id WHERE on_date >= ? AND on_date < ?", (start.isoformat(), end.isoformat()))
    result: dict = {}
    for s in sessions:
        starts = datetime.fromisoformat(f"{s['on_date']}T{s['at_time']}").replace(tzinfo=HELSINKI)
        if s["cancelled_at"] or starts > now:
            continue
        came = db.rows("SELECT person_id FROM activity_attendance WHERE session_id = ? AND cancelled_at IS NULL "
                       "AND came_at IS NOT NULL", (s["id"],))
        k = result.setdefault(s["kind"], {"sessions": 0, "visits": 0, "people": set(), "hours": 0.0})
        k["sessions"] += 1
        k["visits"] += max(s["headcount"] or 0, len(came))
        k["people"] |= {r["person_id"] for r in came if r["person_id"]}
        k["hours"] += s["minutes"] / 60
    return {kind: (v["sessions"], v["visits"], len(v["people"]), v["hours"]) for kind, v in result.items()}


def test_a_month_of_activities_counts_as_the_raw_records_say(db, clock, people):
    service, made = _month(db, clock, people)
    figures = programme_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1))
    got = {k.kind: (k.sessions, k.participant_visits, k.people, k.hours) for k in figures.kinds}
    # Sessions held with nothing recorded (none here) have no row; every one here has.
    assert got == _recount(db, date(2026, 11, 1), date(2026, 12, 1), clock.now())
    assert got == {"course": (3, 9, 5, 6.0), "pop_up": (1, 3, 3, 1.0), "excursion": (1, 23, 1, 1.5),
                   "guidance": (1, 2, 1, 3.0)}
    course = next(k for k in figures.kinds if k.kind == "course")
    assert course.cancelled == 1 and course.partners == ("Lapinjärven kansalaisopisto",)
    assert [(t.topic, t.times, t.people, t.hours) for t in figures.topics] == [
        ("job_seeking", 1, 1, 0.75), ("benefits", 1, 0, 20 / 60), ("digital_errands", 1, 1, 0.5)]
    assert [(m.activity, m.mentors, m.sessions, m.hours) for m in figures.mentors] == [("Ompeluseura", 1, 2, 3.5)]
    # The course does not count in the visitor figures: Bertil's check-in on the 24th is in them.
    assert figures.checked_in_not_counting == 1
    # Counting ones: the excursion's Aino, the pop-up's three, the guidance's Aino: none checked in.
    assert (figures.activity_only_visits, figures.activity_only_people) == (5, 4)
    assert figures.people == 6
    assert suppress([k.people for k in figures.kinds])[1] is Hidden.SMALL


def test_weekly_schedule_and_an_edit_keep_past_sessions(db, clock):
    service = ActivityService(db, clock)  # Tuesday 24 Nov 2026 10:00
    cafe = service.save(Draft("Kielikahvila", "language_cafe", weekly=True, first_on=date(2026, 11, 4),
                              last_on=date(2026, 12, 16), at_time="14:00", minutes=90))
    days = [s.day for s in service.sessions_between(date(2026, 11, 1), date(2027, 1, 1))]
    assert days == [date(2026, 11, 4) + timedelta(days=7 * i) for i in range(7)]
    service.save(Draft("Kielikahvila", "language_cafe", weekly=True, first_on=date(2026, 11, 4),
                       last_on=date(2026, 12, 16), at_time="15:00", minutes=60), cafe.id)
    sessions = service.sessions_between(date(2026, 11, 1), date(2027, 1, 1))
    assert [(local(s.starts).hour, s.minutes) for s in sessions] == [(14, 90)] * 3 + [(15, 60)] * 4


def test_sign_up_ahead_takes_the_last_seat_then_full(db, clock, people):
    service = ActivityService(db, clock)
    group = service.save(Draft("Lautapelit", "group", first_on=date(2026, 11, 24), at_time="13:00", minutes=60, seats=2))
    a, b, c = (people.add(n).id for n in ("Aino", "Bertil", "Chen"))
    assert isinstance(service.sign_up(a, group.id), SignedUpFor)
    assert service.sign_up(a, group.id).already
    last = service.sign_up(b, group.id)
    assert isinstance(last, SignedUpFor) and last.session.seats_left == 0
    full = service.sign_up(c, group.id)
    assert isinstance(full, ActivityRefused) and full.reason is Refusal.FULL
    assert service.today_sessions()[0].seats_left == 0
    # Coming without a seat is never refused: they are there.
    assert isinstance(service.attend(c, group.id), Attended)
    roster = service.roster(group.id, date(2026, 11, 24))
    assert [(r.name, r.signed_up, r.came) for r in roster.rows] == [("Aino", True, False), ("Bertil", True, False),
                                                                     ("Chen", False, True)]


def test_going_on_offers_the_session_half_an_hour_before_until_it_ends(db, clock, people):
    service = ActivityService(db, clock)
    sewing = service.save(Draft("Ompeluseura", "group", weekly=True, first_on=date(2026, 11, 3), at_time="10:20",
                                minutes=60))
    service.save(Draft("Retki", "excursion", place="Museo", first_on=date(2026, 11, 24), at_time="10:00", minutes=60))
    aino = people.add("Aino").id
    clock.set(datetime(2026, 11, 24, 9, 49, tzinfo=HELSINKI))
    assert service.going_on(aino) is None  # the off-site trip is not offered at the door
    clock.advance(minutes=1)
    assert service.going_on(aino).activity.id == sewing.id
    service.attend(aino, sewing.id)
    assert service.going_on(aino) is None  # once is enough
    clock.set(datetime(2026, 11, 24, 11, 20, tzinfo=HELSINKI))
    assert service.going_on(people.add("Bertil").id) is None


def test_cancelled_session_refuses_and_invalid_draft_names_its_fields(db, clock, people):
    service = ActivityService(db, clock)
    group = service.save(Draft("Talkoot", "talkoot", first_on=date(2026, 11, 24), at_time="12:00", minutes=60))
    service.cancel_session(group.id, date(2026, 11, 24))
    refused = service.attend(people.add("Aino").id, group.id)
    assert isinstance(refused, ActivityRefused) and refused.reason is Refusal.CANCELLED
    wrong = service.save(Draft(" ", "party", first_on=None, at_time="25:00", minutes=0, seats=0))
    assert wrong.problems == ("name", "kind", "first_on", "at_time", "minutes", "seats")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(weeks=st.lists(st.tuples(st.sets(st.integers(0, 5)), st.none() | st.integers(0, 30), st.booleans()),
                      min_size=5, max_size=5))
def test_figures_equal_a_recount_for_any_ticks_and_headcounts(tmp_path_factory, weeks):
    from kiosk.db import open_database

    db = open_database(tmp_path_factory.mktemp("h") / "k.sqlite")
    clock = FixedClock(datetime(2026, 10, 30, 12, 0, tzinfo=HELSINKI))
    people = PeopleService(db, clock)
    ids = [people.add(f"P{i}").id for i in range(6)]
    service = ActivityService(db, clock)
    course = service.save(Draft("Kurssi", "course", weekly=True, first_on=date(2026, 11, 2), at_time="18:00", minutes=45))
    for week, (who, headcount, cancelled) in enumerate(weeks):  # Mondays 2 to 30 November
        day = date(2026, 11, 2) + timedelta(days=7 * week)
        service.set_note(course.id, day, "")  # every session has its row, so the recount sees it
        for i in who:
            service.walk_in(course.id, day, person_id=ids[i])
        if headcount is not None:
            service.set_headcount(course.id, day, headcount)
        if cancelled:
            service.cancel_session(course.id, day)
    clock.set(datetime(2026, 12, 1, 12, 0, tzinfo=HELSINKI))
    figures = programme_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1))
    got = {k.kind: (k.sessions, k.participant_visits, k.people, k.hours) for k in figures.kinds if k.sessions}
    assert got == _recount(db, date(2026, 11, 1), date(2026, 12, 1), clock.now())
    db.close()
