"""The figures the funders get, counted one way only. The monthly report lays them out.

A visit counts in the month (Helsinki time) it began. Distinct visitors count each registered
person once; anonymous visits are visits, not people. A new visitor's first visit ever is in the
month. Breakdowns are of distinct visitors, with
"not told" (None) as its own row.
"""

from __future__ import annotations

import enum
import functools
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk import opening_hours
from kiosk.clock import local, local_day_start
from kiosk.collation import person_key
from kiosk.dated import Answers, Roles, months_before
from kiosk.db import Database
from kiosk.db import answers as answers_table
from kiosk.db import municipality_codes
from kiosk.db import report as report_table
from kiosk.db import statistics as statistics_table
from kiosk.db.timestamps import from_text, to_text
from kiosk.privacy import band_in_year
from kiosk.profile import age_group

BREAKDOWNS = ("gender", "age_band", "situation", "education", "citizenship", "municipality", "mother_tongue", "role")

# Who is in which figure, by the role on the day of each visit (kiosk/dated.py).
# - Work trial (työkokeilu) and education trial (koulutuskokeilu) are employment services, and
#   rehabilitative work activity (kuntouttava työtoiminta) is a social service "in which no
#   employment relationship arises" (Act 189/2001 on rehabilitative work activity, s. 2): their
#   participants are visitors of the room, and their attendance is counted apart too, by days
#   (the Act's s. 13 sets 4-8 hours a day, 1-5 days a week, and the expense allowance Kela pays
#   to those on labour market subsidy is per day attended).
# - Pay subsidy (palkkatuki, Act 380/2023 on organising employment services) is paid to an
#   employer for an employment relationship: the pay-subsidised attendant works in the room like
#   the staff. Neither is a visitor nor, as the project's own workers, an ESF+ participant
#   (Regulation (EU) 2021/1057 Annex I: participants are persons benefiting directly).
# - Volunteers give their time; they are counted apart as well.
VISITOR_ROLES = ("visitor", "work_trial", "education_trial", "rehab_work")
ATTENDANCE_ROLES = ("work_trial", "education_trial", "rehab_work")
STAFF_ROLES = ("staff", "pay_subsidy")
VOLUNTEER = "volunteer"
GENDER_COLUMNS = ("woman", "man", "other", None)
UNEMPLOYED = ("unemployed_under_6", "unemployed_6_12", "unemployed_long", "unemployed_short")
INACTIVE = ("student", "pensioner", "inactive_other")
EMPLOYED = ("employed", "self_employed", "remote_worker")
SHORT_DAY = timedelta(hours=4)

# ESF+ common output indicators (Regulation (EU) 2021/1057 Annex I, point 1): a participant counts
# where the test on their entry status holds.
ESF_INDICATORS = (
    ("EECO01", lambda p, band: True),
    ("EECO02", lambda p, band: p["situation"] in UNEMPLOYED),
    # Long-term: over 12 months, or over 6 under 25 (Annex I; the age group kept with the answer).
    # "unemployed_short" (under 12 months, asked before the 6-month step) is not long-term at any age.
    ("EECO03", lambda p, band: p["situation"] == "unemployed_long"
     or p["situation"] == "unemployed_6_12" and p.get("age_group") == "under_25"),
    ("EECO04", lambda p, band: p["situation"] in INACTIVE),
    ("EECO05", lambda p, band: p["situation"] in EMPLOYED),
    ("EECO06", lambda p, band: band == "under_18"),
    ("EECO07", lambda p, band: band == "18_29"),
    ("EECO08", lambda p, band: band in ("55_64", "65_plus")),
    ("EECO09", lambda p, band: p["education"] == "basic"),
    ("EECO10", lambda p, band: p["education"] in ("secondary", "post_secondary")),  # ISCED 3-4
    ("EECO11", lambda p, band: p["education"] in ("college", "higher")),  # ISCED 5-8
    ("EECO13", lambda p, band: p["citizenship"] == "non_eu"),
)


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    visits: int
    anonymous_visits: int
    distinct_visitors: int
    new_visitors: int
    breakdowns: dict[str, dict[str | None, int]]


