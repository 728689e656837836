"""The attendant's people screen, driven by taps and typing."""

import json

from tests.helpers import open_people
from kiosk.checkin import ReplacedCard, UnknownCard
from kiosk.db import audit
from kiosk.profile import Profile


def test_find_view_and_edit_staff_fields(window, people, db):
    aino = people.add("Aino", "Virtanen", Profile(gender="woman", birth_year=1980))
    screen = open_people(window, "virt")
    assert screen.results.item(0).text() == "Aino Virtanen"
    assert screen.texts["birth_year"].text() == "1980"
    assert screen.choices["gender"].currentData() == "woman"
    screen.esf.setChecked(True)
    screen.texts["eura_start_on"].setText("2026-11-24")
    screen.save.click()
    row = db.row("SELECT esf_participant, eura_start_on, gender, birth_year FROM people WHERE id = ?", (aino.id,))
    assert tuple(row) == (1, "2026-11-24", "woman", 1980)
    assert screen.status.text() == "Tallennettu."
    assert audit.entries(db, aino.id)[-1]["action"] == "edit"


def test_the_municipality_is_edited_by_name_and_kept_by_code(window, people, db):
    aino = people.add("Aino", "Virtanen", Profile(municipality="Atlantis"))  # an old free-text answer
    screen = open_people(window, "virt")
    assert "Kotikunnalla Atlantis ei ole kuntanumeroa" in screen.card.text()
    screen.texts["municipality"].setText("Lovisa")
    screen.save.click()
    assert screen.status.text() == "Tallennettu."
    assert tuple(db.row("SELECT municipality, municipality_code FROM people WHERE id = ?", (aino.id,))) == ("Lovisa", "434")
    screen.results.setCurrentRow(0)  # the list was found again after the save
    assert screen.texts["municipality"].text() == "Lovisa" and "kuntanumeroa" not in screen.card.text()
    screen.texts["municipality"].setText("Lovissa")
    screen.save.click()
    assert "Kotikunnalla Lovissa ei ole kuntanumeroa" in screen.status.text()
    assert db.value("SELECT municipality_code FROM people WHERE id = ?", (aino.id,)) is None


def test_esf_participant_without_eura_start_is_reminded(window, people):
    aino = people.add("Aino", "Virtanen")
    people.edit(aino.id, "Aino", "Virtanen", esf_participant=1)
    screen = open_people(window, "aino")
    assert "EURA-aloitustiedot puuttuvat" in screen.card.text()


def test_a_bad_year_is_refused_with_a_message(window, people, db):
    people.add("Aino", "Virtanen", Profile(birth_year=1980))
    screen = open_people(window, "aino")
    screen.texts["birth_year"].setText("19x0")
    screen.save.click()
    assert "Syntymävuosi" in screen.status.text()
    assert db.value("SELECT birth_year FROM people") == 1980


def test_reissue_from_the_screen(window, people, checkin):
    aino = people.add("Aino", "Virtanen")
    screen = open_people(window, "aino")
    screen.reissue.click()
    assert checkin.scan(aino.card_code) == ReplacedCard()
    assert "Uusi kortti" in screen.status.text()


def test_erase_needs_a_second_tap(window, people, checkin, db):
    aino = people.add("Aino", "Virtanen")
    screen = open_people(window, "aino")
    screen.erase.click()
    assert db.value("SELECT erased_at FROM people") is None
    screen.erase.click()
    assert db.value("SELECT erased_at IS NOT NULL FROM people") == 1
    assert checkin.scan(aino.card_code) == UnknownCard()
    assert "#1" in screen.status.text() and screen.results.count() == 0


