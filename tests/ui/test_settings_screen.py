"""Staff mode → Asetukset: every setting of the catalog changed on the real window as a person
does (taps on − / +, toggles, choices, letters on the on-screen keyboard), saved, then read back
by the service that uses it; a wrong value is refused with a message in the person's language."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScroller

from kiosk import settings_catalog as catalog
from kiosk.db import audit
from kiosk.ui.setting_editors import ChoiceEditor, NumberEditor, SwitchEditor, TextEditor, TimeEditor, WeekEditor
from tests.helpers import enter_staff

# What a person types into each text field (the on-screen keyboard has letters, digits, "-" and space).
TYPED = {"room_name": "Uusi huone", "organisation_name": "Yhdistys", "logo_path": "logo", "municipality_code": "091",
         "seats": "12", "room_municipality": "Loviisa", "keep_for_audit_until": "2027-12-31", "lunch_menu": "Keitto",
         "lunch_price": "3", "project_name": "Hanke", "project_code": "S12345", "funders": "ESR", "funder_logos": "logo",
         "project_start": "2026-03-01", "target_visits_per_month": "100", "target_new_visitors_per_month": "10",
         "scanner_prefix": "Q1", "backup_folder": "Usb", "network_folder": "Verkko", "printer": "Kalliola"}


def tap(widget) -> None:
    """A finger's tap on the widget (what opens the field keyboard)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 20))


def bring_into_sight(screen, field) -> None:
    """A finger drags the list until the field shows, clear of the keyboard over the screen."""
    page = screen.current_group()
    bar = page.scroll.verticalScrollBar()
    QApplication.processEvents()  # the room made under the list for the keyboard is laid out
    for value in [bar.value(), *range(0, bar.maximum() + 20, 20)]:
        bar.setValue(value)
        QApplication.processEvents()
        hit = screen.childAt(field.mapTo(screen, QPoint(20, 20)))
        if hit is field or (hit is not None and field.isAncestorOf(hit)):
            return
    raise AssertionError(f"{field.accessibleName()} cannot be brought into sight")


def type_on_keyboard(screen, field, text: str) -> None:
    bring_into_sight(screen, field)
    tap(field)
    assert screen.keyboard.isVisible() and screen.keyboard.target is field
    field.selectAll()
    field.del_()  # the old value out, as a person holds the erase key
    for ch in text:
        (screen.keyboard.space if ch == " " else screen.keyboard.keys[ch.upper()]).click()


def change_as_a_person(screen, editor) -> None:
    """One change a person makes with the editor's own controls."""
    if isinstance(editor, NumberEditor):
        stepper = editor.stepper
        (stepper.minus if stepper.value + editor.setting.step > editor.setting.highest else stepper.plus).click()
    elif isinstance(editor, TimeEditor):
        editor.stepper.plus.click()
    elif isinstance(editor, SwitchEditor):
        editor.switch.click()
    elif isinstance(editor, ChoiceEditor):
        chosen = editor.text().split(",")
        button = next(b for c, b in editor.buttons.items() if c not in chosen) if not editor.many else \
            next(iter(editor.buttons.values()))
        button.click()
    elif isinstance(editor, WeekEditor):
        saturday = editor.hours.days[5][0]
        saturday.click()
    elif isinstance(editor, TextEditor):
        type_on_keyboard(screen, editor.field, TYPED[editor.setting.key])
    else:
        raise AssertionError(f"no way to change {editor.setting.key}")


def read_back(db, clock, key):
    """The value as the service that uses it reads it."""
    from kiosk import exchange, opening_hours, room_setup, scanner_settings
    from kiosk.app import registration_from_settings, timings_from_settings
    from kiosk.closing import ClosingService
    from kiosk.lunch import LunchService

    timings = timings_from_settings(db)
    times = {"idle_seconds": timings.idle_ms // 1000, "confirmation_seconds": timings.result_ms // 1000,
             "still_there_seconds": timings.still_there_ms // 1000, "staff_idle_seconds": timings.staff_idle_ms // 1000,
             "screensaver_minutes": timings.saver_ms // 60_000, "tap_guard_ms": timings.tap_guard_ms,
             "scanner_gap_ms": timings.scan_gap_ms}
    if key in times:
        return times[key]
    registration = registration_from_settings(db)
    room = room_setup.load(db)
    readers = {
        "room_name": lambda: room.room_name, "organisation_name": lambda: room.organisation_name,
        "camera": lambda: room.camera, "opening_hours": lambda: opening_hours.week(db),
        "registration_questions": lambda: registration.questions,
        "situation_check_months": lambda: registration.situation_check_months,
        "room_municipality": lambda: registration.home_municipality,
        "scanner_prefix": lambda: scanner_settings.load(db).prefix,
        "backup_folder": lambda: str(ClosingService(db, clock, None, None, None).backup_folder()),
        "municipality_code": lambda: exchange.build(db, clock, 2026, 11)["room"]["municipality_code"],
        "seats": lambda: exchange.build(db, clock, 2026, 11)["room"]["seats"],
    }
    lunch = LunchService(db, clock)
    thursday = date(2026, 12, 10)
    lunch_readers = {"lunch_time": lambda i: i.starts.time(), "lunch_seats": lambda i: i.seats, "lunch_menu": lambda i: i.menu,
                     "lunch_price": lambda i: i.price, "lunch_close_time": lambda i: i.closes.time(),
                     "lunch_close_days_before": lambda i: (thursday - i.closes.date()).days}
    if key in lunch_readers:
        return lunch_readers[key](lunch.info(thursday))
    if key == "lunch_weekdays":
        return tuple(str(d) for d in range(7) if lunch.info(thursday + timedelta(days=d - 3)) is not None)
    # Read through the catalog by their services (privacy, report, lending, exchange, start-up).
    return readers[key]() if key in readers else catalog.get(db, key)