@dataclass(frozen=True)
class KeyFigures:
    visits: int  # visitors' visits, anonymous included; volunteers and staff apart
    distinct_visitors: int
    new_visitors: int
    anonymous_visits: int
    open_days: int  # days with at least one visit
    average_per_open_day: float
    busiest_day: date | None
    busiest_day_visits: int
    hours_total: float  # checked-out visits only
    hours_average: float  # per checked-out visit
    left_open: int  # visits never checked out: closed automatically, length left out
    imported_visits: int  # from paper sign-in sheets


@dataclass(frozen=True)
class Breakdown:
    """Distinct people by one answer, split by gender: rows of (answer, [woman, man, other, not told])."""

    name: str
    rows: tuple[tuple[str | None, tuple[int, int, int, int]], ...]

    @property
    def total(self) -> int:
        return sum(sum(cells) for _, cells in self.rows)


@dataclass(frozen=True)
class Attendance:
    person_id: int
    role: str
    days: int
    hours: float
    short_days: int  # attendance days under 4 hours


@dataclass(frozen=True)
class Apart:
    """People counted apart from the visitors (volunteers; staff and pay subsidy): how many, on
    how many person-days, for how many hours of checked-out visits."""

    people: int = 0
    days: int = 0
    hours: float = 0.0
    visits: int = 0  # sessions: a day may have more than one


@dataclass(frozen=True)
class Offered:
    """What the room offered in a period, from its weekly opening hours (closed weekdays are
    absent): the days it was open and their hours. The municipality asks for these beside the
    days and hours used. The weekly hours are read as they are now: the kiosk keeps no history
    of them, nor of single closed days (holidays), which a coordinator subtracts by hand."""

    days: int = 0
    hours: float = 0.0


def offered(db: Database, start: date, end: date) -> Offered:
    week = opening_hours.week(db)
    hours, days = 0.0, 0
    day = start
    while day < end:
        span = week.get(day.weekday())
        if span is not None:
            days += 1
            hours += (datetime.combine(day, span.closes) - datetime.combine(day, span.opens)) / timedelta(hours=1)
        day += timedelta(days=1)
    return Offered(days, round(hours, 2))


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date  # exclusive
    key: KeyFigures
    visitors: tuple[Breakdown, ...]  # of distinct visitors (empty: asked for key figures only)
    newcomers: tuple[Breakdown, ...]  # of new visitors (empty: asked for key figures only)
    returning_visitors: int
    visits_per_visitor: float
    by_day: dict[date, int]
    by_weekday_hour: dict[tuple[int, int], int]  # (0 = Monday, hour) -> visits
    volunteers: Apart
    staff: Apart  # staff and pay-subsidised workers
    attendance: tuple[Attendance, ...]
    offered: Offered = Offered()  # days and hours the room was open, beside the days used (key.open_days)


# Annex I indicators this kiosk does not ask about, named in the report rather than left out
# silently: participants with disabilities, with a foreign background, minorities, homeless or
# affected by housing exclusion, from rural areas.
ESF_NOT_COLLECTED = ("EECO12", "EECO14", "EECO15", "EECO16", "EECO17")
EXIT_DUE_AFTER = timedelta(weeks=8)  # not seen this long: has the participant left the project?
FOLLOW_UP_MONTHS = 6  # Annex I's longer-term result indicators: the situation six months after leaving


@dataclass(frozen=True)
class EsfCycle:
    """Where the flagged participants are in the ESF+ cycle. Counts as of the period's last day
    (what EURA should hold), and the coordinator's to-do as person ids as of ``today``."""

    enrolled: int = 0  # flagged with a EURA start day on or before the period's end
    started: int = 0  # of them, started in the period
    exited: int = 0  # with a EURA exit day on or before the period's end
    exited_in_period: int = 0
    start_missing: tuple[int, ...] = ()  # flagged, no (valid) start day
    exit_due: tuple[int, ...] = ()  # started, no exit day, not seen for 8 weeks
    result_missing: tuple[int, ...] = ()  # an exit day without the result upon leaving
    follow_up_due: tuple[int, ...] = ()  # left six months ago or more, follow-up not done

    @property
    def active(self) -> int:
        return self.enrolled - self.exited


@dataclass(frozen=True)
class EsfTable:
    rows: tuple[tuple[str, tuple[int, int, int, int], tuple[int, int, int, int]], ...]  # code, new, cumulative
    eura_start_missing: int
    cycle: EsfCycle = EsfCycle()
    not_collected: tuple[str, ...] = ESF_NOT_COLLECTED


def _local_day(utc_text: str) -> date:
    return local(from_text(utc_text)).date()


