"""kiosk import-periods FILE.csv --db PATH: referrals that arrive as lists, all rows or none."""

import csv
import io
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.db import audit
from kiosk.periods import PeriodsService
from kiosk.periods_import import COLUMNS, PeriodsReport, import_periods
from kiosk.profile import Profile

HEADER = "first_name;last_name;birth_year;role;start_on;end_on;weekdays;hours_per_day;payer;note"
GOOD = (f"{HEADER}\n"
        "Aino;Virtanen;;rehab_work;2026-11-10;;1,2,3;5;Itä-Uudenmaan työllisyysalue;aamupäivät\n"
        "eino;äijälä;1960;work_trial;2026-09-01;2026-11-30;1,2,3,4,5;6,5;Kela;\n")


def kiosk(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True, timeout=60)


def periods_in(db):
    return [tuple(r) for r in db.rows("SELECT person_id, role, start_on, end_on, weekdays, hours_per_day, payer, note "
                                      "FROM role_periods ORDER BY id")]


def test_a_good_file_through_the_command_then_again_adds_nothing(db_path, db, people, tmp_path):
    aino = people.add("Aino", "Virtanen")
    eino = people.add("Eino", "Äijälä", Profile(birth_year=1960))
    people.add("Eino", "Äijälä", Profile(birth_year=1990))  # a namesake: the birth year tells them apart
    sheet = tmp_path / "lähetteet.csv"
    sheet.write_text(GOOD, encoding="utf-8-sig")
    done = kiosk("import-periods", sheet, "--db", db_path)
    assert (done.returncode, done.stdout.strip()) == (0, "imported 2 periods, 0 already there")
    assert periods_in(db) == [
        (aino.id, "rehab_work", "2026-11-10", None, "1,2,3", 5.0, "Itä-Uudenmaan työllisyysalue", "aamupäivät"),
        (eino.id, "work_trial", "2026-09-01", "2026-11-30", "1,2,3,4,5", 6.5, "Kela", ""),
    ]
    assert [(e["actor"], e["action"], e["detail"]) for e in audit.entries(db, aino.id)] == [
        ("import", "import_period", "lähetteet.csv: rehab_work")]
    again = kiosk("import-periods", sheet, "--db", db_path)
    assert (again.returncode, again.stdout.strip()) == (0, "imported 0 periods, 2 already there")
    assert len(periods_in(db)) == 2


def test_every_bad_row_is_listed_with_its_line_and_nothing_is_written(db_path, db, people, clock, tmp_path):
    aino = people.add("Aino", "Virtanen")
    people.add("Matti", "Meikäläinen")
    people.add("Matti", "Meikäläinen")
    PeriodsService(db, clock).save(aino.id, {"role": "work_trial", "start_on": "2026-01-01", "end_on": "2026-03-31"})
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        f"{HEADER}\n"
        "Aino;Virtanen;;volunteer;2026-05-01;;;;;\n"  # 2: good
        "Outi;Outsider;;volunteer;2026-05-01;;;;;\n"  # 3: not registered
        "Aino;Virtanen;;work_trial;2026-03-01;;;;;\n"  # 4: overlaps the database's period
        "Aino;Virtanen;;volunteer;2026-06-01;;;;;\n"  # 5: overlaps line 2 (open)
        "Matti;Meikäläinen;;staff;2026-01-01;;;;;\n"  # 6: two people of that name
        "Aino;Virtanen;;boss;1.5.2026;2026-01-01;8;25;;\n",  # 7: role, day, weekday, hours
        encoding="utf-8")
    before = periods_in(db)
    done = kiosk("import-periods", sheet, "--db", db_path)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[0].startswith("line 3: no registered person Outi Outsider")
    assert lines[1] == "line 4: overlaps Aino's work_trial period 2026-01-01–2026-03-31"
    assert lines[2] == "line 5: overlaps Aino's volunteer period 2026-05-01–open"
    assert lines[3].startswith("line 6: 2 registered people are called Matti Meikäläinen")
    assert [line.split(":")[1].strip() for line in lines if line.startswith("line 7")] == [
        "role", "start_on", "weekdays", "hours_per_day"]
    assert lines[-1] == "nothing imported: fix the 5 lines above and run again"
    assert periods_in(db) == before


def test_a_missing_column_or_an_unreadable_file_is_refused_as_a_whole(db, clock, tmp_path):
    sheet = tmp_path / "x.csv"
    sheet.write_text("first_name;last_name;start_on\nAino;V;2026-01-01\n", encoding="utf-8")
    report = import_periods(db, clock, sheet)
    assert report.errors and "role" in str(report.errors[0]) and report.errors[0].line == 1
    assert import_periods(db, clock, tmp_path / "nowhere.csv").errors


def csv_text(rows):
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    return out.getvalue()


cells = st.one_of(st.text(max_size=30), st.sampled_from(["Aino", "Virtanen", "volunteer", "staff", "2026-01-01", "2026-02-30",
                                                        "1,2", "7", "8", "4,5", "24", "-1", "nan", ""]))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(columns=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=7, unique=True),
       rows=st.lists(st.lists(cells, max_size=8), max_size=5))
def test_any_cells_give_a_report_and_all_or_nothing(db, clock, people, tmp_path, columns, rows):
    if not people.staff_search("aino"):
        people.add("Aino", "Virtanen")
    path = tmp_path / "random.csv"
    path.write_text(csv_text([columns, *rows]), encoding="utf-8", errors="surrogatepass")
    before = len(periods_in(db))
    report = import_periods(db, clock, path)
    assert isinstance(report, PeriodsReport)
    if report.errors:
        assert report.imported == 0 and len(periods_in(db)) == before
    else:
        assert len(periods_in(db)) == before + report.imported
    assert all(line.isprintable() for line in report.lines())