def test_merge_picks_the_other_record_then_confirms(window, people, checkin, clock, db):
    kept = people.add("Aino", "Virtanen")
    other = people.add("Aino", "Virtanen")
    checkin.scan(other.card_code)
    screen = open_people(window, "aino")
    kept_row = next(i for i in range(screen.results.count()) if screen.results.item(i).data(256) == kept.id)
    other_row = 1 - kept_row
    screen.results.setCurrentRow(kept_row)
    screen.merge.click()
    screen.results.setCurrentRow(other_row)
    screen.merge.click()
    assert db.value("SELECT count(*) FROM people") == 1
    assert db.value("SELECT person_id FROM visits") == kept.id
    clock.advance(minutes=10)
    assert checkin.scan(other.card_code).person_id == kept.id  # the merged record's card still works


def test_export_and_card_pdf_files(window, people, db_path):
    people.add("Åsa", "Öberg")
    screen = open_people(window, "åsa")
    screen.export.click()
    exported = sorted((db_path.parent / "exports").glob("*person-*.json"))
    assert json.loads(exported[0].read_text(encoding="utf-8"))["first_name"] == "Åsa"
    screen.print_card.click()
    assert list((db_path.parent / "exports").glob("*cards.pdf"))


def test_going_home_clears_the_people_screen(window, people):
    people.add("Aino", "Virtanen", Profile(gender="woman", situation="pensioner"))
    screen = open_people(window, "aino")
    assert screen.choices["gender"].currentData() == "woman"
    window.go_home()
    assert screen.search.text() == "" and screen.results.count() == 0 and screen.texts["first_name"].text() == ""
    # The greyed-out answers too: no one's answers stay on the screen with no record open.
    assert all(box.currentIndex() == 0 for box in screen.choices.values())


def test_a_persons_loans_are_listed(window, people, db, clock):
    from kiosk.lending import LendingService

    lending = LendingService(db, clock)
    laptop = lending.add_item(lending.categories()[2][0], "Laptop 3")
    aino = people.add("Aino", "Virtanen")
    lending.lend(aino.id, item_id=laptop.id)
    screen = open_people(window, "aino")
    assert screen.loans.text() == "Lainat:\nLaptop 3: tiistai 24.11.2026 – LAINASSA"


def test_role_periods_are_shown_added_changed_and_removed_with_the_log(window, people, db):
    aino = people.add("Aino", "Virtanen")
    people.periods.save(aino.id, {"role": "volunteer", "start_on": "2026-01-01", "end_on": "2026-06-30"})
    screen = open_people(window, "aino")
    assert screen.periods.count() == 1 and screen.periods.item(0).text().startswith("Vapaaehtoinen (kummi) 1.1.2026 – 30.6.2026")
    screen.new_period.click()
    screen.choices["period_role"].setCurrentIndex(screen.choices["period_role"].findData("rehab_work"))
    for name, text in (("start_on", "2026-11-10"), ("weekdays", "1,2,3"), ("hours_per_day", "4,5"), ("payer", "Kela")):
        screen.period_texts[name].setText(text)
    screen.save_period.click()
    assert screen.status.text() == "Jakso tallennettu."
    assert screen.periods.currentItem().text() == "Kuntouttava työtoiminta 10.11.2026 – jatkuu · Kela · ma ti ke · 4,5 h/pv"
    # An overlapping period of the same role is refused in words, and nothing is written.
    screen.new_period.click()
    screen.choices["period_role"].setCurrentIndex(screen.choices["period_role"].findData("rehab_work"))
    screen.period_texts["start_on"].setText("2026-12-01")
    screen.save_period.click()
    assert "saman roolin jakso" in screen.status.text() and screen.periods.count() == 2
    screen.period_texts["start_on"].setText("1.12.2026")
    screen.save_period.click()
    assert "Tarkista päivät" in screen.status.text()
    # Ending the period: choose it, type its end, save.
    screen.periods.setCurrentRow(1)
    assert screen.period_texts["payer"].text() == "Kela"
    screen.period_texts["end_on"].setText("2026-12-31")
    screen.save_period.click()
    assert db.value("SELECT end_on FROM role_periods WHERE role = 'rehab_work'") == "2026-12-31"
    screen.periods.setCurrentRow(0)
    screen.remove_period.click()
    assert screen.periods.count() == 2  # asks first
    screen.remove_period.click()
    assert [screen.periods.item(i).text().split()[0] for i in range(screen.periods.count())] == ["Kuntouttava"]
    actions = [e["action"] for e in audit.entries(db, aino.id)]
    assert actions == ["add_period", "add_period", "edit_period", "remove_period"]


