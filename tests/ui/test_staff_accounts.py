"""Named staff on screen (issue 20): the PIN screen asks whose PIN it is, the coordinator adds
an attendant on the on-screen keyboard, the attendant gets in with their own PIN and sees the day's
screens only, and each one's actions are audit-logged under their name."""

from PySide6.QtCore import Qt

from kiosk.db import audit
from kiosk.staff_access import StaffAccess
from tests.helpers import TEST_PIN, enter_staff


def test_the_coordinator_adds_an_attendant_who_then_signs_in_with_their_own_pin(window, db, clock, qtbot):
    enter_staff(window)  # the room's first coordinator, "Koordinaattori"
    assert window.present.staff_accounts_button.isVisible()
    window.present.staff_accounts_button.click()
    screen = window.staff_accounts
    assert window.current() is screen
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == ["Koordinaattori — koordinaattori"]
    screen.add_button.click()
    qtbot.mouseClick(screen.name, Qt.MouseButton.LeftButton)  # a tap brings the on-screen keyboard
    assert screen.keyboard.isVisible()
    for ch in "EINO":
        screen.keyboard.keys[ch].click()
    assert screen.name.text() == "Eino"
    screen.next.click()
    for _ in range(2):
        for digit in "1357":
            screen.pin.pad.digits[digit].click()
        screen.pin.pad.ok.click()
    assert screen.message.text() == "Eino lisätty."
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == [
        "Eino — tilavastaava", "Koordinaattori — koordinaattori"]  # Finnish order
    screen.back_button.click()
    window.present.lock_button.click()
    assert not window.staff_mode

    # The attendant: their name, their PIN; the day's screens, not the coordinator's.
    enter_staff(window, name="Eino", pin="1357")
    for button in (window.present.report_button, window.present.settings_button, window.present.staff_accounts_button):
        assert not button.isVisible()
    assert window.present.people_button.isVisible() and window.present.closing_button.isVisible()
    window.show_staff(window.staff_accounts)  # a way round the hidden button still lands on present
    assert window.current() is window.present
    window.show_staff(window.report)
    assert window.current() is window.present
    window.go_home()
    [eino] = [a for a in StaffAccess(db, clock).accounts() if a.name == "Eino"]
    log = [(e["actor"], e["action"]) for e in audit.entries(db)]
    assert ("Koordinaattori (#1)", "staff_account_added") in log
    assert (f"Eino (#{eino.id})", "staff_signed_in") in log


def test_the_pin_screen_lists_names_first_and_a_wrong_pin_counts_against_that_name(window, db, clock):
    access = StaffAccess(db, clock)
    access.session.account = access.first_coordinator("Örn", TEST_PIN)
    access.add("Åke", "1357", "attendant")
    access.add("Aaro", "1111", "attendant")
    access.add("Zacharias", "2222", "attendant")
    window.show_staff(window.present)
    pin = window.pin
    assert window.current() is pin and pin.chosen is None
    assert pin.title.text() == "Kuka olet? Valitse nimesi."
    assert [a.name for a in pin._accounts] == ["Aaro", "Zacharias", "Åke", "Örn"]
    pin.name_buttons[pin._accounts[2].id].click()
    assert pin.title.text() == "PIN: Åke"
    for digit in TEST_PIN:  # Örn's PIN is not Åke's
        pin.pad.digits[digit].click()
    pin.pad.ok.click()
    assert pin.pad.message.text() == "Väärä PIN. Yrityksiä jäljellä: 4" and not window.staff_mode
    pin.back_button.click()  # back to the names, not home
    assert window.current() is pin and pin.chosen is None
    wrong = [e["detail"] for e in audit.entries(db) if e["action"] == "staff_pin_wrong"]
    assert wrong == [f"#{pin._accounts[2].id} Åke: try 1"]
