"""People: adding them with a card, and finding them by name without showing anyone's data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime

from kiosk.staff_access import StaffSession, who
from kiosk import codes, municipalities, names
from kiosk.clock import local
from kiosk.db import Database, audit
from kiosk.db import answers as answers_table
from kiosk.db import people as people_table
from kiosk.db import periods as periods_table
from kiosk.db.timestamps import from_text, to_text
from kiosk.dated import months_before
from kiosk.errors import Invalid, InvalidInput
from kiosk.periods import PeriodsService
from kiosk.profile import DATED_QUESTIONS, EXIT_RESULTS, ROLES, SITUATIONS, Profile, age_group, problems

MIN_SEARCH_LETTERS = 2
SHOWN_MATCHES = 6


@dataclass(frozen=True)
class Person:
    id: int
    first_name: str
    last_name: str
    card_code: str


@dataclass(frozen=True)
class Match:
    """One name on the search screen. ``since`` is set only when another match shows the same
    name: the month of the first visit tells two 'Aino V.' apart without revealing anything."""

    person_id: int
    shown_name: str
    since: date | None = None
    ordinal: int = 0  # 1, 2, ... when even the month is the same


@dataclass(frozen=True)
class SearchResult:
    matches: tuple[Match, ...] = ()
    more: bool = False  # more people match than are shown: type more letters
    too_short: bool = True


def new_person(conn, first_name: str, last_name: str, profile: Profile, role: str, now, privacy_accepted: bool = False,
               given_on: date | None = None, source: str = "registration") -> Person:
    """Write a person with a new card inside the caller's transaction (answers already checked).

    The answers are kept with the day they were given (``given_on``, today by default; a paper
    sheet's visit day for someone registered from it), and a role other than visitor becomes an
    open period from that day."""
    details: dict[str, object] = {f.name: getattr(profile, f.name) for f in fields(Profile)}
    details["municipality_code"] = municipalities.code_for(profile.municipality)
    if privacy_accepted:
        details["privacy_accepted_at"] = to_text(now)
    code = codes.new_code(codes.Kind.PERSON)
    person_id = people_table.insert(
        conn,
        uuid=str(uuid.uuid4()),
        first_name=first_name,
        last_name=last_name,
        words=names.words(f"{first_name} {last_name}"),
        code=code,
        at=now,
        details=details,
    )
    given_on = given_on or local(now).date()
    answers_table.record(conn, person_id, {q: getattr(profile, q) for q in DATED_QUESTIONS}, given_on, now, source,
                         age_group(profile.birth_year, given_on), details["municipality_code"])
    if role != "visitor":
        periods_table.insert(conn, str(uuid.uuid4()), person_id, {
            "role": role, "start_on": given_on.isoformat(), "end_on": None, "payer": "", "weekdays": "",
            "hours_per_day": None, "note": ""}, now)
    return Person(person_id, first_name, last_name, code)


@dataclass(frozen=True)
class StaffMatch:
    """A person as the attendant finds them: the whole name."""

    person_id: int
    first_name: str
    last_name: str


@dataclass(frozen=True)
class PersonDetails:
    person_id: int
    first_name: str
    last_name: str
    card_code: str | None
    visits: int
    profile: Profile
    esf_participant: bool
    eura_start_on: str | None
    eura_exit_on: str | None
    notes: str
    eura_exit_result: str | None = None
    followup_done_on: str | None = None
    esf_todo: tuple[str, ...] = ()  # the coordinator's reminders: start_missing, exit_due, result_missing, follow_up_due
    municipality_code: str | None = None  # Statistics Finland's; None for a name not on the list


@dataclass(frozen=True)
class SituationToConfirm:
    """A returning visitor whose situation answer is older than the room's setting: "is your
    situation still this?" on check-in."""

    person_id: int
    first_name: str
    situation: str | None  # None: they rather did not say
    given_on: date


class PeopleService:
    def __init__(self, db: Database, clock, session: StaffSession | None = None):
        self._db = db
        self._clock = clock
        self._session = session  # who is signed in, for the audit log
        self.periods = PeriodsService(db, clock, session)  # a person's dated roles, for the people screen
        self._alike_cache: dict[tuple[str, str], list] = {}
        self._alike_version: tuple[int, int] | None = None

    def add(
        self,
        first_name: str,
        last_name: str = "",
        profile: Profile = Profile(),
        privacy_accepted: bool = False,
        role: str = "visitor",
    ) -> Person:
        """Register a person with a new card. The answers are checked before anything is written."""
        first_name, last_name = names.clean(first_name), names.clean(last_name)
        now = self._clock.now()
        _refuse_wrong(first_name, profile, role, local(now).date())
        with self._db.transaction() as conn:
            return new_person(conn, first_name, last_name, profile, role, now, privacy_accepted)

    def possible_duplicates(self, first_name: str, last_name: str) -> tuple[Match, ...]:
        """Registered people a newcomer may already be ("Is this you?"): the same first name and
        a last name that starts the same, accents and case aside."""
        first, last = names.fold(first_name.strip()), names.fold(last_name.strip())
        rows = people_table.search(self._db, names.words(first_name)[:1], 50) if first else []
        same = [
            r for r in rows if names.fold(r["first_name"]) == first and names.fold(r["last_name"]).startswith(last)
        ]
        return self._tell_apart(same[:SHOWN_MATCHES])

    def staff_search(self, query: str, limit: int = 30) -> tuple[StaffMatch, ...]:
        prefixes = names.words(query)
        if not prefixes:
            return ()
        rows = people_table.search(self._db, prefixes, limit)
        return tuple(StaffMatch(r["id"], r["first_name"], r["last_name"]) for r in rows)

    def identify(self, raw: str) -> StaffMatch | None:
        """Whose current card was scanned, without checking anyone in or out."""
        code = codes.parse_scan(raw)
        if not isinstance(code, codes.Code) or code.kind is not codes.Kind.PERSON:
            return None
        row = people_table.by_card(self._db, code.text)
        if row is None or row["replaced_at"] is not None:
            return None
        return StaffMatch(row["id"], row["first_name"], row["last_name"])

    def details(self, person_id: int) -> PersonDetails | None:
        row = people_table.details(self._db, person_id)
        if row is None or row["erased_at"] is not None:
            return None
        return PersonDetails(
            person_id,
            row["first_name"],
            row["last_name"],
            people_table.current_card(self._db, person_id),
            people_table.visit_count(self._db, person_id),
            Profile(**{f.name: row[f.name] for f in fields(Profile)}),
            bool(row["esf_participant"]),
            row["eura_start_on"],
            row["eura_exit_on"],
            row["notes"],
            row["eura_exit_result"],
            row["followup_done_on"],
            self._esf_todo(person_id),
            row["municipality_code"],
        )

    def _esf_todo(self, person_id: int) -> tuple[str, ...]:
        from kiosk.statistics import esf_todo  # the one place the cycle's rules are

        return esf_todo(self._db, local(self._clock.now()).date(), person_id)

    def records_to_fix(self) -> tuple:
        """The coordinator's to-do list: everyone whose record needs something (kiosk.statistics)."""
        from kiosk.statistics import records_to_fix

        return records_to_fix(self._db, local(self._clock.now()).date())

    def coordinator_signed_in(self) -> bool:
        """The to-do list is the coordinator's, who prepares the ESF+ paperwork."""
        return self._session is not None and self._session.is_coordinator()

    def reissue_card(self, person_id: int, actor: str | None = None) -> Person:
        """A new code for a lost card; the old one then says it has been replaced."""
        code = codes.new_code(codes.Kind.PERSON)
        now = self._clock.now()
        with self._db.transaction() as conn:
            person = people_table.by_id(self._db, person_id)
            if person is None:
                raise ValueError(f"no person {person_id}")
            people_table.replace_card(conn, person_id, code, now)
            audit.record(conn, now, who(self._session, actor), "reissue_card", person_id)
        return Person(person_id, person["first_name"], person["last_name"], code)

    def edit(self, person_id: int, first_name: str, last_name: str, actor: str | None = None, **changes) -> None:
        """Change a person's name or answers (staff only); the log names the fields, not values.
        A changed answer is kept as a new answer given today: the months before keep the old one.
        (Roles are dated periods: kiosk/periods.py.)"""
        first_name, last_name = names.clean(first_name), names.clean(last_name)
        profile = Profile(**{k: v for k, v in changes.items() if k in Profile.__dataclass_fields__})
        now = self._clock.now()
        _refuse_wrong(first_name, profile, "visitor", local(now).date())
        for key in ("eura_start_on", "eura_exit_on", "followup_done_on"):
            if changes.get(key) and not _is_day(changes[key]):
                raise InvalidInput(Invalid.DAY, f"{key}: '{changes[key]}' is not a day (YYYY-MM-DD)")
        if changes.get("eura_exit_result") not in (None, *EXIT_RESULTS):
            raise InvalidInput(Invalid.ANSWER, f"eura_exit_result: '{changes['eura_exit_result']}' is not one of {', '.join(EXIT_RESULTS)}")
        with self._db.transaction() as conn:
            before = people_table.details(self._db, person_id)
            if before is None:
                raise ValueError(f"no person {person_id}")
            if "municipality" in changes:  # edited by name; kept by code (none for a name not on the list)
                changes["municipality_code"] = municipalities.code_for(changes["municipality"])
            people_table.update(conn, person_id, first_name, last_name, names.words(f"{first_name} {last_name}"), changes)
            changed = {q: changes[q] for q in DATED_QUESTIONS if q in changes and changes[q] != before[q]}
            today = local(now).date()
            born = changes["birth_year"] if "birth_year" in changes else before["birth_year"]
            answers_table.record(conn, person_id, changed, today, now, "staff", age_group(born, today),
                                 changes.get("municipality_code"))
            audit.record(conn, now, who(self._session, actor), "edit", person_id, ", ".join(sorted({"name", *changes})))

    def situation_due(self, person_id: int, months: int) -> SituationToConfirm | None:
        """Whether to ask a person checking in to confirm their situation: their latest answer was
        given ``months`` months ago or more (0: never ask). Someone never asked is not asked here."""
        if months <= 0:
            return None
        latest = answers_table.latest_given(self._db, person_id, "situation")
        if latest is None:
            return None
        given_on = date.fromisoformat(latest["given_on"])
        if given_on > months_before(local(self._clock.now()).date(), months):
            return None
        person = people_table.by_id(self._db, person_id)
        return SituationToConfirm(person_id, person["first_name"], latest["value"], given_on)

    def confirm_situation(self, person_id: int, situation: str | None) -> None:
        """The visitor's answer on the kiosk, the same as before or a new one, given today: the
        months before keep the answer they had."""
        if situation is not None and situation not in SITUATIONS:
            raise InvalidInput(Invalid.ANSWER, f"situation '{situation}' is not one of {', '.join(SITUATIONS)}")
        now = self._clock.now()
        today = local(now).date()
        person = people_table.details(self._db, person_id)
        born = person["birth_year"] if person is not None else None
        with self._db.transaction() as conn:
            answers_table.record(conn, person_id, {"situation": situation}, today, now, "kiosk", age_group(born, today))
            people_table.set_latest_answers(conn, person_id, {"situation": situation})

    def merge(self, keep_id: int, merge_id: int, actor: str | None = None) -> dict[str, int]:
        """Two records of one person become one: visits and cards move to the kept record."""
        if keep_id == merge_id:
            raise ValueError("a person cannot be merged with themselves")
        now = self._clock.now()
        with self._db.transaction() as conn:
            if people_table.by_id(self._db, keep_id) is None or people_table.by_id(self._db, merge_id) is None:
                raise ValueError("both people must exist")
            moved = people_table.merge(conn, keep_id, merge_id)
            audit.record(conn, now, who(self._session, actor), "merge", keep_id, f"merged #{merge_id}: {moved}")
        return moved

    def search(self, query: str) -> SearchResult:
        prefixes = names.words(query)
        if sum(len(p) for p in prefixes) < MIN_SEARCH_LETTERS:
            return SearchResult()
        rows = people_table.search(self._db, prefixes, SHOWN_MATCHES + 1)
        shown = rows[:SHOWN_MATCHES]
        return SearchResult(self._tell_apart(shown), more=len(rows) > SHOWN_MATCHES, too_short=False)

    def _tell_apart(self, rows) -> tuple[Match, ...]:
        """Name the month of the first visit where others share the shown name, and a number
        (by the order they joined, so it never changes) where even the month is the same."""
        matches = []
        for row in rows:
            label = names.shown_name(row["first_name"], row["last_name"])
            alike = [(person_id, month) for person_id, last_name, month in self._alike(row["first_name"], row["last_name"].strip()[:1])
                     if names.shown_name(row["first_name"], last_name) == label]
            if len(alike) < 2:
                matches.append(Match(row["id"], label))
                continue
            months = dict(alike)
            twins = [person_id for person_id, month in alike if month == months[row["id"]]]
            ordinal = twins.index(row["id"]) + 1 if len(twins) > 1 else 0
            matches.append(Match(row["id"], label, months[row["id"]], ordinal))
        return tuple(matches)

    def _alike(self, first_name: str, initial: str) -> list:
        """Those who share a shown name, with their first visits: kept while the database is
        unchanged, so the letters of one name typed after another ask the file once (issue 23:
        "Aino V." is 30 people at 50,000, looked up again on every keystroke)."""
        version = self._db.version()
        if version != self._alike_version:
            self._alike_cache, self._alike_version = {}, version
        key = (first_name, initial)
        if key not in self._alike_cache:
            if len(self._alike_cache) > 500:  # one visitor's typing needs a few dozen
                self._alike_cache.clear()
            self._alike_cache[key] = [(r["id"], r["last_name"], _month(r["first_seen"]))  # a month: a time zone's work
                                      for r in people_table.shown_alike(self._db, first_name, initial)]
        return self._alike_cache[key]


def _refuse_wrong(first_name: str, profile: Profile, role: str, today: date) -> None:
    """Raise InvalidInput for the first thing wrong with a person's name, role or answers."""
    if not first_name:
        raise InvalidInput(Invalid.FIRST_NAME_MISSING, "a person needs a first name")
    if role not in ROLES:
        raise InvalidInput(Invalid.ANSWER, f"role '{role}' is not one of {', '.join(ROLES)}")
    wrong = problems(profile, today)  # each one "field: reason"
    if wrong:
        field = wrong[0].partition(":")[0]
        raise InvalidInput(Invalid.BIRTH_YEAR if field == "birth_year" else Invalid.ANSWER, "; ".join(wrong))


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _month(utc_text: str) -> date:
    when: datetime = local(from_text(utc_text))
    return date(when.year, when.month, 1)
