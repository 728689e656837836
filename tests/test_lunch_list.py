"""The cook's lunch list, read back with pdftotext (the helpers are the cards' tests')."""

import subprocess
from datetime import date, datetime

import pytest

from kiosk.__main__ import main
from kiosk.clock import HELSINKI
from kiosk.db import settings
from kiosk.lunch import LunchService
from kiosk.lunch_list import write_lunch_list
from tests.test_cards import needs_pdftotext, text_of

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def lunch(db, clock):
    settings.put(db, "room_name", "Työhuone Kalliola")
    settings.put(db, "lunch_menu", "Hernekeitto ja pannukakku")
    settings.put(db, "lunch_price", "3 €")
    return LunchService(db, clock)


def page_texts(pdf) -> list[str]:
    """Each page's words, in layout order: the table's header row is then one line."""
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return [" ".join(page.split()) for page in done.stdout.split("\f") if page.strip()]


@pytest.fixture
def signed_up(lunch, people, clock):
    """Aino with a guest, Eino with two diets and a note, and Marja added on the day."""
    aino, eino = people.add("Aino", "Virtanen"), people.add("Eino", "Äijälä")
    lunch.sign_up(aino.id, diets=("vegetarian", "gluten_free"), guest=True)
    lunch.sign_up(eino.id, diets=("vegetarian", "other"), diet_note="pähkinäallergia")
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=HELSINKI))
    lunch.walk_in(THURSDAY, "Marja", diets=("lactose_free",))
    lunch.mark_served(lunch.list_for(THURSDAY).rows[0].signup_id)
    return lunch


@needs_pdftotext
def test_headcount_names_diets_notes_guests_and_walk_ins(db, clock, signed_up, tmp_path):
    out = tmp_path / "lounas.pdf"
    assert write_lunch_list(db, clock, THURSDAY, out)
    text = text_of(out)
    assert "Lounas to 26.11.2026 klo 11.30" in text
    assert "Työhuone Kalliola" in text and "Hernekeitto ja pannukakku" in text and "3 €" in text
    assert "Syöjiä: 4 (ilmoittautuneita 3 + vieraita 1)" in text
    assert "Kasvis 2, Gluteeniton 1, Laktoositon 1, Muu 1" in text
    assert "Eino Ä.: pähkinäallergia" in text
    for name in ("Aino V.", "Eino Ä.", "Marja (paikan päällä)"):
        assert name in text
    assert text.count("+1 vieras") == 1
    assert "✓" in text  # Aino is already ticked as served
    assert "Tarjoiltu yhteensä:" in text
    assert "Tulostettu to 26.11.2026 klo 11.00" in text  # the clock, in Helsinki time
    assert "PERUTTU" not in text


@needs_pdftotext
def test_a_cancelled_lunch_prints_under_a_banner(db, clock, lunch, people, tmp_path):
    lunch.sign_up(people.add("Aino", "Virtanen").id)
    lunch.cancel_lunch(THURSDAY)
    out = tmp_path / "lounas.pdf"
    assert write_lunch_list(db, clock, THURSDAY, out)
    assert "PERUTTU" in text_of(out) and "Aino V." in text_of(out)


def test_no_lunch_that_day_writes_nothing(db, clock, lunch, tmp_path):
    out = tmp_path / "lounas.pdf"
    assert not write_lunch_list(db, clock, date(2026, 11, 25), out)
    assert not out.exists()


@needs_pdftotext
def test_a_long_list_flows_onto_more_pages_with_the_header_repeated(db, clock, lunch, people, tmp_path):
    settings.put(db, "lunch_seats", "100")
    for n in range(60):
        lunch.sign_up(people.add(f"Henkilö{n:02d}", "Testinen").id, diets=("no_pork",) if n % 2 else ())
    out = tmp_path / "lounas.pdf"
    write_lunch_list(db, clock, THURSDAY, out)
    texts = page_texts(out)
    assert len(texts) >= 2
    assert all("Nimi Ruokavalio Lisätiedot Vieras Syönyt" in page for page in texts)
    assert all(f"sivu {n}/{len(texts)}" in page for n, page in enumerate(texts, 1))
    assert "Syöjiä: 60 (ilmoittautuneita 60 + vieraita 0)" in texts[0] and "Ei sianlihaa 30" in texts[0]
    everything = " ".join(texts)
    assert all(f"Henkilö{n:02d} T." in everything for n in range(60))


@needs_pdftotext
def test_markup_and_finnish_letters_print_as_written(db, clock, lunch, people, tmp_path):
    lunch.sign_up(people.add("<b>Åsa</b> & Väinö", "Öhman").id, diets=("other",), diet_note="ei <i>sipulia</i> & ä")
    lunch.walk_in(THURSDAY, "Maria-Magdalena Aleksandra Kristiina Johanna Wikström-Lindqvist")
    out = tmp_path / "lounas.pdf"
    write_lunch_list(db, clock, THURSDAY, out)
    text = text_of(out)
    assert "<b>Åsa</b> & Väinö Ö." in text and "ei <i>sipulia</i> & ä" in text
    assert "Maria-Magdalena Aleksandra Kristiina Johanna Wikström-Lindqvist" in text  # wrapped, not cut


def test_the_same_input_gives_the_same_bytes(db, clock, signed_up, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_lunch_list(db, clock, THURSDAY, first)
    write_lunch_list(db, clock, THURSDAY, second)
    assert first.read_bytes() == second.read_bytes()


def test_command_line(db_path, lunch, tmp_path, capsys):
    out = tmp_path / "lista" / "lounas.pdf"
    assert main(["lunch-list", "--db", str(db_path), "--date", "2026-11-26", "--out", str(out)]) == 0
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert main(["lunch-list", "--db", str(db_path), "--date", "2026-11-25", "--out", str(tmp_path / "ei.pdf")]) == 1
    assert not (tmp_path / "ei.pdf").exists()
    assert "no lunch on 2026-11-25" in capsys.readouterr().err
