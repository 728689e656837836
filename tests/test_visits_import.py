import csv
import io
import shutil
import uuid
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk import names
from kiosk.__main__ import main
from kiosk.clock import HELSINKI
from kiosk.db import audit, open_database
from kiosk.db import visits as visits_table
from kiosk.profile import SITUATIONS, Profile
from kiosk.visits_import import COLUMNS, VisitsReport, import_visits

HEADER = "date;check_in;check_out;first_name;last_name;situation"


def write(tmp_path, text, encoding="utf-8", name="visits.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def visits(db):
    return [
        tuple(r)
        for r in db.rows(
            "SELECT p.first_name, p.last_name, v.check_in_at, v.check_out_at, v.source, v.situation "
            "FROM visits v LEFT JOIN people p ON p.id = v.person_id ORDER BY v.check_in_at, v.id"
        )
    ]


def count(db, table="visits"):
    return db.value(f"SELECT count(*) FROM {table}")


GOOD = (
    f"{HEADER}\n"
    "2026-01-15;09:30;15:00;Aino;Virtanen;student\n"  # winter: UTC+2; Aino is registered
    "2026-06-10;09:30;;eino;AIJALA;employed\n"  # summer: UTC+3; a new person; left open
    "2026-06-10;10:05;12:00;;;unemployed_long\n"  # anonymous, with a situation
    "2026-06-10;10:05;11:00;;;\n"  # another anonymous visitor at the same minute
    "2026-10-25;03:30;04:10;Aino;Virtanen;\n"  # 03:30 came twice that night: the first, UTC+3
)


def test_a_good_file_imports_every_visit_in_utc(db, clock, tmp_path, people):
    aino = people.add("Aino", "Virtanen", Profile(situation="pensioner"))
    report = import_visits(db, clock, write(tmp_path, GOOD))
    assert report == VisitsReport(imported=5, already_there=0, new_people=1)
    assert report.lines() == ["imported 5 visits, 0 already there, 0 repeated in the file; 1 new person registered"]
    assert visits(db) == [
        ("Aino", "Virtanen", "2026-01-15T07:30:00Z", "2026-01-15T13:00:00Z", "import", None),
        ("eino", "AIJALA", "2026-06-10T06:30:00Z", None, "import", None),
        (None, None, "2026-06-10T07:05:00Z", "2026-06-10T09:00:00Z", "import", "unemployed_long"),
        (None, None, "2026-06-10T07:05:00Z", "2026-06-10T08:00:00Z", "import", None),
        ("Aino", "Virtanen", "2026-10-25T00:30:00Z", "2026-10-25T02:10:00Z", "import", None),
    ]
    # The registered person keeps her answers; the new one gets the sheet's situation and a card.
    assert db.value("SELECT situation FROM people WHERE id = ?", (aino.id,)) == "pensioner"
    eino = db.row("SELECT id, situation, coalesce((SELECT group_concat(role) FROM role_periods r WHERE r.person_id = people.id), 'visitor') AS role, privacy_accepted_at, last_visit_at FROM people WHERE first_name = 'eino'")
    assert tuple(eino)[1:] == ("employed", "visitor", None, "2026-06-10T06:30:00Z")
    assert db.value("SELECT count(*) FROM cards WHERE person_id = ? AND replaced_at IS NULL", (eino["id"],)) == 1
    # The sheet's answer is dated on the sheet's day, so June counts it.
    assert tuple(db.row("SELECT value, given_on FROM answers WHERE person_id = ? AND question = 'situation'",
                        (eino["id"],))) == ("employed", "2026-06-10")
    assert db.value("SELECT last_visit_at FROM people WHERE id = ?", (aino.id,)) == "2026-10-25T00:30:00Z"
    assert len({r[0] for r in db.rows("SELECT uuid FROM visits")}) == 5
    log = [tuple(e) for e in audit.entries(db)]
    assert log == [("2026-11-24T08:00:00Z", "import", "import_visits", None, "visits.csv: 5 visits, 1 new person")]


def test_names_match_case_and_accents_aside_and_erased_people_do_not_match(db, clock, tmp_path, people):
    eino = people.add("Eino", "Äijälä")
    gone = people.add("Liisa", "Laine")
    with db.transaction() as conn:
        conn.execute("UPDATE people SET erased_at = '2026-11-01T08:00:00Z' WHERE id = ?", (gone.id,))
    text = f"{HEADER}\n2026-11-02;9:00;10.30;EINO; aijala ;\n2026-11-02;09:00;;Liisa;Laine;\n"
    assert import_visits(db, clock, write(tmp_path, text)).new_people == 1
    assert db.value("SELECT count(*) FROM visits WHERE person_id = ?", (eino.id,)) == 1
    assert db.value("SELECT count(*) FROM visits WHERE person_id = ?", (gone.id,)) == 0
    assert db.value("SELECT check_out_at FROM visits WHERE person_id = ?", (eino.id,)) == "2026-11-02T08:30:00Z"


def test_a_new_name_on_many_rows_is_one_person_with_the_first_situation_given(db, clock, tmp_path):
    text = f"{HEADER}\n2026-05-02;09:00;;Aino;Virtanen;\n2026-04-02;09:00;;aino;virtanen;\n2026-06-02;09:00;;Aino;Virtanen;student\n"
    assert import_visits(db, clock, write(tmp_path, text)) == VisitsReport(imported=3, new_people=1)
    assert tuple(db.row("SELECT first_name, last_name, situation FROM people")) == ("aino", "virtanen", "student")


def test_two_registered_people_with_one_name_is_an_error(db, clock, tmp_path, people):
    people.add("Aino", "Virtanen")
    people.add("Aino", "Virtanen")
    report = import_visits(db, clock, write(tmp_path, f"{HEADER}\n2026-11-02;09:00;;;;\n2026-11-02;09:00;;aino;virtanen;\n"))
    assert [e.line for e in report.errors] == [3]
    assert "2 registered people are called 'aino virtanen'" in report.errors[0].reason
    assert count(db) == 0 and audit.entries(db) == []


def test_bad_rows_import_nothing_and_each_is_reported_with_its_line(db, clock, tmp_path, people):
    people.add("Aino", "Virtanen")
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "2026-11-02;09:00;;Aino;Virtanen;\n"  # 2: good
        "2026-02-30;09:00;;Eino;Leino;\n"  # 3: no such day
        "2.11.26;09:00;;;;\n"  # 4: not a date
        "2026-11-02;9;;;;\n"  # 5: not a time
        "2026-11-02;24:00;;;;\n"  # 6: no such time
        "2026-11-02;12:00;11:59;;;\n"  # 7: out before in
        "2026-11-02;12:00;;;;working\n"  # 8: unknown situation
        "2026-11-25;09:00;;;;\n"  # 9: tomorrow
        "2026-11-24;10:01;;;;\n"  # 10: later today
        "2026-03-29;03:30;;;;\n"  # 11: summer time began: 03:00 was followed by 04:00
        ";;;;Virtanen;\n"  # 12: three problems
        "\n"
        "2026-11-02;09:00;;Liisa;Laine;;x\n",  # 14: a value under no column
    )
    report = import_visits(db, clock, path)
    assert report.imported == 0 and count(db) == 0 and count(db, "people") == 1 and audit.entries(db) == []
    assert [e.line for e in report.errors] == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 14]
    reasons = {e.line: e.reason for e in report.errors}
    assert reasons[3] == "date: '2026-02-30' is not a date (YYYY-MM-DD, e.g. 2026-03-17)"
    assert reasons[4].startswith("date: '2.11.26' is not a date")
    assert reasons[5] == "check_in: '9' is not a time of day (HH:MM, e.g. 09:30)"
    assert reasons[6].startswith("check_in: '24:00' is not a time of day")
    assert reasons[7] == "check_out: 11:59 is before check_in 12:00"
    assert reasons[8].startswith("situation: 'working' is not one of unemployed_under_6, unemployed_6_12, unemployed_long")
    assert reasons[9] == "date: 2026-11-25 is in the future"
    assert reasons[10] == "check_in: 10:01 today is later than now"
    assert reasons[11] == "check_in: 03:30 did not happen on 2026-03-29 (the clocks went from 03:00 to 04:00)"
    assert [e.reason for e in report.errors if e.line == 12] == [
        "first_name: missing (leave both names empty for an anonymous visit)",
        "date: missing (it is required)",
        "check_in: missing (it is required)",
    ]
    assert reasons[14] == "a value in column 7, which has no name in the header"
    assert report.lines()[-1] == "nothing imported: fix the 11 lines above and run again"


