"""Realistic demo data: regulars and occasional visitors on weekdays 9-16, some in the room now.

Same seed, same data: every random choice, uuids and card codes included, comes from one
``random.Random(seed)``; the only other input is the clock, which tests fix.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from kiosk import codes, municipalities, names, settings_catalog
from kiosk.clock import HELSINKI, local, today_start
from kiosk.db import Database, bulk, municipality_codes
from kiosk.db.timestamps import to_text
from kiosk.profile import age_group
from kiosk.staff_access import StaffAccess

FIRST_NAMES = (
    "Aino Eino Eeva Helmi Väinö Elli Onni Sanna Jukka Päivi Tuula Seppo Kaarina Matti Leena "
    "Pirjo Heikki Riitta Juha Sirkka Aleksi Veera Otso Siiri Ilmari Anna-Liisa Jyrki Minna "
    "Tapio Hannele Åsa Björn Märta Göran Ulla Stig Ingrid Henrik Maj-Britt Sören "
    "Olena Mykola Fatima Ahmed Abdirahman Nguyen Thi Mai Zeynep Ali Oksana Dmitri Amina Juan Sofía"
).split()
LAST_NAMES = (
    "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
    "Lehtonen Saarinen Äijälä Lönnqvist Räsänen Kärkkäinen Törmä Ylönen Öhman Hyvönen "
    "Lindström Öberg Åberg Sjöholm Grönroos Wikström Ekström "
    "Kovalenko Shevchenko Hassan Mohamed Warsame Tran Yılmaz Kaya Petrova Ivanova García Núñez"
).split()

OPEN_HOUR, CLOSE_HOUR = 9, 16


@dataclass(frozen=True)
class DemoSummary:
    people: int
    visits: int
    present_now: int


DEMO_COORDINATOR, DEMO_PIN = "Kaisa Mäkelä", "1234"  # the demo room's coordinator
DEMO_ATTENDANT, DEMO_ATTENDANT_PIN = "Tiina Laine", "5678"  # and its attendant


def fill(db: Database, clock, people: int = 120, months: int = 6, seed: int = 1) -> DemoSummary:
    """Write demo data into an empty database."""
    if not bulk.is_empty(db):
        raise ValueError("the database already has people or visits; demo data goes into an empty one")
    rng = random.Random(seed)
    now = clock.now()
    today = local(now).date()
    first_day = today - timedelta(days=round(months * 30.44))
    days = [first_day + timedelta(days=i) for i in range((today - first_day).days)]
    open_days = [d for d in days if d.weekday() < 5]
    offsets = {d: _utc_offset(d) for d in days}

    person_rows, word_rows, card_rows, visit_rows = [], [], [], []
    joined_on = {}
    for person_id in range(1, people + 1):
        first, last = _name(rng)
        joined = joined_on[person_id] = rng.choice(open_days) if rng.random() < 0.7 else first_day
        person_rows.append((person_id, _uuid(rng), first, last, _at(joined, 8 * 60, offsets)))
        word_rows += [(w, person_id) for w in set(names.words(f"{first} {last}"))]
        card_rows.append((codes.new_code(codes.Kind.PERSON, rng.choice), person_id, _at(joined, 8 * 60, offsets)))
        visit_rows += _visits(rng, person_id, [d for d in open_days if d >= joined], offsets)

    present = _present_now(rng, min(people, rng.randint(3, 6)), people, now)
    visit_rows += present
    bulk.insert_all(db, person_rows, word_rows, card_rows, visit_rows)
    profiles = [_profile(rng, person_id, people) for person_id in range(1, people + 1)]
    _set_profiles(db, profiles, {row[0]: row[1] for row in person_rows}, joined_on, now)
    _equipment(db, rng, [row[1] for row in present], now)
    _history(db, rng, visit_rows, open_days, offsets, now)
    for key, value in (("lunch_menu", "Hernekeitto ja pannukakku"), ("lunch_price", "3 €"), ("room_municipality", "Lapinjärvi"),
                       ("organisation_name", "Kylätoimintayhdistys ry")):
        settings_catalog.put(db, {key: value})
    # The demo's staff, PINs printed in the README: a demo kiosk skips the first-start setup.
    access = StaffAccess(db, clock)
    access.session.account = access.first_coordinator(DEMO_COORDINATOR, DEMO_PIN)
    access.add(DEMO_ATTENDANT, DEMO_ATTENDANT_PIN, "attendant")
    demo_activities(db, clock, people, seed)
    return DemoSummary(people, len(visit_rows), len(present))


def _profile(rng: random.Random, person_id: int, people: int) -> tuple:
    """Answers as a room's visitors give them: some left unsaid, a few volunteers and work-trial
    participants. Drawn in one fixed order, so the same seed gives the same answers."""
    def maybe(choices, weights, unsaid=0.15):
        return None if rng.random() < unsaid else rng.choices(choices, weights=weights)[0]

    gender = maybe(("woman", "man", "other"), (55, 42, 3))
    age = rng.choices((16, 24, 40, 60, 70), weights=(3, 18, 40, 25, 14))[0] + rng.randint(0, 9)
    birth_year = None if rng.random() < 0.1 else 2026 - age
    # The answers registration offers now: unemployment in three steps (kiosk/profile.py), never the
    # old "under 12 months" (unemployed_short), which only records made before the split hold.
    situation = maybe(("unemployed_under_6", "unemployed_6_12", "unemployed_long", "employed", "self_employed",
                       "remote_worker", "student", "pensioner", "inactive_other"), (10, 8, 22, 8, 10, 8, 10, 16, 8))
    education = maybe(("basic", "secondary", "higher"), (25, 45, 30))
    citizenship = maybe(("fi", "eu", "non_eu"), (80, 6, 14))
    municipality = maybe(("Lapinjärvi", "Loviisa", "Porvoo", "Myrskylä", "Helsinki"), (55, 20, 12, 8, 5))
    tongue = maybe(("fi", "sv", "other"), (70, 18, 12))
    role = "volunteer" if person_id % 40 == 7 else "work_trial" if person_id % 50 == 11 else "visitor"
    return (gender, birth_year, situation, education, citizenship, municipality, tongue, role, person_id)


def _set_profiles(db: Database, profiles: list[tuple], uuids: dict[int, str], joined_on: dict[int, date], now: datetime) -> None:
    """The answers as given on the day each person joined, and a role other than visitor as an open
    period from that day. The rows' ids come from the person's uuid, so the rng's draws (and the
    rest of the demo) stay as they were."""
    answers, periods = [], []
    for *values, role, person_id in profiles:
        gender, birth_year, situation, education, citizenship, municipality, tongue = values
        day = joined_on[person_id]
        group = age_group(birth_year, day)  # as registration keeps it with each answer (the EECO03 rule)
        for question, value in (("gender", gender), ("situation", situation), ("education", education),
                                ("citizenship", citizenship), ("municipality", municipality), ("mother_tongue", tongue)):
            answers.append((str(uuid.uuid5(uuid.UUID(uuids[person_id]), question)), person_id, question, value,
                            day.isoformat(), to_text(now), "demo", group))
        if role != "visitor":
            periods.append((str(uuid.uuid5(uuid.UUID(uuids[person_id]), "role")), person_id, role, day, to_text(now)))
    bulk.set_profiles(db, [(*values, person_id) for *values, _role, person_id in profiles], answers, periods)
    with db.transaction() as conn:  # each municipality name's code, as the kiosk keeps it
        municipality_codes.fill(conn, municipalities.code_for)


EQUIPMENT = (
    ("Ompelukone", "Bernina 1"), ("Ompelukone", "Bernina 2"), ("Ompelukone", "Husqvarna"),
    ("Saumuri", "Juki-saumuri"), ("Kannettava tietokone", "Läppäri 1"), ("Kannettava tietokone", "Läppäri 2"),
    ("Kannettava tietokone", "Läppäri 3"), ("Kannettava tietokone", "Läppäri 4"), ("Tabletti", "Tabletti 1"),
    ("Muu", "Silitysrauta"),
)


def _equipment(db: Database, rng: random.Random, present_ids: list[int], now: datetime) -> None:
    """The room's machines; two lent to people here now, one overdue from yesterday, one broken."""
    added = to_text(now - timedelta(days=200))
    item_rows = []
    for category, name in EQUIPMENT:
        reason = "moottori pitää outoa ääntä" if name == "Husqvarna" else None
        item_rows.append((_uuid(rng), category, name, codes.new_code(codes.Kind.ITEM, rng.choice), added, reason))
    code = {name: row[3] for (_, name), row in zip(EQUIPMENT, item_rows)}
    closing = datetime.combine(local(now).date(), time(CLOSE_HOUR), HELSINKI)
    loan_rows = [
        (_uuid(rng), code[name], person_id, to_text(now - timedelta(minutes=3)), to_text(closing), to_text(now))
        for name, person_id in zip(("Läppäri 1", "Bernina 1"), present_ids)
    ]
    if present_ids:
        yesterday = closing - timedelta(days=1)
        loan_rows.append((_uuid(rng), code["Läppäri 4"], present_ids[-1], to_text(yesterday - timedelta(hours=5)),
                          to_text(yesterday), to_text(yesterday - timedelta(hours=5))))
    bulk.insert_equipment(db, item_rows, loan_rows)


