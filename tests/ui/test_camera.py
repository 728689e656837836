"""The camera preview: quiet without a camera, one read per showing of a card, decoding off the GUI
thread with frames dropped while it is busy. Frames come from a source the test pushes pictures into."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import codes
from kiosk.camera_decode import PixelFormat, read_card_codes
from kiosk.qr import qr_png
from kiosk.ui.camera import CameraFrameSource, CameraPreview, FrameSource, frame_of, pick_device, pick_format

CAMERA_LOG = "kiosk.ui.camera"


class PushedFrames(FrameSource):
    """A camera whose frames are whatever the test pushes."""

    def __init__(self):
        super().__init__()
        self.started = 0
        self.stopped = 0

    def start(self) -> None:
        self.started += 1

    def stop(self) -> None:
        self.stopped += 1

    def push(self, image: QImage) -> None:
        self.frame_ready.emit(image)


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def card_frame(code: str, size=(640, 480)) -> QImage:
    """A camera frame with the card's QR code held up in it."""
    frame = empty_frame(size)
    painter = QPainter(frame)
    painter.drawImage(200, 100, QImage.fromData(qr_png(code, box_size=5)))
    painter.end()
    return frame


def empty_frame(size=(640, 480)) -> QImage:
    frame = QImage(*size, QImage.Format.Format_RGB32)
    frame.fill(QColor(120, 115, 105))
    return frame