def _tap(qtbot, widget, at=None) -> None:
    """A finger on a button, a field or a row of a list (the list's viewport, where a finger lands)."""
    from PySide6.QtCore import Qt

    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=at if at is not None else target.rect().center())


def _rows(listing) -> list[str]:
    return [listing.item(i).text() for i in range(listing.count())]


def test_the_coordinator_lists_the_records_to_fix_and_fixes_one(window, people, db, qtbot):
    from tests.helpers import enter_staff

    aino = people.add("Åsa", "Virtanen", Profile(municipality="Atlantis"))  # an old free-text answer
    bertta = people.add("Bertta", "Ahonen")
    people.edit(bertta.id, "Bertta", "Ahonen", esf_participant=1)  # no EURA start yet
    people.add("Cecilia", "Carlsson", Profile(municipality="Loviisa"))  # nothing to fix
    enter_staff(window)  # the room's first account: its coordinator
    window.present.people_button.click()
    screen = window.people
    assert screen.to_fix.isVisible() and screen.to_fix.text() == "Korjattavaa (2)"
    _tap(qtbot, screen.search)  # a search begun: the keyboard is up
    assert screen.keyboard.isVisible()
    _tap(qtbot, screen.to_fix)
    assert not screen.keyboard.isVisible() and screen.search.text() == ""
    assert _rows(screen.results) == ["Bertta Ahonen\nEURA-aloitus puuttuu",
                                     "Åsa Virtanen\nkotikunta Atlantis ilman kuntanumeroa"]  # Å after the Latin letters
    row = screen.results.item(1)
    screen.results.scrollToItem(row)
    _tap(qtbot, screen.results, screen.results.visualItemRect(row).center())
    assert screen.texts["first_name"].text() == "Åsa" and screen.texts["municipality"].text() == "Atlantis"
    assert "Kotikunnalla Atlantis ei ole kuntanumeroa" in screen.card.text()
    field = screen.texts["municipality"]
    from PySide6.QtWidgets import QScrollArea

    screen.findChild(QScrollArea, "record_area").ensureWidgetVisible(field)  # scrolled to, as a finger would
    _tap(qtbot, field)
    assert screen.keyboard.isVisible() and screen.keyboard.target is field
    field.end(False)
    for _ in "Atlantis":
        screen.keyboard.backspace.click()
    for ch in "Loviisa":
        screen.keyboard.keys[ch.upper()].click()
    assert field.text() == "Loviisa"
    screen.keyboard.done.click()
    _tap(qtbot, screen.save)
    assert screen.status.text() == "Tallennettu."
    assert db.value("SELECT municipality_code FROM people WHERE id = ?", (aino.id,)) == "434"
    assert _rows(screen.results) == ["Bertta Ahonen\nEURA-aloitus puuttuu"]  # fixed: she left the list
    assert screen.to_fix.text() == "Korjattavaa (1)"
    window.go_home()  # nothing of it stays for the next one in staff mode
    assert screen.results.count() == 0 and not screen.to_fix.isVisible()


def test_an_attendant_has_no_to_do_list(window, people, db, clock):
    from kiosk.staff_access import StaffAccess
    from tests.helpers import enter_staff

    people.add("Åsa", "Virtanen", Profile(municipality="Atlantis"))
    access = StaffAccess(db, clock)
    access.session.account = access.first_coordinator("Örn", "2468")
    access.add("Eino", "1357", "attendant")
    enter_staff(window, name="Eino", pin="1357")
    window.present.people_button.click()
    assert window.current() is window.people and not window.people.to_fix.isVisible()
