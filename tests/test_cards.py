"""Printed QR cards, read back as a phone or a scanner would: the PDF is rendered with pdftoppm
and every QR code on it decoded with zxing-cpp."""

import shutil
import subprocess
from datetime import date, datetime

import pytest

from kiosk import codes
from kiosk.__main__ import main
from kiosk.cards import write_cards
from kiosk.clock import HELSINKI
from kiosk.db import settings

DPI = 200
needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pages(pdf, tmp_path):
    """Each page as a picture, as printed at 200 dpi."""
    Image = pytest.importorskip("PIL.Image")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(tmp_path / "page")], check=True)
    return [Image.open(path) for path in sorted(tmp_path.glob("page-*.png"))]


def decoded(image):
    zxingcpp = pytest.importorskip("zxingcpp")
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


def codes_per_page(pdf, tmp_path):
    return [sorted(result.text for result in decoded(page)) for page in pages(pdf, tmp_path)]


def text_of(pdf):
    """The PDF's words in reading order, one space between (the room's name may wrap)."""
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(done.stdout.split())


@needs_pdftoppm
def test_thirteen_people_make_two_pages_each_code_once_in_name_order(db, people, tmp_path):
    firsts = ["Mikko", "Aino", "Åsa", "Jussi", "Leena", "Ville", "Ossi", "Kaisa", "Bo", "Hanna", "Eero", "Ilona", "Aino"]
    added = [people.add(first, f"Sukunimi{n}") for n, first in enumerate(firsts)]
    out = tmp_path / "cards.pdf"

    assert write_cards(db, out) == 13

    in_order = sorted(added, key=lambda p: (p.first_name, p.last_name, p.id))
    found = codes_per_page(out, tmp_path)
    assert found == [sorted(p.card_code for p in in_order[:10]), sorted(p.card_code for p in in_order[10:])]


@needs_pdftoppm
def test_qr_is_error_correction_m_and_at_least_25_mm_wide(db, people, tmp_path):
    people.add("Aino", "Virtanen")
    out = tmp_path / "cards.pdf"
    write_cards(db, out)

    [result] = decoded(pages(out, tmp_path)[0])
    corners = result.position
    width_mm = (corners.top_right.x - corners.top_left.x) / DPI * 25.4
    assert width_mm >= 25
    assert result.ec_level == "M"


@needs_pdftotext
def test_names_are_first_name_and_initial_with_finnish_letters(db, people, tmp_path):
    people.add("Åsa", "Öhman")
    people.add("Äijö", "Ärväs")
    people.add("Eve", "<b>Smith</b>")  # no markup is interpreted
    out = tmp_path / "cards.pdf"
    write_cards(db, out)

    text = text_of(out)
    assert "Åsa Ö." in text and "Äijö Ä." in text and "Eve <." in text
    assert "Öhman" not in text and "Smith" not in text
    assert text.count("Näytä kortti lukijalle") == 3
    assert text.count("Yhteinen työhuone") == 3  # the room's name from settings


@needs_pdftoppm
def test_only_the_people_asked_for(db, people, tmp_path):
    aino, bo, cecilia = people.add("Aino", "A"), people.add("Bo", "B"), people.add("Cecilia", "C")
    out = tmp_path / "cards.pdf"

    assert write_cards(db, out, person_ids=[cecilia.id, aino.id, 999]) == 2

    assert codes_per_page(out, tmp_path) == [sorted([aino.card_code, cecilia.card_code])]
    assert bo.card_code not in str(codes_per_page(out, tmp_path))


@needs_pdftoppm
def test_new_since_counts_from_helsinki_midnight(db, people, clock, tmp_path):
    clock.set(datetime(2026, 11, 24, 23, 59, tzinfo=HELSINKI))  # 21:59 UTC: the day before
    people.add("Eilinen", "E")
    clock.set(datetime(2026, 11, 25, 0, 1, tzinfo=HELSINKI))  # 22:01 UTC on the 24th
    newcomer = people.add("Uusi", "U")
    out = tmp_path / "cards.pdf"

    assert write_cards(db, out, new_since=date(2026, 11, 25)) == 1

    assert codes_per_page(out, tmp_path) == [[newcomer.card_code]]


@needs_pdftoppm
def test_erased_people_get_no_card(db, people, tmp_path):
    kept, erased = people.add("Aino", "A"), people.add("Bo", "B")
    db.conn.execute("UPDATE people SET erased_at = '2026-11-24T08:00:00Z' WHERE id = ?", (erased.id,))
    out = tmp_path / "cards.pdf"

    assert write_cards(db, out) == 1
    assert write_cards(db, tmp_path / "none.pdf", person_ids=[erased.id]) == 0

    assert codes_per_page(out, tmp_path) == [[kept.card_code]]
    assert not (tmp_path / "none.pdf").exists()


@needs_pdftoppm
def test_a_replaced_card_prints_the_new_code(db, people, tmp_path):
    person = people.add("Aino", "A")
    new = codes.new_code(codes.Kind.PERSON)
    with db.transaction() as conn:
        conn.execute("UPDATE cards SET replaced_at = '2026-11-24T08:00:00Z' WHERE code = ?", (person.card_code,))
        conn.execute("INSERT INTO cards (code, person_id, issued_at) VALUES (?, ?, '2026-11-24T08:00:00Z')", (new, person.id))
    out = tmp_path / "cards.pdf"

    assert write_cards(db, out) == 1

    assert codes_per_page(out, tmp_path) == [[new]]


def test_nobody_to_print_writes_no_file(db, people, tmp_path):
    out = tmp_path / "cards.pdf"
    assert write_cards(db, out) == 0
    people.add("Aino", "A")
    assert write_cards(db, out, person_ids=[999]) == 0
    assert not out.exists()


def test_same_input_same_bytes(db, people, tmp_path):
    for first in ("Åsa", "Aino", "Bo"):
        people.add(first, "Öhman")
    write_cards(db, tmp_path / "one.pdf")
    write_cards(db, tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


@needs_pdftotext
def test_logo_replaces_the_room_name_and_a_missing_logo_does_not(db, people, tmp_path):
    Image = pytest.importorskip("PIL.Image")
    people.add("Aino", "A")
    Image.new("RGB", (300, 100), "teal").save(tmp_path / "logo.png")
    out = tmp_path / "cards.pdf"

    settings.put(db, "logo_path", "logo.png")  # beside the database
    write_cards(db, out)
    assert "Yhteinen työhuone" not in text_of(out)

    settings.put(db, "logo_path", str(tmp_path / "gone.png"))
    write_cards(db, out)
    assert "Yhteinen työhuone" in text_of(out)


@needs_pdftoppm
def test_cli_writes_the_cards(db, db_path, people, tmp_path, capsys):
    people.add("Aino", "A")
    bo = people.add("Bo", "B")
    out = tmp_path / "out" / "cards.pdf"

    assert main(["cards", "--db", str(db_path), "--out", str(out), "--person", str(bo.id)]) == 0
    assert f"1 cards: {out}" in capsys.readouterr().out
    assert codes_per_page(out, tmp_path) == [[bo.card_code]]

    assert main(["cards", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"), "--new-since", "2030-01-01"]) == 1
    assert not (tmp_path / "x.pdf").exists()
