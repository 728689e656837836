"""The month's programme with rosters (kiosk activities) and the report's activity pages, read back
from the PDFs with pdftotext and from the CSV as a Finnish spreadsheet would."""

import subprocess
import sys
from datetime import date

from kiosk.report import write_report
from tests.test_activities import _month


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flowing(path) -> str:
    """The PDF's words in reading order, lines joined."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_programme_pdf_and_csv_through_the_command(db, db_path, clock, people, tmp_path):
    _month(db, clock, people)
    people.add("Zoe", "<script>")  # nobody's name is taken as markup
    out, folder = tmp_path / "ohjelma.pdf", tmp_path / "csv"
    db.conn.commit()
    done = subprocess.run([sys.executable, "-m", "kiosk", "activities", "--db", str(db_path), "--month", "2026-11",
                           "--out", str(out), "--csv", str(folder)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    text = flowing(out)
    assert "Ohjelma – marraskuu 2026" in text
    assert "ti 3.11. klo 17.00–19.00 · Ompeluseura · Kurssi · työhuone · Lapinjärven kansalaisopisto" in text
    assert "ti 17.11. klo 17.00–19.00 · Ompeluseura" in text and "PERUTTU" in text
    assert "Pizzailta · Pop up -tapaaminen · Ohjaamo" in text
    assert "henkilömäärä 23" in text and "Vieras V. (paikan päällä)" in text
    assert "Aino V." in text and "Virtanen" not in text  # first name and last initial only
    assert "Vapaaehtoiset: Kaisa K. 2,0 h" in text
    assert "Aino V., Työnhaku, 45 min" in text
    sessions = (folder / "sessions-2026-11.csv").read_bytes()
    assert sessions.startswith(b"\xef\xbb\xbf") and b";" in sessions
    lines = sessions.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("paiva;alkaa;minuutteja;toiminto")
    assert "2026-11-12;18:00;90;Vierailu kunnanvaltuustoon;excursion;Lapinjärven kunta;Kunnantalo;;0;0;2;23;23;0;" \
        in lines
    roster = (folder / "roster-2026-11.csv").read_text(encoding="utf-8-sig")
    assert "2026-11-24;Ompeluseura;Eero V.;0;0;1" in roster.splitlines()


def test_report_has_the_activity_pages_with_small_counts_hidden(db, clock, people, tmp_path):
    _month(db, clock, people)
    public, exact = tmp_path / "public.pdf", tmp_path / "exact.pdf"
    write_report(db, clock, 2026, 11, public, invariant=True)
    write_report(db, clock, 2026, 11, exact, invariant=True, authorised=True, lang="en")
    text = pdf_text(public)
    section = text[text.index("Toiminnot ja ohjaus"):]
    assert "Toiminnot tyypeittäin" in section and "Ohjaus aiheittain" in section
    course = next(line for line in section.splitlines() if line.strip().startswith("Kurssi"))
    assert course.split()[1:] == ["3", "1", "9", "5", "6,0"]  # five people: shown
    pop_up = next(line for line in section.splitlines() if line.strip().startswith("Pop up"))
    assert pop_up.split()[-2:] == ["<5", "1,0"]
    assert "Lapinjärven kansalaisopisto" in section and "Ohjaamo" in section
    assert "5 osallistumiskäyntiä (<5 henkilöä)" in section.replace("\n", " ")
    from kiosk.report_csv import write_report_csv

    paths = write_report_csv(db, clock, 2026, 11, tmp_path / "csv")
    rows = (tmp_path / "csv" / "activities_2026-11.csv").read_text(encoding="utf-8-sig").splitlines()
    assert tmp_path / "csv" / "activities_2026-11.csv" in paths
    assert rows[0] == "section;code;sessions;cancelled;participant_visits;people;hours;partners;public_hides_people"
    assert "kind;pop_up;1;0;3;3;1,0;Ohjaamo;<5" in rows and "kind;course;3;1;9;5;6,0;Lapinjärven kansalaisopisto;" in rows
    assert "activity_only;not_in_visitor_totals;;;5;4;;;<5" in rows
    english = pdf_text(exact)
    section = english[english.index("Activities and guidance"):]
    assert "Pop-up meeting" in section and "Volunteer hours by activity" in section
    assert "5 participant visits (4 people)" in " ".join(section.split())
