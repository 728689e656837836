"""The home screen's language buttons and camera, wired into the kiosk as a visitor meets them."""

from PySide6.QtCore import Qt

from kiosk.app import application, main_window
from kiosk.ui.camera import CameraPreview
from kiosk.ui.language import Languages
from kiosk.ui.window_settings import Timings
from tests.ui.test_camera import Clock, PushedFrames, card_frame, empty_frame, shown_and_decoded


def test_a_visitor_chooses_english_and_the_kiosk_is_finnish_again_after_the_visit(qtbot, db, people, clock):
    application()
    languages = Languages()
    try:
        window = main_window(db, clock, Timings(idle_ms=60_000, result_ms=60_000), languages=languages)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        qtbot.addWidget(window)
        window.show()
        aino = people.add("Aino", "Virtanen")
        window.home.language_buttons["en"].click()
        assert window.home.by_name.text() == "In or out by name"
        window.home.by_name.click()
        window.name_search.back_button.click()  # stepping back keeps the visitor's language
        assert window.home.by_name.text() == "In or out by name"
        window.scanner.scanned.emit(aino.card_code)
        assert window.result.title.text().startswith("Welcome, Aino")
        window.result.done.emit()
        assert window.home.by_name.text() == "Sisään tai ulos nimellä"
        window.home.language_buttons["sv"].click()
        window.idle.idle.emit()  # the visitor walked away
        assert window.home.by_name.text() == "Sisään tai ulos nimellä"
    finally:
        languages.close()


def test_a_card_shown_to_the_camera_checks_in_once_like_a_scan(make_window, people, qtbot, db):
    aino = people.add("Aino", "Virtanen")
    window = make_window()
    source, clock = PushedFrames(), Clock()
    preview = CameraPreview("front", source=source, clock=clock, decode_interval=0)
    window.use_camera(preview)
    for _ in range(6):  # held up for a second and a half
        shown_and_decoded(qtbot, preview, source, card_frame(aino.card_code))
        clock.now += 0.25
    qtbot.waitUntil(lambda: window.current() is window.result)
    assert window.result.title.text() == "Tervetuloa, Aino!"
    assert db.value("SELECT count(*) FROM visits") == 1
    window.go_home()
    window.show_screen(window.name_search)  # away from home the camera reads nothing
    clock.now += 5
    shown_and_decoded(qtbot, preview, source, empty_frame())
    shown_and_decoded(qtbot, preview, source, card_frame(aino.card_code))
    assert window.current() is window.name_search
    assert db.value("SELECT count(*) FROM visits") == 1
    preview.stop()
