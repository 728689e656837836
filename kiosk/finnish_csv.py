"""CSV as a Finnish spreadsheet reads it: Excel's "CSV (semicolon delimited)" in a Finnish locale.

- ``;`` between cells, decimal commas (``7,5``), dates as ISO days (both Excel and LibreOffice
  read them as dates), UTF-8 with a byte-order mark (so that å ä ö show), CRLF line ends.
- A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
  taken as a formula (CSV injection, OWASP): it is written with an apostrophe before it, which a
  spreadsheet shows as text. Numbers are numbers: a negative one is not text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from kiosk.output_files import all_written_whole

SEPARATOR = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write(path: Path, header: Iterable[str], rows: Iterable[Iterable]) -> Path:
    """Write the file whole (kiosk/output_files.py): under a temporary name, renamed when complete."""
    return write_together([(path, header, rows)])[0]


def write_together(files: list[tuple[Path, Iterable[str], Iterable]]) -> list[Path]:
    """Files that belong together (people.csv and the visits.csv that refers to them): each renamed
    into place only when all of them were written whole, so a full disk halfway never leaves a new
    people.csv beside an old visits.csv."""
    with all_written_whole([path for path, _, _ in files]) as temporaries:
        for writing, (_, header, rows) in zip(temporaries, files):
            with writing.open("w", newline="", encoding="utf-8-sig") as f:
                writer = csv.writer(f, delimiter=SEPARATOR, lineterminator="\r\n")
                writer.writerow([cell(h) for h in header])
                for row in rows:
                    writer.writerow([cell(v) for v in row])
    return [path for path, _, _ in files]