MENUS = ("Hernekeitto ja pannukakku", "Lohikeitto", "Kasvissosekeitto", "Makaronilaatikko", "Kaalilaatikko")
LUNCH_WEEKDAY = 3  # Thursday: the setting lunch_weekdays' default


def _history(db: Database, rng: random.Random, visit_rows: list[tuple], open_days: list[date], offsets,
             now: datetime) -> None:
    """The months behind the demo: each Thursday's lunch with sign-ups from that day's visitors,
    loans returned the same day, and visits without a name, so that the sample report's lunch,
    lending and anonymous figures are not empty. Drawn after everything else from the same
    ``rng``: the people and visits are those of the same seed as before."""
    today = local(now).date()
    visitors: dict[str, list[int]] = {}
    for _, person_id, check_in, _, _ in visit_rows:
        visitors.setdefault(check_in[:10], []).append(person_id)  # opening hours: the UTC day is the local one
    items = [name for _, name in EQUIPMENT if name != "Husqvarna"]  # the broken one stays in its cupboard
    lunches, signups, loans, anonymous = [], [], [], []
    for day in (d for d in open_days if d < today):
        here = sorted(set(visitors.get(day.isoformat(), ())))
        if day.weekday() == LUNCH_WEEKDAY and here:
            lunch_uuid = _uuid(rng)
            lunches.append((lunch_uuid, day.isoformat(), "11:30", 20, rng.choice(MENUS), "3 €", None))
            for person_id in rng.sample(here, k=min(len(here), rng.randint(4, 14))):
                diet = rng.choice(("", "", "", "vegetarian", "lactose_free", "gluten_free", "no_pork"))
                signups.append((_uuid(rng), lunch_uuid, person_id, int(rng.random() < 0.1), diet,
                                _at(day, 9 * 60 + rng.randint(0, 120), offsets)))
        if here and rng.random() < 0.4:
            lent = 10 * 60 + rng.randint(0, 180)
            loans.append((_uuid(rng), rng.choice(items), rng.choice(here), _at(day, lent, offsets),
                           _at(day, CLOSE_HOUR * 60, offsets), _at(day, min(CLOSE_HOUR * 60, lent + rng.randint(45, 300)), offsets)))
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            situation = rng.choice((None, "unemployed_long", "pensioner", "student", "remote_worker"))
            anonymous.append((_uuid(rng), _at(day, rng.randint(OPEN_HOUR * 60, (CLOSE_HOUR - 1) * 60), offsets), situation))
    bulk.insert_history(db, lunches, signups, loans, anonymous)


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _utc_offset(day: date) -> timedelta:
    # Noon's offset holds all day during opening hours: DST changes at 03:00/04:00 local.
    return datetime.combine(day, time(12), HELSINKI).utcoffset()


