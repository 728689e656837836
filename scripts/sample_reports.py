"""Make reports/sample-report-fi.pdf (public) and reports/sample-report-authorised-fi.pdf from demo
data for November 2026. The month's history (visits, each Thursday's lunch with its sign-ups,
loans, visits without a name, the activities) is the demo's own (kiosk/demo.py: one source of
sample history); this script adds what a funder's month has besides: the report's header
settings, ESF+ participants at every step of their cycle, and two role periods with agreed days
(a pay-subsidised attendant; a rehabilitative work participant with absences, a closed day and a
visit left open, for the attendance section). Run: .venv/bin/python scripts/sample_reports.py
(same input, same bytes)."""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import demo, settings_catalog  # noqa: E402
from kiosk.attendance import AttendanceService  # noqa: E402
from kiosk.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.db import open_database  # noqa: E402
from kiosk.people import PeopleService  # noqa: E402
from kiosk.profile import Profile  # noqa: E402
from kiosk.report import write_report  # noqa: E402


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HELSINKI)


def fill(db, clock) -> None:
    demo.fill(db, clock, people=120, months=7, seed=1)
    settings_catalog.put(db, {
        "room_name": "Lapinjärven yhteinen työhuone", "organisation_name": "Kylätoimintayhdistys ry",
        "project_name": "Työhuone kaikille", "project_code": "S30123", "funders": "ESR+, Lapinjärven kunta",
        "project_start": "2026-06-01", "target_visits_per_month": "250", "target_new_visitors_per_month": "10",
        "funder_logos": "assets/logos/funder-esf-placeholder.png, assets/logos/funder-municipality-placeholder.png",
        "report_notes_2026-11": "Ompelukurssi torstaisin (4 kertaa). Kunnan työllisyyspalvelut esittäytyi 18.11.",
    })
    people = PeopleService(db, clock)
    visitors = [r[0] for r in db.rows("SELECT p.id, min(v.check_in_at) FROM people p JOIN visits v ON v.person_id = p.id "
                                     "WHERE p.id NOT IN (SELECT person_id FROM role_periods) GROUP BY p.id ORDER BY p.id")]
    firsts = dict(db.rows("SELECT person_id, min(check_in_at) FROM visits WHERE person_id IS NOT NULL GROUP BY person_id"))
    # ESF+ participants: every third visitor enrolled on their first visit; some have left.
    results = ("in_work", "in_education", "job_seeking", None)
    for n, person_id in enumerate(visitors[::3]):
        row = db.row("SELECT first_name, last_name FROM people WHERE id = ?", (person_id,))
        started = datetime.fromisoformat(firsts[person_id]).astimezone(HELSINKI).date()
        changes = {"esf_participant": 1, "eura_start_on": started.isoformat() if n % 9 != 4 else None}
        if n % 5 == 1 and started < date(2026, 10, 1):
            changes.update(eura_exit_on=(started + timedelta(days=60)).isoformat(), eura_exit_result=results[n % 4])
        people.edit(person_id, row[0], row[1], **changes)
    # A pay-subsidised attendant and a rehabilitative work participant, with their November days.
    clock.set(at(date(2026, 10, 30), 9))
    attendant = people.add("Pirjo", "Palkkatuettu", Profile(gender="woman", birth_year=1970, situation="unemployed_long"))
    people.periods.save(attendant.id, {"role": "pay_subsidy", "start_on": "2026-11-01", "end_on": "2027-04-30",
                                       "payer": "Itä-Uudenmaan työllisyysalue", "weekdays": "1,2,3,4,5", "hours_per_day": "8"})
    rehab = people.add("Reijo", "Kuntoutuja", Profile(gender="man", birth_year=1985, situation="unemployed_long"))
    people.periods.save(rehab.id, {"role": "rehab_work", "start_on": "2026-11-10", "payer": "Kela", "weekdays": "1,2,3",
                                   "hours_per_day": "5"})
    with db.transaction() as conn:
        day = date(2026, 11, 2)
        while day < date(2026, 11, 28):
            if day.weekday() < 5:
                conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, 'demo')",
                             (f"sample-a-{day}", attendant.id, _utc(at(day, 8)), _utc(at(day, 16))))
            if day >= date(2026, 11, 10) and day.weekday() < 3:
                conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, 'demo')",
                             (f"sample-r-{day}", rehab.id, _utc(at(day, 9)), _utc(at(day, 12 if day.weekday() == 2 else 14))))
            day += timedelta(days=1)
    # The rehabilitative participant's November as the attendant marks it on Läsnäolo: a room
    # closed for a training day, two absences with a reason, Monday the 30th without one, a visit
    # left open on Wednesday the 25th.
    attendance = AttendanceService(db, clock)
    clock.set(at(date(2026, 11, 27), 15))
    attendance.mark_closed(date(2026, 11, 11), "henkilökunnan koulutuspäivä")
    with db.transaction() as conn:
        conn.execute("DELETE FROM visits WHERE uuid IN (?, ?, ?, ?)", tuple(
            f"sample-r-{day}" for day in ("2026-11-11", "2026-11-17", "2026-11-24", "2026-11-25")))
        conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, NULL, 'demo')",
                     ("sample-r-open", rehab.id, _utc(at(date(2026, 11, 25), 9))))
    attendance.record_absence(rehab.id, date(2026, 11, 17), "illness")
    attendance.record_absence(rehab.id, date(2026, 11, 24), "job_interview")
    clock.set(at(date(2026, 12, 2), 9))


def _utc(when: datetime) -> str:
    from kiosk.db.timestamps import to_text

    return to_text(when)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(at(date(2026, 12, 2), 9))
        db = open_database(Path(folder) / "sample.sqlite")
        fill(db, clock)
        for name, authorised in (("sample-report-fi.pdf", False), ("sample-report-authorised-fi.pdf", True)):
            # the authorised sample ends with the attendance cards (confidential pages; demo names)
            write_report(db, clock, 2026, 11, ROOT / "reports" / name, authorised=authorised, cards=authorised,
                         notes=settings_catalog.get(db, "report_notes_2026-11"), invariant=True)
            print(ROOT / "reports" / name)
        db.close()


if __name__ == "__main__":
    main()