@functools.lru_cache(maxsize=4096)
def local_hour(utc_hour: str) -> tuple[date, int, int]:
    """The Helsinki day, weekday and hour of a UTC hour ("2026-03-01T10"). Helsinki is a whole
    number of hours from UTC (also across DST), so the hour decides them: a month's visits fall in
    a few hundred hours, each turned into local time once."""
    at = local(from_text(utc_hour + ":00:00+00:00"))
    return at.date(), at.weekday(), at.hour


def _hours(visits) -> float:
    """Hours of the visits whose length is known (checked out, not closed by the kiosk): the rule
    of ``known_hours``, over lengths the database layer counted in whole seconds."""
    # Exact whole seconds (times are kept to the second) summed, then divided once: a sum of
    # rounded-off floats may round otherwise.
    return sum(v.seconds for v in visits if v.seconds is not None) / 3600


def known_hours(visits) -> float:
    """The hours rule, for rows with ``check_in_at`` and ``check_out_at`` (UTC text; None: left
    open, or closed by the kiosk at closing time, which the database layer reads as None): the
    visits whose length is known, as exact durations summed and divided once (a DST night counts
    as it was; a sum of rounded-off floats may round otherwise)."""
    return sum((from_text(v["check_out_at"]) - from_text(v["check_in_at"]) for v in visits if v["check_out_at"]),
               timedelta(0)) / timedelta(hours=1)


def _gender_index(gender: str | None) -> int:
    return GENDER_COLUMNS.index(gender) if gender in GENDER_COLUMNS else 3


@dataclass(frozen=True, slots=True)
class _Visit:
    """A visit with the role its visitor had that day (None: anonymous), read once."""

    person_id: int | None
    day: date
    weekday: int
    hour: int
    role: str | None
    seconds: int | None  # its length; None: left open or closed by the kiosk at closing time
    auto_checkout: bool
    source: str
    birth_year: int | None
    age_band: str | None


class _Dated:
    """The visits of [start, end) with each visitor's role that day, and the answers to read.
    Read once for the widest span a report needs; ``between`` gives any span inside it."""

    def __init__(self, db: Database, start: date, end: date, answers_of: tuple[date, date] | None = None) -> None:
        """``answers_of``: the span whose visitors' answers are read (default: all of them)."""
        first, stop = local_day_start(start), local_day_start(end)
        rows = statistics_table.visits_between(db, first, stop)
        self.roles = Roles(statistics_table.periods_of_visitors(db, first, stop))
        answers_span = (first, stop) if answers_of is None else tuple(local_day_start(day) for day in answers_of)
        self.answers = Answers(statistics_table.answers_of_visitors(db, *answers_span))
        self.first_visit = statistics_table.first_visits(db, first, stop)
        self.visits = []
        for r in rows:
            day, weekday, hour = local_hour(r["check_in_at"][:13])
            self.visits.append(_Visit(r["person_id"], day, weekday, hour, self.roles.on(r["person_id"], day), r["seconds"],
                                      bool(r["auto_checkout"]), r["source"], r["birth_year"], r["age_band"]))
        self._days = [v.day for v in self.visits]  # in time order, as the rows came
        self._answers_on: dict[tuple[int, date], dict] = {}  # the month and the year to date end on one day

    def between(self, start: date, end: date) -> list[_Visit]:
        return self.visits[bisect_left(self._days, start):bisect_left(self._days, end)]

    def people(self, visits: list[_Visit], last_day: date, answers: bool = True) -> dict[int, dict]:
        """Each registered visitor once: their answers as of ``last_day`` (without ``answers``,
        only their first visit), and their role on the last day they came."""
        found: dict[int, dict] = {}
        for v in visits:
            if v.person_id is None:
                continue
            person = found.get(v.person_id)
            if person is None and not answers:
                person = found[v.person_id] = {"first_visit": self.first_visit[v.person_id]}
            elif person is None:
                answers = self._answers_on.get((v.person_id, last_day))
                if answers is None:
                    answers = self._answers_on[v.person_id, last_day] = self.answers.as_of(v.person_id, last_day)
                person = found[v.person_id] = {
                    **answers, "birth_year": v.birth_year, "age_band": v.age_band, "first_visit": self.first_visit[v.person_id],
                }
            person["role"] = v.role
        return found


def _of(visits: list[_Visit], roles) -> list[_Visit]:
    return [v for v in visits if v.role in roles]


