"""Going through every screen as a visitor would, for ``kiosk screenshots`` (see kiosk/app.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kiosk.people import SituationToConfirm

SIZES = ((1280, 800), (800, 1280))


# What ``kiosk screenshots`` renders besides the room's own look: every language, and each in
# larger text, high contrast, and with the bilingual help (not for Finnish: it is Finnish already).
LANGUAGES = ("fi", "sv", "en")
LOOKS = ("plain", "larger", "contrast", "bilingual")


def variants(languages=LANGUAGES, looks=LOOKS) -> list[tuple[str, str]]:
    return [(code, look) for code in languages for look in looks if not (code == "fi" and look == "bilingual")]


def folder(code: str, look: str) -> str:
    """Where a variant's pictures go: the room's Finnish at the top, as before; others in their own."""
    if (code, look) == ("fi", "plain"):
        return ""
    return code if look == "plain" else f"{code}-{look}"


def _checked(window) -> str:
    from kiosk.checkin import CheckedIn

    return "checked-in" if isinstance(window.result._shown, CheckedIn) else "checked-out"


def walk(window, clock) -> Iterator[str]:
    """Go through the screens as a visitor would, naming each picture."""
    window.go_home()
    yield "home"
    window.show_screen(window.name_search)
    yield "name-empty"
    for letter in "AI":
        window.name_search.keyboard.keys[letter].click()
    yield "name-matches"
    window._idle()  # left alone a while
    yield "still-there"
    window.still_there.stay.click()
    matches = [b for b in window.name_search.match_buttons if b.isVisible()]
    if matches:
        matches[0].click()
        yield _checked(window)
        window.go_home()
        clock.advance(minutes=75)  # a while later, the same visitor again
        window.show_screen(window.name_search)
        for letter in "AI":
            window.name_search.keyboard.keys[letter].click()
        matches[0].click()
        yield _checked(window)
    window.scanner.scanned.emit("TH1P0000000000000000000000")
    yield "card-garbled"
    window.scanner.scanned.emit("6414893001234")
    yield "card-not-ours"
    from kiosk import codes

    window.scanner.scanned.emit(codes.new_code(codes.Kind.PERSON))
    yield "card-unknown"
    window.go_home()
    as_coordinator(window)
    window.show_present()
    yield "present"
    window.present.people_button.click()
    window.people.search.setText("a")
    window.people.results.setCurrentRow(0)
    yield "people"
    yield from _to_fix(window.people)
    yield from _lending(window)
    yield from _register(window)
    window.go_home()
    window.show_screen(window.lunch)
    yield "lunch"
    window.lunch.by_name.click()
    for letter in "AI":
        window.name_search.keyboard.keys[letter].click()
    matches = [b for b in window.name_search.match_buttons if b.isVisible()]
    if matches:
        matches[-1].click()
        yield "lunch-choose"
        window.lunch.diet_buttons["vegetarian"].click()
        window.lunch.sign_up.click()
        yield "lunch-signed-up"
    yield from _activities(window, clock)
    window.go_home()
    as_coordinator(window)
    window.show_present()
    window.present.lunch_button.click()
    yield "lunch-list"
    window.go_home()
    as_coordinator(window)
    window.show_present()
    window.present.report_button.click()
    window.report.preview()
    _settle(800)  # the PDF view renders its pages in the background
    yield "report"
    window.go_home()
    window.show_screen(window.self_lend)
    yield "self-lend"
    window.go_home()
    window.show_screen(window.anonymous)
    yield "anonymous"
    window.anonymous.situation.buttons["pensioner"].click()
    yield "anonymous-done"
    window.go_home()
    window.situation_check.ask(SituationToConfirm(0, "Aino", "unemployed_short", date(2026, 5, 20)))
    window.show_screen(window.situation_check)
    yield "situation-check"
    yield from _staff(window)
    window.go_home()


def _activities(window, clock) -> Iterator[str]:
    """Issue 21: "Tänään", the confirmation's "Tuletko?", and staff mode's "Toiminnot"."""
    if getattr(window, "today", None) is None:
        return
    from kiosk.checkin import CheckedIn

    window.go_home()
    window.home.today_button.click()
    yield "today"
    sessions = window._activities.today_sessions()
    if sessions:
        window.today.rows[0].click()
        yield "today-chosen"
        window.go_home()
        # A check-in while today's first session is on, rendered as the window would.
        window.result.show_result(CheckedIn(1, "Aino", sessions[0].starts, 5), activity_offer=sessions[0])
        window.show_screen(window.result)
        yield "checked-in-activity"
        window.result.activity_answer(window._activities.attend(1, sessions[0].activity.id, sessions[0].day))
        yield "checked-in-activity-done"
    window.go_home()
    as_coordinator(window)
    window.show_staff(window.activities_screen)
    yield "activities"
    window.activities_screen.new.click()
    yield "activity-editor"
    window.activities_screen.editor.close_button.click()


def _to_fix(screen) -> Iterator[str]:
    """The coordinator's to-do list with something on it: one person flagged as an ESF+
    participant (the EURA start still to be made), another's home municipality by an old name
    (Pernå, merged into Loviisa in 2010: no code), each saved on the screen; then the list, its
    first record open."""
    screen.esf.setChecked(True)
    screen.save.click()
    if screen.results.count() > 1:
        screen.results.setCurrentRow(1)
        screen.texts["municipality"].setText("Pernå")
        screen.save.click()
    screen.to_fix.click()
    screen.results.setCurrentRow(0)
    yield "people-to-fix"


def as_coordinator(window) -> None:
    """Staff mode as a coordinator sees it (every staff screen), without a PIN or an audit entry."""
    from kiosk.staff_access import Account

    window.staff_mode = True
    window._access.session.account = Account(0, "screenshots", "coordinator")
    window.present.show_coordinator_tools(True)


def _staff(window) -> Iterator[str]:
    """The way into staff mode, its screens, the first-start setup and the screen saver."""
    window.go_home()
    window.show_staff(window.present)
    if window.pin.chosen is None:
        yield "staff-pin-names"
        window.pin.choose(window.pin._accounts[0])
    for digit in "12":
        window.pin.pad.digits[digit].click()
    yield "staff-pin"
    window.pin.reset()
    as_coordinator(window)  # the room's own PINs are not known here
    window.show_staff(window.closing)
    yield "closing"
    window.show_staff(window.visits)
    window.visits.list.setCurrentRow(0)
    yield "visits"
    window.show_staff(window.attendance)
    yield "attendance"
    window.show_staff(window.settings)
    yield "settings"
    from kiosk.settings_catalog import GROUP_CODES

    for group in (*GROUP_CODES, "pin"):
        window.settings.open_group(group)
        yield f"settings-{group}"
    from kiosk import codes

    window.show_staff(window.staff_accounts)
    yield "staff-accounts"
    window.staff_accounts.add_button.click()
    yield "staff-accounts-add"
    window.show_staff(window.scanner_test)
    _typed_by_scanner("]Q1" + codes.new_code(codes.Kind.PERSON, choice=lambda alphabet: alphabet[11]))
    window.scanner_test.show_arrival()  # without waiting for the pause that ends an arrival
    yield "scanner-test"
    yield from _offsite(window)
    window.go_home()
    window.show_screen(window.first_setup)
    yield "first-start"
    window.first_setup.reset()
    window.go_home()
    window._dim()
    yield "screen-saver"


def _offsite(window) -> Iterator[str]:
    """The off-site copy's screen: as set, with its keyboard up, and saying what went wrong."""
    from kiosk.offsite import Trouble
    from kiosk.ui.offsite_texts import trouble_text

    screen = window.offsite
    window.show_staff(screen)
    yield "offsite"
    screen.keyboard.open_for(screen.url)  # as a tap on the address brings it
    yield "offsite-keyboard"
    screen.keyboard.close_keyboard()
    screen.message.setText(trouble_text(Trouble.NO_NETWORK))
    yield "offsite-no-network"
    screen.refresh()


