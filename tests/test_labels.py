"""Printed item labels, read back as the kiosk's scanner would: the PDF is rendered with pdftoppm
and every QR code on it decoded with zxing-cpp (the helpers are the cards' tests')."""

import pytest

from kiosk import codes
from kiosk.__main__ import main
from kiosk.labels import write_labels
from kiosk.lending import LendingService
from tests.test_cards import (
    DPI,
    codes_per_page,
    decoded,
    needs_pdftoppm,
    needs_pdftotext,
    pages,
    text_of,
)

CATEGORIES = ["Ompelukone", "Saumuri", "Kannettava tietokone", "Tabletti", "Muu"]


@pytest.fixture
def lending(db, clock):
    return LendingService(db, clock)


def add(lending, category, name):
    category_id = next(cid for cid, cname, _ in lending.categories() if cname == category)
    return lending.add_item(category_id, name)


def reading_order(result):
    """Row by row from the top (the rows are 25.4 mm, 200 pixels, apart), then left to right."""
    corner = result.position.top_left
    return round(corner.y / 50), corner.x


@needs_pdftoppm
def test_fifty_items_make_two_pages_each_code_once_by_category_and_name(db, lending, tmp_path):
    added = [add(lending, CATEGORIES[n % 5], f"Laite {n:02}") for n in reversed(range(50))]
    out = tmp_path / "labels.pdf"

    assert write_labels(db, out) == 50

    in_order = sorted(added, key=lambda item: (CATEGORIES.index(item.category), item.name))
    found = [sorted(decoded(page), key=reading_order) for page in pages(out, tmp_path)]
    assert [[r.text for r in page] for page in found] == [
        [i.code for i in in_order[:44]],
        [i.code for i in in_order[44:]],
    ]
    for result in (result for page in found for result in page):
        assert codes.parse_scan(result.text).kind is codes.Kind.ITEM
        assert result.ec_level == "M"
        corners = result.position
        assert (corners.top_right.x - corners.top_left.x) / DPI * 25.4 >= 15  # mm, without the quiet zone


@needs_pdftotext
def test_names_and_categories_print_with_finnish_letters(db, lending, tmp_path):
    add(lending, "Saumuri", "Saumuri Ö")
    add(lending, "Ompelukone", "Husqvarna Äänetön Åke")
    add(lending, "Muu", "<b>Sakset</b>")  # no markup is interpreted
    add(lending, "Muu", "Höyrysilitysasema Philips PerfectCare 7000 -sarja, vain ohjaajan luvalla")
    out = tmp_path / "labels.pdf"
    write_labels(db, out)

    text = text_of(out)
    assert "Saumuri Ö" in text and "Husqvarna Äänetön Åke" in text and "<b>Sakset</b>" in text
    assert "Höyrysilitysasema" in text and "luvalla" in text  # wrapped, not cut off
    assert text.count("Ompelukone") == 1 and text.count("Muu") == 2


@needs_pdftoppm
def test_retired_items_get_no_label(db, lending, tmp_path):
    kept, retired = add(lending, "Tabletti", "iPad 1"), add(lending, "Tabletti", "iPad 2")
    lending.retire(retired.id)
    out = tmp_path / "labels.pdf"

    assert write_labels(db, out) == 1

    assert codes_per_page(out, tmp_path) == [[kept.code]]


def test_no_items_write_no_file(db, lending, tmp_path):
    out = tmp_path / "labels.pdf"
    assert write_labels(db, out) == 0
    lending.retire(add(lending, "Muu", "Silitysrauta").id)
    assert write_labels(db, out) == 0
    assert not out.exists()


def test_same_input_same_bytes(db, lending, tmp_path):
    for name in ("Saumuri Ö", "Bernina 1", "Läppäri 3"):
        add(lending, "Saumuri", name)
    write_labels(db, tmp_path / "one.pdf")
    write_labels(db, tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


@needs_pdftoppm
def test_cli_writes_the_labels(db, lending, db_path, tmp_path, capsys):
    item = add(lending, "Ompelukone", "Bernina 1")
    out = tmp_path / "out" / "labels.pdf"

    assert main(["labels", "--db", str(db_path), "--out", str(out)]) == 0
    assert f"1 labels: {out}" in capsys.readouterr().out
    assert codes_per_page(out, tmp_path) == [[item.code]]