def _visitor_visits(visits: list[_Visit]) -> list[_Visit]:
    return [v for v in visits if v.role is None or v.role in VISITOR_ROLES]


@dataclass(frozen=True)
class NamedVisit:
    """A registered person's visit with their name and their role that day, for the confidential
    pages (participant list, attendance cards)."""

    person_id: int
    first_name: str
    last_name: str
    role: str
    check_in_at: str
    check_out_at: str | None  # None: left open, or closed by the kiosk at closing time

    def __getitem__(self, key):
        return getattr(self, key)


def named_visits(db: Database, start: date, end: date) -> list[NamedVisit]:
    """Registered people's visits begun in [start, end) Helsinki days, by person, with the role
    each had on the visit's day."""
    first, stop = local_day_start(start), local_day_start(end)
    roles = Roles(statistics_table.periods_of_visitors(db, first, stop))
    return [NamedVisit(r["person_id"], r["first_name"], r["last_name"], roles.on(r["person_id"], _local_day(r["check_in_at"])),
                       r["check_in_at"], r["check_out_at"]) for r in report_table.named_visits(db, first, stop)]


def _apart(visits: list[_Visit]) -> Apart:
    return Apart(len({v.person_id for v in visits}), len({(v.person_id, v.day) for v in visits}), round(_hours(visits), 1),
                 len(visits))


def month_figures(db: Database, year: int, month: int) -> MonthFigures:
    """A month's visitors, with breakdowns of distinct visitors (no gender split)."""
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    dated = _Dated(db, start, end)
    visits = _visitor_visits(dated.visits)
    people = dated.people(visits, end - timedelta(days=1))
    persons = list(people.values())
    breakdowns = {name: Counter(_age_bands(persons, year) if name == "age_band" else [p[name] for p in persons])
                  for name in BREAKDOWNS}
    new = sum(1 for p in people.values() if p["first_visit"] >= to_text(local_day_start(start)))
    return MonthFigures(
        year,
        month,
        visits=len(visits),
        anonymous_visits=sum(1 for v in visits if v.person_id is None),
        distinct_visitors=len(people),
        new_visitors=new,
        breakdowns={name: dict(counts) for name, counts in breakdowns.items()},
    )


def _breakdowns(people: dict[int, dict], year: int) -> tuple[Breakdown, ...]:
    persons = list(people.values())
    genders = [_gender_index(person["gender"]) for person in persons]
    tables = []
    for name in BREAKDOWNS:
        if name == "gender":
            continue
        column = _age_bands(persons, year) if name == "age_band" else [person[name] for person in persons]
        counts: dict[str | None, list[int]] = {}
        for (value, gender), n in Counter(zip(column, genders)).items():  # (answer, gender column) -> people
            counts.setdefault(value, [0, 0, 0, 0])[gender] = n
        order = sorted(counts, key=lambda v: (v is None, str(v)))
        tables.append(Breakdown(name, tuple((value, tuple(counts[value])) for value in order)))
    return tuple(tables)


def _age_bands(persons: list[dict], year: int) -> list[str | None]:
    """Each person's age band in ``year``; a birth year's band is worked out once."""
    bands: dict[tuple, str | None] = {}
    column = []
    for person in persons:
        key = (person["birth_year"], person["age_band"])
        if key not in bands:
            bands[key] = band_in_year(person["birth_year"], person["age_band"], year)
        column.append(bands[key])
    return column


def period_figures(db: Database, clock, start: date, end: date) -> PeriodFigures:
    """Everything the report says of one period [start, end), in Helsinki days. Each visit counts
    by its visitor's role that day; breakdowns use the answers given by the period's last day."""
    return periods_figures(db, clock, (start, end))[0]


def periods_figures(db: Database, clock, main: tuple[date, date], others=()) -> list[PeriodFigures]:
    """``period_figures`` of the ``main`` span (start, end), then of each of the ``others``
    without breakdowns (``visitors`` and ``newcomers`` empty: the report prints only their key
    figures beside the month's). The spans overlap (the month lies in the year to date), so the
    visits and roles of the widest one are read once, and answers only for the main span."""
    spans = [main, *others]
    dated = _Dated(db, min(s for s, _ in spans), max(e for _, e in spans), answers_of=main)
    today = local(clock.now()).date()
    return [_figures(dated, db, today, start, end, breakdowns=n == 0) for n, (start, end) in enumerate(spans)]


