"""A visitor borrowing a laptop at the kiosk, when the room allows it."""

import pytest

from kiosk.app import application, main_window
from kiosk.db import settings
from kiosk.lending import LendingService
from tests.helpers import focus_target, scan


@pytest.fixture
def lending(db, clock):
    service = LendingService(db, clock)
    service.add_item(service.categories()[2][0], "Läppäri 1")  # laptops are self-service
    service.add_item(service.categories()[0][0], "Bernina 1")  # sewing machines are not
    return service


def test_off_by_default(window):
    assert not window.home.borrow_button.isVisible()


@pytest.fixture
def allowed(db, clock, qtbot, lending):
    settings.put(db, "self_service_lending", "1")
    application()
    window = main_window(db, clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_scan_then_tap_a_laptop(allowed, people, lending, db):
    window = allowed
    aino = people.add("Aino", "Virtanen")
    assert window.home.borrow_button.isVisible()
    window.home.borrow_button.click()
    scan(focus_target(window), aino.card_code)
    assert [b.text() for b in window.self_lend.item_buttons] == ["Läppäri 1"]  # no sewing machine
    assert db.value("SELECT count(*) FROM visits") == 0
    window.self_lend.item_buttons[0].click()
    assert window.result.title.text() == "Läppäri 1 on lainassa sinulla"
    assert "16.00 mennessä" in window.result.detail.text()
    assert db.value("SELECT person_id FROM loans") == aino.id


def test_an_overdue_visitor_is_sent_to_the_attendant(allowed, people, lending, clock, db):
    window = allowed
    aino = people.add("Aino", "Virtanen")
    bernina = next(i for i in lending.items() if i.name == "Bernina 1")
    lending.lend(aino.id, item_id=bernina.id)
    clock.advance(days=1)
    window.home.borrow_button.click()
    scan(focus_target(window), aino.card_code)
    window.self_lend.item_buttons[0].click()
    assert window.result.title.text() == "Lainaus ei onnistunut"
    assert "palauttamaton laina" in window.result.detail.text()
    assert db.value("SELECT count(*) FROM loans") == 1
