"""Bringing in an existing visitor list: a CSV file as Finnish Excel writes it.

All or nothing: every row is checked first, and any bad row means nothing is written; the report
names each bad row by its line in the file. A good file is written in one transaction, each new
person with a new card and an audit-log row. People already registered (same first name, last
name and birth year, accents and case aside) are counted, not added again, so importing the same
file twice is harmless.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk import municipalities, names
from kiosk.clock import local
from kiosk.db import Database, audit
from kiosk.db import people_import as import_table
from kiosk.people import new_person
from kiosk.profile import CHOICES, ROLES, Profile, problems

COLUMNS = (
    "first_name",
    "last_name",
    "gender",
    "birth_year",
    "situation",
    "education",
    "citizenship",
    "municipality",
    "mother_tongue",
    "role",
)
MAX_NAME_LENGTH = 60
SEPARATORS = (";", ",", "\t")
ACTOR = "import"
ACTION = "import_person"

# Swedish (and a few official long or short) forms, stored as the Finnish name of the list.
# Only names known for certain; the Åland municipalities' names are the same in both languages.
OTHER_NAMES = {
    "Alavo": "Alavus",
    "Birkala": "Pirkkala",
    "Björneborg": "Pori",
    "Borgnäs": "Pornainen",
    "Borgå": "Porvoo",
    "Brahestad": "Raahe",
    "Bötom": "Karijoki",
    "Enare": "Inari",
    "Enontekis": "Enontekiö",
    "Esbo": "Espoo",
    "Etseri": "Ähtäri",
    "Euraåminne": "Eurajoki",
    "Fredrikshamn": "Hamina",
    "Grankulla": "Kauniainen",
    "Gustavs": "Kustavi",
    "Hangö": "Hanko",
    "Helsingfors": "Helsinki",
    "Hyvinge": "Hyvinkää",
    "Högfors": "Karkkila",
    "Idensalmi": "Iisalmi",
    "Ijo": "Ii",
    "Ikalis": "Ikaalinen",
    "Ilmola": "Ilmajoki",
    "Ingå": "Inkoo",
    "Itis": "Iitti",
    "Jakobstad": "Pietarsaari",
    "Jockis": "Jokioinen",
    "Kajana": "Kajaani",
    "Karleby": "Kokkola",
    "Karlö": "Hailuoto",
    "Kaskö": "Kaskinen",
    "Kaustby": "Kaustinen",
    "Kervo": "Kerava",
    "Keuru": "Keuruu",
    "Kimitoön": "Kemiönsaari",
    "Korsholm": "Mustasaari",
    "Koskis": "Koski Tl",
    "Koski": "Koski Tl",
    "Kristinestad": "Kristiinankaupunki",
    "Kronoby": "Kruunupyy",
    "Kumo": "Kokemäki",
    "Kyrkslätt": "Kirkkonummi",
    "Lahtis": "Lahti",
    "Laihela": "Laihia",
    "Lappo": "Lapua",
    "Lappträsk": "Lapinjärvi",
    "Larsmo": "Luoto",
    "Letala": "Laitila",
    "Limingo": "Liminka",
    "Lojo": "Lohja",
    "Lovisa": "Loviisa",
    "Lundo": "Lieto",
    "Maarianhamina - Mariehamn": "Maarianhamina",
    "Malax": "Maalahti",
    "Mariehamn": "Maarianhamina",
    "Mörskom": "Myrskylä",
    "Nousis": "Nousiainen",
    "Nykarleby": "Uusikaarlepyy",
    "Nyslott": "Savonlinna",
    "Nystad": "Uusikaupunki",
    "Nådendal": "Naantali",
    "Närpes": "Närpiö",
    "Pargas": "Parainen",
    "Pedersöre": "Pedersören kunta",
    "Pemar": "Paimio",
    "Pyttis": "Pyhtää",
    "Påmark": "Pomarkku",
    "Raseborg": "Raasepori",
    "Raumo": "Rauma",
    "Reso": "Raisio",
    "S:t Karins": "Kaarina",
    "S:t Michel": "Mikkeli",
    "S:t Mårtens": "Marttila",
    "Sagu": "Sauvo",
    "Sankt Michel": "Mikkeli",
    "Sastmola": "Merikarvia",
    "Sibbo": "Sipoo",
    "Sjundeå": "Siuntio",
    "Storkyro": "Isokyrö",
    "Storå": "Isojoki",
    "Tammerfors": "Tampere",
    "Tavastehus": "Hämeenlinna",
    "Tavastkyro": "Hämeenkyrö",
    "Torneå": "Tornio",
    "Tusby": "Tuusula",
    "Träskända": "Järvenpää",
    "Tövsala": "Taivassalo",
    "Uleåborg": "Oulu",
    "Ulvsby": "Ulvila",
    "Vanda": "Vantaa",
    "Vasa": "Vaasa",
    "Vederlax": "Virolahti",
    "Vehmo": "Vehmaa",
    "Vetil": "Veteli",
    "Vichtis": "Vihti",
    "Villmanstrand": "Lappeenranta",
    "Vindala": "Vimpeli",
    "Virmo": "Mynämäki",
    "Vittis": "Huittinen",
    "Vörå": "Vöyri",
    "Åbo": "Turku",
    "Östermark": "Teuva",
    "Övertorneå": "Ylitornio",
    # Whole municipalities merged since 2020: an old list still says where the person lives.
    "Valtimo": "Nurmes",  # 2020
    "Honkajoki": "Kankaanpää",  # 2021
    "Pertunmaa": "Mäntyharju",  # 2025
}

# Zero-width joiners and tag characters are parts of emoji; other format characters are not names.
_EMOJI_PARTS = {"\u200c", "\u200d", *map(chr, range(0xE0020, 0xE0080))}
_YEAR = re.compile(r"[0-9]{1,4}")
_SEP_LINE = re.compile(r'"?sep=([,;\t|])"?', re.IGNORECASE)


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

    def lines(self) -> list[str]:
        if self.errors:
            bad = len({e.line for e in self.errors})
            fix = f": fix the {bad} line{'s' if bad != 1 else ''} above and run again"
            whole_file = not all(e.line for e in self.errors)
            return [str(e) for e in self.errors] + ["nothing imported" + ("" if whole_file else fix)]
        people = "person" if self.imported == 1 else "people"
        return [f"imported {self.imported} {people}, {self.already_there} already there"]


@dataclass(frozen=True)
class _Row:
    first_name: str
    last_name: str
    profile: Profile
    role: str


def import_people(db: Database, clock, path: Path) -> ImportReport:
    """Check every row of ``path``, then add all new people in one transaction, or none."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return ImportReport(errors=(RowError(0, f"cannot read {path}: {error.strerror or error}"),))
    now = clock.now()
    rows, errors = _read(_decode(data), local(now).date())
    if errors:
        return ImportReport(errors=tuple(errors))
    new: dict[tuple, _Row] = {}
    there: set[tuple] = set()
    with db.transaction() as conn:
        registered = {_key(*r) for r in import_table.registered_names(conn)}
        for row in rows:
            key = _key(row.first_name, row.last_name, row.profile.birth_year)
            if key in registered:
                there.add(key)
            else:
                new.setdefault(key, row)
        for row in new.values():
            # No privacy acceptance: an imported person has not seen the kiosk's notice.
            person = new_person(conn, row.first_name, row.last_name, row.profile, row.role, now)
            audit.record(conn, now, ACTOR, ACTION, person.id, Path(path).name)
    return ImportReport(imported=len(new), already_there=len(there))


