"""Items, their categories, loans and item events."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text

ITEM_COLUMNS = (
    "i.id, i.name, i.code, i.notes, i.out_of_service, i.retired_at, i.category_id, c.name AS category, "
    "c.self_service, l.id AS loan_id, l.person_id AS borrower_id, l.lent_at, l.due_at"
)
ITEM_FROM = (
    "FROM items i JOIN item_categories c ON c.id = i.category_id "
    "LEFT JOIN loans l ON l.item_id = i.id AND l.returned_at IS NULL"
)


def categories(db: Database) -> list[sqlite3.Row]:
    return db.rows("SELECT id, name, self_service FROM item_categories WHERE retired_at IS NULL ORDER BY id")


def add_category(conn: sqlite3.Connection, name: str, self_service: bool) -> int:
    return conn.execute("INSERT INTO item_categories (name, self_service) VALUES (?, ?)", (name, int(self_service))).lastrowid


def edit_category(conn: sqlite3.Connection, category_id: int, name: str, self_service: bool) -> None:
    conn.execute("UPDATE item_categories SET name = ?, self_service = ? WHERE id = ?", (name, int(self_service), category_id))


def edit_item(conn: sqlite3.Connection, item_id: int, *, category_id: int, name: str, notes: str) -> None:
    conn.execute("UPDATE items SET category_id = ?, name = ?, notes = ? WHERE id = ?", (category_id, name, notes, item_id))


def add_item(conn: sqlite3.Connection, *, uuid: str, category_id: int, name: str, code: str, notes: str, at: datetime) -> int:
    item_id = conn.execute(
        "INSERT INTO items (uuid, category_id, name, code, notes, added_at) VALUES (?, ?, ?, ?, ?, ?)",
        (uuid, category_id, name, code, notes, to_text(at)),
    ).lastrowid
    event(conn, item_id, at, "added")
    return item_id


def item(db: Database, *, item_id: int | None = None, code: str | None = None) -> sqlite3.Row | None:
    where, value = ("i.id = ?", item_id) if item_id is not None else ("i.code = ?", code)
    return db.row(f"SELECT {ITEM_COLUMNS} {ITEM_FROM} WHERE {where}", (value,))


def all_items(db: Database) -> list[sqlite3.Row]:
    """Retired items too, for the catalogue's history."""
    return db.rows(f"SELECT {ITEM_COLUMNS} {ITEM_FROM} ORDER BY i.retired_at IS NOT NULL, c.id, i.name COLLATE fi")


def items(db: Database) -> list[sqlite3.Row]:
    return db.rows(f"SELECT {ITEM_COLUMNS} {ITEM_FROM} WHERE i.retired_at IS NULL ORDER BY c.id, i.name COLLATE fi")


def event(conn: sqlite3.Connection, item_id: int, at: datetime, kind: str, note: str = "") -> None:
    conn.execute("INSERT INTO item_events (item_id, at, kind, note) VALUES (?, ?, ?, ?)", (item_id, to_text(at), kind, note))


def set_out_of_service(conn: sqlite3.Connection, item_id: int, reason: str | None) -> None:
    conn.execute("UPDATE items SET out_of_service = ? WHERE id = ?", (reason, item_id))


def retire(conn: sqlite3.Connection, item_id: int, at: datetime) -> None:
    conn.execute("UPDATE items SET retired_at = ? WHERE id = ?", (to_text(at), item_id))


def lend(conn: sqlite3.Connection, *, uuid: str, item_id: int, person_id: int, lent_at: datetime, due_at: datetime,
         recorded_at: datetime, overridden: bool) -> int:
    return conn.execute(
        "INSERT INTO loans (uuid, item_id, person_id, lent_at, due_at, recorded_at, overridden) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uuid, item_id, person_id, to_text(lent_at), to_text(due_at), to_text(recorded_at), int(overridden)),
    ).lastrowid


def give_back(conn: sqlite3.Connection, loan_id: int, at: datetime, problem: str | None) -> None:
    conn.execute("UPDATE loans SET returned_at = ?, problem = ? WHERE id = ?", (to_text(at), problem, loan_id))


def open_loans(db: Database, person_id: int | None = None) -> list[sqlite3.Row]:
    """Loans not yet returned, with item and borrower, oldest first."""
    where = "AND l.person_id = ?" if person_id is not None else ""
    return db.rows(
        "SELECT l.id, l.item_id, i.name AS item, c.name AS category, l.person_id, p.first_name, p.last_name, "
        "l.lent_at, l.due_at FROM loans l JOIN items i ON i.id = l.item_id "
        "JOIN item_categories c ON c.id = i.category_id JOIN people p ON p.id = l.person_id "
        f"WHERE l.returned_at IS NULL {where} ORDER BY l.lent_at",
        (person_id,) if person_id is not None else (),
    )


def overdue_count(db: Database, person_id: int, now: datetime) -> int:
    return db.value(
        "SELECT count(*) FROM loans WHERE person_id = ? AND returned_at IS NULL AND due_at < ?", (person_id, to_text(now))
    )


def person_loans(db: Database, person_id: int) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT l.id, i.name AS item, l.lent_at, l.due_at, l.returned_at, l.problem FROM loans l "
        "JOIN items i ON i.id = l.item_id WHERE l.person_id = ? ORDER BY l.lent_at DESC",
        (person_id,),
    )


def item_history(db: Database, item_id: int) -> list[sqlite3.Row]:
    """Loans and events of one item in one list, newest first."""
    return db.rows(
        "SELECT at, kind, note, person_id FROM ("
        " SELECT lent_at AS at, 'lent' AS kind, '' AS note, person_id FROM loans WHERE item_id = :i"
        " UNION ALL SELECT returned_at, 'returned', coalesce(problem, ''), person_id FROM loans"
        "  WHERE item_id = :i AND returned_at IS NOT NULL"
        " UNION ALL SELECT at, kind, note, NULL FROM item_events WHERE item_id = :i AND kind != 'added'"
        ") ORDER BY at DESC",
        {"i": item_id},
    )


def loans_overlapping(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """Loans that were out at any moment in [start, end), for the period's figures."""
    return db.rows(
        "SELECT l.person_id, l.lent_at, l.due_at, l.returned_at, c.name AS category FROM loans l "
        "JOIN items i ON i.id = l.item_id JOIN item_categories c ON c.id = i.category_id "
        "WHERE l.lent_at < ? AND (l.returned_at IS NULL OR l.returned_at > ?)",
        (to_text(end), to_text(start)),
    )