def _figures(dated: _Dated, db: Database, today: date, start: date, end: date, breakdowns: bool) -> PeriodFigures:
    visits = dated.between(start, end)
    visitor_rows = _visitor_visits(visits)
    people = dated.people(visitor_rows, end - timedelta(days=1), answers=breakdowns)
    start_text = to_text(local_day_start(start))
    newcomers = {pid: p for pid, p in people.items() if p["first_visit"] >= start_text}
    by_day = Counter(v.day for v in visitor_rows)
    by_weekday_hour = Counter((v.weekday, v.hour) for v in visitor_rows)
    # Every visit whose length is known: checked out, and not the kiosk's own anonymous visit (it
    # records arrival only); an anonymous visit from a paper sheet has its times (issue 18).
    closed = [v for v in visitor_rows if v.seconds is not None and (v.person_id is not None or v.source == "import")]
    left_open = [v for v in visitor_rows if v.seconds is None and (v.auto_checkout or v.day < today)]
    hours = _hours(closed)
    busiest = max(sorted(by_day), key=lambda d: by_day[d], default=None)
    anonymous = sum(1 for v in visitor_rows if v.person_id is None)
    key = KeyFigures(
        visits=len(visitor_rows),
        distinct_visitors=len(people),
        new_visitors=len(newcomers),
        anonymous_visits=anonymous,
        open_days=len(by_day),
        average_per_open_day=round(len(visitor_rows) / len(by_day), 1) if by_day else 0.0,
        busiest_day=busiest,
        busiest_day_visits=by_day[busiest] if busiest else 0,
        hours_total=round(hours, 1),
        hours_average=round(hours / len(closed), 2) if closed else 0.0,
        left_open=len(left_open),
        imported_visits=sum(1 for v in visitor_rows if v.source == "import"),
    )
    return PeriodFigures(
        start=start,
        end=end,
        key=key,
        visitors=_breakdowns(people, start.year) if breakdowns else (),
        newcomers=_breakdowns(newcomers, start.year) if breakdowns else (),
        returning_visitors=len(people) - len(newcomers),
        visits_per_visitor=round((len(visitor_rows) - anonymous) / len(people), 2) if people else 0.0,
        by_day=dict(by_day),
        by_weekday_hour=dict(by_weekday_hour),
        volunteers=_apart(_of(visits, (VOLUNTEER,))),
        staff=_apart(_of(visits, STAFF_ROLES)),
        attendance=_attendance(_of(visits, ATTENDANCE_ROLES)),
        offered=offered(db, start, end),
    )


def _attendance(visits: list[_Visit]) -> tuple[Attendance, ...]:
    """Work-trial, education-trial and rehabilitative work participants, on the days they were
    one: a day counts once however many visits it has; its hours are the checked-out visits'
    lengths; a day under 4 hours is counted apart."""
    days: dict[tuple[int, str, date], int] = {}
    for v in visits:
        key = (v.person_id, v.role, v.day)
        days[key] = days.get(key, 0) + (v.seconds or 0)
    result = []
    for person_id, role in sorted({(pid, role) for pid, role, _ in days}):
        own = [seconds for (pid, r, _), seconds in days.items() if (pid, r) == (person_id, role)]
        result.append(Attendance(person_id, role, len(own), round(sum(own) / 3600, 2),
                                 sum(1 for seconds in own if seconds < SHORT_DAY.total_seconds())))
    return tuple(result)


