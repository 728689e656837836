"""'Onko tilanteesi yhä tämä?': a returning visitor whose situation answer is older than the
setting is asked once, on check-in; one screen, skippable; the answer is dated today."""

from datetime import datetime

import pytest

from kiosk.clock import HELSINKI
from kiosk.db import settings
from kiosk.profile import Profile
from tests.helpers import focus_target, scan


def situations(db, person_id):
    return [tuple(r) for r in db.rows("SELECT value, given_on, source FROM answers WHERE person_id = ? AND question = 'situation' "
                                      "ORDER BY id", (person_id,))]


@pytest.fixture
def aino(people, clock):
    """Registered in May with 'unemployed under 12 months'; it is November now."""
    clock.set(datetime(2026, 5, 20, 10, tzinfo=HELSINKI))
    person = people.add("Aino", "Virtanen", Profile(situation="unemployed_short"))
    clock.set(datetime(2026, 11, 24, 10, tzinfo=HELSINKI))
    return person


def test_an_old_answer_is_asked_on_check_in_and_a_new_one_is_dated_today(window, aino, db, clock):
    scan(focus_target(window), aino.card_code)
    screen = window.situation_check
    assert window.current() is screen
    assert db.value("SELECT count(*) FROM visits WHERE check_out_at IS NULL") == 1  # checked in already
    assert screen.title.text() == "Onko tilanteesi yhä tämä?"
    assert screen.lead.text() == "Hei Aino! Viimeksi (toukokuu 2026) kerroit: Työtön, alle 12 kk"
    screen.situation.buttons["employed"].click()
    assert window.current() is window.result and window.result.title.text() == "Tervetuloa, Aino!"
    assert situations(db, aino.id)[-1] == ("employed", "2026-11-24", "kiosk")
    assert db.value("SELECT situation FROM people WHERE id = ?", (aino.id,)) == "employed"
    # Checking out, and checking in again tomorrow, asks nothing: the answer is new.
    window.go_home()
    clock.advance(hours=3)
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result and window.result.title.text() == "Näkemiin, Aino!"
    window.go_home()
    clock.advance(days=1)
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result


def test_the_same_answer_confirmed_and_skipping_records_nothing(window, aino, db, clock):
    scan(focus_target(window), aino.card_code)
    window.situation_check.back_button.click()
    assert window.current() is window.result and len(situations(db, aino.id)) == 1
    window.go_home()
    clock.advance(days=1)
    scan(focus_target(window), aino.card_code)
    assert window.situation_check.same.text() == "Kyllä, sama"
    window.situation_check.same.click()
    assert situations(db, aino.id)[-1] == ("unemployed_short", "2026-11-25", "kiosk")
    assert window.current() is window.result


def test_a_younger_answer_or_the_setting_at_zero_asks_nothing(make_window, aino, people, db, clock):
    settings.put(db, "situation_check_months", "0")
    window = make_window()
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result
    window.close()
    settings.put(db, "situation_check_months", "7")
    window = make_window()
    clock.advance(hours=1)
    scan(focus_target(window), aino.card_code)  # checks out: never asked
    window.go_home()
    clock.advance(days=1)
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result  # six months and a few days: under seven


@pytest.mark.parametrize("lang, title, same", [("sv", "Är din situation fortfarande denna?", "Ja, samma"),
                                               ("en", "Is your situation still this?", "Yes, the same")])
def test_it_is_asked_in_the_visitor_s_language(make_window, aino, lang, title, same):
    from kiosk.ui.language import Languages

    languages = Languages("fi")
    window = make_window()
    window.languages = languages
    try:
        languages.use(lang)
        scan(focus_target(window), aino.card_code)
        assert window.situation_check.title.text() == title
        assert window.situation_check.same.text().startswith(same)
    finally:
        languages.close()
