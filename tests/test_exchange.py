"""The exchange file: the statistics service's figures with stable codes, no personal data, valid
against docs/exchange-schema.json; keyed pseudonyms only under a joint-controller agreement; the
same document from a filled spreadsheet template."""

import csv
import json
import subprocess
import sys
from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from kiosk import privacy
from kiosk.db import settings
from kiosk.exchange import build, pseudonym
from kiosk.exchange_csv import from_csv, template_rows, write_template
from kiosk.exchange_format import SCHEMA_PATH, ExchangeError, check, flatten, problems, read, schema, unflatten, write
from kiosk.background_work import at_once
from kiosk.profile import Profile
from kiosk.statistics import period_figures
from tests.test_statistics import at, period, visit

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def november(db, clock, people):
    aino = people.add("Aino", "Äijälä", Profile(gender="woman", situation="student", birth_year=1990))
    eino = people.add("Eino", "Öberg", Profile(gender="man", situation="unemployed_long", birth_year=1961))
    kummi = people.add("Kaarina", "Kummi")
    period(db, clock, kummi.id, "volunteer", "2026-01-01")  # a role is a dated period (issue 17)
    visit(db, aino.id, at(2026, 10, 5, 9), at(2026, 10, 5, 10))
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10, 30))
    visit(db, eino.id, at(2026, 11, 3, 9), at(2026, 11, 3, 11))
    visit(db, None, at(2026, 11, 4, 10), at(2026, 11, 4, 10), source="name", situation="pensioner")
    visit(db, kummi.id, at(2026, 11, 2, 9), at(2026, 11, 2, 15))
    settings.put_many(db, {"room_name": "Kallion työhuone", "municipality_code": "091", "seats": "12"})
    return aino, eino


def test_the_figures_are_the_statistics_services(db, clock, november):
    document = build(db, clock, 2026, 11)
    assert problems(document) == []
    key = period_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1)).key
    f = document["figures"]
    assert (f["visits"], f["distinct_visitors"], f["new_visitors"], f["anonymous_visits"], f["hours"]) == \
        (key.visits, key.distinct_visitors, key.new_visitors, key.anonymous_visits, key.hours_total) == (3, 2, 1, 1, 3.5)
    assert f["gender"] == {"woman": 1, "man": 1, "other": 0, "not_told": 0}
    assert f["breakdowns"]["situation"]["student"] == {"woman": 1, "man": 0, "other": 0, "not_told": 0}
    assert f["volunteers"] == {"people": 1, "sessions": 1, "hours": 6.0}
    room = document["room"]
    assert (room["name"], room["municipality_code"], room["seats"]) == ("Kallion työhuone", "091", 12)
    assert (room["hours_offered"], room["days_offered"]) == (21 * 7.0, 21)  # Mon–Fri 9–16, November 2026
    assert room["id"] == settings.get(db, "room_id")


def test_no_names_birth_years_or_card_codes_leave_the_room(db, clock, november):
    settings.put_many(db, {"network_joint_controller": "1", "network_secret": "s3cret"})
    text = json.dumps(build(db, clock, 2026, 11), ensure_ascii=False)
    codes = [row[0] for row in db.rows("SELECT code FROM cards")]
    for secret in ("Aino", "Äijälä", "Öberg", "Kaarina", "1990", "1961", "s3cret", *codes):
        assert secret not in text


def test_pseudonyms_only_with_the_joint_controller_setting(db, clock, november):
    aino, eino = november
    assert "pseudonyms" not in build(db, clock, 2026, 11)
    settings.put(db, "network_joint_controller", "1")
    with pytest.raises(ValueError, match="network_secret"):
        build(db, clock, 2026, 11)
    settings.put(db, "network_secret", "verkoston avain")
    made = build(db, clock, 2026, 11)["pseudonyms"]
    # Folded: the same person typed without the dots in another room matches.
    assert pseudonym("verkoston avain", "aino", "AIJALA", 1990) in made["values"]
    assert pseudonym("toinen avain", "Aino", "Äijälä", 1990) not in made["values"]
    assert (len(made["values"]), made["without"]) == (2, 0)
    privacy.erase(db, clock, eino.id)
    again = build(db, clock, 2026, 11)["pseudonyms"]
    assert (len(again["values"]), again["without"]) == (1, 1)  # an erased person counts once, unmatched
    assert again["key_id"] == made["key_id"] and len(made["key_id"]) == 16


