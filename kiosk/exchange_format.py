"""The exchange file a room sends to its network each month: one JSON document of the month's
figures, with no names, birth years or card codes in it. Its schema is docs/exchange-schema.json
and its fields are explained in docs/exchange-format.md.

This module knows the format only (no database, no Qt): the kiosk writes it, a room without the
kiosk fills it from a spreadsheet (docs/exchange-template.csv), and the coordinator's laptop, which
has no kiosk database, reads it.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from datetime import timezone
from pathlib import Path

from kiosk.output_files import written_whole
from kiosk.paths import ROOT

FORMAT = "workroom-exchange"
VERSION = 2  # 2 added figures.activities (optional: a version-1 file, without it, still reads)
VERSIONS = (1, 2)  # every version this kiosk reads; docs/exchange-schema.json lists the same
SCHEMA_PATH = ROOT / "docs" / "exchange-schema.json"
GENDER_KEYS = ("woman", "man", "other", "not_told")  # the cells of every breakdown row
NOT_TOLD = "not_told"  # an answer left unsaid (None in the statistics service)
BREAKDOWN_NAMES = ("age_band", "situation", "education", "citizenship", "municipality", "mother_tongue", "role")
ATTENDANCE_ROLES = ("work_trial", "rehab_work")
MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


class ExchangeError(ValueError):
    """A file that is not a readable exchange file of a version we know; the text says why."""


def utc_text(moment) -> str:
    """2026-12-02T08:00:00Z: the file's times, in UTC."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@functools.cache
def schema() -> dict:
    """Read once: the network report checks 1,200 files against it."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def problems(document) -> list[str]:
    """What is wrong with a document, checked against docs/exchange-schema.json (empty: fine)."""
    return check(document, schema())


def check(value, rule: dict, where: str = "$") -> list[str]:
    """The part of JSON Schema (draft 2020-12) the exchange schema uses: type, const, enum,
    pattern, minimum, required, properties, additionalProperties, items, maxLength. A hand-written
    check keeps the coordinator's laptop free of another dependency; tests run it on the schema's
    own examples and on broken documents, so a keyword the schema starts using is noticed."""
    found: list[str] = []
    kind = rule.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(_is(value, k) for k in kinds):
            return [f"{where}: {json.dumps(value)[:40]} is not {' or '.join(kinds)}"]
    if "const" in rule and value != rule["const"]:
        found.append(f"{where}: must be {json.dumps(rule['const'])}")
    if "enum" in rule and value not in rule["enum"]:
        found.append(f"{where}: {json.dumps(value)[:40]} is not one of {', '.join(map(json.dumps, rule['enum']))}")
    if isinstance(value, str):
        if "pattern" in rule and not re.search(rule["pattern"], value):
            found.append(f"{where}: {value[:40]!r} is not of the form {rule['pattern']}")
        if "maxLength" in rule and len(value) > rule["maxLength"]:
            found.append(f"{where}: longer than {rule['maxLength']} characters")
    if _is(value, "number") and "minimum" in rule and value < rule["minimum"]:
        found.append(f"{where}: {value} is below {rule['minimum']}")
    if isinstance(value, dict):
        for key in rule.get("required", ()):
            if key not in value:
                found.append(f"{where}: {key} is missing")
        properties = rule.get("properties", {})
        extra = rule.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                found += check(item, properties[key], f"{where}.{key}")
            elif extra is False:
                found.append(f"{where}: unknown field {key!r}")
            elif isinstance(extra, dict):
                found += check(item, extra, f"{where}.{key}")
    if isinstance(value, list) and "items" in rule:
        for i, item in enumerate(value):
            found += check(item, rule["items"], f"{where}[{i}]")
    return found


def _is(value, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    return isinstance(value, {"object": dict, "array": list, "string": str}[kind])


def write(document: dict, out: Path) -> None:
    """Checked before it is written (a file the network cannot read is never sent), and written
    whole: a full disk leaves the previous file as it was."""
    found = problems(document)
    if found:
        raise ExchangeError("; ".join(found[:5]))
    with written_whole(out) as writing:
        writing.write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.chmod(writing, 0o600)


def read(path: Path) -> dict:
    """One exchange file, checked; ExchangeError says what is wrong with it."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExchangeError(f"{path.name}: not readable JSON ({error})") from None
    if isinstance(document, dict) and document.get("format") == FORMAT and isinstance(document.get("version"), int) \
            and document["version"] > VERSION:
        raise ExchangeError(f"{path.name}: exchange format version {document['version']} is newer than this kiosk "
                            f"reads ({VERSION}); update the kiosk")
    found = problems(document)
    if found:
        raise ExchangeError(f"{path.name}: " + "; ".join(found[:5]))
    return document


# ---------------------------------------------------------------------------------------------
# Codes: each figure's dotted name, as the spreadsheet template lists them one per row.

def flatten(figures: dict, prefix: str = "") -> dict[str, float]:
    """{'lunch': {'served': 3}} -> {'lunch.served': 3}."""
    flat: dict[str, float] = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def unflatten(flat: dict[str, float]) -> dict:
    """The inverse of ``flatten`` for the figures' codes. A lending category's name may hold a
    dot, so its code is split from both ends: lending.by_category.<name>.loans."""
    figures: dict = {}
    for code, value in flat.items():
        if code.startswith("lending.by_category."):
            name, _, field = code[len("lending.by_category."):].rpartition(".")
            parts = ["lending", "by_category", name, field]
        else:
            parts = code.split(".")
        node = figures
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return figures
