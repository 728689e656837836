from hypothesis import given
from hypothesis import strategies as st

from kiosk import names


def test_fold_removes_accents_and_case():
    assert names.fold("Äijälä") == "aijala"
    assert names.fold("ÅSA Öberg") == "asa oberg"
    assert names.fold("Søren Ærø") == "soren aero"
    assert names.fold("Yılmaz Núñez") == "yilmaz nunez"


def test_words_split_hyphens_and_spaces():
    assert names.words("Anna-Liisa  Öhman") == ["anna", "liisa", "ohman"]
    assert names.words("  ") == []


def test_shown_name_is_first_name_and_last_initial():
    assert names.shown_name("Aino", "Virtanen") == "Aino V."
    assert names.shown_name("Aino", "öhman") == "Aino Ö."
    assert names.shown_name("Aino", "") == "Aino"


@given(st.text(max_size=100))
def test_words_of_any_text_are_folded_nonempty_and_searchable(text):
    for word in names.words(text):
        assert word
        assert names.fold(word) == word
        assert names.words(word) == [word]
