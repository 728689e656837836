"""Reading the ESF+ participants: the people the project enrolled (flag and EURA days)."""

from __future__ import annotations

import sqlite3

from kiosk.db.connection import Database


def flagged(db: Database, person_id: int | None = None) -> list[sqlite3.Row]:
    """Everyone flagged as an ESF+ participant, erased or not (erasure keeps the figures); or
    only the one person, if flagged."""
    return db.rows(
        "SELECT id, first_name, last_name, erased_at, birth_year, age_band, eura_start_on, eura_exit_on, "
        "eura_exit_result, followup_done_on, last_visit_at FROM people WHERE esf_participant = 1"
        + (" AND id = ?" if person_id is not None else "") + " ORDER BY id",
        (person_id,) if person_id is not None else (),
    )


def answers_of(db: Database, person_ids: list[int]) -> list[sqlite3.Row]:
    """The dated answers of these people, in the order given, for their entry status."""
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    return db.rows(
        f"SELECT person_id, question, value, given_on FROM answers WHERE person_id IN ({marks}) "
        "ORDER BY person_id, question, given_on, id",
        tuple(person_ids),
    )


def periods_of(db: Database, person_ids: list[int]) -> list[sqlite3.Row]:
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    return db.rows(
        f"SELECT person_id, role, start_on, end_on FROM role_periods WHERE person_id IN ({marks}) ORDER BY person_id, start_on, id",
        tuple(person_ids),
    )
