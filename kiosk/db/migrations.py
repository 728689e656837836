"""Numbered schema migrations. Append new ones; never edit one that has shipped.

Each migration ends by setting ``PRAGMA user_version`` to its number, which ``schema`` reads.
Rows that one day may be merged with another room's carry a random UUID besides the integer key.
"""

from __future__ import annotations

import sqlite3
import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("kiosk")


def _script(db: Database, sql: str) -> None:
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_people_cards_visits")
def people_cards_visits(db: Database) -> None:
    _script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
            last_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE person_words (
            word TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (word, person_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX person_words_person ON person_words(person_id);
        CREATE TABLE cards (
            code TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            issued_at TEXT NOT NULL,
            replaced_at TEXT
        ) STRICT;
        CREATE INDEX cards_person ON cards(person_id);
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER REFERENCES people(id),
            check_in_at TEXT NOT NULL,
            check_out_at TEXT,
            source TEXT NOT NULL CHECK (source IN ('scan', 'name', 'staff', 'import', 'demo')),
            CHECK (check_out_at IS NULL OR check_out_at >= check_in_at)
        ) STRICT;
        CREATE INDEX visits_person_time ON visits(person_id, check_in_at);
        CREATE INDEX visits_time ON visits(check_in_at);
        CREATE INDEX visits_open ON visits(check_in_at) WHERE check_out_at IS NULL
        """,
    )
    db.execute(
        "INSERT INTO settings (key, value) VALUES ('room_id', ?), ('room_name', ?)",
        [str(uuid.uuid4()), "Yhteinen työhuone"],
    )
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_people_last_visit")
def people_last_visit(db: Database) -> None:
    # Name search shows the most recent visitors first; reading each match's latest visit from
    # the visits table cost 20 ms for a two-letter prefix among 50,000 people. Kept up to date in
    # the check-in transaction.
    db.execute("ALTER TABLE people ADD COLUMN last_visit_at TEXT")
    db.execute(
        "UPDATE people SET last_visit_at = "
        "(SELECT max(check_in_at) FROM visits WHERE visits.person_id = people.id)"
    )
    # Finding everyone shown as 'Aino V.' to tell them apart.
    db.execute("CREATE INDEX people_shown_name ON people(first_name, last_name)")
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_registration_privacy_audit")
def registration_privacy_audit(db: Database) -> None:
    # The first visit's optional answers (codes in kiosk/profile.py; NULL is "rather not say"),
    # staff-only fields, the privacy notice's acceptance, erasure as a pseudonym, anonymous visits
    # with their situation, and an audit log of staff changes (never holding erased values).
    _script(
        db,
        """
        ALTER TABLE people ADD COLUMN gender TEXT CHECK (gender IN ('woman', 'man', 'other'));
        ALTER TABLE people ADD COLUMN birth_year INTEGER;
        ALTER TABLE people ADD COLUMN age_band TEXT;
        ALTER TABLE people ADD COLUMN situation TEXT;
        ALTER TABLE people ADD COLUMN education TEXT CHECK (education IN ('basic', 'secondary', 'higher'));
        ALTER TABLE people ADD COLUMN citizenship TEXT CHECK (citizenship IN ('fi', 'eu', 'non_eu'));
        ALTER TABLE people ADD COLUMN municipality TEXT;
        ALTER TABLE people ADD COLUMN mother_tongue TEXT CHECK (mother_tongue IN ('fi', 'sv', 'other'));
        ALTER TABLE people ADD COLUMN role TEXT NOT NULL DEFAULT 'visitor';
        ALTER TABLE people ADD COLUMN esf_participant INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE people ADD COLUMN eura_start_on TEXT;
        ALTER TABLE people ADD COLUMN eura_exit_on TEXT;
        ALTER TABLE people ADD COLUMN privacy_accepted_at TEXT;
        ALTER TABLE people ADD COLUMN email TEXT;
        ALTER TABLE people ADD COLUMN phone TEXT;
        ALTER TABLE people ADD COLUMN contact_consent_at TEXT;
        ALTER TABLE people ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN erased_at TEXT;
        ALTER TABLE people ADD COLUMN pseudonym INTEGER;
        CREATE UNIQUE INDEX people_pseudonym ON people(pseudonym) WHERE pseudonym IS NOT NULL;
        ALTER TABLE visits ADD COLUMN situation TEXT;
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            person_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX audit_log_person ON audit_log(person_id)
        """,
    )
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_lending")
def lending(db: Database) -> None:
    # Equipment and its loans. Whether an item is on loan is read from its open loan (one at
    # most, by a unique index); out of service is the item's own state, with its reason.
    _script(
        db,
        """
        CREATE TABLE item_categories (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            self_service INTEGER NOT NULL DEFAULT 0,
            retired_at TEXT
        ) STRICT;
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            category_id INTEGER NOT NULL REFERENCES item_categories(id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            code TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            out_of_service TEXT,
            added_at TEXT NOT NULL,
            retired_at TEXT
        ) STRICT;
        CREATE TABLE loans (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            item_id INTEGER NOT NULL REFERENCES items(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            lent_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            returned_at TEXT,
            problem TEXT,
            recorded_at TEXT NOT NULL,
            overridden INTEGER NOT NULL DEFAULT 0,
            CHECK (returned_at IS NULL OR returned_at >= lent_at)
        ) STRICT;
        CREATE UNIQUE INDEX loans_open_item ON loans(item_id) WHERE returned_at IS NULL;
        CREATE INDEX loans_person ON loans(person_id, lent_at);
        CREATE INDEX loans_lent ON loans(lent_at);
        CREATE TABLE item_events (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('added', 'problem', 'out_of_service', 'fixed', 'retired')),
            note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX item_events_item ON item_events(item_id, at)
        """,
    )
    for name, self_service in (("Ompelukone", 0), ("Saumuri", 0), ("Kannettava tietokone", 1), ("Tabletti", 1), ("Muu", 0)):
        db.execute("INSERT INTO item_categories (name, self_service) VALUES (?, ?)", [name, self_service])
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_lunch")
def lunch(db: Database) -> None:
    # A lunch row is made for a date when something happens to it (a sign-up, a cancellation, a
    # move); the weekly pattern itself lives in settings. Diets are remembered on the person.
    _script(
        db,
        """
        CREATE TABLE lunches (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            on_date TEXT NOT NULL UNIQUE,
            at_time TEXT NOT NULL,
            seats INTEGER NOT NULL CHECK (seats >= 0),
            menu TEXT NOT NULL DEFAULT '',
            price TEXT NOT NULL DEFAULT '',
            cancelled_at TEXT,
            moved_to TEXT,
            served_count INTEGER
        ) STRICT;
        CREATE TABLE lunch_signups (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            lunch_id INTEGER NOT NULL REFERENCES lunches(id),
            person_id INTEGER REFERENCES people(id),
            walk_in_name TEXT,
            guests INTEGER NOT NULL DEFAULT 0 CHECK (guests BETWEEN 0 AND 1),
            diets TEXT NOT NULL DEFAULT '',
            diet_note TEXT NOT NULL DEFAULT '',
            served INTEGER NOT NULL DEFAULT 0,
            signed_at TEXT NOT NULL,
            cancelled_at TEXT,
            CHECK (person_id IS NOT NULL OR walk_in_name IS NOT NULL)
        ) STRICT;
        CREATE UNIQUE INDEX lunch_signups_person ON lunch_signups(lunch_id, person_id)
            WHERE person_id IS NOT NULL AND cancelled_at IS NULL;
        CREATE INDEX lunch_signups_lunch ON lunch_signups(lunch_id);
        ALTER TABLE people ADD COLUMN diets TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN diet_note TEXT NOT NULL DEFAULT ''
        """,
    )
    db.execute("PRAGMA user_version = 5")


@migrations(name="0006_closing_time")
def closing_time(db: Database) -> None:
    # A visit the kiosk closed at closing time because nobody checked out: counted as a visit, its
    # length left out of the hours. Each day's backup is written down so the closing checklist and
    # an auditor can see that it ran and whether it was sound.
    _script(
        db,
        """
        ALTER TABLE visits ADD COLUMN auto_checkout INTEGER NOT NULL DEFAULT 0 CHECK (auto_checkout IN (0, 1));
        CREATE TABLE backup_runs (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
            file TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    )
    db.execute("PRAGMA user_version = 6")


@migrations(name="0007_dated_roles_answers")
def dated_roles_answers(db: Database) -> None:
    # Who someone was on a day is read from dated records, never from today's columns, so that a
    # month printed again gives the same figures after any later edit (issue 17).
    # - role_periods: a role other than visitor (the default, no period needed) from start_on to
    #   end_on (Helsinki days, both included; end_on NULL = open), with the referring or paying
    #   body, the agreed ISO weekdays (1 = Monday) and hours a day, and a note.
    # - answers: every profile answer with the Helsinki day it was given; never updated, only
    #   added to. The people table's answer columns stay as the latest answer, for the staff
    #   screen and a subject access request; the figures read only these rows.
    _script(
        db,
        """
        CREATE TABLE role_periods (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people(id),
            role TEXT NOT NULL CHECK (role IN ('volunteer', 'work_trial', 'education_trial', 'rehab_work', 'pay_subsidy', 'staff')),
            start_on TEXT NOT NULL,
            end_on TEXT,
            payer TEXT NOT NULL DEFAULT '',
            weekdays TEXT NOT NULL DEFAULT '',
            hours_per_day REAL CHECK (hours_per_day IS NULL OR hours_per_day BETWEEN 0 AND 24),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (end_on IS NULL OR end_on >= start_on)
        ) STRICT;
        CREATE INDEX role_periods_person ON role_periods(person_id, start_on);
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people(id),
            question TEXT NOT NULL CHECK (question IN ('gender', 'situation', 'education', 'citizenship', 'municipality', 'mother_tongue')),
            value TEXT,
            given_on TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX answers_person ON answers(person_id, question, given_on)
        """,
    )
    # Helsinki days need the time zone, which SQL does not know: the rows are made here.
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    helsinki = ZoneInfo("Europe/Helsinki")

    def day(utc_text: str) -> str:
        return datetime.fromisoformat(utc_text).astimezone(helsinki).date().isoformat()

    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    questions = ("gender", "situation", "education", "citizenship", "municipality", "mother_tongue")
    people = db.execute(
        f"SELECT p.id, p.role, p.created_at, {', '.join('p.' + q for q in questions)}, "
        "(SELECT min(check_in_at) FROM visits v WHERE v.person_id = p.id) FROM people p ORDER BY p.id"
    ).fetchall()
    for person_id, role, created_at, *rest in people:
        *values, first_visit = rest
        # Today's role becomes one open period from the person's first visit (their registration
        # when they have none): every visit they made was counted in that role until now.
        if role != "visitor":
            db.execute(
                "INSERT INTO role_periods (uuid, person_id, role, start_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), person_id, role, day(first_visit or created_at), "", now],
            )
        # Today's answers, dated at registration. (Someone registered from a paper sheet after
        # they came is counted with their first answer in the months before it: kiosk/dated.py.)
        for question, value in zip(questions, values):
            db.execute(
                "INSERT INTO answers (uuid, person_id, question, value, given_on, recorded_at, source) "
                "VALUES (?, ?, ?, ?, ?, ?, 'migration')",
                [str(uuid.uuid4()), person_id, question, value, day(created_at), now],
            )
    # The role column is gone so that nothing reads today's role by mistake.
    db.execute("ALTER TABLE people DROP COLUMN role")
    db.execute("PRAGMA user_version = 7")


@migrations(name="0008_esf_cycle_answer_codes")
def esf_cycle(db: Database) -> None:
    # The ESF+ participant's cycle besides the flag and the EURA start and exit days (0003): the
    # result upon leaving (Regulation (EU) 2021/1057 Annex I, common result indicators: in
    # employment, self-employed, in education or training, job searching, gained a qualification;
    # or outside working life) and the day the six-month follow-up was done.
    _script(
        db,
        """
        ALTER TABLE people ADD COLUMN eura_exit_result TEXT CHECK (eura_exit_result IN
            ('in_work', 'self_employed', 'in_education', 'job_seeking', 'qualification', 'inactive'));
        ALTER TABLE people ADD COLUMN followup_done_on TEXT
        """,
    )
    # New answers, old ones keeping their meaning: specialist vocational qualifications (ISCED 4)
    # and the old college level ("opistoaste", ISCED 5) had no place of their own, so ISCED 5
    # landed in 3-4; Sámi was not a mother tongue to choose. SQLite cannot change a CHECK in place:
    # its documented way ("Making Other Kinds Of Table Schema Changes") edits the stored CREATE
    # TABLE text and bumps schema_version, and integrity_check must still pass.
    checks = (("CHECK (education IN ('basic', 'secondary', 'higher'))",
               "CHECK (education IN ('basic', 'secondary', 'post_secondary', 'college', 'higher'))"),
              ("CHECK (mother_tongue IN ('fi', 'sv', 'other'))", "CHECK (mother_tongue IN ('fi', 'sv', 'se', 'other'))"))
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    for old, new in checks:
        db.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'people'", [old, new])
    db.execute(f"PRAGMA schema_version = {version + 1}")
    db.execute("PRAGMA writable_schema = OFF")
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise RuntimeError("the people table's new answer codes left the file unsound")
    db.execute("PRAGMA user_version = 8")


@migrations(name="0009_absences_closed_days")
def absences_closed_days(db: Database) -> None:
    # Rehabilitative work and work trials (issue 19): the days the room is closed besides its
    # closed weekdays (a holiday, the summer break, "palvelua ei järjestetä": not an absence), and
    # each absence of a participant with its reason (the reason decides the benefit, kiosk/attendance.py).
    # One absence a person a day; a note may hold health details, so erasure empties it.
    _script(
        db,
        """
        CREATE TABLE closed_days (
            day TEXT PRIMARY KEY,
            reason TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE absences (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people(id),
            day TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('illness', 'illness_certified', 'child_ill', 'job_interview', 'public_office', 'other')),
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            UNIQUE (person_id, day)
        ) STRICT
        """,
    )
    db.execute("PRAGMA user_version = 9")


@migrations(name="0011_activities")
def activities(db: Database) -> None:
    # The programme around the room (issue 21): courses, groups, talkoot, language cafés, pop-ups,
    # excursions, guidance sessions, events. An activity is one-off or weekly (its weekday is
    # first_on's) at a Helsinki time for a number of minutes; place '' is the room itself.
    # counts_in_visitors: a course run by another body may not count in the room's visitor figures.
    # A session (one day of an activity) gets its row when something is recorded for it (a
    # sign-up, a tick, a cancellation), keeping the time and length it had then: a later edit of
    # the schedule changes no past session. Attendance: a person (or a walk-in by name) signed up
    # and/or came. The headcount counts everyone there, names or not (a pop-up at the library).
    # Mentors are volunteers present with their hours. Guidance keeps who was helped, how long
    # and a topic from a short list, never what was said.
    _script(
        db,
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('course', 'group', 'talkoot', 'language_cafe', 'pop_up', 'excursion',
                                               'guidance', 'event', 'other')),
            organiser TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            weekly INTEGER NOT NULL DEFAULT 0 CHECK (weekly IN (0, 1)),
            first_on TEXT NOT NULL,
            last_on TEXT,
            at_time TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            seats INTEGER CHECK (seats IS NULL OR seats > 0),
            counts_in_visitors INTEGER NOT NULL DEFAULT 1 CHECK (counts_in_visitors IN (0, 1)),
            created_at TEXT NOT NULL,
            CHECK (last_on IS NULL OR last_on >= first_on)
        ) STRICT;
        CREATE TABLE activity_sessions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            activity_id INTEGER NOT NULL REFERENCES activities(id),
            on_date TEXT NOT NULL,
            at_time TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            cancelled_at TEXT,
            headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (activity_id, on_date)
        ) STRICT;
        CREATE INDEX activity_sessions_day ON activity_sessions(on_date);
        CREATE TABLE activity_attendance (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES activity_sessions(id),
            person_id INTEGER REFERENCES people(id),
            walk_in_name TEXT,
            signed_up_at TEXT,
            came_at TEXT,
            source TEXT NOT NULL CHECK (source IN ('kiosk', 'signup', 'staff')),
            cancelled_at TEXT,
            CHECK ((person_id IS NULL) != (walk_in_name IS NULL))
        ) STRICT;
        CREATE UNIQUE INDEX activity_attendance_person ON activity_attendance(session_id, person_id)
            WHERE person_id IS NOT NULL AND cancelled_at IS NULL;
        CREATE TABLE activity_mentors (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES activity_sessions(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
            UNIQUE (session_id, person_id)
        ) STRICT;
        CREATE TABLE guidance (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            attendance_id INTEGER NOT NULL REFERENCES activity_attendance(id),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
            topic TEXT NOT NULL CHECK (topic IN ('job_seeking', 'benefits', 'digital_errands', 'training', 'housing',
                                                 'other')),
            recorded_at TEXT NOT NULL
        ) STRICT
        """,
    )
    # Never lower: the migrations of this session land in any order (0010 may come after 0011).
    if db.execute("PRAGMA user_version").fetchone()[0] < 11:
        db.execute("PRAGMA user_version = 11")


@migrations(name="0012_name_order_answer_age_group")
def name_order_answer_age_group(db: Database) -> None:
    # The name search's order (issue 23): each name word carries its person's place in the
    # Finnish order of names (kiosk.collation.person_key, ICU's sort keys), and one index gives a
    # prefix's first matches in that order without sorting every match through a Python collation.
    # A key is bytes of ICU's CLDR data: a later ICU may order a new name a little differently
    # from an old one, but each stays where it was (the order is stable, which is what a visitor needs).
    # - answers.age_group: the age group when the answer was given ('under_25' or '25_plus', from
    #   the birth year as the age turned that year), so that "long-term unemployed" (over 6 months
    #   under 25, over 12 at 25 or more: Regulation (EU) 2021/1057 Annex I, EECO03) can still be
    #   told after erasure has removed the birth year. Older answers get theirs from the birth year
    #   where it is still known (kiosk.profile.age_group's rule); an erased person's stay NULL.
    from kiosk.collation import person_key

    _script(
        db,
        """
        ALTER TABLE person_words ADD COLUMN name_key BLOB NOT NULL DEFAULT x'';
        ALTER TABLE answers ADD COLUMN age_group TEXT CHECK (age_group IS NULL OR age_group IN ('under_25', '25_plus'))
        """,
    )
    db.execute(
        "UPDATE answers SET age_group = (SELECT CASE WHEN CAST(substr(answers.given_on, 1, 4) AS INTEGER) - p.birth_year < 25 "
        "THEN 'under_25' ELSE '25_plus' END FROM people p WHERE p.id = answers.person_id) "
        "WHERE person_id IN (SELECT id FROM people WHERE birth_year IS NOT NULL)"
    )
    people = db.execute("SELECT DISTINCT p.id, p.first_name, p.last_name FROM people p JOIN person_words w ON w.person_id = p.id").fetchall()
    db.conn.executemany("UPDATE person_words SET name_key = ? WHERE person_id = ?",
                        [(person_key(first, last), person_id) for person_id, first, last in people])
    db.execute("CREATE INDEX person_words_name_order ON person_words(word, name_key, person_id)")
    db.execute("PRAGMA user_version = 12")


@migrations(name="0010_staff_accounts")
def staff_accounts(db: Database) -> None:
    # Named staff (issue 20): each attendant and coordinator has an account with their own PIN
    # (a scrypt hash, kiosk/staff_access.py) and their own wrong tries and lock, so the audit log
    # says who, and one person's mistyping locks out only them. A disabled account is kept: the
    # audit log names it. Two enabled accounts never share a name (the PIN screen lists names).
    _script(
        db,
        """
        CREATE TABLE staff_accounts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL CHECK (role IN ('attendant', 'coordinator')),
            pin_hash TEXT NOT NULL,
            wrong_tries INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            disabled_at TEXT
        ) STRICT;
        CREATE UNIQUE INDEX staff_accounts_enabled_name ON staff_accounts (name) WHERE disabled_at IS NULL
        """,
    )
    # The single shared PIN of before becomes the first coordinator, with its tries and lock, so
    # the room gets in as it did; the coordinator renames it and adds the others.
    found = dict(db.execute("SELECT key, value FROM settings WHERE key IN "
                            "('staff_pin_hash', 'staff_pin_wrong_tries', 'staff_pin_locked_until')").fetchall())
    if found.get("staff_pin_hash"):
        wrong = found.get("staff_pin_wrong_tries", "0")
        now = db.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").fetchone()[0]
        db.execute(
            "INSERT INTO staff_accounts (uuid, name, role, pin_hash, wrong_tries, locked_until, created_at) "
            "VALUES (?, 'Koordinaattori', 'coordinator', ?, ?, ?, ?)",
            (str(uuid.uuid4()), found["staff_pin_hash"], int(wrong) if wrong.isdigit() else 0,
             found.get("staff_pin_locked_until") or None, now),
        )
        db.execute("INSERT INTO audit_log (at, actor, action, person_id, detail) VALUES (?, 'upgrade', "
                   "'staff_account_from_pin', NULL, 'the shared PIN became the account Koordinaattori')", (now,))
    db.execute("DELETE FROM settings WHERE key IN ('staff_pin_hash', 'staff_pin_wrong_tries', 'staff_pin_locked_until')")
    # Never lower: this session's migrations land in any order (0011 came before this one).
    if db.execute("PRAGMA user_version").fetchone()[0] < 10:
        db.execute("PRAGMA user_version = 10")


@migrations(name="0013_municipality_codes")
def municipality_codes(db: Database) -> None:
    # Issue 18, point 7: a municipality is kept by Statistics Finland's code, which stays when a
    # name changes in a merger (and is the LAU code Eurostat's classifications use). The name stays
    # beside it, as the person gave it. Existing names get their code from the list shipped in
    # assets/ (kiosk/municipalities.py, with the sources); a name it does not know keeps no code.
    from kiosk.db import municipality_codes as table
    from kiosk.municipalities import code_for

    _script(
        db,
        """
        ALTER TABLE people ADD COLUMN municipality_code TEXT
            CHECK (municipality_code IS NULL OR municipality_code GLOB '[0-9][0-9][0-9]');
        ALTER TABLE answers ADD COLUMN code TEXT
            CHECK (code IS NULL OR (question = 'municipality' AND code GLOB '[0-9][0-9][0-9]'))
        """,
    )
    table.fill(db.conn, code_for)
    if db.execute("PRAGMA user_version").fetchone()[0] < 13:
        db.execute("PRAGMA user_version = 13")


def apply(conn: sqlite3.Connection, stop_before: str | None = None) -> None:
    migrations.apply(Database(conn, execute_plugins=False), stop_before=stop_before)
