"""People, their searchable name words and their cards."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime

from kiosk.collation import person_key
from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text


def insert(
    conn: sqlite3.Connection,
    *,
    uuid: str,
    first_name: str,
    last_name: str,
    words: Iterable[str],
    code: str,
    at: datetime,
    details: dict[str, object] | None = None,
) -> int:
    """Add a person with a card, inside the caller's transaction. ``details`` holds further
    columns of ``people`` (the profile answers, role, privacy acceptance), named by our code."""
    when = to_text(at)
    columns = {"uuid": uuid, "first_name": first_name, "last_name": last_name, "created_at": when, **(details or {})}
    person_id = conn.execute(
        f"INSERT INTO people ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        tuple(columns.values()),
    ).lastrowid
    write_words(conn, person_id, first_name, last_name, words)
    conn.execute(
        "INSERT INTO cards (code, person_id, issued_at) VALUES (?, ?, ?)", (code, person_id, when)
    )
    return person_id


def by_card(db: Database, code: str) -> sqlite3.Row | None:
    """The person a card belongs to, with ``replaced_at`` set when the card was replaced."""
    return db.row(
        "SELECT p.id, p.first_name, p.last_name, c.replaced_at FROM cards c "
        "JOIN people p ON p.id = c.person_id WHERE c.code = ?",
        (code,),
    )


def by_id(db: Database, person_id: int) -> sqlite3.Row | None:
    return db.row("SELECT id, first_name, last_name FROM people WHERE id = ?", (person_id,))


def write_words(conn: sqlite3.Connection, person_id: int, first_name: str, last_name: str, words: Iterable[str]) -> None:
    """A person's searchable name words, each with the person's place in the order of names."""
    key = person_key(first_name, last_name)
    conn.executemany("INSERT OR IGNORE INTO person_words (word, person_id, name_key) VALUES (?, ?, ?)",
                     [(word, person_id, key) for word in words])


def search(db: Database, prefixes: list[str], limit: int) -> list[sqlite3.Row]:
    """People with a name word starting with each prefix, in the order of their names (Finnish:
    Å, Ä, Ö after Z; erased people have no words).

    The order is the names' own, never who came last: while the visitor types more letters the
    matches left keep their order, and a name is where it was yesterday (issue 16). The rarest
    prefix is an index range of person_words (a range, not LIKE, which with a parameter uses no
    index) that carries each person's place (``name_key``), so the first ``limit`` are found in
    SQLite's own byte order, with no Python collation called per row and no look-up of each
    match's name: "ma" (6,000 words at 50,000 people) took 15-40 ms sorted by ``COLLATE fi``
    (issue 23). The other prefixes are checked on each of those people's own words.
    """
    driver = 0 if len(prefixes) == 1 else min(range(len(prefixes)), key=lambda i: _words_starting(db, prefixes[i]))
    others = [p for i, p in enumerate(prefixes) if i != driver]
    also = "".join(" AND EXISTS (SELECT 1 FROM person_words o WHERE o.person_id = w.person_id AND o.word >= ? "
                   "AND o.word < ?)" for _ in others)
    params: list[str | int] = [prefixes[driver], prefixes[driver] + "\U0010ffff"]
    for prefix in others:
        params += [prefix, prefix + "\U0010ffff"]
    return db.rows(
        "SELECT p.id, p.first_name, p.last_name FROM ("
        "SELECT DISTINCT w.name_key, w.person_id FROM person_words w INDEXED BY person_words_name_order "
        f"WHERE w.word >= ? AND w.word < ?{also} ORDER BY w.name_key, w.person_id LIMIT ?"
        ") k JOIN people p ON p.id = k.person_id WHERE p.erased_at IS NULL ORDER BY k.name_key, k.person_id",
        (*params, limit),
    )


def _words_starting(db: Database, prefix: str, most: int = 20_000) -> int:
    """How many name words start with ``prefix``, counted up to ``most`` (a cheap index count)."""
    return db.value("SELECT count(*) FROM (SELECT 1 FROM person_words WHERE word >= ? AND word < ? LIMIT ?)",
                    (prefix, prefix + "\U0010ffff", most))


def shown_alike(db: Database, first_name: str, initial: str) -> list[sqlite3.Row]:
    """Everyone with this first name and a last name starting with this letter, either case, in
    the order they joined, with their first visit (their registration when they have none): two
    short ranges of the (first_name, last_name) index, and each one's earliest visit by index."""
    ranges = " OR ".join("(last_name >= ? AND last_name < ?)" for _ in {initial.upper(), initial.lower()})
    params = [first_name]
    for letter in {initial.upper(), initial.lower()}:
        params += [letter, letter + "\U0010ffff"]
    return db.rows(
        "SELECT p.id, p.last_name, coalesce((SELECT min(check_in_at) FROM visits v WHERE v.person_id = p.id), p.created_at) "
        f"AS first_seen FROM people p WHERE first_name = ? AND ({ranges}) AND erased_at IS NULL ORDER BY id",
        params,
    )


def all_with_cards(db: Database) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT p.id, p.uuid, p.first_name, p.last_name, p.created_at, p.municipality, p.municipality_code, "
        "c.code AS card_code "
        "FROM people p LEFT JOIN cards c ON c.person_id = p.id AND c.replaced_at IS NULL "
        "ORDER BY p.id"
    )


