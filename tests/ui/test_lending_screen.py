"""The attendant lends and takes back with a scanner and a few taps."""

import pytest

from kiosk.lending import LendingService
from tests.helpers import focus_target, scan, enter_staff


@pytest.fixture
def lending(db, clock):
    return LendingService(db, clock)


@pytest.fixture
def items(lending):
    laptop = lending.add_item(lending.categories()[2][0], "Laptop 3")
    bernina = lending.add_item(lending.categories()[0][0], "Bernina 1")
    return laptop, bernina


def open_lending(window):
    enter_staff(window)
    window.present.lending_button.click()
    assert window.current() is window.lending
    return window.lending


def button_for(screen, name):
    return next(b for b in screen.item_buttons if b.text().startswith(name))


def test_scan_the_card_then_tap_the_item(window, people, items, db):
    aino = people.add("Aino", "Virtanen")
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    assert window.current() is screen  # a scan here identifies, it does not check in
    assert screen.person.text() == "Kävijä: Aino Virtanen"
    assert db.value("SELECT count(*) FROM visits") == 0
    button_for(screen, "Laptop 3").click()
    assert screen.message.text() == "✓ Laptop 3 lainattu: Aino. Palautus tiistai 24.11.2026 16.00."
    assert db.value("SELECT person_id FROM loans") == aino.id
    assert all(not b.text().startswith("Laptop 3") for b in screen.item_buttons)


def test_scan_the_card_then_the_items_label_for_a_week(window, people, items, db):
    laptop, _ = items
    aino = people.add("Aino", "Virtanen")
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    screen.due["week"].click()
    scan(focus_target(window), laptop.code)
    assert "Palautus tiistai 1.12.2026 16.00" in screen.message.text()


def test_name_search_instead_of_a_card(window, people, items):
    people.add("Åsa", "Öberg")
    screen = open_lending(window)
    screen.search.setText("öb")
    screen.people_found[0].click()
    assert screen.person.text() == "Kävijä: Åsa Öberg"


def test_refused_loan_says_why_and_writes_nothing(window, people, items, lending, db):
    laptop, _ = items
    lending.put_out_of_service(laptop.id, "näyttö rikki")
    aino = people.add("Aino", "Virtanen")
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    scan(focus_target(window), laptop.code)
    assert screen.message.text() == "✗ Laptop 3 on pois käytöstä."
    assert db.value("SELECT count(*) FROM loans") == 0


def test_an_overdue_borrower_needs_lend_anyway(window, people, items, lending, clock, db):
    laptop, bernina = items
    aino = people.add("Aino", "Virtanen")
    lending.lend(aino.id, item_id=laptop.id)
    clock.advance(days=1)
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    button_for(screen, "Bernina 1").click()
    assert "myöhässä oleva laina" in screen.message.text() and screen.lend_anyway.isVisible()
    assert db.value("SELECT count(*) FROM loans") == 1
    screen.lend_anyway.click()
    assert screen.message.text().startswith("✓ Bernina 1 lainattu")
    assert db.value("SELECT overridden FROM loans WHERE item_id = ?", (bernina.id,)) == 1


def test_return_by_scanning_the_label(window, people, items, lending, clock):
    laptop, _ = items
    aino = people.add("Aino", "Virtanen")
    lending.lend(aino.id, item_id=laptop.id)
    screen = open_lending(window)
    screen.modes["return"].click()
    clock.advance(hours=10)
    scan(focus_target(window), laptop.code)
    assert screen.message.text() == "✓ Laptop 3 palautettu (Aino). Palautus myöhässä."
    assert lending.item(laptop.id).status == "available"


def test_return_with_a_problem_then_fixed(window, people, items, lending):
    _, bernina = items
    aino = people.add("Aino", "Virtanen")
    lending.lend(aino.id, item_id=bernina.id)
    screen = open_lending(window)
    screen.modes["return"].click()
    screen.loans.setCurrentRow(0)
    screen.problem.setText("neula katkesi")
    screen.with_problem.click()
    assert "Pois käytöstä" in screen.message.text()
    assert lending.item(bernina.id).status == "out_of_service"
    screen.modes["out"].click()
    assert screen.broken.item(0).text() == "Bernina 1 — neula katkesi"
    screen.broken.setCurrentRow(0)
    screen.fixed.click()
    assert lending.item(bernina.id).status == "available"


def test_on_loan_now_marks_overdue_in_words_first(window, people, items, lending, clock):
    laptop, bernina = items
    aino, eino = people.add("Aino", "Virtanen"), people.add("Eino", "Äijälä")
    lending.lend(aino.id, item_id=laptop.id)
    clock.advance(days=1)
    lending.lend(eino.id, item_id=bernina.id)
    screen = open_lending(window)
    screen.modes["out"].click()
    rows = [screen.out_now.item(i).text() for i in range(screen.out_now.count())]
    assert rows[0].startswith("MYÖHÄSSÄ · Laptop 3 — Aino V.") and rows[1].startswith("Bernina 1 — Eino Ä.")


