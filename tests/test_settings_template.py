"""The settings template (kiosk settings export / import) and the README's table, both made from
kiosk/settings_catalog.py."""

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings as hsettings, strategies as st

from kiosk import settings_catalog as catalog, settings_template as template
from kiosk.db import audit, open_database
from kiosk.db import settings as table

ROOT = Path(__file__).resolve().parent.parent


def kiosk(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_readme_table_is_the_declaration():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- settings table:")
    start = readme.index("\n", start) + 1
    end = readme.index("<!-- end of settings table -->")
    assert readme[start:end] == template.markdown_table(), (
        "the README's settings table is not the declaration's: paste the output of `kiosk settings table` in its place")
    assert template.markdown_table().count("\n") == len(catalog.CATALOG) + 3  # each key once, report notes, header


def test_the_template_goes_from_one_room_to_another_by_the_commands(tmp_path, clock):
    """Two real databases, the real commands: what the first room set arrives in the second,
    secrets and the room's own name stay home, and each change is in the second room's audit log."""
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    assert kiosk("init", "--db", first, "--room", "Kallion työhuone").returncode == 0
    assert kiosk("init", "--db", second, "--room", "Kylätalon työhuone").returncode == 0
    db = open_database(first)
    chosen = {"idle_seconds": 90, "lunch_weekdays": ("1", "3"), "lunch_time": "12:00", "organisation_name": "Kylätoimintayhdistys ry",
              "camera": "none", "read_aloud": False, "project_start": "2026-03-01", "tap_guard_ms": 400,
              "opening_hours": "0=08:00-15:00;2=10:00-18:00"}
    catalog.change(db, chosen, clock.now())
    catalog.put(db, {"network_secret": "salainen", "staff_pin_hash": "scrypt$x", "offsite_secret": "pw",
                     catalog.report_notes_key(2026, 11): "Aino oli sairaana"})
    db.close()
    out = tmp_path / "pohja.json"
    done = kiosk("settings", "export", "--db", first, "--out", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    for private in ("salainen", "scrypt", "\"pw\"", "Aino", "Kallion", "room_id"):
        assert private not in text
    assert (out.stat().st_mode & 0o777) == 0o600
    done = kiosk("settings", "import", out, "--db", second)
    assert done.returncode == 0, done.stderr
    db = open_database(second)
    try:
        for key in chosen:
            assert catalog.get(db, key) == catalog.find(key).parse(catalog.find(key).format(chosen[key])), key
        assert catalog.get(db, "room_name") == "Kylätalon työhuone"
        assert catalog.get(db, "network_secret") == ""
        changed = {row["detail"].split(":")[0] for row in audit.entries(db) if row["action"] == "setting_changed"}
        assert set(chosen) <= changed
        assert {row["actor"] for row in audit.entries(db) if row["action"] == "setting_changed"} == {template.ACTOR}
    finally:
        db.close()


def test_a_wrong_template_is_refused_whole_with_each_problem_named(tmp_path, db_path, db):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": template.FORMAT, "version": 1, "settings": {
        "lunch_menu": "Keitto", "idle_seconds": "5", "shoe_size": "42", "staff_pin_hash": "x", "camera": 1}}), encoding="utf-8")
    done = kiosk("settings", "import", bad, "--db", db_path)
    assert done.returncode == 1
    assert "idle_seconds: out of range: '5' (allowed: 10–600 s)" in done.stderr
    assert "shoe_size: not a setting of this kiosk" in done.stderr
    assert "staff_pin_hash: never carried by a template" in done.stderr
    assert "camera: not text" in done.stderr
    assert "nothing was set" in done.stderr
    assert table.get(db, "lunch_menu") == ""  # the good value in it was not set either


def test_not_a_template_is_said_in_one_sentence(tmp_path, db_path):
    for content in ("not json", json.dumps({"format": "other"}), json.dumps({"format": template.FORMAT, "version": 9})):
        (tmp_path / "x.json").write_text(content, encoding="utf-8")
        done = kiosk("settings", "import", tmp_path / "x.json", "--db", db_path)
        assert done.returncode == 1 and "Traceback" not in done.stderr and "nothing was set" in done.stderr


def values_for(setting):
    """Texts a setting may or may not take."""
    good = st.sampled_from([setting.default] + [str(v) for v in (setting.lowest, setting.highest) if v is not None]
                           + list(setting.choices))
    return st.one_of(good, st.text(max_size=12), st.integers(-10, 2000).map(str))


exportable = [s for s in catalog.CATALOG.values() if s.exportable]
documents = st.fixed_dictionaries({
    "format": st.sampled_from([template.FORMAT, template.FORMAT, "x"]),
    "version": st.sampled_from([1, 1, 2, "1"]),
    "settings": st.one_of(
        st.dictionaries(st.sampled_from([s.key for s in exportable] + ["room_id", "staff_pin_hash", "x", "report_notes_2026-01"]),
                        st.one_of(st.text(max_size=20), st.integers(), st.none(), st.booleans()), max_size=6),
        st.lists(st.integers(), max_size=2)),
})


@hsettings(max_examples=150, deadline=None)
@given(st.one_of(documents.map(json.dumps), st.text(max_size=60)))
def test_the_parser_takes_only_whole_valid_templates(text):
    """Anything from outside: either a dict of values every setting takes, or TemplateError with
    problems, never another exception."""
    try:
        values = template.parse(text)
    except template.TemplateError as error:
        assert error.problems and all(p.sentence() for p in error.problems)
        return
    for key, value in values.items():
        setting = catalog.CATALOG[key]
        assert setting.exportable
        setting.parse(value)


@hsettings(max_examples=60, deadline=None)
@given(st.data())
def test_what_the_parser_takes_round_trips(data):
    chosen = {}
    for setting in data.draw(st.lists(st.sampled_from(exportable), max_size=5, unique_by=lambda s: s.key)):
        text = data.draw(values_for(setting))
        try:
            setting.parse(text)
        except catalog.InvalidSetting:
            continue
        chosen[setting.key] = text
    document = {"format": template.FORMAT, "version": 1, "settings": chosen}
    parsed = template.parse(template.dumps(document))
    assert {k: catalog.find(k).parse(v) for k, v in parsed.items()} == {k: catalog.find(k).parse(v) for k, v in chosen.items()}


def test_init_refuses_a_room_name_the_setting_does_not_take_and_makes_no_file(tmp_path):
    done = kiosk("init", "--db", tmp_path / "room.sqlite", "--room", "x" * 81)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "room_name: too long (allowed: text, at most 80, not empty)" in done.stderr
    assert not (tmp_path / "room.sqlite").exists()
