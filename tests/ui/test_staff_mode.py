"""Staff mode as an attendant meets it: hold the room's name, the PIN, five wrong tries, the
lock by itself, and a kiosk that does not close outside staff mode."""

from datetime import date

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.db import audit, settings
from kiosk.clock import FixedClock
from kiosk.room_setup import load
from tests.conftest import TUESDAY_10
from kiosk.staff_access import Granted, StaffAccess
from tests.helpers import TEST_PIN, enter_staff, focus_target, scan


def press_and_hold(qtbot, label, hold: bool = True) -> None:
    def mouse(kind, buttons):
        QApplication.sendEvent(label, QMouseEvent(kind, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.LeftButton, buttons,
                                                  Qt.KeyboardModifier.NoModifier))

    mouse(QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton)
    if hold:
        qtbot.wait(400)
    mouse(QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)


def tap_pin(window, pin: str) -> None:
    for digit in pin:
        window.pin.pad.digits[digit].click()
    window.pin.pad.ok.click()


def with_pin(db):
    StaffAccess(db, FixedClock(TUESDAY_10)).first_coordinator("Koordinaattori", TEST_PIN)


def test_a_long_press_on_the_room_name_asks_the_pin_and_a_short_tap_does_nothing(make_window, db, qtbot):
    with_pin(db)
    window = make_window(long_press_ms=200)
    press_and_hold(qtbot, window.home.room, hold=False)
    assert window.current() is window.home
    press_and_hold(qtbot, window.home.room)
    assert window.current() is window.pin and not window.staff_mode
    assert "●" not in window.pin.pad.dots.text()
    for digit in TEST_PIN[:3]:
        window.pin.pad.digits[digit].click()
    assert window.pin.pad.dots.text() == "●●●" and TEST_PIN[:3] not in window.pin.pad.dots.text()
    window.pin.pad.digits[TEST_PIN[3]].click()
    window.pin.pad.ok.click()
    assert window.staff_mode and window.current() is window.present


def test_five_wrong_pins_lock_entry_and_the_right_one_then_waits(make_window, db, clock):
    with_pin(db)
    window = make_window()
    window.show_present()
    assert window.current() is window.pin  # no way round the PIN
    for left in (4, 3, 2, 1):
        tap_pin(window, "0000")
        assert window.pin.pad.message.text() == f"Väärä PIN. Yrityksiä jäljellä: {left}"
    tap_pin(window, "0000")
    assert "Liian monta" in window.pin.pad.message.text() and "10.05" in window.pin.pad.message.text()
    assert not window.pin.pad.digits["1"].isEnabled()
    window.pin._check(TEST_PIN)  # even a right PIN typed on a keyboard is refused while locked
    assert not window.staff_mode
    clock.advance(minutes=5)
    window.pin._unlock.timeout.emit()
    assert window.pin.pad.digits["1"].isEnabled()
    tap_pin(window, TEST_PIN)
    assert window.staff_mode


def test_a_staff_keyboard_types_the_pin_too(make_window, db, qtbot):
    with_pin(db)
    window = make_window()
    window.show_present()
    for ch in TEST_PIN:
        qtbot.keyClick(window.pin.pad, ch)
    qtbot.keyClick(window.pin.pad, Qt.Key.Key_Return)
    assert window.staff_mode


def test_staff_mode_locks_itself_after_idle_time(make_window, qtbot):
    window = make_window(idle_ms=60_000, staff_idle_ms=80)
    enter_staff(window)
    window.present.people_button.click()
    assert window.current() is window.people
    qtbot.waitUntil(lambda: window.current() is window.home, timeout=3000)
    assert not window.staff_mode
    window.show_staff(window.people)
    assert window.current() is window.pin


def test_lock_button_and_going_home_end_staff_mode(window):
    enter_staff(window)
    window.present.lock_button.click()
    assert window.current() is window.home and not window.staff_mode


