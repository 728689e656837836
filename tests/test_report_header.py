"""The report's page header prints the room's and the organisation's names whole, however long
(the sample's "Kylätoimintayhdistys ry" was cut to "Kylätoimint…"): smaller type first, then
more lines, and the page's body starts below them."""

import re
import shutil
import subprocess
from xml.etree import ElementTree

import pytest

from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.db import settings
from kiosk.documents.pdf import pdf_fonts
from kiosk.profile import Profile
from kiosk.report import write_report
from tests.test_statistics import at, visit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")

# 120 characters, the most the setting takes (kiosk/settings_catalog.py).
LONG_ORGANISATION = ("Itä-Uudenmaan kylätoimintayhdistysten, työllisyyspalvelujen ja kansalaisjärjestöjen "
                     "yhteinen kehittämisyhdistys (ITU) ry")
LONG_ROOM = "Lapinjärven, Loviisan ja Myrskylän yhteinen työhuone"


def words_by_page(pdf) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words as (word, top, bottom, height, width), in points, from ``pdftotext -bbox``
    (a word's height is the size of its type)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.fromstring(xhtml)
    return [[(w.text, float(w.get("yMin")), float(w.get("yMax")), float(w.get("yMax")) - float(w.get("yMin")),
              float(w.get("xMax")) - float(w.get("xMin"))) for w in page.iterfind("x:word", ns)]
            for page in root.iterfind(".//x:page", ns)]


def test_a_120_character_organisation_name_is_printed_whole_and_readable_on_every_page(db, clock, people, tmp_path):
    assert len(LONG_ORGANISATION) == 120
    settings.put(db, "organisation_name", LONG_ORGANISATION)
    settings.put(db, "room_name", LONG_ROOM)
    settings.put(db, "project_name", "Työhuone kaikille")
    settings.put(db, "funders", "ESR+")
    settings.put(db, "funder_logos", "assets/logos/funder-esf-placeholder.png, assets/logos/funder-municipality-placeholder.png")
    aino = people.add("Aino", "Virtanen", Profile(gender="woman", situation="student"))
    visit(db, aino.id, at(2026, 11, 2, 9), at(2026, 11, 2, 11))
    out = tmp_path / "long.pdf"
    write_report(db, clock, 2026, 11, out, participants=True)  # the participant list's pages are confidential
    pages = words_by_page(out)
    bold = pdf_fonts().bold
    assert len(pages) >= 3
    for number, words in enumerate(pages, 1):
        text = " ".join(word for word, *_ in words)
        assert LONG_ORGANISATION in text and LONG_ROOM in text, f"page {number}: {text[:300]}"
        assert "…" not in text
        name = LONG_ORGANISATION.split()
        start = next(i for i in range(len(words)) if [w for w, *_ in words[i:i + len(name)]] == name)
        header = words[start:start + len(name)]
        # Readable: no smaller than 9 pt, and not squeezed sideways (as wide as its letters are).
        assert all(height >= 9 and width == pytest.approx(stringWidth(word, bold, height), rel=0.02)
                   for word, _, _, height, width in header), header
        # Above the page's body: nothing but the header's own words reaches as low as its last line.
        header_words = set(f"{LONG_ROOM} {LONG_ORGANISATION} Hanke: Työhuone kaikille Rahoittajat: ESR+ marraskuu 2026 sivu"
                           .split())
        lowest = next(bottom for word, _, bottom, *_ in words if word == "Rahoittajat:")
        assert all(word in header_words or re.fullmatch(r"\d+/\d+", word) for word, top, *_ in words if top < lowest), words