def _day_or_none(text: str | None) -> date | None:
    """A EURA day typed on the people screen; one that is not a day counts as missing."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def esf_table(db: Database, project_start: date, start: date, end: date, today: date | None = None) -> EsfTable:
    """ESF+ participants are the people the project enrolled: flagged, with a EURA start day
    (Regulation (EU) 2021/1057 Annex I: "persons benefiting directly", whose data is entered at
    entry). "New" started in [start, end), "cumulative" from the project's start to the period's
    end, by indicator and gender. Each counts by their entry status, the answers in force on the
    EURA start day, which no later answer changes; age in the year they started. Anyone who was
    staff, pay-subsidised or a volunteer on that day is not a participant."""
    last_day = end - timedelta(days=1)
    today = today or last_day
    flagged = statistics_table.esf_flagged(db)
    ids = [r["id"] for r in flagged]
    roles = Roles(statistics_table.esf_periods(db, ids))
    answers = Answers(statistics_table.esf_answers(db, ids))
    enrolled = []
    for r in flagged:
        started = _day_or_none(r["eura_start_on"])
        if started is None or not project_start <= started <= last_day:
            continue
        if roles.on(r["id"], started) not in VISITOR_ROLES:
            continue
        status = answers.as_of(r["id"], started)
        if status["situation"] == "unemployed_6_12":  # long-term only under 25: the age when it was told
            group = answers_table.age_group_as_of(db, r["id"], "situation", started)
            status["age_group"] = group or age_group(r["birth_year"], started)
        enrolled.append((r, started, status))
    table = []
    for code, holds in ESF_INDICATORS:
        new, cumulative = [0, 0, 0, 0], [0, 0, 0, 0]
        for r, started, status in enrolled:
            if not holds(status, band_in_year(r["birth_year"], r["age_band"], started.year)):
                continue
            column = _gender_index(status["gender"])
            cumulative[column] += 1
            if started >= start:
                new[column] += 1
        table.append((code, tuple(new), tuple(cumulative)))
    return EsfTable(tuple(table), sum(1 for r in flagged if _day_or_none(r["eura_start_on"]) is None),
                    _cycle(flagged, enrolled, start, last_day, today))


ESF_REMINDERS = ("start_missing", "exit_due", "result_missing", "follow_up_due")
NO_CODE = "municipality_without_code"  # a home municipality by a name the list has no code for


def _esf_reminders(r, today: date) -> tuple[str, ...]:
    """A flagged participant's reminders as of ``today``, the one place the cycle's rules are
    written: the report counts them, the people screen says them on the record and lists them."""
    start, left = _day_or_none(r["eura_start_on"]), _day_or_none(r["eura_exit_on"])
    seen = _local_day(r["last_visit_at"]) if r["last_visit_at"] else None
    due = {
        "start_missing": start is None,
        "exit_due": start is not None and left is None and (seen or start) < today - EXIT_DUE_AFTER,
        "result_missing": left is not None and not r["eura_exit_result"],
        "follow_up_due": left is not None and left <= months_before(today, FOLLOW_UP_MONTHS) and not r["followup_done_on"],
    }
    return tuple(name for name in ESF_REMINDERS if due[name])


def esf_todo(db: Database, today: date, person_id: int) -> tuple[str, ...]:
    """One person's reminders of the ESF+ cycle, for the people screen."""
    return next((_esf_reminders(r, today) for r in statistics_table.esf_flagged(db, person_id) if r["erased_at"] is None), ())


@dataclass(frozen=True)
class RecordToFix:
    """A person on the coordinator's to-do list, with what their record needs."""

    person_id: int
    first_name: str
    last_name: str
    reminders: tuple[str, ...]  # of ESF_REMINDERS, then NO_CODE
    municipality: str | None = None  # the name without a code, where NO_CODE is among them


def records_to_fix(db: Database, today: date) -> tuple[RecordToFix, ...]:
    """Everyone whose record needs something, for the monthly ESF+ paperwork: the ESF+ cycle's
    reminders as of ``today`` and a home municipality without a code, in Finnish name order (first
    name, then last name, as the people screen's search lists them). Two queries whatever the
    number of people: the flagged participants and the names without a code."""
    found: dict[int, RecordToFix] = {}
    for r in statistics_table.esf_flagged(db):
        if r["erased_at"] is None and (due := _esf_reminders(r, today)):
            found[r["id"]] = RecordToFix(r["id"], r["first_name"], r["last_name"], due)
    for r in municipality_codes.without_code(db):
        due = found[r["id"]].reminders if r["id"] in found else ()
        found[r["id"]] = RecordToFix(r["id"], r["first_name"], r["last_name"], (*due, NO_CODE), r["municipality"])
    return tuple(sorted(found.values(), key=lambda t: (person_key(t.first_name, t.last_name), t.person_id)))


def _cycle(flagged, enrolled, start: date, last_day: date, today: date) -> EsfCycle:
    exits = [(r, _day_or_none(r["eura_exit_on"])) for r, _, _ in enrolled]
    exited = [(r, left) for r, left in exits if left is not None and left <= last_day]
    due = {r["id"]: _esf_reminders(r, today) for r in flagged if r["erased_at"] is None}

    def todo(name: str) -> tuple[int, ...]:
        return tuple(person_id for person_id, names in due.items() if name in names)

    return EsfCycle(
        enrolled=len(enrolled),
        started=sum(1 for _, started, _ in enrolled if started >= start),
        exited=len(exited),
        exited_in_period=sum(1 for _, left in exited if left >= start),
        start_missing=todo("start_missing"),
        exit_due=todo("exit_due"),
        result_missing=todo("result_missing"),
        follow_up_due=todo("follow_up_due"),
    )


