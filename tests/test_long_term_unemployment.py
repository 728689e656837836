"""Long-term unemployment the EU way (issue 18, point 7): over 6 months under 25, over 12 months
at 25 or more (Regulation (EU) 2021/1057 Annex I, EECO03). The 6-11-month answer is asked, the
age group is kept with each answer (erasure removes the birth year, not the figure), and answers
given before keep their meaning."""

import sqlite3
import uuid
from datetime import date

from kiosk import privacy
from kiosk.db import migrations
from kiosk.profile import SITUATIONS, Profile, age_group
from kiosk.statistics import esf_table


def eeco(db, code):
    rows = {c: total for c, _, total in esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1)).rows}
    return rows[code]


def enrol(people, first, birth_year, situation, gender="woman"):
    person = people.add(first, "V", Profile(gender=gender, birth_year=birth_year, situation=situation))
    people.edit(person.id, first, "V", esf_participant=1, eura_start_on="2026-11-05")
    return person


def test_six_to_eleven_months_is_long_term_under_25_only(db, people):
    enrol(people, "Aino", 2003, "unemployed_6_12")  # turns 23 in 2026
    enrol(people, "Eino", 1990, "unemployed_6_12", gender="man")  # 36
    enrol(people, "Outi", 1980, "unemployed_long")
    enrol(people, "Liisa", 2004, "unemployed_under_6")
    assert eeco(db, "EECO02") == (3, 1, 0, 0)  # all four unemployed
    assert eeco(db, "EECO03") == (2, 0, 0, 0)  # Aino (under 25, 6-11 months) and Outi (12 months or more)


def test_the_age_group_is_kept_with_the_answer_and_outlives_erasure(db, people, clock):
    aino = enrol(people, "Aino", 2003, "unemployed_6_12")
    assert db.value("SELECT age_group FROM answers WHERE person_id = ? AND question = 'situation'", (aino.id,)) == "under_25"
    before = eeco(db, "EECO03")
    privacy.erase(db, clock, aino.id)
    assert db.value("SELECT birth_year FROM people WHERE id = ?", (aino.id,)) is None
    assert eeco(db, "EECO03") == before == (1, 0, 0, 0)


def test_an_answer_before_the_six_month_step_keeps_its_meaning(db, people):
    assert "unemployed_short" in SITUATIONS  # still a valid code: old records and imports hold it
    enrol(people, "Aino", 2003, "unemployed_short")  # "under 12 months": not long-term at any age
    assert eeco(db, "EECO02") == (1, 0, 0, 0) and eeco(db, "EECO03") == (0, 0, 0, 0)


def test_the_age_group_rule():
    assert [age_group(y, date(2026, 3, 1)) for y in (2002, 2001, None)] == ["under_25", "25_plus", None]


def test_the_migration_gives_old_answers_their_age_group_where_the_birth_year_is_known(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None)
    migrations.apply(conn, stop_before="0012_name_order_answer_age_group")
    for person_id, birth_year in ((1, 2003), (2, 1970), (3, None)):
        conn.execute("INSERT INTO people (id, uuid, first_name, created_at, birth_year) VALUES (?, ?, 'A', '2026-01-01T08:00:00Z', ?)",
                     (person_id, str(uuid.uuid4()), birth_year))
        conn.execute("INSERT INTO answers (uuid, person_id, question, value, given_on, recorded_at) "
                      "VALUES (?, ?, 'situation', 'unemployed_short', '2026-01-01', '2026-01-01T08:00:00Z')",
                      (str(uuid.uuid4()), person_id))
    migrations.apply(conn)
    found = conn.execute("SELECT person_id, value, age_group FROM answers ORDER BY person_id").fetchall()
    assert found == [(1, "unemployed_short", "under_25"), (2, "unemployed_short", "25_plus"), (3, "unemployed_short", None)]


def test_the_reports_situation_chart_names_the_old_answer_only_while_a_record_holds_it(db, people, checkin, clock, tmp_path):
    from kiosk.report import write_report
    from tests.test_report import pdf_text

    aino = people.add("Aino", "V", Profile(situation="unemployed_6_12"))
    checkin.scan(aino.card_code)
    write_report(db, clock, 2026, 11, tmp_path / "now.pdf")
    text = pdf_text(tmp_path / "now.pdf")
    assert "Työtön (6–11 kk)" in text and "Työtön (alle 6 kk)" in text  # asked now: listed, even at 0
    assert "alle 12 kk" not in text
    eino = people.add("Eino", "V", Profile(situation="unemployed_short"))  # as an old record or an import holds it
    checkin.scan(eino.card_code)
    write_report(db, clock, 2026, 11, tmp_path / "old.pdf")
    assert "Työtön (alle 12 kk)" in pdf_text(tmp_path / "old.pdf")
