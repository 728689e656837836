"""Every room setting is declared once (kiosk/settings_catalog.py) and read only through it."""

import ast
import functools
from datetime import date, time
from pathlib import Path

import pytest

from kiosk import settings_catalog as catalog
from kiosk.db import settings as table

ROOT = Path(__file__).resolve().parent.parent
KIOSK = ROOT / "kiosk"
CALLS = {"get", "is_set", "stored", "put", "change", "find"}


@functools.cache
def sources():
    return [(path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(KIOSK.rglob("*.py"))]


def test_only_the_catalog_touches_the_settings_table():
    """A raw key read (or write) anywhere else would bring back a second default."""
    raw = []
    for name, tree in sources():
        if name == "kiosk/settings_catalog.py" or name.startswith("kiosk/db/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "kiosk.db" and any(a.name == "settings" for a in node.names):
                raw.append(f"{name}:{node.lineno} imports kiosk.db.settings")
            elif isinstance(node, ast.ImportFrom) and node.module == "kiosk.db.settings":
                raw.append(f"{name}:{node.lineno} imports kiosk.db.settings")
            elif isinstance(node, ast.Import) and any(a.name == "kiosk.db.settings" for a in node.names):
                raw.append(f"{name}:{node.lineno} imports kiosk.db.settings")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "FROM settings" in node.value:
                raw.append(f"{name}:{node.lineno} reads the settings table with SQL")
    assert not raw, "read settings through kiosk.settings_catalog:\n" + "\n".join(raw)


def test_the_check_finds_a_raw_read(tmp_path):
    """The scan above is not blind: the way readers looked before the catalog is caught."""
    tree = ast.parse('from kiosk.db import Database, settings\nx = settings.get(db, "idle_seconds", "45")\n')
    assert any(isinstance(n, ast.ImportFrom) and any(a.name == "settings" for a in n.names) for n in ast.walk(tree))


def literal_keys():
    """Every key written as a literal in a call to the catalog, with where it is."""
    for name, tree in sources():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CALLS
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "settings_catalog"):
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield name, node.lineno, arg.value
                elif isinstance(arg, ast.Dict):
                    yield from ((name, node.lineno, k.value) for k in arg.keys if isinstance(k, ast.Constant))


def test_every_key_read_in_the_code_is_declared():
    found = list(literal_keys())
    assert len(found) > 40
    unknown = [f"{name}:{line} {key!r}" for name, line, key in found if key not in catalog.CATALOG]
    assert not unknown, unknown


def test_declarations_are_whole():
    assert len(catalog.CATALOG) >= 50
    for setting in catalog.CATALOG.values():
        assert setting.group in catalog.GROUP_CODES
        assert setting.doc
        if setting.on_screen:
            assert setting.label, setting.key
        if setting.kind == catalog.INT:
            assert setting.lowest is not None and setting.highest is not None and setting.lowest < setting.highest
        if setting.kind in (catalog.CHOICE,):
            assert setting.default in setting.choices
        setting.parse(setting.default)  # a default the setting itself would refuse is a fault of ours
    for code in catalog.GROUP_CODES:
        assert catalog.on_screen(code), f"the group {code} has nothing on the screen"


def test_secrets_and_state_stay_home():
    never = {"staff_pin_hash", "network_secret", "offsite_secret", "offsite_key", "room_id", "room_name",
             "offsite_last_ok_at", "closing_done_on"}
    assert not never & {s.key for s in catalog.CATALOG.values() if s.exportable}
    assert {"staff_pin_hash", "network_secret", "offsite_secret", "offsite_key"} <= {s.key for s in catalog.CATALOG.values() if s.secret}


def test_typed_values_and_the_one_default(db):
    assert catalog.get(db, "idle_seconds") == 45
    assert catalog.get(db, "lunch_time") == time(11, 30)
    assert catalog.get(db, "project_start") is None
    assert catalog.get(db, "read_aloud") is True and catalog.get(db, "bilingual_help") is False
    assert catalog.get(db, "lunch_weekdays") == ("3",)
    assert catalog.get(db, "opening_hours")[0].opens == time(9)
    catalog.put(db, {"project_start": date(2026, 3, 1), "lunch_weekdays": ("4", "0"), "read_aloud": False})
    assert catalog.get(db, "project_start") == date(2026, 3, 1)
    assert catalog.get(db, "lunch_weekdays") == ("0", "4")
    assert table.get(db, "read_aloud") == "off"  # stored as the older kiosks read it


def test_a_hand_edit_gone_wrong_reads_as_the_default(db):
    for key, text in (("idle_seconds", "nonsense"), ("idle_seconds", "99999"), ("lunch_time", "25:00"),
                      ("opening_hours", "rubbish"), ("camera", "side"), ("project_start", "1.3.2026")):
        table.put(db, key, text)
        assert catalog.get(db, key) == catalog.CATALOG[key].typed_default, key


@pytest.mark.parametrize("key, value, reason", [
    ("idle_seconds", "5", catalog.OUT_OF_RANGE),
    ("idle_seconds", "4x", catalog.NOT_A_NUMBER),
    ("room_name", "  ", catalog.MISSING),
    ("room_name", "x" * 81, catalog.TOO_LONG),
    ("camera", "side", catalog.NOT_A_CHOICE),
    ("lunch_close_time", "24:00", catalog.NOT_A_TIME),
    ("keep_for_audit_until", "31.12.2027", catalog.NOT_A_DATE),
    ("municipality_code", "91", catalog.NOT_IN_FORM),
    ("registration_questions", "gender,shoe_size", catalog.NOT_A_CHOICE),
    ("opening_hours", "0=16:00-09:00", catalog.NOT_A_WEEK),
    ("lunch_menu", "Keitto\x00", catalog.NOT_TEXT),
    ("no_such_setting", "1", catalog.UNKNOWN_KEY),
])
def test_bad_values_are_refused_with_the_reason_and_nothing_is_written(db, clock, key, value, reason):
    with pytest.raises(catalog.InvalidSetting) as refused:
        catalog.change(db, {"lunch_menu": "Keitto", key: value}, clock.now())
    assert (refused.value.key, refused.value.reason) == (key, reason)
    assert table.get(db, "lunch_menu") == ""  # the good value beside it was not written either


def test_a_change_is_audited_naming_the_key_and_a_secret_is_not_shown(db, clock):
    catalog.change(db, {"idle_seconds": 60, "network_secret": "very-secret"}, clock.now())
    details = [row["detail"] for row in db.rows("SELECT detail FROM audit_log WHERE action = 'setting_changed'")]
    assert "idle_seconds: None -> '60'" in details
    assert "network_secret: changed" in details
    assert not any("very-secret" in d for d in details)


def test_report_notes_are_one_key_a_month(db):
    key = catalog.report_notes_key(2026, 11)
    catalog.put(db, {key: "Lounas joka torstai"})
    assert catalog.get(db, key) == "Lounas joka torstai"
    with pytest.raises(catalog.InvalidSetting):
        catalog.find("report_notes_11-2026")
