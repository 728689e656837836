"""The funder report says only what is true and gives away no one (issue 18): the public version
hides every small count of people, marks the counts hidden only to protect another apart, and
leaves the work-trial and rehabilitative figures to the confidential version."""

import re
import shutil
import subprocess
from datetime import date

import pytest

from kiosk.profile import Profile
from kiosk.report import write_report
from tests.test_statistics import at, period, visit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def numbers(line: str) -> list[str]:
    """The whole numbers printed as cells of a line (not parts of labels, dates or decimals)."""
    return [token for token in line.split() if token.isdigit()]


@pytest.fixture
def small_groups(db, clock, people):
    """November 2026 with a known small group in every place a count of people is printed:
    12 students (6 women, 6 men), 3 pensioners, 2 volunteers, 1 work-trial participant (a student
    too), and 3 enrolled ESF+ participants among the students."""
    day = 2
    everyone = []
    for i in range(12):
        everyone.append(people.add(f"Opiskelija{i}", "S", Profile(gender="woman" if i % 2 else "man", situation="student",
                                                                    birth_year=1990)))
    for i in range(3):
        everyone.append(people.add(f"Eläke{i}", "E", Profile(gender="woman", situation="pensioner", birth_year=1950)))
    for person in everyone:
        visit(db, person.id, at(2026, 11, day, 9), at(2026, 11, day, 12))
    for i in range(3):
        people.edit(everyone[i].id, f"Opiskelija{i}", "S", esf_participant=1, eura_start_on="2026-11-02")
    for i in range(2):
        kummi = people.add(f"Kummi{i}", "K", Profile(gender="woman", situation="pensioner"))
        period(db, clock, kummi.id, "volunteer", "2026-01-01")
        visit(db, kummi.id, at(2026, 11, 3, 9), at(2026, 11, 3, 15))
    trial = people.add("Tiina", "T", Profile(gender="woman", situation="student"))
    period(db, clock, trial.id, "work_trial", "2026-11-01", "2026-11-30")
    visit(db, trial.id, at(2026, 11, 4, 9), at(2026, 11, 4, 14))
    return everyone


def test_no_small_count_is_printed_in_the_public_report(db, clock, small_groups, tmp_path):
    out = tmp_path / "public.pdf"
    write_report(db, clock, 2026, 11, out)
    text = pdf_text(out)
    lines = text.splitlines()
    # The pensioners (3) are "<5" wherever they are counted, and their line's total hides a second count, marked x.
    pensioners = [line for line in lines if line.strip().startswith("Eläkeläinen")]
    assert pensioners and all("<5" in line and "3" not in numbers(line) for line in pensioners)
    situation_table = text.split("Elämäntilanne")[1].split("Yhteensä")[0]
    assert " x " in f" {situation_table} " or "x\n" in situation_table
    # The volunteers (2), the ESF+ participants (3) and the work-trial participant (1) nowhere.
    volunteers = text.split("Vapaaehtoiset (eivät sisälly kävijälukuihin)")[1].splitlines()[2]
    assert volunteers.split()[:2] == ["<5", "<5"]  # people and person-days
    esf_rows = [line for line in lines if re.match(r"\s*EECO\d\d", line)]
    assert esf_rows and not any(set(line.split()[-8:]) & {"1", "2", "3", "4"} for line in esf_rows)
    for word in ("Työkokeilu", "Kuntouttava"):
        assert not any(word in line and numbers(line) for line in lines), word
    assert "kiosk report --authorised" in text
    assert "LUOTTAMUKSELLINEN" not in text and "Tiina" not in text
    # Counted by answer only, without the gender split, in the month's public report.
    assert "Naiset" not in text.split("Eri kävijät taustatietojen mukaan")[1]
    assert "x = luku on piilotettu vain" in text
    # Anywhere in the document: a number from 1 to 4 stands only where visits are counted, not
    # people (the days with visits, the day chart's axis and bars, the weekday-and-hour table).
    for line in lines:
        if set(line.split()) & {"1", "2", "3", "4"}:
            words = line.split()
            assert (line.strip().startswith("Päivät, joina oli käyntejä") or all(w.isdigit() for w in words)
                    or words[0] in ("ma", "ti", "ke", "to", "pe")), line


def test_the_authorised_version_has_exact_counts_on_confidential_pages(db, clock, small_groups, tmp_path):
    out = tmp_path / "authorised.pdf"
    write_report(db, clock, 2026, 11, out, authorised=True)
    pages = pdf_text(out).split("\f")
    assert all("LUOTTAMUKSELLINEN / CONFIDENTIAL" in page for page in pages if page.strip())
    text = "\n".join(pages)
    pensioners = next(line for line in text.splitlines() if line.strip().startswith("Eläkeläinen"))
    assert "<5" not in pensioners and "3" in numbers(pensioners)
    assert "Tarkat luvut: luottamuksellinen versio" in text and "suppress_small_numbers)" not in text
    assert any(line.strip().startswith("Työkokeilu") and "1" in numbers(line) for line in text.splitlines())
    eeco01 = next(line for line in text.splitlines() if line.strip().startswith("EECO01"))
    assert eeco01.split()[-8:] == ["1", "2", "0", "0", "1", "2", "0", "0"]


def test_the_command_takes_authorised(db_path, db, small_groups, tmp_path):
    import sys

    out = tmp_path / "a.pdf"
    done = subprocess.run([sys.executable, "-m", "kiosk", "report", "--db", str(db_path), "--month", "2026-11",
                           "--out", str(out), "--authorised"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "LUOTTAMUKSELLINEN" in pdf_text(out)


def test_a_quarter_and_a_year_have_the_gender_cross_tables(db_path, db, small_groups, tmp_path):
    import sys

    for option, value, title in (("--quarter", "2026Q4", "Neljännesvuosiraportti – 2026 Q4"), ("--year", "2026", "Vuosiraportti – 2026")):
        out = tmp_path / f"{value}.pdf"
        done = subprocess.run([sys.executable, "-m", "kiosk", "report", "--db", str(db_path), option, value, "--out", str(out),
                               "--csv", str(tmp_path / "csv")], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        text = pdf_text(out)
        assert title in text and "Naiset" in text.split("Eri kävijät taustatietojen mukaan")[1]
        students = next(line for line in text.splitlines() if line.strip().startswith("Opiskelija") and len(line.split()) > 4)
        assert students.split()[1:5] == ["7", "6", "0", "0"]  # women, men: exact where 5 or more
        pensioners = next(line for line in text.splitlines() if line.strip().startswith("Eläkeläinen"))
        assert "3" not in numbers(pensioners) and "<5" in pensioners
    assert (tmp_path / "csv" / "key_figures_2026Q4.csv").exists() and (tmp_path / "csv" / "key_figures_2026.csv").exists()
    bad = subprocess.run([sys.executable, "-m", "kiosk", "report", "--db", str(db_path), "--quarter", "2026Q5", "--out",
                          str(tmp_path / "x.pdf")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "2026Q5" in bad.stderr