PROFILE_COLUMNS = (
    "gender", "birth_year", "situation", "education", "citizenship", "municipality", "municipality_code", "mother_tongue",
    "esf_participant", "eura_start_on", "eura_exit_on", "eura_exit_result", "followup_done_on", "email", "phone", "notes",
)


def details(db: Database, person_id: int) -> sqlite3.Row | None:
    """Everything kept of one person, for staff and for a subject access request."""
    return db.row("SELECT * FROM people WHERE id = ?", (person_id,))


def update(conn: sqlite3.Connection, person_id: int, first_name: str, last_name: str, words: Iterable[str], changes: dict[str, object]) -> None:
    unknown = set(changes) - set(PROFILE_COLUMNS)
    if unknown:
        raise ValueError(f"not a person's field: {', '.join(sorted(unknown))}")
    columns = {"first_name": first_name, "last_name": last_name, **changes}
    conn.execute(
        f"UPDATE people SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?", (*columns.values(), person_id)
    )
    conn.execute("DELETE FROM person_words WHERE person_id = ?", (person_id,))
    write_words(conn, person_id, first_name, last_name, words)


def set_latest_answers(conn: sqlite3.Connection, person_id: int, values: dict[str, object]) -> None:
    """The people table's copy of the latest answers (the dated ones are in kiosk/db/answers.py)."""
    unknown = set(values) - set(PROFILE_COLUMNS)
    if unknown:
        raise ValueError(f"not a person's field: {', '.join(sorted(unknown))}")
    conn.execute(f"UPDATE people SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?", (*values.values(), person_id))


def replace_card(conn: sqlite3.Connection, person_id: int, code: str, at: datetime) -> None:
    when = to_text(at)
    conn.execute("UPDATE cards SET replaced_at = ? WHERE person_id = ? AND replaced_at IS NULL", (when, person_id))
    conn.execute("INSERT INTO cards (code, person_id, issued_at) VALUES (?, ?, ?)", (code, person_id, when))


def merge(conn: sqlite3.Connection, keep_id: int, merge_id: int) -> dict[str, int]:
    """Move everything of ``merge_id`` to ``keep_id`` and delete it; counts of what moved."""
    moved = {}
    for table in ("visits", "cards"):
        moved[table] = conn.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (keep_id, merge_id)).rowcount
    # Their dated answers and role periods go along: each keeps its own days.
    for table in ("answers", "role_periods"):
        conn.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (keep_id, merge_id))
    conn.execute(
        "UPDATE people SET last_visit_at = (SELECT max(check_in_at) FROM visits WHERE person_id = ?) WHERE id = ?",
        (keep_id, keep_id),
    )
    conn.execute("UPDATE audit_log SET person_id = ? WHERE person_id = ?", (keep_id, merge_id))
    conn.execute("DELETE FROM people WHERE id = ?", (merge_id,))
    return moved


def erase(conn: sqlite3.Connection, person_id: int, pseudonym: int, age_bands: str | None, at: datetime) -> None:
    """Wipe what identifies a person; the coarse answers and role periods the funders' figures
    need stay, without the periods' free-text notes."""
    conn.execute("DELETE FROM person_words WHERE person_id = ?", (person_id,))
    conn.execute("UPDATE role_periods SET note = '' WHERE person_id = ?", (person_id,))
    conn.execute("UPDATE absences SET note = '' WHERE person_id = ?", (person_id,))  # may tell of health
    conn.execute("DELETE FROM cards WHERE person_id = ?", (person_id,))
    conn.execute(
        "UPDATE people SET first_name = ?, last_name = '', birth_year = NULL, age_band = ?, email = NULL, "
        "phone = NULL, contact_consent_at = NULL, notes = '', erased_at = ?, pseudonym = ? WHERE id = ?",
        (f"#{pseudonym}", age_bands, to_text(at), pseudonym, person_id),
    )


def next_pseudonym(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(pseudonym), 0) + 1 FROM people").fetchone()[0]


def visit_span(conn: sqlite3.Connection, person_id: int) -> tuple[str | None, str | None]:
    """The first and the last check-in of a person (UTC text), or Nones."""
    row = conn.execute("SELECT min(check_in_at), max(check_in_at) FROM visits WHERE person_id = ?", (person_id,)).fetchone()
    return row[0], row[1]


def unseen_since(db: Database, before: datetime) -> list[int]:
    """People not erased whose last visit (or registration, with none) is before ``before``."""
    return [
        r[0]
        for r in db.rows(
            "SELECT id FROM people WHERE erased_at IS NULL AND coalesce(last_visit_at, created_at) < ? ORDER BY id",
            (to_text(before),),
        )
    ]


def current_card(db: Database, person_id: int) -> str | None:
    return db.value("SELECT code FROM cards WHERE person_id = ? AND replaced_at IS NULL ORDER BY issued_at DESC LIMIT 1", (person_id,))


def visit_count(db: Database, person_id: int) -> int:
    return db.value("SELECT count(*) FROM visits WHERE person_id = ?", (person_id,))