def _key(first_name: str, last_name: str, birth_year: int | None) -> tuple[str, str, int | None]:
    return (names.fold(" ".join(first_name.split())), names.fold(" ".join(last_name.split())), birth_year)


def _decode(data: bytes) -> str:
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


def _read(text: str, today) -> tuple[list[_Row], list[RowError]]:
    first_line = next((line for line in re.split(r"\r\n|\r|\n", text) if line.strip()), "")
    sep_line = _SEP_LINE.fullmatch(first_line.strip())
    skip_sep_line = sep_line is not None
    if sep_line:
        separator = sep_line.group(1)
    else:
        separator = max(SEPARATORS, key=lambda s: (first_line.count(s), s == ";"))
        if not first_line.count(separator):
            separator = ","
    # strict: a quote never closed, or text after a closing quote, is an error and not a name
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    header: list[str | None] | None = None
    rows: list[_Row] = []
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
                header, problems_found = _header(record)
                if problems_found:
                    return [], [RowError(start, p) for p in problems_found]
                continue
            row, problems_found = _row(record, header, today)
            errors += [RowError(start, p) for p in problems_found]
            if row is not None:
                rows.append(row)
    except csv.Error as error:
        return [], [*errors, RowError(line + 1, f"cannot read this row or any after it (check its quotes): {error}")]
    if header is None:
        return [], [RowError(1, f"the file is empty: its first line must name the columns ({', '.join(COLUMNS)})")]
    return rows, errors