def test_going_home_forgets_the_borrower(window, people, items):
    aino = people.add("Aino", "Virtanen")
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    window.go_home()
    assert screen.person.text() == "Skannaa kävijän kortti tai etsi nimi" and screen.message.text() == ""


def test_a_forgotten_loan_gets_its_real_start(window, people, items, db):
    aino = people.add("Aino", "Virtanen")
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    screen.started.setText("8:45")
    button_for(screen, "Bernina 1").click()
    assert db.value("SELECT lent_at FROM loans") == "2026-11-24T06:45:00Z"
    assert db.value("SELECT recorded_at FROM loans") == "2026-11-24T08:00:00Z"
    assert screen.person.text() == "Kävijä: Aino Virtanen · lainassa: Bernina 1"


def test_catalogue_add_edit_break_fix_retire_and_categories(window, items, lending, people, clock):
    laptop, _ = items
    screen = open_lending(window)
    screen.modes["catalogue"].click()
    page = screen.catalogue
    page.new.click()
    page.name.setText("Bernina 3")
    page.category.setCurrentIndex(page.category.findText("Ompelukone"))
    page.save.click()
    assert "Bernina 3 lisätty" in screen.message.text()
    added = next(i for i in lending.items() if i.name == "Bernina 3")
    assert added.category == "Ompelukone" and added.code.startswith("TH1I")
    row = next(r for r in range(page.items.count()) if page.items.item(r).text().startswith("Laptop 3"))
    page.items.setCurrentRow(row)
    page.reason.setText("akku ei lataa")
    page.broken.click()
    assert lending.item(laptop.id).status == "out_of_service"
    clock.advance(hours=1)
    page.fixed.click()
    assert lending.item(laptop.id).status == "available"
    history = [page.history.item(r).text() for r in range(page.history.count())]
    assert history[0].endswith("korjattu") and "pois käytöstä: akku ei lataa" in history[1]
    clock.advance(hours=1)
    page.retire.click()
    assert lending.item(laptop.id).status == "available"
    page.retire.click()
    assert lending.item(laptop.id).status == "retired"
    page.category_pick.setCurrentIndex(page.category_pick.findText("Tabletti"))
    page.category_self.setChecked(False)
    page.category_save.click()
    assert ("Tabletti" , False) in [(name, flag) for _, name, flag in lending.categories()]
    page.category_name.setText("Videotykki")
    page.category_new.click()
    assert "Videotykki" in [name for _, name, _ in lending.categories()]


def test_a_chosen_return_day_and_a_wrong_one(window, people, items, db):
    aino = people.add("Aino", "Virtanen")
    screen = open_lending(window)
    scan(focus_target(window), aino.card_code)
    screen.due_date.setText("31.13.")
    button_for(screen, "Bernina 1").click()
    assert "Palautuspäivä muodossa" in screen.message.text() and db.value("SELECT count(*) FROM loans") == 0
    screen.due_date.setText("15.1.")  # already past this year: next January
    button_for(screen, "Bernina 1").click()
    assert "Palautus perjantai 15.1.2027 16.00" in screen.message.text()


def test_items_show_their_category_picture(window, items):
    screen = open_lending(window)
    assert all(not b.icon().isNull() for b in screen.item_buttons)


def test_each_seeded_category_has_its_own_picture(qapp):
    from kiosk.names import fold
    from kiosk.ui.icons import _KEYWORDS, category_icon  # noqa: F401

    chosen = {name: next((icon for word, icon in _KEYWORDS if word in fold(name)), "other")
              for name in ("Ompelukone", "Saumuri", "Kannettava tietokone", "Tabletti", "Muu")}
    assert chosen == {"Ompelukone": "sewing", "Saumuri": "overlock", "Kannettava tietokone": "laptop",
                      "Tabletti": "tablet", "Muu": "other"}


def test_the_pressed_page_and_return_day_say_so_with_a_tick(window, people, items):
    screen = open_lending(window)
    assert screen.modes["lend"].text() == "✓ Lainaa" and screen.due["today"].text() == "✓ Tänään"
    screen.modes["return"].click()
    screen.due["week"].click()
    assert [b.text() for b in screen.modes.values()] == ["Lainaa", "✓ Palauta", "Lainassa nyt", "Tavarat"]
    assert [b.label() for b in screen.due.values()] == ["Tänään", "Huomiseen", "Viikoksi"]
    assert screen.due["week"].text() == "✓ Viikoksi"
    screen.out_of_service.click()  # a tall button that stays pressed, not a small check box
    assert screen.out_of_service.isChecked() and screen.out_of_service.text().startswith("✓ ")
    window.go_home()
    assert not screen.out_of_service.isChecked() and screen.modes["lend"].isChecked()
