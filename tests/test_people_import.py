import csv
import io
import shutil
import uuid

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk import municipalities, names
from kiosk.db import audit, open_database
from kiosk.people_import import (
    COLUMNS,
    ImportReport,
    RowError,
    import_people,
)
from kiosk.profile import CHOICES, ROLES

HEADER = "first_name;last_name;gender;birth_year;situation;education;citizenship;municipality;mother_tongue;role"


def write(tmp_path, text, encoding="utf-8", name="people.csv", newline="\n"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def people_rows(db):
    return db.rows(
        "SELECT first_name, last_name, gender, birth_year, situation, education, citizenship, municipality, "
        "mother_tongue, coalesce((SELECT group_concat(role) FROM role_periods r WHERE r.person_id = people.id), 'visitor') AS role, privacy_accepted_at FROM people ORDER BY id"
    )


def count(db):
    return db.value("SELECT count(*) FROM people")


def test_a_good_file_imports_everyone_with_a_card_and_an_audit_row(db, clock, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "Aino;Virtanen;Woman; 1985 ;UNEMPLOYED_LONG;higher;fi;Lovisa;fi;\n"
        "Eino;Äijälä;;;;;;;;staff\n"
        "Li;Wei;other;2001;student;secondary;non_eu;helsinki;other;Volunteer\n",
    )
    report = import_people(db, clock, path)
    assert report == ImportReport(imported=3, already_there=0)
    assert report.lines() == ["imported 3 people, 0 already there, 0 repeated in the file"]
    rows = [tuple(r) for r in people_rows(db)]
    assert rows == [
        ("Aino", "Virtanen", "woman", 1985, "unemployed_long", "higher", "fi", "Loviisa", "fi", "visitor", None),
        ("Eino", "Äijälä", None, None, None, None, None, None, None, "staff", None),
        ("Li", "Wei", "other", 2001, "student", "secondary", "non_eu", "Helsinki", "other", "volunteer", None),
    ]
    assert db.value("SELECT count(DISTINCT code) FROM cards WHERE replaced_at IS NULL") == 3
    assert db.value("SELECT count(*) FROM person_words WHERE word = 'aijala'") == 1
    log = audit.entries(db)
    assert [(e["actor"], e["action"], e["detail"]) for e in log] == [("import", "import_person", "people.csv")] * 3
    assert {e["person_id"] for e in log} == {r[0] for r in db.rows("SELECT id FROM people")}


def test_bad_rows_import_nothing_and_each_is_reported_with_its_line(db, clock, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "Aino;Virtanen;;;;;;;;\n"  # 2: good
        "Eino;Korhonen;female;;;;;;;\n"  # 3: unknown code
        "Matti;Mäkelä;;1850;;;;;;\n"  # 4: year too early
        ";Nieminen;;;;;;;;\n"  # 5: no first name
        f"{'A' * 61};Lahtinen;;;;;;;;\n"  # 6: too long
        "Liisa;Laine;;;;;;Gotham;;\n"  # 7: unknown municipality
        "Pekka;Heikkinen;;19x5;;;;;;boss\n",  # 8: two problems
    )
    report = import_people(db, clock, path)
    assert report.imported == 0 and count(db) == 0 and audit.entries(db) == []
    assert [e.line for e in report.errors] == [3, 4, 5, 6, 7, 8, 8]
    reasons = {e.line: e.reason for e in report.errors}
    assert reasons[3].startswith("gender: 'female' is not one of woman, man, other")
    assert reasons[4] == "birth_year: 1850 is not a year between 1900 and 2026"
    assert reasons[5].startswith("first_name: missing")
    assert reasons[6] == "first_name: 61 characters, at most 60"
    assert reasons[7] == "municipality: 'Gotham' is not a Finnish municipality"
    assert "line 4: birth_year: 1850 is not a year between 1900 and 2026" in report.lines()
    assert report.lines()[-1] == "nothing imported: fix the 6 lines above and run again"


def test_an_unknown_column_is_reported_on_line_1(db, clock, tmp_path):
    report = import_people(db, clock, write(tmp_path, "first_name;birthyear;gender\nAino;1985;woman\n"))
    assert report.errors == (RowError(1, f"unknown column 'birthyear' (the columns are: {', '.join(COLUMNS)})"),)
    assert count(db) == 0


@pytest.mark.parametrize(
    "header, reason",
    [
        ("last_name;gender", "no first_name column: it is required"),
        ("first_name;gender;Gender", "column 'gender' appears twice"),
    ],
)
def test_a_header_without_first_name_or_with_a_column_twice(db, clock, tmp_path, header, reason):
    report = import_people(db, clock, write(tmp_path, f"{header}\nAino;woman;man\n"))
    assert report.errors == (RowError(1, reason),)


def test_an_empty_file_or_a_missing_one_is_a_report_not_a_crash(db, clock, tmp_path):
    assert [e.line for e in import_people(db, clock, write(tmp_path, "\n\n;;\n")).errors] == [1]
    missing = import_people(db, clock, tmp_path / "nowhere.csv")
    assert missing.errors and missing.errors[0].line == 0
    assert missing.lines()[0].startswith("cannot read") and missing.lines()[-1] == "nothing imported"


def test_a_header_only_file_imports_no_one(db, clock, tmp_path):
    assert import_people(db, clock, write(tmp_path, f"{HEADER}\n")) == ImportReport(0, 0, ())


def test_importing_the_same_file_again_adds_no_one(db, clock, tmp_path):
    path = write(tmp_path, "first_name,last_name,birth_year\nAino,Virtanen,1985\nEino,Äijälä,\n")
    assert import_people(db, clock, path).imported == 2
    again = import_people(db, clock, path)
    assert again == ImportReport(imported=0, already_there=2)
    assert again.lines() == ["imported 0 people, 2 already there, 0 repeated in the file"]
    assert count(db) == 2 and len(audit.entries(db)) == 2


def test_already_there_is_case_and_accent_blind_but_minds_the_birth_year(db, clock, tmp_path, people):
    people.add("Eino", "Äijälä")
    people.add("Aino", "Virtanen")
    path = write(tmp_path, "first_name,last_name,birth_year\nEINO,  aijala ,\nAino,Virtanen,1985\n")
    assert import_people(db, clock, path) == ImportReport(imported=1, already_there=1)


def test_an_erased_person_does_not_count_as_there(db, clock, tmp_path):
    path = write(tmp_path, "first_name,last_name\nAino,Virtanen\n")
    import_people(db, clock, path)
    with db.transaction() as conn:
        conn.execute("UPDATE people SET erased_at = '2026-11-24T08:00:00Z'")
    assert import_people(db, clock, path).imported == 1


def test_the_same_person_twice_in_one_file_counts_once(db, clock, tmp_path):
    text = "first_name;last_name;birth_year\nAino;Virtanen;1985\naino;VIRTANEN;1985\nAino;Virtanen;1986\n"
    path = write(tmp_path, text)
    assert import_people(db, clock, path) == ImportReport(imported=2, already_there=0, repeated=1)
    assert import_people(db, clock, path) == ImportReport(imported=0, already_there=2, repeated=1)


def test_excel_utf8_with_byte_order_mark(db, clock, tmp_path):
    path = write(tmp_path, "first_name;last_name;municipality\nÅsa;Öhman;Lapinjärvi\n", encoding="utf-8-sig")
    assert import_people(db, clock, path).imported == 1
    assert tuple(db.row("SELECT first_name, last_name, municipality FROM people")) == ("Åsa", "Öhman", "Lapinjärvi")


def test_old_excel_latin1_bytes(db, clock, tmp_path):
    path = write(tmp_path, "first_name;last_name;municipality\nJörö;Äijälä;Närpes\n", encoding="cp1252")
    assert import_people(db, clock, path).imported == 1
    stored = db.row("SELECT first_name, last_name, municipality FROM people")
    assert tuple(stored) == ("Jörö", "Äijälä", "Närpiö")


def test_excel_unicode_text_is_utf16_with_tabs(db, clock, tmp_path):
    path = write(tmp_path, "first_name\tlast_name\r\nÅsa\tÖhman\r\n", encoding="utf-16")
    assert import_people(db, clock, path).imported == 1


@pytest.mark.parametrize("separator", [";", ","])
def test_separator_is_taken_from_the_header_and_quotes_are_honoured(db, clock, tmp_path, separator):
    lines = [["first_name", "last_name", "municipality"], ["Aino", f"Virtanen{separator} jr", "Espoo"]]
    out = io.StringIO()
    csv.writer(out, delimiter=separator).writerows(lines)
    path = write(tmp_path, out.getvalue())
    assert import_people(db, clock, path).imported == 1
    assert db.value("SELECT last_name FROM people") == f"Virtanen{separator} jr"


def test_excel_sep_line_is_understood(db, clock, tmp_path):
    assert import_people(db, clock, write(tmp_path, "sep=;\nfirst_name;last_name\nAino;Virtanen\n")).imported == 1


def test_crlf_line_ends_and_trailing_empty_columns(db, clock, tmp_path):
    path = write(tmp_path, "first_name;last_name;;;\nAino;Virtanen;;;\nEino;Leino;;;\n", newline="\r\n")
    assert import_people(db, clock, path).imported == 2
    assert [r[1] for r in people_rows(db)] == ["Virtanen", "Leino"]


def test_an_empty_column_in_the_middle_is_passed_over(db, clock, tmp_path):
    assert import_people(db, clock, write(tmp_path, "first_name;;last_name\nAino;;Virtanen\n")).imported == 1
    assert tuple(db.row("SELECT first_name, last_name FROM people")) == ("Aino", "Virtanen")


def test_a_value_under_no_column_is_an_error(db, clock, tmp_path):
    report = import_people(db, clock, write(tmp_path, "first_name;last_name\nAino;Virtanen;extra\n"))
    assert report.errors == (RowError(2, "a value in column 3, which has no name in the header"),)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_empty_lines_are_skipped_but_line_numbers_stay_the_files(db, clock, tmp_path, newline):
    text = "\nfirst_name;birth_year\n\nAino;1985\n;;\n\nEino;1850\n"
    report = import_people(db, clock, write(tmp_path, text, newline=newline))
    assert [e.line for e in report.errors] == [7]


def test_a_quoted_line_break_counts_as_a_line_of_the_file(db, clock, tmp_path):
    report = import_people(db, clock, write(tmp_path, 'first_name,last_name\nAino,"Virta\nnen"\nEino,x,y\n'))
    assert [e.line for e in report.errors] == [2, 4]
    assert "control character" in report.errors[0].reason


@pytest.mark.parametrize("bad", ['"Aino, Virtanen\n', '"Aino" V,Virtanen\n'])
def test_a_broken_quote_is_reported_where_its_row_begins(db, clock, tmp_path, bad):
    report = import_people(db, clock, write(tmp_path, f"first_name,last_name\nEino,Leino\n\n{bad}Liisa,Laine\n"))
    assert [e.line for e in report.errors] == [4] and "quotes" in report.errors[0].reason
    assert count(db) == 0


@pytest.mark.parametrize(
    "first_name, ok",
    [
        ("Aino 🌻", True),
        ("👩‍💻 Li", True),
        ("🌻🌻", False),
        ("Ai\x07no", False),
        ("Ai\u202eno", False),
        ("A" * 60, True),
        ("Ä" * 61, False),
    ],
)
def test_names_need_a_letter_and_no_control_characters(db, clock, tmp_path, first_name, ok):
    report = import_people(db, clock, write(tmp_path, f"first_name\n{first_name}\n"))
    assert (report.imported == 1) is ok
    assert all(line.isprintable() for line in report.lines())


def test_names_are_tidied(db, clock, tmp_path):
    decomposed = "A\u0308ija\u0308la\u0308"  # what a Mac may write
    import_people(db, clock, write(tmp_path, f"first_name;last_name\n  Anna   Liisa ;{decomposed}\n"))
    assert tuple(db.row("SELECT first_name, last_name FROM people")) == ("Anna Liisa", "Äijälä")


def test_swedish_and_finnish_municipality_names_store_the_finnish_one(db, clock, tmp_path):
    text = (
        "first_name;municipality\nA;Helsingfors\nB;lappträsk\nC;ESBO\nD;vanda\nE;Åbo\nF;Maarianhamina\n"
        "G;hameenlinna\nH;Pedersöre\n"
    )
    assert import_people(db, clock, write(tmp_path, text)).imported == 8
    assert [r[0] for r in db.rows("SELECT municipality FROM people ORDER BY id")] == [
        "Helsinki", "Lapinjärvi", "Espoo", "Vantaa", "Turku", "Maarianhamina", "Hämeenlinna", "Pedersören kunta",
    ]


def test_the_municipality_list_is_the_308_of_2025():
    listed = municipalities.all_names()
    assert len(listed) == len(set(listed)) == 308
    assert {"Lapinjärvi", "Loviisa", "Helsinki", "Espoo", "Pornainen", "Mustasaari", "Maarianhamina"} <= set(listed)
    assert "Pertunmaa" not in listed and "Mäntyharju" in listed  # merged 1.1.2025
    codes = [municipalities.code_for(name) for name in listed]
    assert len(set(codes)) == 308 and all(len(c) == 3 and c.isdigit() for c in codes)
    assert municipalities.code_for("Helsingfors") == municipalities.code_for("helsinki") == "091"
    # merged since 2020 (assets/municipality-mergers.csv): the old name finds today's municipality
    assert [municipalities.code_for(n) for n in ("Valtimo", "Honkajoki", "Pertunmaa")] == ["541", "214", "507"]


# --- properties -------------------------------------------------------------------------------

QUICK = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
VALID = {
    **CHOICES,
    "role": ROLES,
    "municipality": municipalities.accepted_names(),
}
LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéüßÅÄÖ"


def csv_text(rows, separator):
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\n").writerows(rows)
    return out.getvalue()


def some_case(value):
    return st.sampled_from([value, value.upper(), value.title(), f" {value} "])


cells = st.one_of(st.text(max_size=70), st.sampled_from([c for v in VALID.values() for c in v]), st.just(""))


@QUICK
@given(
    columns=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6, unique=True),
    rows=st.lists(st.lists(cells, min_size=0, max_size=7), max_size=6),
    separator=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_cells_give_a_report_and_all_or_nothing(db, clock, tmp_path, columns, rows, separator, encoding):
    path = tmp_path / "random.csv"
    path.write_bytes(csv_text([columns, *rows], separator).encode(encoding, "surrogatepass"))
    before = count(db)
    report = import_people(db, clock, path)
    assert isinstance(report, ImportReport)
    event("refused" if report.errors else "imported")
    if report.errors:
        assert report.imported == 0 and count(db) == before
    else:
        assert count(db) == before + report.imported
        assert report.imported + report.already_there <= len(rows)
    assert all(line.isprintable() for line in report.lines())


@QUICK
@given(data=st.binary(max_size=400))
def test_any_bytes_give_a_report_and_all_or_nothing(db, clock, tmp_path, data):
    path = tmp_path / "random.bin"
    path.write_bytes(data)
    before = count(db)
    report = import_people(db, clock, path)
    assert isinstance(report, ImportReport)
    assert count(db) == before + report.imported
    assert not (report.errors and report.imported)


name_text = st.text(alphabet=LETTERS + " -'🌻", min_size=1, max_size=30).filter(lambda s: any(c.isalpha() for c in s))


@st.composite
def valid_row(draw):
    row = {"first_name": draw(name_text), "last_name": draw(st.one_of(st.just(""), name_text))}
    for column in ("gender", "situation", "education", "citizenship", "mother_tongue", "role", "municipality"):
        choice = draw(st.one_of(st.just(""), st.sampled_from(VALID[column])))
        row[column] = draw(some_case(choice))
    year = draw(st.one_of(st.none(), st.integers(1900, 2026)))
    row["birth_year"] = "" if year is None else str(year)
    return row


@pytest.fixture
def empty_db_file(tmp_path):
    template = tmp_path / "template.sqlite"
    open_database(template).close()
    return template


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(valid_row(), min_size=1, max_size=8).flatmap(
        lambda rows: st.lists(st.sampled_from(rows), min_size=len(rows), max_size=2 * len(rows))  # with repeats
    ),
    separator=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_a_valid_file_round_trips(clock, tmp_path, empty_db_file, rows, separator, encoding, newline):
    text = csv_text([list(COLUMNS), *[[row[c] for c in COLUMNS] for row in rows]], separator)
    try:
        data = text.replace("\n", newline).encode(encoding)
    except UnicodeEncodeError:
        data = text.replace("\n", newline).encode("utf-8")
    path = tmp_path / "valid.csv"
    path.write_bytes(data)
    db_file = tmp_path / f"{uuid.uuid4().hex}.sqlite"
    shutil.copy(empty_db_file, db_file)
    db = open_database(db_file)
    try:
        distinct = {
            (names.fold(" ".join(r["first_name"].split())), names.fold(" ".join(r["last_name"].split())), year)
            for r in rows
            for year in [int(r["birth_year"]) if r["birth_year"] else None]
        }
        report = import_people(db, clock, path)
        assert report.errors == ()
        assert report.imported == count(db) == len(distinct)
        assert report.repeated == len(rows) - len(distinct)  # every row counted once
        again = ImportReport(imported=0, already_there=len(distinct), repeated=len(rows) - len(distinct))
        assert import_people(db, clock, path) == again
        stored = {r[0] for r in db.rows("SELECT municipality FROM people WHERE municipality IS NOT NULL")}
        assert stored <= set(municipalities.all_names())
    finally:
        db.close()