class Hidden(enum.Enum):
    """A count the public report does not print, and why."""

    SMALL = "<5"  # 1 to 4 people: primary suppression
    SECONDARY = "x"  # hidden only so that a small one cannot be worked out from a total


def suppress(cells: list[int], total_shown: bool = True) -> list[int | Hidden]:
    """One line of counts of people, as the public report prints it: a count from 1 to 4 is
    hidden (SMALL); where the line's total is printed and exactly one count is hidden, the
    smallest other count is hidden too (SECONDARY), or the hidden one could be worked out from
    the total. Zeros stay: they tell nothing about a person. (The rule of small numbers in
    Statistics Finland's and THL's tables: no cell of fewer than five people.)
    """
    shown: list[int | Hidden] = [Hidden.SMALL if 1 <= cell <= 4 else cell for cell in cells]
    hidden = [i for i, cell in enumerate(shown) if isinstance(cell, Hidden)]
    if total_shown and len(hidden) == 1:
        others = [(cell, i) for i, cell in enumerate(cells) if not isinstance(shown[i], Hidden) and cell > 0]
        if others:
            shown[min(others)[1]] = Hidden.SECONDARY
    return shown


def suppress_one(count: int) -> int | Hidden:
    """A count of people printed alone (no total beside it)."""
    return suppress([count], total_shown=False)[0]


# Absences of work-trial and rehabilitative participants by reason group (kiosk/attendance.py has
# the reasons and why each is or is not paid): None is an absence whose reason nobody gave yet.
ABSENCE_GROUPS = (
    ("illness", ("illness", "illness_certified")),
    ("child_ill", ("child_ill",)),
    ("interview_or_office", ("job_interview", "public_office")),
    ("other", ("other",)),
    ("missing", (None,)),
)


@dataclass(frozen=True)
class PlannedAttendance:
    """One role's planned days in a span (kiosk.attendance.Participation, summed): what the
    monthly report's confidential attendance section prints."""

    role: str
    participants: int
    planned: int  # agreed days on which the service was arranged (days still to come included)
    present: int  # days present with real times, also on days not agreed
    hours: float  # of the days present
    short_days: int  # present under 4 hours
    no_departure: int  # a visit left open (or still open today): the supervisor fixes the times
    absent: tuple[tuple[str, int], ...]  # (group of ABSENCE_GROUPS, days)
    excused: int  # absences for which the benefit is paid
    not_arranged: int  # agreed days the room was closed or the service not arranged
    upcoming: int  # planned days still to come

    @property
    def absences(self) -> int:
        return sum(n for _, n in self.absent)


def planned_attendance(participations) -> tuple[PlannedAttendance, ...]:
    """Planned, present, absent (by reason group) and not-arranged days, by role, from the
    attendance service's participations of the span."""
    from kiosk import attendance  # it takes the hours rule from here: imported when counting

    result = []
    for role in ATTENDANCE_ROLES:
        own = [p for p in participations if p.role == role]
        if not own:
            continue
        days = [d for p in own for d in p.days]
        present = [d for d in days if d.status == attendance.PRESENT]
        absent = [d for d in days if d.status == attendance.ABSENT]
        result.append(PlannedAttendance(
            role=role,
            participants=len({p.person_id for p in own}),
            planned=sum(1 for d in days if d.planned),
            present=len(present),
            hours=round(sum(d.hours for d in present), 2),
            short_days=sum(1 for d in present if d.hours < attendance.SHORT_HOURS),
            no_departure=sum(1 for d in days if d.status in (attendance.FIX_TIMES, attendance.IN_ROOM)),
            absent=tuple((group, sum(1 for d in absent if d.reason in reasons)) for group, reasons in ABSENCE_GROUPS),
            excused=sum(1 for d in absent if d.excused),
            not_arranged=sum(1 for d in days if d.status == attendance.NOT_ARRANGED),
            upcoming=sum(1 for d in days if d.status == attendance.UPCOMING),
        ))
    return tuple(result)
