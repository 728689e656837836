"""The CSV files the kiosk writes, as a Finnish spreadsheet reads them: opened in LibreOffice Calc
headless with the Finnish locale, numbers are numbers (a decimal comma), å ä ö are right, and a
cell that would be a formula is text."""

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk import finnish_csv
from kiosk.export import export
from kiosk.profile import Profile
from kiosk.report_csv import write_report_csv
from tests.test_statistics import at, visit

# scripts/setup.sh installs it; in CI a missing Calc is a failure, not a skip
needs_calc = pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                                reason="LibreOffice Calc is needed: apt-get install libreoffice-calc-nogui")


def calc_cells(path: Path, tmp_path: Path) -> list[list[tuple[str, str]]]:
    """The file opened as Finnish Calc opens a semicolon CSV (filter: separator ;, quote ", UTF-8,
    from line 1, language Finnish 1035), saved as flat ODS: each cell's (type, shown text)."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--infilter=CSV:59,34,76,1,,1035", "--convert-to", "fods", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=120)
    xml = (tmp_path / (path.stem + ".fods")).read_text(encoding="utf-8")
    rows = []
    for row in re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", xml, re.S):
        cells = []
        for attributes, shown in re.findall(r'<table:table-cell([^>]*office:value-type="\w+"[^>]*)>\s*<text:p>(.*?)</text:p>', row, re.S):
            kind = re.search(r'office:value-type="(\w+)"', attributes).group(1)
            value = re.search(r'office:value="([^"]*)"', attributes)
            cells.append((kind, value.group(1) if value else shown))  # a number as Calc holds it
        if cells:
            rows.append(cells)
    return rows


def test_cells_are_finnish_and_never_formulas():
    assert finnish_csv.cell(7.5) == "7,5" and finnish_csv.cell(-3) == "-3" and finnish_csv.cell(None) == ""
    assert finnish_csv.cell(date(2026, 11, 24)) == "2026-11-24"
    for evil in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert finnish_csv.cell(evil) == "'" + evil
    assert finnish_csv.cell("Äijälä") == "Äijälä"


@given(st.text())
def test_no_text_cell_starts_a_formula(text):
    shown = finnish_csv.cell(text)
    assert not shown.startswith(finnish_csv.FORMULA_STARTS)
    assert shown in (text, "'" + text)


@needs_calc
def test_the_export_opens_in_finnish_calc(db, people, checkin, clock, tmp_path):
    person = people.add("=HYPERLINK(\"x\")", "Äijälä")
    checkin.toggle(person.id)
    clock.advance(minutes=90)
    checkin.toggle(person.id)
    people_csv, visits_csv = export(db, tmp_path / "out")
    assert people_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = calc_cells(people_csv, tmp_path)
    assert [t for t, _ in rows[1]][:3] == ["float", "string", "string"]
    assert rows[1][2] == ("string", "&apos;=HYPERLINK(&quot;x&quot;)") and rows[1][3] == ("string", "Äijälä")
    visits = calc_cells(visits_csv, tmp_path)
    assert visits[1][7] == ("float", "90")


@needs_calc
def test_the_report_csv_opens_in_finnish_calc(db, clock, people, tmp_path):
    aino = people.add("Aino", "V", Profile(gender="woman", situation="student"))
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 10, 30))
    key_path, *_ = write_report_csv(db, clock, 2026, 11, tmp_path / "csv")
    rows = {cells[0][1]: cells for cells in calc_cells(key_path, tmp_path)}
    assert "1,5" in key_path.read_text(encoding="utf-8-sig")  # written with a decimal comma ...
    assert rows["hours_total"][1] == ("float", "1.5")  # ... and read by Finnish Calc as the number 1.5
    assert rows["visits"][1] == ("float", "1")
