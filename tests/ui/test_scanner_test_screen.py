"""Skannerin testi: an attendant scans anything and sees what arrived and what the kiosk makes of
it; nothing is written but the two scanner settings changed there (audit-logged)."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk import codes
from kiosk.db import audit, settings
from tests.helpers import device_event, enter_staff, focus_target, keyboard_events, keyboard_scan


def open_scanner_test(window, qtbot):
    enter_staff(window)
    window.present.settings_button.click()
    window.settings.group_buttons["scanner"].click()
    window.settings.groups["scanner"].scanner_button.click()
    assert window.current() is window.scanner_test
    return window.scanner_test


def test_a_card_shows_what_arrived_and_that_it_reads_and_checks_no_one_in(window, people, db, qtbot):
    aino = people.add("Aino", "Virtanen")
    page = open_scanner_test(window, qtbot)
    keyboard_scan(focus_target(window), aino.card_code, suffix="crlf")
    qtbot.waitUntil(lambda: page.verdict.text() != "", timeout=3000)
    assert page.characters.text() == aino.card_code + "⏎⏎"  # CR and LF, shown as they came
    capitals = sum(ch.isalpha() for ch in aino.card_code)
    assert f"Shift painettu {capitals} kertaa" in page.details.text()
    assert "loppumerkki Return + Ctrl+J" in page.details.text() or "loppumerkki Enter + Ctrl+J" in page.details.text()
    assert "26 merkkiä" in page.details.text()
    assert page.verdict.text().startswith("✓") and "henkilökortti" in page.verdict.text()
    assert db.value("SELECT count(*) FROM visits") == 0
    assert window.current() is page


def test_a_bus_card_reads_but_is_not_ours(window, db, qtbot):
    page = open_scanner_test(window, qtbot)
    keyboard_scan(focus_target(window), "6417084034123", suffix="tab")
    qtbot.waitUntil(lambda: page.verdict.text() != "", timeout=3000)
    assert "ei ole työhuoneen kortti" in page.verdict.text()
    assert "loppumerkki Tab" in page.details.text()


def test_a_slow_scanner_is_told_to_raise_the_pace_and_the_stepper_saves_it(window, people, db, qtbot, clock):
    aino = people.add("Aino", "Virtanen")
    page = open_scanner_test(window, qtbot)
    target = focus_target(window)
    for kind, key, modifiers, text in keyboard_events(aino.card_code[:8]):
        QApplication.sendEvent(target, device_event(kind, key, modifiers, text, pace_ms=1 if kind == QEvent.Type.KeyRelease else 150))
    qtbot.waitUntil(lambda: page.verdict.text() != "", timeout=5000)
    assert "Nosta merkkiväliä" in page.verdict.text() and "100 ms" in page.verdict.text()
    page.gap.plus.click()
    page.gap.plus.click()
    assert settings.get(db, "scanner_gap_ms") == "140"
    assert window.scanner.gap_ms() == 140
    assert any("scanner_gap_ms" in entry["detail"] for entry in audit.entries(db))


def test_a_prefix_seen_is_skipped_with_one_tap_and_then_cards_check_in(window, people, db, qtbot):
    aino = people.add("Aino", "Virtanen")
    page = open_scanner_test(window, qtbot)
    keyboard_scan(focus_target(window), "]Q1" + aino.card_code)
    qtbot.waitUntil(lambda: page.verdict.text() != "", timeout=3000)
    assert page.use_prefix.isVisible() and "]Q1" in page.use_prefix.text()
    page.use_prefix.click()
    assert settings.get(db, "scanner_prefix") == "]Q1"
    assert "]Q1" in page.prefix_label.text() and page.clear_prefix.isVisible()
    window.go_home()
    keyboard_scan(focus_target(window), "]Q1" + aino.card_code)
    assert window.result.title.text() == "Tervetuloa, Aino!"


def test_the_first_start_setup_has_no_way_to_the_scanner_test(window):
    from PySide6.QtWidgets import QAbstractButton

    assert not [b for b in window.first_setup.findChildren(QAbstractButton) if "Skannerin testi" in b.text()]
    assert not window.settings.groups["scanner"].scanner_button.isHidden()