def expected(setting, text):
    value = setting.parse(text)
    if setting.key == "camera":
        return value
    if setting.kind == catalog.LIST:
        return tuple(value)
    if setting.key == "backup_folder":
        return text
    return value


def test_every_setting_changed_on_screen_is_what_its_service_reads(window, db, clock):
    """Group by group on one window (one window a group cost 1.5 s each): each setting changed
    with its own control, the group saved, each value read back by its service, each change audited."""
    enter_staff(window)
    window.present.settings_button.click()
    screen = window.settings
    assert window.current() is screen
    seen = set()
    for group in catalog.GROUP_CODES:
        screen.group_buttons[group].click()
        page = screen.groups[group]
        assert screen.pages.currentWidget() is page and page.editors, group
        assert QScroller.hasScroller(page.scroll.viewport()), f"{group}: the list follows a finger"
        before = {e.setting.key: e.text() for e in page.editors}
        for editor in page.editors:
            change_as_a_person(screen, editor)
        wanted = {e.setting.key: e.text() for e in page.editors}
        assert all(wanted[k] != before[k] for k in wanted), f"{group}: each setting was changed"
        screen.save.click()
        assert screen.problem.text() == "Tallennettu.", f"{group}: {screen.problem.text()}"
        changed = {row["detail"].split(":")[0] for row in audit.entries(db) if row["action"] == "setting_changed"}
        for key, text in wanted.items():
            setting = catalog.find(key)
            assert read_back(db, clock, key) == expected(setting, setting.format(text)), key
            assert key in changed, f"no audit entry naming {key}"
        seen |= set(wanted)
        screen.back_button.click()
        assert screen.pages.currentWidget() is screen.chooser
    assert seen == {s.key for s in catalog.on_screen()}
    from kiosk.app import timings_from_settings

    assert window._timings == timings_from_settings(db)  # the times are taken up at once, not at the next start
    assert window.tap_guard._guard * 1000 == window._timings.tap_guard_ms and window._scan_prefix == "Q1"
    assert window.home.borrow_button.isVisibleTo(window.home)  # self-service lending turned on


def test_a_wrong_value_is_named_in_the_persons_language_and_nothing_of_the_group_is_saved(window, db, clock):
    from kiosk.ui.language import Languages

    enter_staff(window)
    window.present.settings_button.click()
    screen = window.settings
    screen.group_buttons["registration"].click()
    page = screen.groups["registration"]
    page.editor("situation_check_months").stepper.plus.click()
    type_on_keyboard(screen, page.editor("keep_for_audit_until").field, "2027-13-45")
    screen.save.click()
    assert screen.problem.text() == ("Säilytä tarkastusta varten asti (VVVV-KK-PP): "
                                     "anna päivä muodossa 2026-11-24 tai jätä tyhjäksi.")
    assert page.editor("keep_for_audit_until").label.text().startswith("⚠ ")
    assert catalog.get(db, "situation_check_months") == 6  # the good change beside it waits too
    assert window.current() is screen
    languages = Languages()
    try:
        languages.use("sv")
        screen.save.click()
        assert screen.problem.text() == "Spara för granskning till (ÅÅÅÅ-MM-DD): ange dagen som 2026-11-24 eller lämna tomt."
    finally:
        languages.use("fi")
        languages.close()
    type_on_keyboard(screen, page.editor("keep_for_audit_until").field, "2027-12-31")
    screen.save.click()
    assert screen.problem.text() == "Tallennettu."
    assert catalog.get(db, "keep_for_audit_until") == date(2027, 12, 31)
    assert catalog.get(db, "situation_check_months") == 7


def test_a_saved_name_shows_at_once_the_pin_is_changed_audited_without_its_hash_and_back_leads_out(window, db, clock):
    from kiosk.staff_access import Granted, StaffAccess

    enter_staff(window)
    window.present.settings_button.click()
    screen = window.settings
    screen.group_buttons["room"].click()
    type_on_keyboard(screen, screen.groups["room"].editor("room_name").field, "Kylän huone")
    screen.save.click()
    assert window.home.room.text() == "Kylän huone"
    screen.back_button.click()
    screen.group_buttons["pin"].click()
    for _ in range(2):
        for digit in "2468":
            screen.pin.pad.digits[digit].click()
        screen.pin.pad.ok.click()
    [me] = StaffAccess(db, clock).accounts()  # the signed-in person's own PIN (issue 20: named staff)
    assert isinstance(StaffAccess(db, clock).check(me.id, "2468"), Granted)
    assert screen.problem.text() == "PIN vaihdettu."
    changed = [row for row in audit.entries(db) if row["action"] == "staff_pin_changed"]
    assert [(row["actor"], row["detail"]) for row in changed] == [(me.actor, f"#{me.id}")]
    assert not any("scrypt" in row["detail"] for row in audit.entries(db))
    assert screen.pages.currentWidget() is screen.chooser
    screen.back_button.click()
    assert window.current() is window.present


def test_the_tap_guard_is_a_room_setting(db):
    from kiosk.app import timings_from_settings

    catalog.put(db, {"tap_guard_ms": 450})
    assert timings_from_settings(db).tap_guard_ms == 450
    assert time(11, 30) == catalog.get(db, "lunch_time")