def test_closing_the_window_escape_and_alt_f4_do_nothing_outside_staff_mode(window, qtbot):
    window.locked_down = True
    window.close()  # what Alt+F4 or the window manager's close button does
    assert window.isVisible()
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, escape)
    assert window.isVisible() and escape.isAccepted()
    window.quit_kiosk()  # not in staff mode: nothing
    assert window.isVisible()
    assert not window.present.quit_button.isVisible()
    enter_staff(window)
    assert window.present.quit_button.isVisible()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # pytest-qt closes it once more
    window.present.quit_button.click()
    assert window.isVisible() and window.present.quit_button.text() == "Vahvista: sulje kioski"  # issue 16
    window.present.quit_button.click()
    assert not window.isVisible()


def test_the_screen_saver_comes_after_long_idle_and_a_touch_or_scan_wakes_it(make_window, people, qtbot):
    aino = people.add("Aino", "Virtanen")
    window = make_window(saver_ms=80)
    qtbot.waitUntil(lambda: window.current() is window.saver, timeout=3000)
    QApplication.sendEvent(window.saver, QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(50, 50), QPointF(50, 50),
                                                      Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                      Qt.KeyboardModifier.NoModifier))
    assert window.current() is window.home
    qtbot.waitUntil(lambda: window.current() is window.saver, timeout=3000)
    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result and "Aino" in window.result.title.text()


def test_the_screen_saver_never_covers_a_staff_screen(make_window, qtbot):
    window = make_window(saver_ms=50)
    enter_staff(window)
    qtbot.wait(200)
    assert window.current() is window.present


def test_closing_checklist_checks_everyone_out_and_backs_up(window, db, people, checkin, tmp_path):
    for name in ("Aino", "Bo", "Cecilia"):
        checkin.toggle(people.add(name, "X").id)
    settings.put(db, "backup_folder", str(tmp_path / "usb"))
    enter_staff(window)
    window.present.closing_button.click()
    assert window.current() is window.closing
    rows = [window.closing.list.item(i).text() for i in range(window.closing.list.count())]
    assert rows[0] == "Paikalla vielä: 3" and "Varmuuskopio: ei vielä tehty" in rows
    window.closing.check_out_all.click()
    assert checkin.present() == []
    window.closing.backup_now.click()
    rows = [window.closing.list.item(i).text() for i in range(window.closing.list.count())]
    assert rows[0] == "Paikalla vielä: 0" and any(r.endswith(": kunnossa") for r in rows)
    assert len(list((tmp_path / "usb").glob("kiosk-backup-*.sqlite"))) == 1
    assert [e["action"] for e in audit.entries(db)].count("check_out_by_staff") == 3


def test_visits_screen_fixes_a_visit_time_and_the_audit_log_says_so(window, db, people, checkin, clock):
    checkin.toggle(people.add("Aino", "Virtanen").id)  # 10.00
    clock.advance(hours=2)
    enter_staff(window)
    window.present.visits_button.click()
    screen = window.visits
    assert screen.list.item(0).text().startswith("Aino V.   10.00–…")
    screen.list.setCurrentRow(0)
    screen.check_in.minus.click()  # 9.45: she came before she scanned
    screen.check_out.set(11 * 60 + 30)
    screen.save.click()
    assert screen.list.item(0).text().startswith("Aino V.   9.45–11.30")
    assert [e["action"] for e in audit.entries(db)] [-1] == "visit_times_fixed"
    screen.list.setCurrentRow(0)
    screen.check_out.set(13 * 60)  # in the future: refused, nothing written
    screen.save.click()
    assert "Tarkista ajat" in screen.message.text()
    assert screen.list.item(0).text().startswith("Aino V.   9.45–11.30")


