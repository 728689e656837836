"""Reading a CSV file as Finnish Excel writes it, for the importers (people, visits).

The encoding and the separator are guessed; the first non-empty line names the columns; every
row comes with its line in the file (counting empty lines and quoted line breaks), so that a report
can name each bad row. What a row means is the importer's business: it gets the row's cells by
column name and answers with a row or with its problems.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TypeVar

MAX_NAME_LENGTH = 60
SEPARATORS = (";", ",", "\t")

# Zero-width joiners and tag characters are parts of emoji; other format characters are not names.
_EMOJI_PARTS = {"\u200c", "\u200d", *map(chr, range(0xE0020, 0xE0080))}
_SEP_LINE = re.compile(r'"?sep=([,;\t|])"?', re.IGNORECASE)

Row = TypeVar("Row")


@dataclass(frozen=True)
class RowError:
    line: int  # the line in the file, counting empty lines; 0 for the file as a whole
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


@dataclass(frozen=True)
class ImportReport:
    imported: int = 0
    already_there: int = 0
    errors: tuple[RowError, ...] = ()

    NOUNS: ClassVar[tuple[str, str]] = ("row", "rows")  # what is imported: one, many

    def lines(self) -> list[str]:
        if self.errors:
            bad = len({e.line for e in self.errors})
            fix = f": fix the {bad} line{'s' if bad != 1 else ''} above and run again"
            whole_file = not all(e.line for e in self.errors)
            return [str(e) for e in self.errors] + ["nothing imported" + ("" if whole_file else fix)]
        noun = self.NOUNS[0] if self.imported == 1 else self.NOUNS[1]
        return [f"imported {self.imported} {noun}, {self.already_there} already there"]


def read_text(path: Path) -> tuple[str, tuple[RowError, ...]]:
    """The file's text, or why it cannot be read (as a whole-file error)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return "", (RowError(0, f"cannot read {path}: {error.strerror or error}"),)
    return decode(data), ()


def decode(data: bytes) -> str:
    """UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), and
    otherwise Windows-1252 as an old Finnish Excel writes it (Latin-1 for its five unused bytes)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def read_rows(
    text: str,
    columns: tuple[str, ...],
    required: Iterable[str],
    parse: Callable[[dict[str, str]], tuple[Row | None, list[str]]],
) -> tuple[list[tuple[int, Row]], list[RowError]]:
    """Each good row with the line it starts on, and every problem found, by line.

    ``parse`` gets a row's cells by column name (only the columns the header has) and returns the
    row or its problems. A header problem stops the reading at line 1's errors."""
    first_line = next((line for line in re.split(r"\r\n|\r|\n", text) if line.strip()), "")
    sep_line = _SEP_LINE.fullmatch(first_line.strip())
    skip_sep_line = sep_line is not None
    if sep_line:
        separator = sep_line.group(1)
    else:
        separator = max(SEPARATORS, key=lambda s: (first_line.count(s), s == ";"))
        if not first_line.count(separator):
            separator = ","
    # strict: a quote never closed, or text after a closing quote, is an error and not a value
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    header: list[str | None] | None = None
    rows: list[tuple[int, Row]] = []
    errors: list[RowError] = []
    line = 0
    try:
        for record in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if skip_sep_line:
                skip_sep_line = False  # Excel's "sep=;" line
                continue
            if header is None:
                header, problems_found = _header(record, columns, required)
                if problems_found:
                    return [], [RowError(start, p) for p in problems_found]
                continue
            values, problems_found = _values(record, header)
            row, more = parse(values)
            errors += [RowError(start, p) for p in problems_found + more]
            if row is not None and not problems_found:
                rows.append((start, row))
    except csv.Error as error:
        return [], [*errors, RowError(line + 1, f"cannot read this row or any after it (check its quotes): {error}")]
    if header is None:
        return [], [RowError(1, f"the file is empty: its first line must name the columns ({', '.join(columns)})")]
    return rows, errors


def _header(record: list[str], columns: tuple[str, ...], required: Iterable[str]) -> tuple[list[str | None], list[str]]:
    header: list[str | None] = []
    found = []
    for cell in record:
        label = cell.strip().strip("\ufeff").strip().lower()
        if label and label not in columns:
            found.append(f"unknown column '{shown(cell.strip())}' (the columns are: {', '.join(columns)})")
        elif label and label in header:
            found.append(f"column '{label}' appears twice")
        header.append(label or None)  # None: a column with no name, such as Excel's trailing empty ones
    found += [f"no {column} column: it is required" for column in required if column not in header]
    return header, found


def _values(record: list[str], header: list[str | None]) -> tuple[dict[str, str], list[str]]:
    values: dict[str, str] = {}
    found = []
    for index, cell in enumerate(record):
        column = header[index] if index < len(header) else None
        if column is None:
            if cell.strip():
                found.append(f"a value in column {index + 1}, which has no name in the header")
            continue
        values[column] = cell
    return values, found


def name(column: str, raw: str, found: list[str], required: bool) -> str:
    """A name as it is stored (NFC, spaces tidied), or "" with the reason added to ``found``."""
    text = unicodedata.normalize("NFC", raw).strip()
    if not text:
        if required:
            found.append(f"{column}: missing (it is required)")
        return ""
    bad = next((ch for ch in text if _is_control(ch)), None)
    if bad is not None:
        found.append(f"{column}: contains a control character (U+{ord(bad):04X})")
        return ""
    text = " ".join(text.split())
    if len(text) > MAX_NAME_LENGTH:
        found.append(f"{column}: {len(text)} characters, at most {MAX_NAME_LENGTH}")
    elif not any(ch.isalpha() for ch in text):
        found.append(f"{column}: has no letters")
    return text


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category in ("Cc", "Cs", "Zl", "Zp") or (category == "Cf" and ch not in _EMOJI_PARTS)


def shown(value: str, limit: int = 40) -> str:
    """A value from the file, safe to print on a terminal: no control characters, not too long."""
    safe = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in value[:limit])
    return safe + ("…" if len(value) > limit else "")
