"""Writing many rows at once (demo data), in one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.collation import person_key
from kiosk.db.connection import Database


def is_empty(db: Database) -> bool:
    return db.value("SELECT count(*) FROM people") == 0 and db.value("SELECT count(*) FROM visits") == 0


def insert_all(
    db: Database,
    people: Iterable[tuple[int, str, str, str, str]],
    words: Iterable[tuple[str, int]],
    cards: Iterable[tuple[str, int, str]],
    visits: Iterable[tuple[str, int, str, str | None, str]],
) -> None:
    """people: (id, uuid, first, last, created_at); words: (word, person_id);
    cards: (code, person_id, issued_at); visits: (uuid, person_id, check_in, check_out, source)."""
    with db.transaction() as conn:
        people = list(people)
        conn.executemany(
            "INSERT INTO people (id, uuid, first_name, last_name, created_at) VALUES (?, ?, ?, ?, ?)", people
        )
        names = {person[0]: person_key(person[2], person[3]) for person in people}  # each one's place in the name order
        conn.executemany("INSERT OR IGNORE INTO person_words (word, person_id, name_key) VALUES (?, ?, ?)",
                         ((word, person_id, names[person_id]) for word, person_id in words))
        conn.executemany("INSERT INTO cards (code, person_id, issued_at) VALUES (?, ?, ?)", cards)
        conn.executemany(
            "INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, ?)",
            visits,
        )
        conn.execute(
            "UPDATE people SET last_visit_at = "
            "(SELECT max(check_in_at) FROM visits WHERE visits.person_id = people.id)"
        )


def insert_equipment(
    db: Database,
    items: Iterable[tuple[str, str, str, str, str, str | None]],
    loans: Iterable[tuple[str, str, int, str, str, str]],
) -> None:
    """items: (uuid, category name, item name, code, added_at, out_of_service reason);
    loans: (uuid, item code, person_id, lent_at, due_at, recorded_at), all still out."""
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO items (uuid, category_id, name, code, added_at, out_of_service) "
            "SELECT ?, id, ?, ?, ?, ? FROM item_categories WHERE name = ?",
            [(u, name, code, at, reason, category) for u, category, name, code, at, reason in items],
        )
        conn.executemany(
            "INSERT INTO loans (uuid, item_id, person_id, lent_at, due_at, recorded_at) "
            "SELECT ?, id, ?, ?, ?, ? FROM items WHERE code = ?",
            [(u, person, lent, due, recorded, code) for u, code, person, lent, due, recorded in loans],
        )


def insert_history(
    db: Database,
    lunches: Iterable[tuple[str, str, str, int, str, str, int | None]],
    signups: Iterable[tuple[str, str, int, int, str, str]],
    loans: Iterable[tuple[str, str, int, str, str, str]],
    anonymous: Iterable[tuple[str, str, str | None]],
) -> None:
    """lunches: (uuid, on_date, at_time, seats, menu, price, served_count); signups: (uuid, lunch
    uuid, person_id, guests, diets, signed_at), served; loans: (uuid, item name, person_id, lent_at,
    due_at, returned_at), returned; anonymous: (uuid, at, situation), visits without a name."""
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO lunches (uuid, on_date, at_time, seats, menu, price, served_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
            lunches,
        )
        conn.executemany(
            "INSERT INTO lunch_signups (uuid, lunch_id, person_id, guests, diets, served, signed_at) "
            "SELECT ?, id, ?, ?, ?, 1, ? FROM lunches WHERE uuid = ?",
            [(u, person, guests, diets, at, lunch) for u, lunch, person, guests, diets, at in signups],
        )
        conn.executemany(
            "INSERT INTO loans (uuid, item_id, person_id, lent_at, due_at, returned_at, recorded_at) "
            "SELECT ?, id, ?, ?, ?, ?, ? FROM items WHERE name = ?",
            [(u, person, lent, due, back, lent, name) for u, name, person, lent, due, back in loans],
        )
        conn.executemany(
            "INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source, situation) VALUES (?, NULL, ?, ?, 'name', ?)",
            [(u, at, at, situation) for u, at, situation in anonymous],
        )


def set_profiles(db: Database, rows: Iterable[tuple], answers: Iterable[tuple], periods: Iterable[tuple]) -> None:
    """rows: (gender, birth_year, situation, education, citizenship, municipality, mother_tongue, person_id);
    answers: (uuid, person_id, question, value, given_on, recorded_at, source, age_group);
    periods: (uuid, person_id, role, start_on, created_at)."""
    with db.transaction() as conn:
        conn.executemany(
            "UPDATE people SET gender = ?, birth_year = ?, situation = ?, education = ?, citizenship = ?, "
            "municipality = ?, mother_tongue = ? WHERE id = ?",
            rows,
        )
        conn.executemany(
            "INSERT INTO answers (uuid, person_id, question, value, given_on, recorded_at, source, age_group) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            answers,
        )
        conn.executemany(
            "INSERT INTO role_periods (uuid, person_id, role, start_on, created_at) VALUES (?, ?, ?, ?, ?)", periods
        )
