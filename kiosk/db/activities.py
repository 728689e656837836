"""Activities (courses, groups, guidance...), their sessions, attendance, mentors and guidance."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text

ACTIVITY_COLUMNS = ("name", "kind", "organiser", "place", "weekly", "first_on", "last_on", "at_time", "minutes",
                    "seats", "counts_in_visitors")


# --- activities
def all_activities(db: Database) -> list[sqlite3.Row]:
    return db.rows("SELECT * FROM activities ORDER BY name COLLATE NOCASE, id")


def activity(db: Database, activity_id: int) -> sqlite3.Row | None:
    return db.row("SELECT * FROM activities WHERE id = ?", (activity_id,))


def insert_activity(conn: sqlite3.Connection, uuid: str, values: dict, at: datetime) -> int:
    columns = [c for c in ACTIVITY_COLUMNS if c in values]
    return conn.execute(
        f"INSERT INTO activities (uuid, {', '.join(columns)}, created_at) "
        f"VALUES (?, {', '.join('?' for _ in columns)}, ?)",
        (uuid, *(values[c] for c in columns), to_text(at)),
    ).lastrowid


def update_activity(conn: sqlite3.Connection, activity_id: int, values: dict) -> None:
    if set(values) - set(ACTIVITY_COLUMNS):
        raise ValueError(f"not an activity column: {set(values) - set(ACTIVITY_COLUMNS)}")
    conn.execute(f"UPDATE activities SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                 (*values.values(), activity_id))


def active_between(db: Database, start: date, end: date) -> list[sqlite3.Row]:
    """Activities that may have a session in [start, end): begun before its end, not over before its start."""
    return db.rows(
        "SELECT * FROM activities WHERE first_on < ? AND (weekly = 1 AND (last_on IS NULL OR last_on >= ?) "
        "OR weekly = 0 AND first_on >= ?) ORDER BY id",
        (end.isoformat(), start.isoformat(), start.isoformat()),
    )


# --- sessions
def session(db: Database, activity_id: int, day: date) -> sqlite3.Row | None:
    return db.row("SELECT * FROM activity_sessions WHERE activity_id = ? AND on_date = ?", (activity_id, day.isoformat()))


def session_in(conn: sqlite3.Connection, activity_id: int, day: date) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM activity_sessions WHERE activity_id = ? AND on_date = ?",
                        (activity_id, day.isoformat())).fetchone()


def sessions_between(db: Database, start: date, end: date) -> list[sqlite3.Row]:
    return db.rows("SELECT * FROM activity_sessions WHERE on_date >= ? AND on_date < ? ORDER BY on_date, id",
                   (start.isoformat(), end.isoformat()))


def insert_session(conn: sqlite3.Connection, uuid: str, activity_id: int, day: date, at_time: str, minutes: int) -> int:
    return conn.execute(
        "INSERT INTO activity_sessions (uuid, activity_id, on_date, at_time, minutes) VALUES (?, ?, ?, ?, ?)",
        (uuid, activity_id, day.isoformat(), at_time, minutes),
    ).lastrowid


def update_session(conn: sqlite3.Connection, session_id: int, **columns) -> None:
    allowed = {"cancelled_at", "headcount", "note", "at_time", "minutes"}
    if set(columns) - allowed:
        raise ValueError(f"not a session column: {set(columns) - allowed}")
    conn.execute(f"UPDATE activity_sessions SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                 (*columns.values(), session_id))


def future_sessions(conn: sqlite3.Connection, activity_id: int, from_day: date) -> list[sqlite3.Row]:
    """Sessions from ``from_day`` on, with how many attendance rows each has."""
    return conn.execute(
        "SELECT s.*, (SELECT count(*) FROM activity_attendance a WHERE a.session_id = s.id AND a.cancelled_at IS NULL) "
        "AS attendance FROM activity_sessions s WHERE s.activity_id = ? AND s.on_date >= ?",
        (activity_id, from_day.isoformat()),
    ).fetchall()


def delete_session(conn: sqlite3.Connection, session_id: int) -> None:
    conn.execute("DELETE FROM activity_sessions WHERE id = ?", (session_id,))


# --- attendance
def attendance(db: Database, session_id: int) -> list[sqlite3.Row]:
    """Everyone signed up or come, with names (first name, last name) where the person is known."""
    return db.rows(
        "SELECT a.*, p.first_name, p.last_name FROM activity_attendance a LEFT JOIN people p ON p.id = a.person_id "
        "WHERE a.session_id = ? AND a.cancelled_at IS NULL ORDER BY a.id",
        (session_id,),
    )


def attendance_of(db: Database, session_id: int, person_id: int) -> sqlite3.Row | None:
    return db.row("SELECT * FROM activity_attendance WHERE session_id = ? AND person_id = ? AND cancelled_at IS NULL",
                  (session_id, person_id))


def attendance_of_in(conn: sqlite3.Connection, session_id: int, person_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM activity_attendance WHERE session_id = ? AND person_id = ? AND cancelled_at IS NULL",
                        (session_id, person_id)).fetchone()


def seats_taken(conn_or_db, session_id: int) -> int:
    sql = "SELECT count(*) FROM activity_attendance WHERE session_id = ? AND cancelled_at IS NULL"
    if isinstance(conn_or_db, Database):
        return conn_or_db.value(sql, (session_id,))
    return conn_or_db.execute(sql, (session_id,)).fetchone()[0]


def insert_attendance(conn: sqlite3.Connection, *, uuid: str, session_id: int, person_id: int | None,
                      walk_in_name: str | None, signed_up_at: datetime | None, came_at: datetime | None,
                      source: str) -> int:
    return conn.execute(
        "INSERT INTO activity_attendance (uuid, session_id, person_id, walk_in_name, signed_up_at, came_at, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uuid, session_id, person_id, walk_in_name, signed_up_at and to_text(signed_up_at), came_at and to_text(came_at),
         source),
    ).lastrowid


def set_came(conn: sqlite3.Connection, attendance_id: int, came_at: datetime | None) -> None:
    conn.execute("UPDATE activity_attendance SET came_at = ? WHERE id = ?", (came_at and to_text(came_at), attendance_id))


def cancel_attendance(conn: sqlite3.Connection, attendance_id: int, at: datetime) -> None:
    conn.execute("UPDATE activity_attendance SET cancelled_at = ? WHERE id = ?", (to_text(at), attendance_id))


# --- mentors
def mentors(db: Database, session_id: int) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT m.*, p.first_name, p.last_name FROM activity_mentors m JOIN people p ON p.id = m.person_id "
        "WHERE m.session_id = ? ORDER BY m.id",
        (session_id,),
    )


def set_mentor(conn: sqlite3.Connection, uuid: str, session_id: int, person_id: int, hours: float | None) -> None:
    """``hours`` None takes the mentor off the session."""
    if hours is None:
        conn.execute("DELETE FROM activity_mentors WHERE session_id = ? AND person_id = ?", (session_id, person_id))
        return
    conn.execute(
        "INSERT INTO activity_mentors (uuid, session_id, person_id, hours) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (session_id, person_id) DO UPDATE SET hours = excluded.hours",
        (uuid, session_id, person_id, hours),
    )


def volunteers_on(db: Database, day: date) -> list[sqlite3.Row]:
    """People with a volunteer role period in force on ``day`` (kiosk/db/periods.py's records)."""
    return db.rows(
        "SELECT DISTINCT p.id, p.first_name, p.last_name FROM role_periods r JOIN people p ON p.id = r.person_id "
        "WHERE r.role = 'volunteer' AND r.start_on <= ? AND (r.end_on IS NULL OR r.end_on >= ?) "
        "AND p.erased_at IS NULL ORDER BY p.first_name, p.last_name, p.id",
        (day.isoformat(), day.isoformat()),
    )


# --- guidance
def guidance(db: Database, session_id: int) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT g.*, a.person_id, a.walk_in_name, p.first_name, p.last_name FROM guidance g "
        "JOIN activity_attendance a ON a.id = g.attendance_id LEFT JOIN people p ON p.id = a.person_id "
        "WHERE a.session_id = ? ORDER BY g.id",
        (session_id,),
    )


