"""A room without the kiosk fills the exchange file from a spreadsheet: docs/exchange-template.csv
has one row per figure (code; value; what it is), and ``kiosk exchange --from-csv`` turns the filled
sheet into the same JSON the kiosk writes. Everything is checked before anything is written."""

from __future__ import annotations

import csv
import math
import uuid
from datetime import datetime
from pathlib import Path

from kiosk.csv_input import RowError, read_rows, read_text, shown
from kiosk.exchange_format import (
    ATTENDANCE_ROLES,
    BREAKDOWN_NAMES,
    FORMAT,
    GENDER_KEYS,
    MONTH,
    VERSION,
    flatten,
    problems,
    unflatten,
    utc_text,
)
from kiosk.activities import KINDS, TOPICS
from kiosk.profile import AGE_BANDS, CITIZENSHIPS, EDUCATIONS, MOTHER_TONGUES, ROLES, SITUATIONS

COLUMNS = ("code", "value", "description")
ROOM_TEXT = ("room.id", "room.name", "room.organisation", "room.municipality_code")
ROOM_NUMBERS = ("room.seats", "room.hours_offered", "room.days_offered")
HOURS = ("hours", "volunteers.hours", "attendance.work_trial.hours", "attendance.rehab_work.hours")
ANSWERS = {"age_band": AGE_BANDS, "situation": SITUATIONS, "education": EDUCATIONS, "citizenship": CITIZENSHIPS,
           "mother_tongue": MOTHER_TONGUES, "role": ("visitor", "work_trial", "rehab_work", "pay_subsidy"),
           "municipality": ()}

# The figures' codes and their Finnish descriptions, in the template's order.
FIGURES = (
    ("visits", "käynnit (myös nimettömät; ei vapaaehtoisia eikä henkilökuntaa)"),
    ("anonymous_visits", "nimettömät käynnit"),
    ("distinct_visitors", "eri kävijät (kukin kerran kuussa)"),
    ("new_visitors", "uudet kävijät (ensimmäinen käynti tässä kuussa)"),
    ("returning_visitors", "palaavat kävijät"),
    ("open_days", "päivät, joina oli kävijöitä"),
    ("hours", "kävijätunnit (uloskirjatut käynnit)"),
    ("left_open", "käynnit ilman uloskirjausta"),
    ("imported_visits", "paperilistoilta tuodut käynnit"),
    *((f"gender.{g}", f"eri kävijät: sukupuoli {g}") for g in GENDER_KEYS),
    ("volunteers.people", "vapaaehtoiset: henkilöt"),
    ("volunteers.sessions", "vapaaehtoiset: kerrat"),
    ("volunteers.hours", "vapaaehtoiset: tunnit"),
    *((f"attendance.{role}.{k}", f"{role}: {k}") for role in ATTENDANCE_ROLES
      for k in ("participants", "days", "hours", "short_days")),
    ("lending.loans", "lainat"),
    ("lending.borrowers", "eri lainaajat"),
    ("lending.overdue_returns", "myöhässä palautetut"),
    ("lunch.lunches", "lounaat"),
    ("lunch.signed_up", "lounas: ilmoittautuneet"),
    ("lunch.guests", "lounas: vieraat"),
    ("lunch.served", "lounas: syöneet"),
    ("lunch.no_shows", "lounas: ei tullut"),
    # format version 2: the programme (issue 21), as the kiosk's monthly report counts it
    ("activities.sessions", "toiminta: pidetyt kerrat"),
    ("activities.cancelled", "toiminta: perutut kerrat"),
    ("activities.participant_visits", "toiminta: osallistumiskäynnit (ilmoitettu määrä tai rastit, kumpi suurempi)"),
    ("activities.people", "toiminta: eri osallistujat (rekisteröidyt)"),
    ("activities.hours", "toiminta: pidettyjen kertojen tunnit"),
    ("activities.activity_only_visits", "toiminta: osallistumiset ilman saman päivän käyntiä tilassa"),
    ("activities.activity_only_people", "toiminta: henkilöt, jotka osallistuivat ilman käyntiä tilassa"),
)
TYPE_FIELDS = ("sessions", "cancelled", "participant_visits", "people", "partners", "hours", "mentor_sessions", "mentor_hours")
TOPIC_FIELDS = ("times", "people", "hours")


