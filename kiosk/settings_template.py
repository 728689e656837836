"""The room's settings as a template another room starts from (issue 20: ``kiosk settings export``
/ ``import``), and the README's settings table, both made from kiosk/settings_catalog.py.

A template holds only the settings marked exportable: no PIN, no secret, no personal data, no
state the kiosk keeps for itself, not the room's own id or name. Import checks the whole file
first and writes nothing when anything in it is wrong (an unknown key, a key a template may not
carry, a value out of range: each said with its key); then every value is written in one
transaction, each with an audit entry naming its key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kiosk import settings_catalog as catalog

FORMAT, VERSION = "workroom-kiosk-settings", 1
ACTOR = "settings import"


@dataclass(frozen=True)
class Problem:
    key: str  # "" for the file as a whole
    reason: str  # a catalog reason code, or one of the file's below
    value: str = ""

    def sentence(self) -> str:
        if not self.key:
            return self.reason
        setting = catalog.CATALOG.get(self.key)
        allowed = f" (allowed: {allowed_values(setting)})" if setting is not None else ""
        return f"{self.key}: {REASONS.get(self.reason, self.reason)}{': ' + repr(self.value) if self.value else ''}{allowed}"


REASONS = {
    catalog.NOT_A_NUMBER: "not a whole number",
    catalog.OUT_OF_RANGE: "out of range",
    catalog.TOO_LONG: "too long",
    catalog.NOT_A_CHOICE: "not one of the choices",
    catalog.NOT_A_TIME: "not a time (HH:MM)",
    catalog.NOT_A_DATE: "not a day (YYYY-MM-DD)",
    catalog.MISSING: "cannot be empty",
    catalog.NOT_IN_FORM: "not in the right form",
    catalog.NOT_A_WEEK: "not opening hours (0=09:00-16:00;1=...)",
    catalog.UNKNOWN_KEY: "not a setting of this kiosk",
    catalog.NOT_EXPORTABLE: "never carried by a template (a secret, the PIN, the room's own or the kiosk's state)",
    catalog.NOT_TEXT: "not text (a template's values are strings without control characters)",
}


class TemplateError(ValueError):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.sentence() for p in problems))
        self.problems = problems


def export(db) -> dict:
    """The template: every exportable setting the room has set, as stored; a value the setting no
    longer takes (a hand edit gone wrong) is left out rather than passed on."""
    values = {}
    for setting in catalog.CATALOG.values():
        if setting.exportable and catalog.is_set(db, setting.key):
            text = catalog.stored(db, setting.key)
            try:
                setting.parse(text)
            except catalog.InvalidSetting:
                continue
            values[setting.key] = text
    return {"format": FORMAT, "version": VERSION, "settings": values}


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def parse(text: str) -> dict[str, str]:
    """The settings of a template file, every one checked; TemplateError lists every problem."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise TemplateError([Problem("", f"not a JSON file: {error}")]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TemplateError([Problem("", f"not a settings template (its \"format\" is not {FORMAT!r})")])
    if document.get("version") != VERSION:
        raise TemplateError([Problem("", f"a template of version {document.get('version')!r}; this kiosk reads version {VERSION}")])
    values = document.get("settings")
    if not isinstance(values, dict):
        raise TemplateError([Problem("", "no \"settings\" object in the file")])
    problems = []
    for key, value in values.items():
        if not isinstance(value, str):
            problems.append(Problem(key, catalog.NOT_TEXT, repr(value)))
            continue
        try:
            setting = catalog.find(key)
        except catalog.InvalidSetting:
            problems.append(Problem(key, catalog.UNKNOWN_KEY))
            continue
        if not setting.exportable or key not in catalog.CATALOG:
            problems.append(Problem(key, catalog.NOT_EXPORTABLE))
            continue
        try:
            setting.parse(value)
        except catalog.InvalidSetting as error:
            problems.append(Problem(key, error.reason, value))
    if problems:
        raise TemplateError(problems)
    return {key: value.strip() for key, value in values.items()}


def apply(db, values: dict[str, str], at) -> dict[str, str]:
    """All the template's values in one transaction, each change audit-logged naming its key."""
    return catalog.change(db, values, at, actor=ACTOR)


# --- the README's table

def allowed_values(setting: catalog.Setting) -> str:
    kind = setting.kind
    if kind == catalog.INT:
        unit = f" {setting.unit}" if setting.unit else ""
        empty = ", or empty" if setting.optional else ""
        return f"{setting.lowest}–{setting.highest}{unit}{empty}"
    if kind == catalog.BOOL:
        return f"`{setting.truth[0]}` / `{setting.truth[1]}`"
    if kind == catalog.CHOICE:
        return " / ".join(f"`{c}`" for c in setting.choices)
    if kind == catalog.LIST:
        return "comma-separated " + (", ".join(f"`{c}`" for c in setting.choices) if setting.choices else "text")
    if kind == catalog.TIME:
        return "HH:MM"
    if kind == catalog.DATE:
        return "YYYY-MM-DD" + (", or empty" if setting.optional else "")
    if kind == catalog.WEEK:
        return "`d=HH:MM-HH:MM;…`"
    if kind == catalog.RAW:
        return "(kept by the kiosk)"
    form = f", matching `{setting.pattern}`" if setting.pattern else ""
    return f"text, at most {setting.max_length}{form}" + (", not empty" if setting.required else "")


def markdown_table() -> str:
    """The README's table of settings (``kiosk settings table``), group by group."""
    groups = dict(catalog.GROUPS)
    names = {"room": "Room", "hours": "Opening hours", "door": "Door", "registration": "Registration", "lunch": "Lunch",
             "lending": "Lending", "reports": "Reports", "scanner": "Scanner and camera", "network": "Backup and network",
             "accessibility": "Accessibility"}
    assert set(names) == set(groups)
    rows = ["| key | group | meaning | allowed | default |", "|---|---|---|---|---|"]
    settings = sorted([*catalog.CATALOG.values(), catalog.REPORT_NOTES], key=lambda s: catalog.GROUP_CODES.index(s.group))
    for s in settings:
        notes = []
        if not s.on_screen:
            notes.append("not on the settings screen")
        if not s.exportable:
            notes.append("not in a template")
        if s.restart:
            notes.append("taken up at the next start")
        meaning = s.doc + (f" ({'; '.join(notes)})" if notes else "")
        default = s.default_doc or (f"`{s.default}`" if s.default else "(none)")
        rows.append(f"| `{s.key}` | {names[s.group]} | {meaning.replace('|', '/')} | {allowed_values(s)} | {default} |")
    return "\n".join(rows) + "\n"