def insert_guidance(conn: sqlite3.Connection, uuid: str, attendance_id: int, minutes: int, topic: str,
                    at: datetime) -> int:
    return conn.execute(
        "INSERT INTO guidance (uuid, attendance_id, minutes, topic, recorded_at) VALUES (?, ?, ?, ?, ?)",
        (uuid, attendance_id, minutes, topic, to_text(at)),
    ).lastrowid


# --- for the figures: the raw records of a span, read once
def attendance_between(db: Database, start: date, end: date) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT a.*, s.activity_id, s.on_date FROM activity_attendance a JOIN activity_sessions s ON s.id = a.session_id "
        "WHERE s.on_date >= ? AND s.on_date < ? AND a.cancelled_at IS NULL ORDER BY a.id",
        (start.isoformat(), end.isoformat()),
    )


def mentors_between(db: Database, start: date, end: date) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT m.*, s.activity_id, s.on_date FROM activity_mentors m JOIN activity_sessions s ON s.id = m.session_id "
        "WHERE s.on_date >= ? AND s.on_date < ? ORDER BY m.id",
        (start.isoformat(), end.isoformat()),
    )


def guidance_between(db: Database, start: date, end: date) -> list[sqlite3.Row]:
    return db.rows(
        "SELECT g.*, a.person_id, a.walk_in_name, a.session_id, s.activity_id, s.on_date FROM guidance g "
        "JOIN activity_attendance a ON a.id = g.attendance_id JOIN activity_sessions s ON s.id = a.session_id "
        "WHERE s.on_date >= ? AND s.on_date < ? ORDER BY g.id",
        (start.isoformat(), end.isoformat()),
    )


def people_in_room_between(db: Database, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """(person_id, check_in_at) of the room's visits begun in [start, end), to tell activity-only attendance."""
    return db.rows("SELECT person_id, check_in_at FROM visits WHERE person_id IS NOT NULL AND check_in_at >= ? "
                   "AND check_in_at < ?", (to_text(start), to_text(end)))
