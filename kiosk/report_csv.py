"""The monthly report's figures as CSV files, for a funder's spreadsheet and for adding rooms up:
key figures, breakdowns and the ESF+ table, with exact counts and stable codes (answer codes, not
translated labels), and a column saying which cells the public version hides ("<5" small, "x"
secondary). Written as Finnish spreadsheets read them (kiosk/finnish_csv.py).
"""

from __future__ import annotations

from pathlib import Path

from kiosk import finnish_csv
from kiosk.db import Database
from kiosk.report import KEY_ROWS, ReportData, gather, key_value, sorted_rows
from kiosk.statistics import ABSENCE_GROUPS, Hidden, suppress

GENDERS = ("women", "men", "other", "not_told")
PEOPLE_KEYS = ("distinct_visitors", "new_visitors")  # the key figures that count people
ATTENDANCE_FIELDS = ("role", "participants", "planned", "present", "hours", "short_days", "no_departure", "absences",
                     "excused", "not_arranged", "upcoming")
# statistics.PlannedAttendance by role, the absences also by reason group (statistics.ABSENCE_GROUPS)
ATTENDANCE_HEADER = (*ATTENDANCE_FIELDS[:8], *(f"absent_{group}" for group, _ in ABSENCE_GROUPS), *ATTENDANCE_FIELDS[8:])


def write_report_csv(db: Database, clock, year: int, month: int, out_dir: Path, lang: str = "fi",
                     months: int = 1, authorised: bool = False) -> list[Path]:
    """Write key_figures.csv, breakdowns.csv and esf.csv for the month (quarter, year) into
    ``out_dir``, and with ``authorised`` attendance.csv (work-trial and rehabilitative participants'
    days: the confidential version's figures). (``lang`` is kept for the command's sake: the files
    hold codes, not words.)"""
    return write_csv(gather(db, clock, year, month, authorised=authorised, months=months), out_dir)


def _hidden(shown) -> str:
    return shown.value if isinstance(shown, Hidden) else ""


def write_csv(data: ReportData, out_dir: Path, lang: str = "fi") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = {1: f"{data.year:04d}-{data.month:02d}", 3: f"{data.year:04d}Q{(data.month - 1) // 3 + 1}",
            12: f"{data.year:04d}"}[data.months]
    key_rows = []
    for row in KEY_ROWS:
        values = [key_value(period, row) for period in data.periods]
        public = [_hidden(suppress([v], total_shown=False)[0]) if row in PEOPLE_KEYS else "" for v in values]
        key_rows.append([row, *values, " ".join(f"{p.name}={mark}" for p, mark in zip(data.periods, public) if mark)])
    key_path = finnish_csv.write(out_dir / f"key_figures_{stem}.csv", ["key", *(p.name for p in data.periods), "public_hides"],
                                 key_rows)

    breakdown_rows = []
    for group, tables in (("distinct_visitors", data.month_figures.visitors), ("new_visitors", data.month_figures.newcomers)):
        for breakdown in tables:
            rows = sorted_rows(breakdown)
            totals = [sum(cells) for _, cells in rows]
            for (value, cells), total, shown in zip(rows, totals, suppress(totals)):
                hides = "role not in the public version" if breakdown.name == "role" else _hidden(shown)
                breakdown_rows.append([group, breakdown.name, "not_told" if value is None else value, *cells, total, hides])
    breakdown_path = finnish_csv.write(out_dir / f"breakdowns_{stem}.csv",
                                       ["group", "breakdown", "answer", *GENDERS, "total", "public_hides_total"], breakdown_rows)

    esf_rows = []
    for code, new, cumulative in data.esf.rows:
        marks = [f"{kind}_{g}={_hidden(shown)}" for kind, cells in (("new", new), ("cumulative", cumulative))
                 for g, shown in zip(GENDERS, suppress(list(cells))) if _hidden(shown)]
        esf_rows.append([code, *new, *cumulative, " ".join(marks)])
    esf_rows.append(["eura_start_missing", data.esf.eura_start_missing, "", "", "", "", "", "", "", ""])
    esf_path = finnish_csv.write(out_dir / f"esf_{stem}.csv",
                                 ["code", *(f"new_{g}" for g in GENDERS),
                                  *(f"cumulative_since_{data.esf_start.isoformat()}_{g}" for g in GENDERS), "public_hides"],
                                 esf_rows)
    paths = [key_path, breakdown_path, esf_path]
    if data.attendance:  # only in the authorised version (issue 19)
        paths.append(finnish_csv.write(out_dir / f"attendance_{stem}.csv", ATTENDANCE_HEADER,
                                       [_attendance_row(g) for g in data.attendance]))
    if data.programme is not None:  # issue 21: the activities' figures (kiosk/documents/activities.py)
        from kiosk.documents.activities import FIGURES_HEADER, figure_rows

        paths.append(finnish_csv.write(out_dir / f"activities_{stem}.csv", FIGURES_HEADER, figure_rows(data.programme)))
    return paths


def _attendance_row(group) -> list:
    absent = dict(group.absent)
    return [getattr(group, name) if name in ATTENDANCE_FIELDS else absent[name.removeprefix("absent_")]
            for name in ATTENDANCE_HEADER]