def template_rows() -> list[tuple[str, str, str]]:
    rows = [("month", "", "kuukausi, VVVV-KK"),
            ("room.id", "", "tilan tunnus: jätä tyhjäksi ensimmäisellä kerralla, komento antaa sen; säilytä sama joka kuukausi"),
            ("room.name", "", "tilan nimi"), ("room.organisation", "", "ylläpitäjä"),
            ("room.municipality_code", "", "kuntanumero, kolme numeroa (esim. 091)"),
            ("room.seats", "", "työpisteet"), ("room.hours_offered", "", "aukiolotunnit kuukaudessa"),
            ("room.days_offered", "", "aukiolopäivät kuukaudessa")]
    rows += [(code, "", text) for code, text in FIGURES]
    for name in BREAKDOWN_NAMES:
        for answer in (*ANSWERS[name], "not_told"):
            rows += [(f"breakdowns.{name}.{answer}.{g}", "", f"eri kävijät: {name} = {answer}, {g}") for g in GENDER_KEYS]
    rows += [("breakdowns.municipality.091.woman", "", "kotikunta: lisää rivejä kuntanumeroittain"),
             ("lending.by_category.Ompelukone.loans", "", "lainat luokittain: lisää rivejä luokan nimellä"),
             ("lending.by_category.Ompelukone.hours", "", "lainatunnit luokittain"),
             ("activities.by_type.course.sessions", "", "toiminta tyypeittäin: lisää rivejä tyypin koodilla "
              f"({', '.join(KINDS)}) ja kentällä ({', '.join(TYPE_FIELDS)})"),
             ("activities.guidance.job_seeking.times", "", "ohjaus aiheittain: lisää rivejä aiheen koodilla "
              f"({', '.join(TOPICS)}) ja kentällä ({', '.join(TOPIC_FIELDS)})")]
    return rows


