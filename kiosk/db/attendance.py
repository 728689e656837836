"""Participants' attendance: the room's marked closed days and participants' absences (days are
Helsinki YYYY-MM-DD), and the rows the attendance service reads for a stretch of days."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from kiosk.db.connection import Database
from kiosk.db.timestamps import to_text

ATTENDANCE_ROLES = ("work_trial", "education_trial", "rehab_work")


def closed_days(db: Database, first: date, last: date) -> list[sqlite3.Row]:
    return db.rows("SELECT day, reason FROM closed_days WHERE day BETWEEN ? AND ? ORDER BY day",
                   (first.isoformat(), last.isoformat()))


def put_closed_day(conn: sqlite3.Connection, day: date, reason: str, at: datetime) -> None:
    conn.execute("INSERT INTO closed_days (day, reason, recorded_at) VALUES (?, ?, ?) "
                 "ON CONFLICT (day) DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at",
                 (day.isoformat(), reason, to_text(at)))


def delete_closed_day(conn: sqlite3.Connection, day: date) -> bool:
    return conn.execute("DELETE FROM closed_days WHERE day = ?", (day.isoformat(),)).rowcount == 1


def absences(db: Database, person_id: int, first: date, last: date) -> list[sqlite3.Row]:
    return db.rows("SELECT day, reason, note, recorded_at FROM absences WHERE person_id = ? AND day BETWEEN ? AND ? "
                   "ORDER BY day", (person_id, first.isoformat(), last.isoformat()))


def put_absence(conn: sqlite3.Connection, uuid: str, person_id: int, day: date, reason: str, note: str,
                at: datetime) -> None:
    conn.execute("INSERT INTO absences (uuid, person_id, day, reason, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (person_id, day) DO UPDATE SET reason = excluded.reason, note = excluded.note, "
                 "recorded_at = excluded.recorded_at",
                 (uuid, person_id, day.isoformat(), reason, note, to_text(at)))


def delete_absence(conn: sqlite3.Connection, person_id: int, day: date) -> bool:
    return conn.execute("DELETE FROM absences WHERE person_id = ? AND day = ?", (person_id, day.isoformat())).rowcount == 1


def participant_periods(db: Database, first: date, last: date, person_id: int | None = None) -> list[sqlite3.Row]:
    """Work-trial and rehabilitative periods sharing a day with [first, last], with the person's
    stored names (an erased person's are '#<pseudonym>' and '')."""
    sql = ("SELECT r.id, r.person_id, r.role, r.start_on, r.end_on, r.payer, r.weekdays, r.hours_per_day, r.note, "
           "p.first_name, p.last_name FROM role_periods r JOIN people p ON p.id = r.person_id "
           f"WHERE r.role IN ({', '.join('?' * len(ATTENDANCE_ROLES))}) AND r.start_on <= ? "
           "AND (r.end_on IS NULL OR r.end_on >= ?)")
    params: list = [*ATTENDANCE_ROLES, last.isoformat(), first.isoformat()]
    if person_id is not None:
        sql += " AND r.person_id = ?"
        params.append(person_id)
    return db.rows(sql + " ORDER BY p.last_name COLLATE fi, p.first_name COLLATE fi, r.person_id, r.start_on", tuple(params))


def visits(db: Database, person_id: int, start: datetime, end: datetime) -> list[sqlite3.Row]:
    """A person's visits begun in [start, end) (UTC)."""
    return db.rows("SELECT check_in_at, check_out_at, auto_checkout FROM visits WHERE person_id = ? "
                   "AND check_in_at >= ? AND check_in_at < ? ORDER BY check_in_at",
                   (person_id, to_text(start), to_text(end)))