@pytest.fixture
def window(qtbot):
    window = QWidget()
    QVBoxLayout(window)
    qtbot.addWidget(window)
    window.resize(480, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def make_preview(window):
    made = []

    def make(preference="front", **options):
        preview = CameraPreview(preference, **options)
        window.layout().addWidget(preview)
        made.append(preview)
        return preview

    yield make
    for preview in made:
        preview.stop()


@pytest.fixture
def clock():
    return Clock()


def shown_and_decoded(qtbot, preview, source, image):
    """Push one frame and wait until the decoder has answered for it."""
    with qtbot.waitSignal(preview.decoder.decoded, timeout=5000):
        source.push(image)


# ---------------------------------------------------------------------------------------------
# Without a camera


def test_setting_none_means_no_camera_at_all(qtbot, make_preview, caplog):
    caplog.set_level(logging.INFO, CAMERA_LOG)
    preview = make_preview("none")
    with qtbot.assertNotEmitted(preview.code_read, wait=50):
        preview.start()
    assert preview.source is None
    assert preview.isHidden()
    assert "setting camera is 'none'" in caplog.text


def test_no_camera_on_the_machine_hides_the_preview_and_says_why_in_the_log(qtbot, make_preview, caplog):
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    caplog.set_level(logging.INFO, CAMERA_LOG)
    preview = make_preview("front")
    with qtbot.assertNotEmitted(preview.code_read, wait=50):
        preview.start()
    qtbot.waitUntil(lambda: "no camera found" in caplog.text)
    assert preview.isHidden()
    assert [r.levelname for r in caplog.records if r.name == CAMERA_LOG] == ["WARNING"]


def test_an_unknown_setting_is_taken_as_front_with_a_warning(make_preview, caplog):
    preview = make_preview("takakamera", source=PushedFrames())
    assert preview.preference == "front"
    assert "camera='takakamera'" in caplog.text


def test_a_failing_camera_hides_the_preview_and_a_returning_one_shows_it(qtbot, make_preview, caplog):
    source = PushedFrames()
    preview = make_preview(source=source)
    preview.start()
    assert preview.isHidden()  # nothing to show before the first picture

    source.push(empty_frame())
    assert preview.isVisible()

    source.failed.emit("camera 'USB2.0 HD UVC WebCam' was unplugged")
    assert preview.isHidden()
    assert "was unplugged; the scanner and name search still work" in caplog.text

    source.push(empty_frame())  # plugged back in
    assert preview.isVisible()


def test_a_source_that_raises_on_start_is_logged_not_raised(make_preview, caplog):
    class Broken(PushedFrames):
        def start(self):
            raise OSError("device busy")

    preview = make_preview(source=Broken())
    preview.start()
    assert preview.isHidden()
    assert "device busy" in caplog.text


# ---------------------------------------------------------------------------------------------
# One read per showing


def test_a_card_held_up_for_many_frames_is_read_once_and_again_after_it_was_away(qtbot, make_preview, clock):
    code = codes.new_code(codes.Kind.PERSON)
    source = PushedFrames()
    preview = make_preview(source=source, clock=clock, decode_interval=0, gap=2.0)
    reads = []
    preview.code_read.connect(reads.append)
    preview.start()

    for _ in range(12):  # three seconds held up, four frames a second
        shown_and_decoded(qtbot, preview, source, card_frame(code))
        clock.now += 0.25
    assert reads == [code]

    for _ in range(4):  # a second away: moved aside, not gone
        shown_and_decoded(qtbot, preview, source, empty_frame())
        clock.now += 0.25
    shown_and_decoded(qtbot, preview, source, card_frame(code))
    assert reads == [code]

    clock.now += 2.5  # away for longer than the gap: shown again, to check out
    shown_and_decoded(qtbot, preview, source, empty_frame())
    shown_and_decoded(qtbot, preview, source, card_frame(code))
    assert reads == [code, code]


def test_a_foreign_qr_code_is_not_read(qtbot, make_preview, clock):
    source = PushedFrames()
    preview = make_preview(source=source, clock=clock, decode_interval=0)
    preview.start()
    poster = empty_frame()
    painter = QPainter(poster)
    painter.drawImage(200, 100, QImage.fromData(qr_png("https://www.hsl.fi/", box_size=5)))
    painter.end()
    with qtbot.assertNotEmitted(preview.code_read):
        shown_and_decoded(qtbot, preview, source, poster)


# ---------------------------------------------------------------------------------------------
# Off the GUI thread, dropping frames while busy


def test_decoding_runs_on_another_thread_and_frames_arriving_meanwhile_are_dropped(qtbot, make_preview, clock):
    code = codes.new_code(codes.Kind.PERSON)
    decoding, release = threading.Event(), threading.Event()
    threads = []

    def slow_decode(frame):
        threads.append(threading.get_ident())
        decoding.set()
        release.wait(10)
        return [code]

    source = PushedFrames()
    preview = make_preview(source=source, clock=clock, decode=slow_decode, decode_interval=0)
    preview.start()
    try:
        source.push(card_frame(code))
        qtbot.waitUntil(decoding.is_set)
        for _ in range(5):
            clock.now += 0.1
            source.push(card_frame(code))
        assert preview.decoder.dropped == 5

        ticks = []  # the GUI thread carries on while the worker is stuck
        timer = QTimer(interval=10)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        qtbot.waitUntil(lambda: len(ticks) >= 3)
        timer.stop()
    finally:
        release.set()

    with qtbot.waitSignal(preview.code_read, timeout=5000) as read:
        pass
    assert read.args == [code]
    assert threads and threads[0] != threading.get_ident()
    assert len(threads) == 1  # the dropped frames were never decoded

    decoding.clear()
    shown_and_decoded(qtbot, preview, source, empty_frame())  # free again: the next frame is taken
    assert len(threads) == 2 and preview.decoder.dropped == 5


def test_frames_sooner_than_the_interval_are_skipped(qtbot, make_preview, clock):
    source = PushedFrames()
    preview = make_preview(source=source, clock=clock, decode_interval=0.25)
    preview.start()
    shown_and_decoded(qtbot, preview, source, empty_frame())
    clock.now += 0.1
    source.push(empty_frame())
    assert preview.decoder.skipped == 1
    clock.now += 0.2
    shown_and_decoded(qtbot, preview, source, empty_frame())
    assert preview.decoder.skipped == 1


def test_a_decoder_bug_is_logged_and_the_camera_keeps_reading(qtbot, make_preview, clock, caplog):
    calls = []

    def flaky(frame):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug")
        return []

    source = PushedFrames()
    preview = make_preview(source=source, clock=clock, decode=flaky, decode_interval=0)
    preview.start()
    shown_and_decoded(qtbot, preview, source, empty_frame())
    shown_and_decoded(qtbot, preview, source, empty_frame())
    assert len(calls) == 2
    assert "decoding a camera frame failed" in caplog.text


def test_after_stop_frames_and_late_results_are_ignored(qtbot, make_preview, clock):
    code = codes.new_code(codes.Kind.PERSON)
    source = PushedFrames()
    preview = make_preview(source=source, clock=clock, decode_interval=0)
    preview.start()
    preview.stop()
    assert source.stopped == 1
    with qtbot.assertNotEmitted(preview.code_read, wait=100):
        source.push(card_frame(code))
    assert not preview.decoder.busy


def test_a_preview_deleted_without_stop_stops_its_decoder_thread_first(qtbot, window, clock):
    import shiboken6

    source = PushedFrames()
    preview = CameraPreview(source=source, clock=clock, decode_interval=0)
    window.layout().addWidget(preview)
    preview.start()
    shown_and_decoded(qtbot, preview, source, empty_frame())
    thread = preview.decoder._thread
    assert thread.isRunning()

    shiboken6.delete(preview)

    # Qt deleted the thread with its parent, which aborts the whole process for a running one
    assert not shiboken6.isValid(thread)


# ---------------------------------------------------------------------------------------------
# What it looks like


def test_the_preview_is_mirrored_like_a_mirror(qtbot, make_preview):
    source = PushedFrames()
    preview = make_preview(source=source)
    preview.start()
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor("red"))
    painter = QPainter(frame)
    painter.fillRect(320, 0, 320, 480, QColor("blue"))  # the camera sees blue on its right
    painter.end()
    source.push(frame)

    shot = preview.viewfinder.grab().toImage()
    middle = shot.height() // 2
    assert shot.pixelColor(20, middle).blue() > 200  # so the screen shows it on the left
    assert shot.pixelColor(shot.width() - 20, middle).red() > 200