def _header(record: list[str]) -> tuple[list[str | None], list[str]]:
    header: list[str | None] = []
    found = []
    for cell in record:
        name = cell.strip().strip("\ufeff").strip().lower()
        if name and name not in COLUMNS:
            found.append(f"unknown column '{_shown(cell.strip())}' (the columns are: {', '.join(COLUMNS)})")
        elif name and name in header:
            found.append(f"column '{name}' appears twice")
        header.append(name or None)  # None: a column with no name, such as Excel's trailing empty ones
    if "first_name" not in header:
        found.append("no first_name column: it is required")
    return header, found


def _row(record: list[str], header: list[str | None], today) -> tuple[_Row | None, list[str]]:
    values: dict[str, str] = {}
    found = []
    for index, cell in enumerate(record):
        column = header[index] if index < len(header) else None
        if column is None:
            if cell.strip():
                found.append(f"a value in column {index + 1}, which has no name in the header")
            continue
        values[column] = cell
    first_name = _name("first_name", values.get("first_name", ""), found, required=True)
    last_name = _name("last_name", values.get("last_name", ""), found, required=False)
    answers: dict[str, object] = {}
    for column, choices in CHOICES.items():
        code = values.get(column, "").strip().lower()
        if code and code not in choices:
            found.append(f"{column}: '{_shown(code)}' is not one of {', '.join(choices)}")
        elif code:
            answers[column] = code
    year = values.get("birth_year", "").strip()
    if year and not _YEAR.fullmatch(year):
        found.append(f"birth_year: '{_shown(year)}' is not a year")
    elif year:
        answers["birth_year"] = int(year)
    municipality = " ".join(values.get("municipality", "").split())
    if municipality:
        official = _municipalities().get(names.fold(municipality))
        if official is None:
            found.append(f"municipality: '{_shown(municipality)}' is not a Finnish municipality")
        else:
            answers["municipality"] = official
    role = values.get("role", "").strip().lower() or "visitor"
    if role not in ROLES:
        found.append(f"role: '{_shown(role)}' is not one of {', '.join(ROLES)}")
    profile = Profile(**answers)
    found += problems(profile, today)  # the birth year's range, said as the kiosk says it
    if found:
        return None, found
    return _Row(first_name, last_name, profile, role), []


def _name(column: str, raw: str, found: list[str], required: bool) -> str:
    name = unicodedata.normalize("NFC", raw).strip()
    if not name:
        if required:
            found.append(f"{column}: missing (it is required)")
        return ""
    bad = next((ch for ch in name if _is_control(ch)), None)
    if bad is not None:
        found.append(f"{column}: contains a control character (U+{ord(bad):04X})")
        return ""
    name = " ".join(name.split())
    if len(name) > MAX_NAME_LENGTH:
        found.append(f"{column}: {len(name)} characters, at most {MAX_NAME_LENGTH}")
    elif not any(ch.isalpha() for ch in name):
        found.append(f"{column}: has no letters")
    return name


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category in ("Cc", "Cs", "Zl", "Zp") or (category == "Cf" and ch not in _EMOJI_PARTS)


def _shown(value: str, limit: int = 40) -> str:
    """A value from the file, safe to print on a terminal: no control characters, not too long."""
    safe = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in value[:limit])
    return safe + ("…" if len(value) > limit else "")


@cache
def _municipalities() -> dict[str, str]:
    """Folded name (accents and case aside) -> the Finnish name, for every name we accept."""
    finnish = municipalities.all_names()
    index = {names.fold(other): official for other, official in OTHER_NAMES.items() if official in finnish}
    index.update({names.fold(name): name for name in finnish})
    return index