def _at(day: date, minute_of_day: int, offsets: dict[date, timedelta]) -> str:
    naive_utc = datetime.combine(day, time(0)) + timedelta(minutes=minute_of_day) - offsets[day]
    return to_text(naive_utc.replace(tzinfo=timezone.utc))


def _visits(rng: random.Random, person_id: int, days: list[date], offsets) -> list[tuple]:
    """A weekly habit (most come now and then, a few almost daily) on the person's favourite days."""
    kind = rng.random()
    per_week = rng.uniform(0.05, 0.3) if kind < 0.6 else rng.uniform(0.3, 1.2) if kind < 0.9 else rng.uniform(1.2, 3.5)
    favourite = set(rng.sample(range(5), k=min(5, max(1, round(per_week + 0.5)))))
    weights = [3.0 if d.weekday() in favourite else 0.5 for d in days]
    wanted = min(len(days), round(per_week * len(days) / 5))
    chosen = sorted(set(rng.choices(days, weights=weights, k=wanted))) if wanted else []
    rows = []
    for day in chosen:
        start = rng.randint(OPEN_HOUR * 60, (CLOSE_HOUR - 1) * 60)
        end = min(CLOSE_HOUR * 60, start + rng.randint(30, 6 * 60))
        rows.append((_uuid(rng), person_id, _at(day, start, offsets), _at(day, end, offsets), "demo"))
    return rows


