from kiosk import codes
from tests.helpers import enter, focus_target, keyboard_scan, press, scan, typed_slowly


def open_name_search(window, qtbot):
    window.home.by_name.click()
    qtbot.waitUntil(window.name_search.field.hasFocus)
    return window.name_search.field


def visit_count(db):
    return db.value("SELECT count(*) FROM visits")


def test_scanner_burst_checks_in_then_out(window, people, clock, db, qtbot):
    aino = people.add("Aino", "Virtanen")
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result
    assert window.result.title.text() == "Tervetuloa, Aino!"
    assert window.result.detail.text() == "Kirjauduit sisään klo 10.00.\nTyöhuoneessa nyt: 1"
    window.go_home()
    clock.advance(hours=3, minutes=5)
    scan(focus_target(window), aino.card_code)
    assert window.result.title.text() == "Näkemiin, Aino!"
    assert "3 h 5 min" in window.result.detail.text()
    assert db.value("SELECT count(*) FROM visits WHERE check_out_at IS NOT NULL") == 1


def test_unknown_card_says_so_calmly_and_writes_nothing(window, db):
    scan(focus_target(window), codes.new_code(codes.Kind.PERSON))
    assert window.result.title.text() == "Korttia ei tunnistettu"
    assert window.result.by_name.isVisible()
    assert visit_count(db) == 0


def test_garbled_and_foreign_codes_write_nothing(window, people, db):
    aino = people.add("Aino", "Virtanen")
    scan(focus_target(window), aino.card_code[:-3] + "000")
    assert window.result.title.text() == "Koodi ei lukeutunut kunnolla"
    window.go_home()
    scan(focus_target(window), "6414893001234")
    assert window.result.title.text() == "Tämä ei ole työhuoneen kortti"
    assert visit_count(db) == 0


def test_double_fired_scanner_counts_once(window, people, db):
    aino = people.add("Aino", "Virtanen")
    scan(focus_target(window), aino.card_code)
    scan(focus_target(window), aino.card_code)
    assert window.result.title.text() == "Tervetuloa, Aino!"
    assert visit_count(db) == 1


def test_scan_while_typing_a_name_checks_in_and_leaves_no_code_in_the_field(window, people, qtbot, db):
    aino = people.add("Aino", "Virtanen")
    field = open_name_search(window, qtbot)
    scan(field, aino.card_code)
    assert window.result.title.text() == "Tervetuloa, Aino!"
    assert field.text() == ""
    assert visit_count(db) == 1


def test_a_person_typing_is_not_a_scan(window, people, qtbot, db):
    aino = people.add("Aino", "Virtanen")
    field = open_name_search(window, qtbot)
    for ch in aino.card_code[:8]:
        typed_slowly(field, ch, qtbot, hold_ms=40, gap_ms=130)  # a quick typist: 130 ms between keys
    enter(field)
    qtbot.waitUntil(lambda: field.text() == aino.card_code[:8])
    assert window.current() is window.name_search
    assert visit_count(db) == 0


def test_a_fast_typist_holding_keys_like_a_person_is_not_a_scan(window, people, qtbot, db):
    """Keys 80 ms apart (inside the scanner's 100 ms) but each held down 90 ms, as fingers do."""
    aino = people.add("Aino", "Virtanen")
    field = open_name_search(window, qtbot)
    for ch in aino.card_code[:8]:
        typed_slowly(field, ch, qtbot, hold_ms=75, gap_ms=5)
    enter(field)
    qtbot.waitUntil(lambda: field.text() == aino.card_code[:8])
    assert window.current() is window.name_search
    assert visit_count(db) == 0


def test_physical_keyboard_types_a_short_name_with_umlauts(window, people, qtbot):
    people.add("Eino", "Äijälä")
    field = open_name_search(window, qtbot)
    press(field, "ä")
    press(field, "i")
    qtbot.waitUntil(lambda: field.text() == "äi")
    qtbot.waitUntil(lambda: window.name_search.match_buttons[0].isVisible())
    assert window.name_search.match_buttons[0].text() == "Eino Ä."


def test_checking_out_with_borrowed_items_says_what_to_return(window, people, clock, db):
    from kiosk.lending import LendingService

    lending = LendingService(db, clock)
    laptop = lending.add_item(lending.categories()[2][0], "Laptop 3")
    aino = people.add("Aino", "Virtanen")
    scan(focus_target(window), aino.card_code)
    lending.lend(aino.id, item_id=laptop.id)
    window.go_home()
    clock.advance(hours=2)
    scan(focus_target(window), aino.card_code)
    assert window.result.title.text() == "Näkemiin, Aino!"
    assert "Muista palauttaa lainasi tilavastaavalle: Laptop 3" in window.result.detail.text()
    assert window.result.property("tone") == "warn"
    lending.give_back(item_id=laptop.id)
    window.go_home()
    clock.advance(hours=1)
    scan(focus_target(window), aino.card_code)  # in again
    window.go_home()
    clock.advance(hours=1)
    scan(focus_target(window), aino.card_code)
    assert "Muista" not in window.result.detail.text()