@pytest.mark.parametrize(
    "qt_format, read_as",
    [
        (QImage.Format.Format_RGB32, PixelFormat.BGRA),
        (QImage.Format.Format_RGBA8888_Premultiplied, PixelFormat.RGBA),
        (QImage.Format.Format_RGB888, PixelFormat.RGB),
        (QImage.Format.Format_RGB16, PixelFormat.GRAY),  # not readable as it is: converted
    ],
)
def test_frames_are_read_in_their_own_layout_or_converted(qt_format, read_as):
    code = codes.new_code(codes.Kind.PERSON)
    image = card_frame(code, (403, 301)).convertToFormat(qt_format)  # RGB888 rows padded to 4 bytes
    frame, _owner = frame_of(image)
    assert frame.format == read_as
    assert read_card_codes(frame) == [code]


def test_the_hint_is_in_finnish_through_tr(make_preview):
    preview = make_preview(source=PushedFrames())
    assert preview.hint.text() == "Näytä korttisi kameralle"


# ---------------------------------------------------------------------------------------------
# Choosing the camera


class FakeDevice:
    def __init__(self, name, position=None):
        self.name, self._position = name, position

    def position(self):
        return self._position

    def isNull(self):
        return False

    def id(self):
        return QByteArray(self.name.encode())

    def description(self):
        return f"{self.name} camera"


def test_unplugging_the_camera_in_use_is_a_failure_with_its_reason(qtbot):
    source = CameraFrameSource("front")
    source._running, source._device = True, FakeDevice("usb-1")  # as if it had started (no camera here)
    with qtbot.waitSignal(source.failed) as failed:
        source._inputs_changed()  # the system's list no longer has it
    assert failed.args == ["camera 'usb-1 camera' was unplugged"]
    assert source._device is None


def test_a_camera_error_is_a_failure_with_its_reason(qtbot):
    from PySide6.QtMultimedia import QCamera

    source = CameraFrameSource("back")
    source._running, source._device = True, FakeDevice("usb-2")
    with qtbot.waitSignal(source.failed) as failed:
        source._camera_error(QCamera.Error.CameraError, "Camera is in use by another application")
    assert failed.args == ["camera 'usb-2 camera' failed: Camera is in use by another application"]


def test_the_camera_on_the_side_asked_for_else_the_default_else_any():
    from PySide6.QtMultimedia import QCameraDevice

    Position = QCameraDevice.Position
    front, back = FakeDevice("front", Position.FrontFace), FakeDevice("back", Position.BackFace)
    usb = FakeDevice("usb", Position.UnspecifiedPosition)

    assert pick_device([back, front], "front") is front
    assert pick_device([back, front], "back") is back
    assert pick_device([usb, back], "front", default=back) is back
    assert pick_device([usb], "back") is usb
    assert pick_device([front], "none") is None
    assert pick_device([], "front") is None


def test_the_format_nearest_640_by_480_and_the_faster_of_equals():
    class Format:
        def __init__(self, w, h, fps):
            self.size, self.fps = (w, h), fps

        def resolution(self):
            from PySide6.QtCore import QSize

            return QSize(*self.size)

        def maxFrameRate(self):
            return self.fps

    slow, fast = Format(640, 480, 15), Format(640, 480, 30)
    assert pick_format([Format(1920, 1080, 30), slow, fast, Format(320, 240, 30)]) is fast
    assert pick_format([Format(1280, 720, 30), Format(1920, 1080, 30)]).size == (1280, 720)
    assert pick_format([]) is None