def _present_now(rng: random.Random, count: int, people: int, now: datetime) -> list[tuple]:
    day_start = today_start(now)
    rows = []
    for person_id in rng.sample(range(1, people + 1), k=count):
        since = max(day_start + timedelta(minutes=1), now - timedelta(minutes=rng.randint(5, 180)))
        rows.append((_uuid(rng), person_id, to_text(since), None, "demo"))
    return rows


def demo_activities(db: Database, clock, people: int, seed: int) -> None:
    """The programme (issue 21): a weekly Ompeluseura and a language café on today's weekday, the
    adult-education centre's course (not counted in the visitor figures), guidance on Mondays, and
    last month an excursion with a headcount and a pop-up at Ohjaamo; people ticked on the past
    three weeks' sessions. Its own random stream, so the rest of the demo stays as it was."""
    from kiosk.activities import ActivityService, Draft
    from kiosk.clock import FixedClock

    rng = random.Random(f"activities-{seed}")
    now = clock.now()
    today = local(now).date()
    at = FixedClock(now)
    service = ActivityService(db, at, new_uuid=lambda: _uuid(rng))
    start = today - timedelta(days=21)
    monday = start - timedelta(days=start.weekday())

    def weekday(n: int) -> date:
        return monday + timedelta(days=(n - monday.weekday()) % 7)

    sewing = service.save(Draft("Ompeluseura", "group", "Kylätoimintayhdistys ry", weekly=True, first_on=weekday(today.weekday()),
                                at_time="17:00", minutes=120, seats=12))
    cafe = service.save(Draft("Kielikahvila", "language_cafe", "SPR Lapinjärvi", weekly=True,
                              first_on=weekday(today.weekday()), at_time="13:00", minutes=90))
    course = service.save(Draft("Digitaidot arkeen", "course", "Lapinjärven kansalaisopisto", weekly=True,
                                first_on=weekday(1 if today.weekday() != 1 else 2), at_time="17:30", minutes=90, seats=10,
                                counts_in_visitors=False))
    guidance = service.save(Draft("Ohjausaika", "guidance", weekly=True, first_on=weekday(0), at_time="10:00", minutes=120))
    trip = service.save(Draft("Vierailu kunnanvaltuustoon", "excursion", "Lapinjärven kunta", place="Kunnantalo",
                              first_on=today - timedelta(days=20), at_time="18:00", minutes=90))
    pizza = service.save(Draft("Pizzailta", "pop_up", "Ohjaamo", place="Ohjaamo", first_on=today - timedelta(days=13),
                               at_time="16:00", minutes=120))
    ids = list(range(1, people + 1))
    # A durable commit a tick costs 2 ms; demo data is made again at will, so without the syncs.
    db.conn.execute("PRAGMA synchronous = NORMAL")
    try:
        _demo_sessions(service, at, rng, ids, start, today, course.id, guidance.id, (trip.id, pizza.id),
                       (sewing.id, cafe.id))
    finally:
        db.conn.execute("PRAGMA synchronous = FULL")
    at.set(now)
    for person_id in rng.sample(ids, min(len(ids), 3)):  # signed up for this evening's Ompeluseura
        service.sign_up(person_id, sewing.id, today)


def _demo_sessions(service, at, rng: random.Random, ids: list[int], start: date, today: date, course: int,
                   guidance: int, headcounted: tuple[int, ...], mentored: tuple[int, ...]) -> None:
    for session in service.sessions_between(start, today):
        at.set(session.starts)
        activity = session.activity
        if activity.id == course and rng.random() < 0.15:
            service.cancel_session(activity.id, session.day)
            continue
        if activity.id == guidance:
            for person_id in rng.sample(ids, min(len(ids), rng.randint(1, 3))):
                service.record_guidance(activity.id, session.day, rng.choice((20, 30, 45, 60)),
                                        rng.choice(("job_seeking", "benefits", "digital_errands", "training",
                                                    "housing", "other")), person_id=person_id)
            continue
        for person_id in rng.sample(ids, min(len(ids), rng.randint(2, 6))):
            service.walk_in(activity.id, session.day, person_id=person_id)
        if activity.id in headcounted:
            service.set_headcount(activity.id, session.day, rng.randint(9, 25))
        if activity.id in mentored and len(ids) > 1:
            service.set_mentor(activity.id, session.day, ids[1], activity.minutes / 60)
