"""Reading a CSV file as Finnish Excel writes it, for the importers (people, visits).

The encoding and the separator are guessed; the first non-empty line names the columns; every
row comes with its line in the file (counting empty lines and quoted line breaks), so that a report
can name each bad row. What a row means is the importer's business: it gets the row's cells by
column name and answers with a row or with its problems.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
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
    repeated: int = 0  # rows repeating an earlier row of the same file

    NOUNS: ClassVar[tuple[str, str]] = ("row", "rows")  # what is imported: one, many
    COUNTS_REPEATS: ClassVar[bool] = False  # the summary says how many rows repeated an earlier one

    def lines(self) -> list[str]:
        if self.errors:
            bad = len({e.line for e in self.errors})
            fix = f": fix the {bad} line{'s' if bad != 1 else ''} above and run again"
            whole_file = not all(e.line for e in self.errors)
            return [str(e) for e in self.errors] + ["nothing imported" + ("" if whole_file else fix)]
        noun = self.NOUNS[0] if self.imported == 1 else self.NOUNS[1]
        repeated = f", {self.repeated} repeated in the file" if self.COUNTS_REPEATS else ""
        return [f"imported {self.imported} {noun}, {self.already_there} already there{repeated}"]


ENCODINGS = ("utf-16", "utf-8-sig", "cp1252", "latin-1")
CHUNK = 1 << 16
MAX_LISTED = 200  # problems listed one by one; the rest are counted


def encoding_of(path: Path) -> tuple[str | None, tuple[RowError, ...]]:
    """How the file is written, read through once in chunks (never whole in memory): UTF-8 with
    or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), and otherwise
    Windows-1252 as an old Finnish Excel writes it (Latin-1 for its five unused bytes). ``None``
    and a whole-file error when the file cannot be read."""
    try:
        with open(path, "rb") as f:
            start = f.read(2)
            candidates = ENCODINGS if start in (b"\xff\xfe", b"\xfe\xff") else ENCODINGS[1:]
            for encoding in candidates:
                f.seek(0)
                decoder = codecs.getincrementaldecoder(encoding)()
                try:
                    while chunk := f.read(CHUNK):
                        decoder.decode(chunk)
                    decoder.decode(b"", final=True)
                    return encoding, ()
                except UnicodeDecodeError:
                    continue
    except OSError as error:
        return None, (RowError(0, f"cannot read {path}: {error.strerror or error}"),)
    return "latin-1", ()


def each_row(
    path: Path,
    encoding: str,
    columns: tuple[str, ...],
    required: Iterable[str],
    parse: Callable[[dict[str, str]], tuple[Row | None, list[str]]],
) -> Iterator[tuple[int, Row | None, list[str]]]:
    """Each data row, read as the file streams by: its line, the row (None when it has problems)
    and its problems. ``parse`` gets a row's cells by column name (only the columns the header
    has). A header problem, or a row csv cannot read, ends the reading with its problems."""
    with open(path, encoding=encoding, newline="") as f:
        yield from _rows(f, columns, required, parse)


def _rows(f, columns, required, parse):
    # The separator is the header's: its first non-empty line (or Excel's "sep=;" line).
    looked_at: list[str] = []
    first_line = ""
    for raw in f:
        looked_at.append(raw)
        if raw.strip():
            first_line = raw.strip("\r\n")
            break
    sep_line = _SEP_LINE.fullmatch(first_line.strip())
    skip_sep_line = sep_line is not None
    if sep_line:
        separator = sep_line.group(1)
    else:
        separator = max(SEPARATORS, key=lambda s: (first_line.count(s), s == ";"))
        if not first_line.count(separator):
            separator = ","
    # strict: a quote never closed, or text after a closing quote, is an error and not a value
    reader = csv.reader(itertools.chain(looked_at, f), delimiter=separator, strict=True)
    header: list[str | None] | None = None
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
                    yield start, None, problems_found
                    return
                continue
            values, problems_found = _values(record, header, separator)
            if values is None:
                yield start, None, problems_found
                continue
            row, more = parse(values)
            problems_found += more
            yield start, (row if not problems_found else None), problems_found
    except csv.Error as error:
        yield line + 1, None, [f"cannot read this row or any after it (check its quotes): {error}"]
        return
    if header is None:
        yield 1, None, [f"the file is empty: its first line must name the columns ({', '.join(columns)})"]


def read_text(path: Path) -> tuple[str, tuple[RowError, ...]]:
    """A small file's whole text (kiosk exchange's sheet), or why it cannot be read."""
    encoding, unreadable = encoding_of(path)
    if encoding is None:
        return "", unreadable
    try:
        with open(path, encoding=encoding, newline="") as f:
            return f.read(), ()
    except OSError as error:
        return "", (RowError(0, f"cannot read {path}: {error.strerror or error}"),)


def read_rows(
    text: str,
    columns: tuple[str, ...],
    required: Iterable[str],
    parse: Callable[[dict[str, str]], tuple[Row | None, list[str]]],
) -> tuple[list[tuple[int, Row]], list[RowError]]:
    """A small file's text read at once: each good row with its line, and every problem by line."""
    rows: list[tuple[int, Row]] = []
    errors: list[RowError] = []
    for line, row, found in _rows(io.StringIO(text, newline=""), columns, required, parse):
        errors += [RowError(line, problem) for problem in found]
        if row is not None:
            rows.append((line, row))
    return rows, errors


def problems_of(rows: Iterable[tuple[int, object, list[str]]]) -> tuple[RowError, ...]:
    """Every problem of a file, read through once: the first MAX_LISTED by line, then a count."""
    listed: list[RowError] = []
    more = 0
    for line, _, found in rows:
        for problem in found:
            if len(listed) < MAX_LISTED:
                listed.append(RowError(line, problem))
            else:
                more += 1
    if more:
        listed.append(RowError(listed[-1].line, f"and {more} more problems after this line, not listed"))
    return tuple(listed)


def batches(items: Iterable[Row], size: int) -> Iterator[list[Row]]:
    """Short transactions: the kiosk at the door waits for one batch at most, never the file."""
    batch: list[Row] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


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


def _values(record: list[str], header: list[str | None], separator: str) -> tuple[dict[str, str] | None, list[str]]:
    """The row's cells by column name, and what is wrong with the row as a whole; None for the
    cells when they cannot be told apart at all."""
    values: dict[str, str] = {}
    found = []
    if len(record) < len(header):
        # "Aino,Virtanen,1985" under a ";" header is one cell, not a first name (issue 15).
        shown_separator = {"\t": "tab"}.get(separator, f"'{separator}'")
        return None, [f"{len(record)} field{'s' if len(record) != 1 else ''} where the header has {len(header)} "
                    f"(the header separates with {shown_separator}; is this row separated the same way?)"]
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
