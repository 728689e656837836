"""Lunch sign-up at the kiosk, as a visitor does it."""

from datetime import datetime

import pytest

from kiosk.clock import HELSINKI
from kiosk.db import settings
from kiosk.lunch import LunchService
from tests.helpers import focus_target, scan
from tests.ui.test_name_search import type_on_screen


@pytest.fixture
def lunch(db, clock):
    settings.put(db, "lunch_menu", "Hernekeitto")
    settings.put(db, "lunch_seats", "2")
    return LunchService(db, clock)


def test_home_shows_the_next_lunch(lunch, window):
    window.go_home()
    assert window.home.lunch_button.isVisible()
    assert window.home.lunch_button.text() == "Lounas torstai 26.11. klo 11.30 · vapaita paikkoja 2\nHernekeitto"


def test_scan_choose_diets_and_sign_up_with_a_guest(lunch, window, people, db):
    aino = people.add("Aino", "Virtanen")
    window.home.lunch_button.click()
    scan(focus_target(window), aino.card_code)
    screen = window.lunch
    assert screen.greeting.text().startswith("Hei Aino!") and db.value("SELECT count(*) FROM visits") == 0
    screen.diet_buttons["vegetarian"].click()
    screen.guest.click()
    screen.sign_up.click()
    assert window.result.title.text() == "Nähdään lounaalla, Aino!"
    assert "Vieraasi on mukana" in window.result.detail.text()
    assert lunch.next_lunch().seats_left == 0
    assert lunch.remembered_diets(aino.id) == (("vegetarian",), "")


def test_find_the_name_then_sign_up_and_diets_are_remembered_next_time(lunch, window, people):
    aino = people.add("Aino", "Virtanen")
    lunch.sign_up(aino.id, diets=("no_pork",))
    lunch.cancel_sign_up(aino.id)
    window.home.lunch_button.click()
    window.lunch.by_name.click()
    assert window.current() is window.name_search
    type_on_screen(window.name_search, "aino")
    window.name_search.match_buttons[0].click()
    assert window.current() is window.lunch
    assert window.lunch.diet_buttons["no_pork"].isChecked()
    window.lunch.sign_up.click()
    assert window.result.title.text() == "Nähdään lounaalla, Aino!"


def test_cancel_the_same_way(lunch, window, people):
    aino = people.add("Aino", "Virtanen")
    lunch.sign_up(aino.id)
    window.home.lunch_button.click()
    scan(focus_target(window), aino.card_code)
    assert window.lunch.cancel.isVisible() and not window.lunch.sign_up.isVisible()
    window.lunch.cancel.click()
    assert window.result.title.text() == "Ilmoittautuminen peruttu"
    assert not lunch.signed_up(aino.id, lunch.next_lunch().day)


def test_other_diet_with_a_note_typed_on_screen(lunch, window, people):
    aino = people.add("Aino", "Virtanen")
    window.home.lunch_button.click()
    scan(focus_target(window), aino.card_code)
    screen = window.lunch
    assert not screen.note.isVisible()
    screen.diet_buttons["other"].click()
    assert screen.note.isVisible()
    for ch in "SIENET":
        screen.keyboard.keys[ch].click()
    screen.sign_up.click()
    assert lunch.remembered_diets(aino.id) == (("other",), "Sienet")


def test_after_closing_time_a_kind_message_and_no_sign_up(lunch, window, people, clock):
    clock.set(datetime(2026, 11, 25, 15, 0, tzinfo=HELSINKI))
    window.home.lunch_button.click()
    assert "Kysy tilavastaavalta" in window.lunch.hint.text()
    assert not window.lunch.by_name.isVisible()


def test_full_lunch_is_refused_kindly(lunch, window, people):
    a, b, c = (people.add(n, "K") for n in ("Aino", "Eino", "Åsa"))
    lunch.sign_up(a.id)
    lunch.sign_up(b.id)
    window.lunch.identified(c.id)
    window.lunch.sign_up.click()
    assert window.result.title.text() == "Lounaalle ilmoittautuminen ei onnistunut"
    assert "täynnä" in window.result.detail.text()


def test_one_tap_lunch_on_the_check_in_confirmation(lunch, window, people):
    aino = people.add("Aino", "Virtanen")
    lunch.sign_up(aino.id, diets=("gluten_free",))
    lunch.cancel_sign_up(aino.id)
    scan(focus_target(window), aino.card_code)
    result = window.result
    assert result.title.text() == "Tervetuloa, Aino!"
    assert result.lunch.isVisible() and result.lunch.text() == "Ilmoittaudu lounaalle torstai 26.11."
    result.lunch.click()
    assert window.current() is result  # without leaving the confirmation
    assert result.lunch_done.text() == "✓ Ilmoittauduttu lounaalle torstai 26.11."
    assert lunch.list_for(lunch.next_lunch().day).diets == {"gluten_free": 1}


def test_no_offer_when_already_signed_up(lunch, window, people):
    aino = people.add("Aino", "Virtanen")
    lunch.sign_up(aino.id)
    scan(focus_target(window), aino.card_code)
    assert not window.result.lunch.isVisible()
