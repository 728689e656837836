from datetime import date, datetime, timedelta

import pytest

from kiosk import privacy
from kiosk.clock import HELSINKI
from kiosk.db import settings
from kiosk.lunch import (
    LunchRefusal,
    LunchRefused,
    LunchService,
    SignedUp,
    SignUpCancelled,
)

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def lunch(db, clock):
    settings.put(db, "lunch_menu", "Hernekeitto ja pannukakku")
    settings.put(db, "lunch_price", "3 €")
    settings.put(db, "lunch_seats", "3")
    return LunchService(db, clock)


def test_next_lunch_is_thursday_and_closes_the_day_before_at_two(lunch):
    info = lunch.next_lunch()
    assert info.day == THURSDAY and info.starts == datetime(2026, 11, 26, 11, 30, tzinfo=HELSINKI)
    assert info.closes == datetime(2026, 11, 25, 14, 0, tzinfo=HELSINKI)
    assert (info.menu, info.price, info.seats, info.seats_left) == ("Hernekeitto ja pannukakku", "3 €", 3, 3)
    assert lunch.is_open(info)


def test_sign_up_remembers_diets_and_cancel(lunch, people):
    aino = people.add("Aino", "Virtanen")
    signed = lunch.sign_up(aino.id, diets=("gluten_free", "vegetarian"), diet_note="ei sieniä")
    assert isinstance(signed, SignedUp) and signed.diets == ("vegetarian", "gluten_free")
    assert signed.lunch.seats_left == 2
    assert lunch.remembered_diets(aino.id) == (("vegetarian", "gluten_free"), "ei sieniä")
    assert lunch.sign_up(aino.id).already
    assert isinstance(lunch.cancel_sign_up(aino.id), SignUpCancelled)
    assert lunch.next_lunch().seats_left == 3
    assert lunch.cancel_sign_up(aino.id).reason is LunchRefusal.NOT_SIGNED_UP
    assert lunch.remembered_diets(aino.id)[0] == ("vegetarian", "gluten_free")  # still remembered


def test_the_last_seat_can_be_taken_then_full(lunch, people, db):
    a, b, c = (people.add(n, "K") for n in ("Aino", "Eino", "Åsa"))
    assert isinstance(lunch.sign_up(a.id, guest=True), SignedUp)  # a guest takes a seat
    assert isinstance(lunch.sign_up(b.id), SignedUp)  # the last seat
    refused = lunch.sign_up(c.id)
    assert refused == LunchRefused(LunchRefusal.FULL, lunch.next_lunch())
    assert db.value("SELECT count(*) FROM lunch_signups") == 2


def test_a_guest_needs_a_seat_of_its_own(lunch, people):
    a, b = people.add("Aino", "K"), people.add("Eino", "K")
    lunch.sign_up(a.id, guest=True)
    assert lunch.sign_up(b.id, guest=True).reason is LunchRefusal.FULL
    assert isinstance(lunch.sign_up(b.id), SignedUp)


def test_sign_up_closes_by_itself_at_closing_time(lunch, people, clock, db):
    aino = people.add("Aino", "K")
    clock.set(datetime(2026, 11, 25, 13, 59, tzinfo=HELSINKI))
    assert isinstance(lunch.sign_up(aino.id), SignedUp)
    eino = people.add("Eino", "K")
    clock.set(datetime(2026, 11, 25, 14, 0, tzinfo=HELSINKI))
    assert lunch.sign_up(eino.id).reason is LunchRefusal.CLOSED
    assert lunch.cancel_sign_up(aino.id).reason is LunchRefusal.CLOSED
    assert not lunch.is_open(lunch.next_lunch())
    clock.set(datetime(2026, 11, 26, 11, 31, tzinfo=HELSINKI))
    assert lunch.next_lunch().day == THURSDAY + timedelta(days=7)  # once it has begun, the next one


def test_cancelled_and_moved_lunch(lunch, people):
    aino = people.add("Aino", "K")
    lunch.sign_up(aino.id)
    lunch.move_lunch(THURSDAY, date(2026, 11, 27))
    moved = lunch.next_lunch()
    assert moved.day == date(2026, 11, 27) and moved.moved_from == THURSDAY and moved.taken == 1
    assert lunch.signed_up(aino.id, date(2026, 11, 27))
    lunch.cancel_lunch(date(2026, 11, 27))
    assert lunch.next_lunch().day == date(2026, 12, 3)
    eino = people.add("Eino", "K")
    assert lunch.sign_up(eino.id, day=date(2026, 11, 27)).reason is LunchRefusal.CANCELLED
    assert lunch.sign_up(eino.id, day=date(2026, 11, 30)).reason is LunchRefusal.NO_LUNCH


def test_erased_people_cannot_sign_up(lunch, people, db, clock):
    aino = people.add("Aino", "K")
    privacy.erase(db, clock, aino.id)
    assert lunch.sign_up(aino.id).reason is LunchRefusal.UNKNOWN_PERSON


def test_the_cooks_list_walk_ins_served_and_figures(lunch, people, clock):
    aino, eino = people.add("Aino", "Virtanen"), people.add("Eino", "Äijälä")
    lunch.sign_up(aino.id, diets=("vegetarian",), guest=True)
    lunch.sign_up(eino.id, diets=("vegetarian", "no_pork"))
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=HELSINKI))  # after closing: the attendant still adds
    lunch.walk_in(THURSDAY, "Marja (naapuri)", diets=("lactose_free",))
    listing = lunch.list_for(THURSDAY)
    assert [r.name for r in listing.rows] == ["Aino V.", "Eino Ä.", "Marja (naapuri)"]
    assert listing.headcount == 4 and listing.diets == {"vegetarian": 2, "no_pork": 1, "lactose_free": 1}
    lunch.mark_served(listing.rows[0].signup_id)
    lunch.mark_served(listing.rows[2].signup_id)
    assert lunch.list_for(THURSDAY).served == 3  # Aino, her guest, Marja
    day = lunch.figures(date(2026, 11, 1), date(2026, 12, 1))
    assert [(d.day, d.signed_up, d.guests, d.served, d.no_shows) for d in day] == [(THURSDAY, 3, 1, 3, 1)]
    lunch.set_served_count(THURSDAY, 5)
    assert lunch.figures(date(2026, 11, 1), date(2026, 12, 1))[0].served == 5


def test_served_as_a_count_only(lunch, people):
    aino = people.add("Aino", "K")
    lunch.sign_up(aino.id, guest=True)
    lunch.set_served_count(THURSDAY, 1)
    assert [(d.signed_up, d.guests, d.served, d.no_shows) for d in lunch.figures(date(2026, 11, 1), date(2026, 12, 1))] == [(1, 1, 1, 1)]


def test_offer_on_check_in_only_when_open_and_not_yet_signed_up(lunch, people, clock):
    aino = people.add("Aino", "K")
    assert lunch.offer_for(aino.id).day == THURSDAY
    lunch.sign_up(aino.id, diets=("no_pork",))
    assert lunch.offer_for(aino.id) is None
    lunch.cancel_sign_up(aino.id)
    signed = lunch.sign_up_as_before(aino.id)
    assert signed.diets == ("no_pork",)
    eino = people.add("Eino", "K")
    clock.set(datetime(2026, 11, 25, 15, 0, tzinfo=HELSINKI))
    assert lunch.offer_for(eino.id) is None