def write_template(out: Path, rows: list[tuple[str, str, str]] | None = None) -> None:
    """Semicolons and a byte-order mark: a Finnish Excel opens it in columns with å ä ö right."""
    with open(out, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(template_rows() if rows is None else rows)


def _known(code: str) -> bool:
    if code in ("month", *ROOM_TEXT, *ROOM_NUMBERS) or code in dict(FIGURES):
        return True
    parts = code.split(".")
    if parts[0] == "breakdowns":
        return len(parts) == 4 and parts[1] in BREAKDOWN_NAMES and parts[3] in GENDER_KEYS and bool(parts[2])
    if code.startswith("lending.by_category."):
        name, _, field = code[len("lending.by_category."):].rpartition(".")
        return bool(name.strip()) and field in ("loans", "hours")
    if parts[:2] == ["activities", "by_type"]:
        return len(parts) == 4 and parts[2] in KINDS and parts[3] in TYPE_FIELDS
    if parts[:2] == ["activities", "guidance"]:
        return len(parts) == 4 and parts[2] in TOPICS and parts[3] in TOPIC_FIELDS
    return False


def _number(code: str, text: str) -> tuple[float | int | None, str | None]:
    """'' -> 0; whole numbers for counts, decimals ('12,5' or '12.5') for hours."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return 0, None
    decimal = code in HOURS or code.endswith((".hours", "_hours")) or code == "room.hours_offered"
    try:
        value = float(text.replace(",", ".")) if decimal else int(text)
    except ValueError:
        kind = "a number such as 12,5" if decimal else "a whole number"
        return None, f"{code}: {shown(text)!r} is not {kind}"
    if value < 0 or not math.isfinite(value):
        return None, f"{code}: {shown(text)!r} is below zero or not a number"
    return value, None


def from_csv(path: Path, now: datetime) -> tuple[dict | None, list[RowError]]:
    """The exchange document from a filled template, or the problems by line (then None)."""
    text, errors = read_text(path)
    if errors:
        return None, list(errors)
    values: dict[str, str] = {}
    lines: dict[str, int] = {}

    def parse(cells: dict[str, str]):
        code = cells.get("code", "").strip()
        if not code:
            return None, ["code: missing"] if cells.get("value", "").strip() else []
        if not _known(code):
            return None, [f"unknown code {shown(code)!r} (the codes are in docs/exchange-template.csv)"]
        return (code, cells.get("value", "")), []

    rows, errors = read_rows(text, COLUMNS, ("code", "value"), parse)
    for line, (code, value) in rows:
        if code in values:
            errors.append(RowError(line, f"{shown(code)} appears twice (also on line {lines[code]})"))
        values[code], lines[code] = value, line
    room: dict = {}
    flat: dict[str, float] = {}
    for code, value in values.items():
        if code == "month" or code in ROOM_TEXT:
            continue
        number, problem = _number(code, value)
        if problem:
            errors.append(RowError(lines[code], problem))
        elif code in ROOM_NUMBERS:
            room[code[5:]] = None if code == "room.seats" and not value.strip() else number
        elif number:  # empty and zero rows are left out: the kiosk's files leave out what is not there
            flat[code] = number
    month = values.get("month", "").strip()
    if not MONTH.match(month):
        errors.append(RowError(lines.get("month", 0), f"month: {shown(month)!r} is not a month (YYYY-MM)"))
    room_id = values.get("room.id", "").strip()
    if not room_id:
        errors.append(RowError(lines.get("room.id", 0), f"room.id is empty: write {uuid.uuid4()} as its value and "
                                                         "keep it in your sheet for every month"))
    if errors:
        return None, sorted(errors, key=lambda e: e.line)
    figures = _figures(flat)
    document = {
        "format": FORMAT, "version": VERSION, "month": month,
        "made_at": utc_text(now),
        "software": "spreadsheet", "last_offsite_copy": None,
        "room": {"id": room_id, **{k[5:]: values.get(k, "").strip() for k in ROOM_TEXT[1:]},
                 "seats": room.get("seats"), "hours_offered": float(room.get("hours_offered") or 0),
                 "days_offered": int(room.get("days_offered") or 0)},
        "figures": figures,
    }
    found = [RowError(0, p) for p in problems(document)] + _inconsistent(figures)
    return (None, found) if found else (document, [])


def _figures(flat: dict[str, float]) -> dict:
    """Every code of the format present, zero where the sheet left it empty."""
    full = {code: 0 for code, _ in FIGURES}
    for code in (*HOURS, "activities.hours"):
        full[code] = 0.0
    full.update(flat)
    figures = unflatten(full)
    figures["breakdowns"] = {name: figures.get("breakdowns", {}).get(name, {}) for name in BREAKDOWN_NAMES}
    for rows in figures["breakdowns"].values():
        for answer, cells in rows.items():
            rows[answer] = {g: int(cells.get(g, 0)) for g in GENDER_KEYS}
    lending = figures["lending"]
    lending["by_category"] = {name: {"loans": int(c.get("loans", 0)), "hours": float(c.get("hours", 0.0))}
                              for name, c in lending.get("by_category", {}).items()}
    programme = figures["activities"]
    programme["by_type"] = {kind: {f: (float if f.endswith("hours") else int)(fields.get(f, 0)) for f in TYPE_FIELDS}
                            for kind, fields in programme.get("by_type", {}).items()}
    programme["guidance"] = {topic: {f: (float if f == "hours" else int)(fields.get(f, 0)) for f in TOPIC_FIELDS}
                             for topic, fields in programme.get("guidance", {}).items()}
    return figures


def _inconsistent(figures: dict) -> list[RowError]:
    """Sums a coordinator would notice: each breakdown given, and the gender split, add up to the
    distinct visitors; new and returning visitors too."""
    distinct = figures["distinct_visitors"]
    found = []
    if sum(figures["gender"].values()) not in (0, distinct):
        found.append(RowError(0, f"gender.* add up to {sum(figures['gender'].values())}, not distinct_visitors ({distinct})"))
    for name, rows in figures["breakdowns"].items():
        total = sum(sum(cells.values()) for cells in rows.values())
        if total not in (0, distinct):
            found.append(RowError(0, f"breakdowns.{name}.* add up to {total}, not distinct_visitors ({distinct})"))
    if figures["new_visitors"] + figures["returning_visitors"] not in (distinct,) and distinct:
        found.append(RowError(0, "new_visitors + returning_visitors is not distinct_visitors"))
    return found


def flat_codes(document: dict) -> dict[str, float]:
    """The document's figures by code, as the template names them (for tests and the CSV export)."""
    return flatten(document["figures"])