def test_the_header_needs_date_and_check_in_and_known_columns(db, clock, tmp_path):
    report = import_visits(db, clock, write(tmp_path, "date;first_name;time\n2026-11-02;Aino;09:00\n"))
    assert [str(e) for e in report.errors] == [
        f"line 1: unknown column 'time' (the columns are: {', '.join(COLUMNS)})",
        "line 1: no check_in column: it is required",
    ]
    assert import_visits(db, clock, tmp_path / "nowhere.csv").lines()[-1] == "nothing imported"


def test_importing_the_same_file_again_adds_nothing(db, clock, tmp_path, people):
    people.add("Aino", "Virtanen")
    path = write(tmp_path, GOOD)
    assert import_visits(db, clock, path).imported == 5
    again = import_visits(db, clock, path)
    assert again == VisitsReport(imported=0, already_there=5)
    assert again.lines() == ["imported 0 visits, 5 already there, 0 repeated in the file"]
    assert count(db) == 5 and count(db, "people") == 2 and len(audit.entries(db)) == 1
    # A third nameless visitor at that minute is new; the same person twice in a file is one visit.
    more = f"{GOOD}2026-06-10;10:05;;;;\n2026-01-15;09:30;;AINO;VIRTANEN;\n"
    report = import_visits(db, clock, write(tmp_path, more))
    (line, earlier), = report.same_as_earlier
    assert (report.imported, report.already_there, report.repeated) == (1, 5, 1) and line == len(more.splitlines())
    # What was skipped, and why, is said (a sheet once lost 19 of 620 rows without a word).
    assert report.lines()[1:] == ["1 line not imported: the same person checking in at the same minute as an earlier "
                                  "line, counted once:", f"line {line}: the same as line {earlier}"]


