"""Every PDF the kiosk writes embeds every font it names (issue 18): reportlab otherwise names
Helvetica wherever a document sets no font (a canvas' first font, a table cell, a bullet, a chart),
unembedded, and a reader's machine substitutes a font of its own. Read with pdffonts."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is needed")

KINDS = ("report", "report-authorised", "cards", "labels", "lunch-list", "programme", "absences", "recovery-sheet",
         "network-report")


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    """(name, embedded) for each font pdffonts lists."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines]


def test_every_kind_of_pdf_embeds_every_font_it_names(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tests.pdf_kinds", str(tmp_path)], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    for kind in KINDS:
        fonts = fonts_of(tmp_path / f"{kind}.pdf")
        assert fonts, kind
        assert [name for name, embedded in fonts if not embedded] == [], kind
        assert all("DejaVu" in name for name, _ in fonts), (kind, fonts)


def test_the_check_sees_an_unembedded_font(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "helvetica.pdf"), initialFontName="Helvetica")  # whatever the defaults are now
    canvas.drawString(100, 100, "hei")
    canvas.save()
    assert fonts_of(tmp_path / "helvetica.pdf") == [("Helvetica", False)]
