"""Imports (issue 15, fault 7): a row with another number of fields than the header is refused with
its line; the summary counts every row; the people import streams (its memory does not grow with
the file) and writes in short transactions, so the kiosk at the door keeps answering."""

import subprocess
import sys
import tracemalloc
from pathlib import Path

from kiosk.db import open_database
from kiosk.people_import import BATCH, ImportReport, RowError, import_people
from kiosk.visits_import import import_visits

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def test_a_comma_row_under_a_semicolon_header_is_refused_not_taken_as_a_first_name(db, clock, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("first_name;last_name;birth_year\nEino;Leino;1970\nAino,Virtanen,1985\n", encoding="utf-8")
    report = import_people(db, clock, path)
    assert report.errors == (RowError(3, "1 field where the header has 3 (the header separates with ';'; "
                                         "is this row separated the same way?)"),)
    assert db.value("SELECT count(*) FROM people") == 0
    visits = tmp_path / "visits.csv"
    visits.write_text("date;check_in;first_name\n2026-01-05,09:00,Aino\n", encoding="utf-8")
    assert import_visits(db, clock, visits).errors[0].line == 2


def test_the_command_line_refuses_it_with_its_line_and_counts_every_row(tmp_path):
    db = tmp_path / "kiosk.sqlite"
    assert subprocess.run([KIOSK, "init", "--db", str(db)], capture_output=True).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("first_name;last_name;birth_year\nAino,Virtanen,1985\n", encoding="utf-8")
    done = subprocess.run([KIOSK, "import-people", str(bad), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.startswith("line 2: 1 field where the header has 3")
    good = tmp_path / "good.csv"
    good.write_text("first_name;last_name\nAino;Virtanen\nEino;Leino\naino;VIRTANEN\n", encoding="utf-8")
    done = subprocess.run([KIOSK, "import-people", str(good), "--db", str(db)], capture_output=True, text=True)
    assert done.stdout == "imported 2 people, 0 already there, 1 repeated in the file\n"
    done = subprocess.run([KIOSK, "import-people", str(good), "--db", str(db)], capture_output=True, text=True)
    assert done.stdout == "imported 0 people, 2 already there, 1 repeated in the file\n"


def write_people(path, count):
    with path.open("w", encoding="utf-8") as f:
        f.write("first_name;last_name;birth_year\n")
        for i in range(count):
            f.write(f"Kävijä{i};Sukunimi{i % 97};{1950 + i % 60}\n")


def peak_of_import(folder, clock, path) -> int:
    """The least peak of three imports, each into a new database: tracemalloc counts every thread of
    the process, and in the full suite another test's thread once doubled one reading (100 KB)."""
    peaks = []
    for attempt in range(3):
        db = open_database(folder / f"{path.stem}-{attempt}.sqlite")
        tracemalloc.start()
        try:
            report = import_people(db, clock, path)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
            db.close()
        assert not report.errors
    return min(peaks)


def test_the_people_import_streams_its_file(clock, tmp_path):
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    write_people(small, 1_000)
    write_people(large, 8_000)
    small_peak = peak_of_import(tmp_path, clock, small)
    large_peak = peak_of_import(tmp_path, clock, large)  # eight times the rows, all new people
    # Each new person leaves a key to find a row repeated later in the file (~14 bytes a row here:
    # 99 KB and 202 KB); the rows and the text in memory, as before, came to megabytes.
    assert large_peak < 2.5 * small_peak, (small_peak, large_peak)


def test_the_people_import_commits_in_short_transactions(db, clock, tmp_path):
    path = tmp_path / "people.csv"
    write_people(path, 3 * BATCH + 1)
    commits = []
    db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    assert import_people(db, clock, path) == ImportReport(imported=3 * BATCH + 1)
    db.conn.set_trace_callback(None)
    assert len(commits) == 4


def write_visits(path, count):
    with path.open("w", encoding="utf-8") as f:
        f.write("date;check_in;check_out;first_name;last_name\n")
        for i in range(count):
            name = "" if i % 3 else f"Kävijä{i % 50}"  # two in three anonymous, fifty names
            f.write(f"2026-{1 + i % 10:02d}-{1 + i % 28:02d};{8 + i % 8:02d}:{i % 60:02d};17:00;{name};{'K' if name else ''}\n")


def test_the_visits_import_streams_its_file_and_commits_in_short_transactions(db, clock, tmp_path):
    from kiosk.visits_import import BATCH as VISITS_BATCH

    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    write_visits(small, 1_000)
    write_visits(large, 8_000)
    tracemalloc.start()
    assert not import_visits(db, clock, small).errors
    small_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    commits = []
    db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    report = import_visits(db, clock, large)
    db.conn.set_trace_callback(None)
    large_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # A row held in memory (its text, its visit, two datetimes) is over 300 bytes; what may grow
    # is the list of repeated rows the report names (a tuple of two line numbers each).
    assert (large_peak - small_peak) / 7_000 < 60, (small_peak, large_peak)
    assert report.imported + report.already_there + report.repeated == 8_000
    assert len(commits) >= 8_000 // VISITS_BATCH