def test_first_start_setup_saves_the_room_and_its_first_coordinator(window, db, clock, qtbot):
    assert window.needs_setup()
    window.show_staff(window.present)  # without a PIN there is no staff mode: the setup comes
    setup = window.first_setup
    assert window.current() is setup and not setup.back_button.isVisible()
    setup.names.room.clear()
    setup.next.click()
    assert setup.pages.currentWidget() is setup.names and setup.problem.text()
    setup.names.room.setText("Kylän työhuone")
    setup.next.click()
    assert "oma nimesi" in setup.problem.text()  # the first coordinator: whoever sets the room up
    setup.names.coordinator.setText("Aino Virtanen")
    setup.names.organisation.setFocus()
    for letter in "RY":
        setup.names.keyboard.keys[letter].click()
    setup.next.click()
    saturday = setup.hours.days[5]
    saturday[0].click()
    for _ in range(2):
        saturday[2].minus.click()  # Saturday 9–15
    setup.next.click()
    setup.lunch_days.days[1].click()  # Tuesday too
    setup.next.click()
    setup.kiosk.cameras["none"].click()
    setup.next.click()
    for pin in ("1357", "1358"):
        for digit in pin:
            setup.pin.pad.digits[digit].click()
        setup.pin.pad.ok.click()
    assert "eivät olleet samat" in setup.pin.pad.message.text()
    assert window.needs_setup()  # nothing saved yet
    for _ in range(2):
        for digit in "1357":
            setup.pin.pad.digits[digit].click()
        setup.pin.pad.ok.click()
    room = load(db)
    assert room.room_name == "Kylän työhuone" and room.organisation_name == "Ry"
    assert room.week[5].closes.hour == 15 and room.lunch_days == {1, 3} and room.camera == "none"
    [aino] = StaffAccess(db, clock).accounts()
    assert (aino.name, aino.role) == ("Aino Virtanen", "coordinator")
    assert isinstance(StaffAccess(db, clock).check(aino.id, "1357"), Granted)
    assert window.current() is window.home and window.home.room.text() == "Kylän työhuone"
    assert date(2026, 11, 28).weekday() in room.week


def test_the_kiosk_starts_locked_down_on_its_setup_and_an_unexpected_error_goes_home_calmly(qtbot, db, clock, caplog):
    import sys

    from kiosk.app import application, home_window, start_kiosk

    app = application()
    window = home_window(db, clock)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "locked_down", False))
    window.show()
    hook = sys.excepthook
    try:
        start_kiosk(app, window, db, clock, windowed=False)
        assert window.locked_down and window.current() is window.first_setup
        window.close()
        assert window.isVisible()
        try:
            raise RuntimeError("a fault of ours")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: window.current() is window.result)
        assert window.result.title.text() == "Jokin meni vikaan"
        assert "a fault of ours" in caplog.text and "Traceback" in caplog.text
    finally:
        sys.excepthook = hook
        window.languages.close()  # the next tests find the application without its translators


def test_a_file_damaged_inside_is_found_at_start_and_said_on_screen(qtbot, tmp_path, clock, caplog):
    from kiosk.app import application, check_integrity, home_window
    from kiosk.db import open_database
    from kiosk.people import PeopleService

    path = tmp_path / "k.sqlite"
    db = open_database(path)
    service = PeopleService(db, clock)
    for i in range(400):
        service.add(f"Henkilö{i}", "Testinen")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = db.value("PRAGMA page_size")
    root = db.value("SELECT rootpage FROM sqlite_master WHERE name = 'person_words_person'")
    with open(path, "r+b") as raw:  # scribble over one index page: the file opens, the index lies
        raw.seek(root * page - 600)  # the cells sit at a page's end
        raw.write(b"\xff" * 600)
    application()
    window = home_window(db, clock)
    qtbot.addWidget(window)
    from kiosk.app import attach_services

    attach_services(window, db, clock)
    window.show()
    check_integrity(window, db)
    qtbot.waitUntil(lambda: window.current() is window.result, timeout=10_000)
    assert window.result.title.text() == "Nyt ei onnistunut"
    assert "integrity_check failed" in caplog.text
    db.close()
