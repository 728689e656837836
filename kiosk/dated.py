"""Who someone was on a day: their role and their answers, read from dated records.

A month printed again gives the same figures after any later edit, because nothing here reads
today's columns: a role is the period in force on the visit's day, an answer is the latest one
given on or before the day asked about. Plain Python over rows the database layer hands in.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from kiosk.profile import DATED_QUESTIONS

# When two periods of different roles cover the same day (a volunteer on a work trial), the day
# is counted once, in the first of these: employment by the room first (staff, pay subsidy: not
# visitors), then the activities with attendance duties, then volunteering.
PRECEDENCE = ("staff", "pay_subsidy", "rehab_work", "work_trial", "education_trial", "volunteer")
VISITOR = "visitor"


class Roles:
    """Role periods by person: ``on(person_id, day)`` is the role that day ('visitor' with none)."""

    def __init__(self, rows: Iterable) -> None:
        self._periods: dict[int, list[tuple[date, date | None, str]]] = {}
        for r in rows:
            end = date.fromisoformat(r["end_on"]) if r["end_on"] else None
            self._periods.setdefault(r["person_id"], []).append((date.fromisoformat(r["start_on"]), end, r["role"]))

    def on(self, person_id: int | None, day: date) -> str | None:
        """None for an anonymous visit (no one to have a role)."""
        if person_id is None:
            return None
        periods = self._periods.get(person_id)
        if periods is None:  # most visitors never had a period
            return VISITOR
        found = [role for start, end, role in periods if start <= day and (end is None or day <= end)]
        return min(found, key=PRECEDENCE.index) if found else VISITOR


class Answers:
    """Dated answers by person and question.

    ``as_of(person_id, day)`` gives, for each question, the latest answer given on or before the
    day. Someone who had given none by then (registered from a paper sheet or a list after they
    came) is counted with their first answer: it is what they told, and no later answer changes
    which one is first, so the months before stay as they were printed.
    """

    def __init__(self, rows: Iterable) -> None:
        """``rows``: (person_id, question, value, given_on), ordered by person, question and time."""
        self._given: dict[tuple[int, str], tuple[list[str], list[str | None]]] = {}
        key, days, values = None, [], []
        for person_id, question, value, given_on in rows:  # by position: a report reads some 40,000
            if (person_id, question) != key:
                key = (person_id, question)
                days, values = self._given.setdefault(key, ([], []))
            if days and days[-1] == given_on:
                values[-1] = value  # the later answer of the same day
            else:
                days.append(given_on)
                values.append(value)

    def one(self, person_id: int, question: str, day: date) -> str | None:
        given = self._given.get((person_id, question))
        if given is None:
            return None
        days, values = given
        i = bisect_right(days, day.isoformat())
        return values[i - 1] if i else values[0]

    def as_of(self, person_id: int, day: date) -> dict[str, str | None]:
        # ``one`` for every question, written out: a report asks this of every visitor
        key = day.isoformat()
        found: dict[str, str | None] = {}
        for question in DATED_QUESTIONS:
            given = self._given.get((person_id, question))
            if given is None:
                found[question] = None
                continue
            days, values = given
            i = bisect_right(days, key)
            found[question] = values[i - 1] if i else values[0]
        return found


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