def test_a_kiosk_visit_at_the_same_time_is_not_an_imported_one(db, clock, tmp_path, people):
    aino = people.add("Aino", "Virtanen")
    clock.advance(minutes=-30)  # 09:30 today
    with db.transaction() as conn:
        visits_table.start(conn, uuid="kiosk-visit", person_id=aino.id, at=clock.now(), source="scan")
    clock.advance(minutes=30)
    assert import_visits(db, clock, write(tmp_path, f"{HEADER}\n2026-11-24;09:30;;Aino;Virtanen;\n")).imported == 1


def test_semicolons_with_a_byte_order_mark_and_finnish_excel_dates(db, clock, tmp_path):
    text = "sep=;\ndate;check_in;first_name;last_name\n24.11.2026;08:15;Åsa;Öhman\n"
    assert import_visits(db, clock, write(tmp_path, text, encoding="utf-8-sig")).imported == 1
    assert visits(db) == [("Åsa", "Öhman", "2026-11-24T06:15:00Z", None, "import", None)]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
def test_comma_and_tab_files_in_any_excel_encoding(db, clock, tmp_path, encoding):
    separator = "\t" if encoding == "utf-16" else ","
    out = io.StringIO()
    csv.writer(out, delimiter=separator).writerows(
        [["first_name", "last_name", "date", "check_in"], ["Jörö", "Äijälä, jr", "2026-11-23", "09:00"]]
    )
    assert import_visits(db, clock, write(tmp_path, out.getvalue(), encoding=encoding)).imported == 1
    assert db.value("SELECT last_name FROM people") == "Äijälä, jr"