def test_the_command_writes_a_valid_file_readable_by_its_owner_only(db_path, db, november, tmp_path):
    db.close()
    out = tmp_path / "out" / "kallio-2026-11.json"
    out.parent.mkdir()
    done = subprocess.run([sys.executable, "-m", "kiosk", "exchange", "--db", str(db_path), "--month", "2026-11",
                           "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert read(out)["figures"]["visits"] == 3
    assert out.stat().st_mode & 0o777 == 0o600
    missing = subprocess.run([sys.executable, "-m", "kiosk", "exchange", "--db", str(tmp_path / "nothing.sqlite"),
                              "--month", "2026-11", "--out", str(tmp_path / "x.json")], capture_output=True, text=True)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and not (tmp_path / "nothing.sqlite").exists()


def test_the_schema_checker_refuses_what_the_schema_refuses(db, clock, november):
    good = build(db, clock, 2026, 11)
    assert check(good, schema()) == []
    for broken, word in (
        ({**good, "version": 3}, "version"),
        ({**good, "month": "2026-13"}, "month"),
        ({**good, "figures": {**good["figures"], "visits": -1}}, "visits"),
        ({**good, "figures": {**good["figures"], "visits": 1.5}}, "visits"),
        ({**good, "figures": {**good["figures"], "visits": True}}, "visits"),
        ({**good, "names": ["Aino"]}, "names"),
        ({k: v for k, v in good.items() if k != "room"}, "room"),
    ):
        found = problems(broken)
        assert found and word in found[0], (word, found)


def test_the_schema_uses_only_keywords_the_checker_knows():
    known = {"$schema", "$id", "title", "description", "type", "const", "enum", "pattern", "minimum", "required",
             "properties", "additionalProperties", "items", "maxLength"}

    def walk(rule):
        assert set(rule) <= known, set(rule) - known
        for sub in rule.get("properties", {}).values():
            walk(sub)
        for key in ("additionalProperties", "items"):
            if isinstance(rule.get(key), dict):
                walk(rule[key])

    walk(json.loads(SCHEMA_PATH.read_text()))


def test_a_newer_version_is_refused_with_a_reason(tmp_path, db, clock, november):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({**build(db, clock, 2026, 11), "version": 7}))
    with pytest.raises(ExchangeError, match="newer"):
        read(path)
    path.write_text("{not json")
    with pytest.raises(ExchangeError, match="not readable"):
        read(path)


def _filled_sheet(path, document):
    """The template filled in as a coordinator's helper would from a room's own counts."""
    codes = {**{k: str(v) for k, v in flatten(document["figures"]).items()}, "month": document["month"],
             **{f"room.{k}": "" if v is None else str(v) for k, v in document["room"].items()}}
    rows = [(code, codes.pop(code, ""), text) for code, _, text in template_rows() if not code.startswith(
        ("breakdowns.municipality.091", "lending.by_category.Ompelukone"))]
    rows += [(code, value, "") for code, value in codes.items()]
    write_template(path, [(c, v.replace(".", ",") if c.endswith("hours") else v, t) for c, v, t in rows])


def test_a_room_without_the_kiosk_makes_the_same_figures_from_the_template(db, clock, november, tmp_path):
    made = build(db, clock, 2026, 11)
    sheet = tmp_path / "sheet.csv"
    _filled_sheet(sheet, made)
    document, errors = from_csv(sheet, NOW)
    assert errors == []
    assert document["software"] == "spreadsheet" and document["month"] == "2026-11"
    assert flatten(document["figures"]) == pytest.approx(flatten(made["figures"]))
    out = tmp_path / "from-sheet.json"
    done = subprocess.run([sys.executable, "-m", "kiosk", "exchange", "--from-csv", str(sheet), "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert read(out)["room"]["name"] == "Kallion työhuone"


def test_the_shipped_template_lists_every_code(tmp_path):
    fresh = tmp_path / "t.csv"
    write_template(fresh)
    assert fresh.read_bytes() == (SCHEMA_PATH.parent / "exchange-template.csv").read_bytes()


def test_a_wrong_sheet_is_refused_line_by_line(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("code;value\nmonth;2026-11\nroom.id;\nvisits;kolme\nvisitz;3\nhours;1,5\nhours;2\n"
                     "distinct_visitors;2\ngender.woman;5\n", encoding="utf-8")
    document, errors = from_csv(sheet, NOW)
    assert document is None
    text = "\n".join(map(str, errors))
    assert "line 3: room.id is empty: write " in text  # with a fresh id to keep
    assert "line 4: visits: 'kolme' is not a whole number" in text
    assert "line 5: unknown code 'visitz'" in text
    assert "line 7: hours appears twice (also on line 6)" in text


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([c for c, _, _ in template_rows()] + ["x", "", "lending.by_category..loans"]),
                          st.text(max_size=12)), max_size=12))
def test_any_sheet_gives_a_valid_document_or_reasons(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("sheet") / "s.csv"
    write_template(path, [("month", "2026-11", ""), ("room.id", "0c7e6f1e-1b0a-4a55-9d0e-3f7c1d2b9a11", ""),
                          *[(c, v, "") for c, v in rows]])
    document, errors = from_csv(path, NOW)
    assert (document is None) == bool(errors)
    if document is not None:
        assert problems(document) == []


def test_flatten_and_unflatten_are_inverse():
    figures = {"visits": 3, "lending": {"loans": 1, "by_category": {"Ompelu.kone": {"loans": 1, "hours": 2.5}}},
               "breakdowns": {"situation": {"student": {"woman": 1}}}}
    assert unflatten(flatten(figures)) == figures


def _closing(db, clock):
    from kiosk.checkin import CheckinService
    from kiosk.closing import ClosingService
    from kiosk.lending import LendingService
    from kiosk.lunch import LunchService

    return ClosingService(db, clock, CheckinService(db, clock), LendingService(db, clock), LunchService(db, clock), background=at_once)


def test_after_month_end_the_closing_tick_sends_last_month_once(db, clock, november, tmp_path):
    folder = tmp_path / "verkosto"
    settings.put_many(db, {"network_folder": str(folder), "backup_folder": str(tmp_path / "usb"),
                           "offsite_last_ok_at": "2026-11-30T16:05:00+02:00"})
    closing = _closing(db, clock)
    clock.set(at(2026, 12, 1, 16, 5))  # the first closing of December
    closing.tick()
    sent = folder / f"{settings.get(db, 'room_id')}-2026-11.json"
    document = read(sent)
    assert document["figures"]["visits"] == 3 and document["last_offsite_copy"] == "2026-11-30T14:05:00Z"
    sent.unlink()
    clock.set(at(2026, 12, 2, 16, 5))
    closing.tick()
    assert not sent.exists()  # once a month


def test_a_network_folder_that_cannot_be_written_does_not_stop_the_closing(db, clock, november, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    settings.put_many(db, {"network_folder": str(blocker / "x"), "backup_folder": str(tmp_path / "usb")})
    closing = _closing(db, clock)
    clock.set(at(2026, 12, 1, 16, 5))
    assert closing.tick().ok
    assert settings.get(db, "network_sent_month") == ""  # tried again tomorrow


# --- format version 2: the programme's figures (issue 21) -------------------------------------

def test_the_activities_block_is_activity_statistics_figures_with_codes(db, clock, people, tmp_path):
    from kiosk.activities import KINDS, TOPICS
    from kiosk.activity_statistics import programme_figures
    from tests.test_activities import _month

    _month(db, clock, people)
    made = build(db, clock, 2026, 11)
    assert made["version"] == 2 and problems(made) == []
    block = made["figures"]["activities"]
    p = programme_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1))
    assert (block["sessions"], block["cancelled"], block["participant_visits"], block["people"], block["hours"]) == \
        (p.sessions, sum(k.cancelled for k in p.kinds), p.participant_visits, p.people, p.hours) == (6, 1, 37, 6, 11.5)
    assert (block["activity_only_visits"], block["activity_only_people"]) == (5, 4)
    assert block["by_type"] == {k.kind: {"sessions": k.sessions, "cancelled": k.cancelled,
                                         "participant_visits": k.participant_visits, "people": k.people,
                                         "partners": len(k.partners), "hours": k.hours,
                                         "mentor_sessions": sum(m.sessions for m in p.mentors if m.kind == k.kind),
                                         "mentor_hours": sum(m.hours for m in p.mentors if m.kind == k.kind)}
                                for k in p.kinds}
    assert block["by_type"]["course"] == {"sessions": 3, "cancelled": 1, "participant_visits": 9, "people": 5,
                                          "partners": 1, "hours": 6.0, "mentor_sessions": 2, "mentor_hours": 3.5}
    assert block["guidance"] == {t.topic: {"times": t.times, "people": t.people, "hours": round(t.hours, 2)}
                                 for t in p.topics}
    assert block["guidance"]["benefits"] == {"times": 1, "people": 0, "hours": 0.33}
    # codes, never labels or names: the activities' and organisers' names stay in the room
    assert set(block["by_type"]) <= set(KINDS) and set(block["guidance"]) <= set(TOPICS)
    text = json.dumps(made, ensure_ascii=False)
    assert "Ompeluseura" not in text and "kansalaisopisto" not in text and "Vieras Veikko" not in text
    # the spreadsheet template carries the same block
    sheet = tmp_path / "sheet.csv"
    _filled_sheet(sheet, made)
    document, errors = from_csv(sheet, NOW)
    assert errors == [] and flatten(document["figures"]) == pytest.approx(flatten(made["figures"]))
    assert document["figures"]["activities"]["by_type"]["course"] == pytest.approx(block["by_type"]["course"])


def test_version_2_reads_a_version_1_file_without_the_block_and_refuses_unknown_codes(db, clock, november, tmp_path):
    from kiosk.activities import KINDS, TOPICS

    made = build(db, clock, 2026, 11)
    old = {**made, "version": 1, "figures": {k: v for k, v in made["figures"].items() if k != "activities"}}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    assert problems(old) == [] and "activities" not in read(path)["figures"]
    assert problems({**made, "figures": {k: v for k, v in made["figures"].items() if k != "activities"}}) == []
    good_type = {"sessions": 1, "cancelled": 0, "participant_visits": 2, "people": 2, "partners": 0, "hours": 1.5,
                 "mentor_sessions": 0, "mentor_hours": 0.0}
    for where, broken, reason in (
            ("by_type", {"Kurssi": good_type}, "unknown field 'Kurssi'"),
            ("by_type", {"course": {**good_type, "sessions": -1}}, "below 0"),
            ("guidance", {"job_seeking": {"times": 1, "people": 1}}, "hours is missing"),
            ("extra", 3, "unknown field 'extra'")):
        document = json.loads(json.dumps(made))
        document["figures"]["activities"][where] = broken
        assert any(reason in p for p in problems(document)), (where, problems(document))
    rules = schema()["properties"]["figures"]["properties"]["activities"]["properties"]
    assert tuple(rules["by_type"]["properties"]) == KINDS and tuple(rules["guidance"]["properties"]) == TOPICS
