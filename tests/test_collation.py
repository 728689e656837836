"""Names in Finnish alphabetical order: Å, Ä, Ö after Z, wherever a list of names is shown or
printed (issue 20). Each list is read back as a person reads it: the search's matches, the cook's
PDF, the cards' PDF."""

import subprocess
from datetime import date

from kiosk import cards
from kiosk.collation import name_key
from kiosk.lunch import LunchService
from kiosk.lunch_list import write_lunch_list
from tests.test_cards import needs_pdftotext

FINNISH_ORDER = ["Aaro", "Zacharias", "Åke", "Ärje", "Örn"]


def test_a_a_o_with_rings_and_dots_come_after_z():
    assert sorted(["Örn", "Åke", "Zacharias", "Ärje", "Aaro"], key=name_key) == FINNISH_ORDER
    # Not a code-point sort (Ä U+00C4 would come before Å U+00C5), not folding to A and O.
    assert sorted(FINNISH_ORDER) != FINNISH_ORDER
    assert sorted(["aaro", "Aaro", "Öhman", "Oja"], key=name_key) == ["aaro", "Aaro", "Oja", "Öhman"]


def test_the_name_search_lists_its_matches_the_finnish_way(people):
    for first in ("Örn", "Åke", "Zacharias", "Aaro", "Ärje"):
        people.add(first, "Ahola")
    assert [m.shown_name.split()[0] for m in people.search("ahola").matches] == FINNISH_ORDER


def _pdf_words(path) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split()


@needs_pdftotext
def test_the_cooks_list_and_the_cards_print_names_the_finnish_way(db, clock, people, tmp_path):
    lunch = LunchService(db, clock)
    for first in ("Örn", "Åke", "Zacharias", "Aaro", "Ärje"):
        lunch.sign_up(people.add(first, "Ahola").id)
    out = tmp_path / "lounas.pdf"
    assert write_lunch_list(db, clock, date(2026, 11, 26), out)
    printed = [w for w in _pdf_words(out) if w in FINNISH_ORDER]
    assert printed == FINNISH_ORDER
    card_pdf = tmp_path / "cards.pdf"
    assert cards.write_cards(db, card_pdf)
    assert [w for w in _pdf_words(card_pdf) if w in FINNISH_ORDER] == FINNISH_ORDER