def _typed_by_scanner(text: str) -> None:
    """A scanner's keys as the operating system delivers them, 2 ms apart: Shift around capitals."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.scanner import keystrokes, stamped

    target = QApplication.focusWidget() or QApplication.activeWindow()
    for i, (kind, key, modifiers, typed) in enumerate(keystrokes(text)):
        QApplication.sendEvent(target, stamped(kind, key, modifiers, typed, 1000 + 2 * i))


def _lending(window) -> Iterator[str]:
    """The attendant lends the first available item to the first person found."""
    screen = window.lending
    window.show_screen(screen)
    screen.reset()
    yield "lending-start"
    screen.search.setText("ai")
    if screen.people_found[0].isVisible():
        screen.people_found[0].click()
        buttons = [b for b in screen.item_buttons if b.isEnabled()]
        if buttons:
            buttons[0].click()
    yield "lending-lent"
    screen.show_mode("return")
    screen.loans.setCurrentRow(0)
    yield "lending-return"
    screen.show_mode("out")
    yield "lending-out"
    screen.show_mode("catalogue")
    screen.catalogue.items.setCurrentRow(2)
    yield "lending-catalogue"


def _register(window) -> Iterator[str]:
    """A newcomer, 'Åsa Ö.', through every step of the registration."""
    reg = window.registration
    window.go_home()
    window.show_screen(reg)
    for letter in "ÅSA":
        reg.name.keyboard.keys[letter].click()
    reg.name.last.setFocus()
    reg.name.keyboard.keys["Ö"].click()
    yield "register-name"
    reg.name.next.click()
    for question, step in reg.questions.items():
        yield f"register-{question.replace('_', '-')}"
        if question == "birth_year":
            for digit in "1961":
                step.digits[digit].click()
        elif question == "municipality":
            for letter in "LOV":
                step.keyboard.keys[letter].click()
            yield "register-municipality-typed"
            step.matches[0].click()
        else:
            next(b for code, b in step.buttons.items() if code).click()
    yield "register-privacy"
    reg.privacy.accept.click()
    yield "register-card"



def _settle(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
