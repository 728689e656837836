"""The monthly report's figures as CSV files, for a funder's spreadsheet: key figures, breakdowns
and the ESF+ table. UTF-8 with a byte-order mark (Excel reads å ä ö right) and a header row;
numbers in machine form (a decimal point, ISO dates); row labels in the report's language beside
the codes. Breakdowns hide small numbers exactly as the PDF does ("<5", percentage blank).
"""

from __future__ import annotations

import csv
from pathlib import Path

from kiosk.db import Database
from kiosk.output_files import written_whole
from kiosk.report import (
    ESF_NAMES,
    count_text,
    KEY_ROWS,
    TEXT,
    ReportData,
    gather,
    key_value,
    shown_rows,
)

GENDERS = ("women", "men", "other", "not_told")


def write_report_csv(db: Database, clock, year: int, month: int, out_dir: Path, lang: str = "fi") -> list[Path]:
    """Write key_figures.csv, breakdowns.csv and esf.csv for the month into ``out_dir``."""
    return write_csv(gather(db, clock, year, month), out_dir, lang)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)  # ints, and dates in ISO form


def _write(path: Path, header: list[str], rows: list[list]) -> Path:
    with written_whole(path) as writing, writing.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_csv(data: ReportData, out_dir: Path, lang: str = "fi") -> list[Path]:
    text = TEXT[lang]
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{data.year:04d}-{data.month:02d}"
    key_rows = [[row, text[row]] + [_cell(key_value(period, row)) for period in data.periods] for row in KEY_ROWS]
    key_path = _write(out_dir / f"key_figures_{stem}.csv", ["key", "label"] + [p.name for p in data.periods], key_rows)

    breakdown_rows = []
    for group, tables in (("distinct_visitors", data.month_figures.visitors), ("new_visitors", data.month_figures.newcomers)):
        for breakdown in tables:
            for row in shown_rows(breakdown, lang, data.suppress):
                cells = [count_text(c) for c in row.cells]
                percent = "" if row.percent is None else f"{row.percent:.1f}"
                breakdown_rows.append([group, breakdown.name, row.label, *cells,
                                       count_text(row.total), percent])
    breakdown_path = _write(out_dir / f"breakdowns_{stem}.csv",
                            ["group", "breakdown", "answer", *GENDERS, "total", "percent"], breakdown_rows)

    esf_rows = [[code, ESF_NAMES[lang][code], *new, *cumulative] for code, new, cumulative in data.esf.rows]
    esf_rows.append(["eura_start_missing", text["eura_missing"].format(n="").rstrip(": "), data.esf.eura_start_missing])
    esf_path = _write(out_dir / f"esf_{stem}.csv",
                      ["code", "indicator", *(f"new_{g}" for g in GENDERS),
                       *(f"cumulative_since_{data.esf_start.isoformat()}_{g}" for g in GENDERS)], esf_rows)
    return [key_path, breakdown_path, esf_path]