def test_the_command_line(db_path, db, tmp_path, capsys):
    good = write(tmp_path, f"{HEADER}\n2026-01-15;09:30;15:00;;;student\n")
    assert main(["import-visits", str(good), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == "imported 1 visit, 0 already there, 0 repeated in the file\n"
    bad = write(tmp_path, f"{HEADER}\n2026-01-15;15:30;15:00;;;\n", name="bad.csv")
    assert main(["import-visits", str(bad), "--db", str(db_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "line 2: check_out: 15:00 is before check_in 15:30",
        "nothing imported: fix the 1 line above and run again",
    ]


# --- properties -------------------------------------------------------------------------------

QUICK = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        SITUATIONS
        + ("", "Aino", "Virtanen", "Eino", "2026-03-29", "2026-10-25", "2026-11-24", "2026-11-25", "29.2.2024")
        + ("0001-01-01", "9999-12-31", "03:30", "10:00", "23:59", "00:00", "24:00", "9.30")
    ),
)


@QUICK
@given(
    columns=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6, unique=True),
    rows=st.lists(st.lists(cells, max_size=7), max_size=6),
    separator=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_cells_give_a_report_and_all_or_nothing(db, clock, tmp_path, columns, rows, separator, encoding):
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\n").writerows([columns, *rows])
    path = tmp_path / "random.csv"
    path.write_bytes(out.getvalue().encode(encoding, "surrogatepass"))
    before = count(db), count(db, "people"), len(audit.entries(db))
    report = import_visits(db, clock, path)
    assert isinstance(report, VisitsReport)
    event("refused" if report.errors else "imported")
    if report.errors:
        assert report.imported == 0 and (count(db), count(db, "people"), len(audit.entries(db))) == before
    else:
        assert count(db) == before[0] + report.imported
        assert count(db, "people") == before[1] + report.new_people
        assert report.imported + report.already_there <= len(rows)
        assert import_visits(db, clock, path) == VisitsReport(already_there=report.imported + report.already_there)
    assert all(line.isprintable() for line in report.lines())


@QUICK
@given(data=st.binary(max_size=300))
def test_any_bytes_give_a_report_and_all_or_nothing(db, clock, tmp_path, data):
    path = tmp_path / "random.bin"
    path.write_bytes(data)
    before = count(db)
    report = import_visits(db, clock, path)
    assert count(db) == before + report.imported
    assert not (report.errors and report.imported)


NAMES = [("", ""), ("Aino", "Virtanen"), ("aino", "VIRTANEN"), ("Eino", "Äijälä"), ("Li", "")]


def exists(day, at):
    wall = datetime.combine(day, at)
    return wall.replace(tzinfo=HELSINKI).astimezone(timezone.utc).astimezone(HELSINKI).replace(tzinfo=None) == wall


@st.composite
def valid_row(draw):
    day = draw(st.dates(date(2025, 1, 1), date(2026, 11, 23)))
    check_in = draw(st.times().map(lambda t: t.replace(second=0, microsecond=0)).filter(lambda t: exists(day, t)))
    later = st.times(min_value=check_in).map(lambda t: t.replace(second=0, microsecond=0))
    check_out = draw(st.one_of(st.none(), later.filter(lambda t: exists(day, t))))
    first_name, last_name = draw(st.sampled_from(NAMES))
    situation = draw(st.sampled_from(("",) + SITUATIONS))
    return [
        day.isoformat(),
        f"{check_in:%H:%M}",
        "" if check_out is None else f"{check_out:%H:%M}",
        first_name,
        last_name,
        draw(st.sampled_from([situation, situation.upper()])),
    ]


@pytest.fixture
def empty_db_file(tmp_path):
    template = tmp_path / "template.sqlite"
    open_database(template).close()
    return template


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(valid_row(), min_size=1, max_size=8).flatmap(
        lambda rows: st.lists(st.sampled_from(rows), min_size=len(rows), max_size=2 * len(rows))  # with repeats
    )
)
def test_a_valid_file_imports_everything_once(clock, tmp_path, empty_db_file, rows):
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows([list(COLUMNS), *rows])
    path = write(tmp_path, out.getvalue())
    db_file = tmp_path / f"{uuid.uuid4().hex}.sqlite"
    shutil.copy(empty_db_file, db_file)
    db = open_database(db_file)
    try:
        named = {(names.fold(r[3]), names.fold(r[4]), r[0], r[1]) for r in rows if r[3]}
        anonymous = [r for r in rows if not r[3]]
        report = import_visits(db, clock, path)
        assert report.errors == ()
        assert report.imported == count(db) == len(named) + len(anonymous)
        assert report.new_people == count(db, "people") == len({key[:2] for key in named})
        assert report.repeated == len(report.same_as_earlier) == len([r for r in rows if r[3]]) - len(named)
        assert import_visits(db, clock, path) == VisitsReport(already_there=report.imported, repeated=report.repeated,
                                                              same_as_earlier=report.same_as_earlier)
    finally:
        db.close()
