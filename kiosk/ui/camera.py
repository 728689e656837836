"""The tablet's camera as a second card reader: a small mirrored preview with a frame to aim at,
frames decoded off the GUI thread a few times a second, and ``code_read`` once per showing of a card.

Import this module lazily (after the home screen is shown): QtMultimedia itself is imported only
when a real camera is started, but the camera is never needed to draw the first screen.

With no camera, a camera that fails or one that is unplugged, the preview hides itself and says why
in the log only: the kiosk carries on with the scanner and name search.
"""

from __future__ import annotations

import functools
import logging
import sys
import time
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.camera_decode import Frame, PixelFormat, PresentationGuard, read_card_codes

log = logging.getLogger(__name__)

PREFERENCES = ("front", "back", "none")  # the room's setting ``camera``; front by default
PREVIEW_SIZE = QSize(320, 240)
DECODE_INTERVAL = 0.25  # s: four tries a second read a card within a blink of it being held up
SHOWING_GAP = 2.0  # s out of view before the same card counts again (the check-in guard is 5 s)
PREVIEW_FPS = 12.0  # enough to aim by; every frame shown costs a conversion on the GUI thread
CAMERA_RESOLUTION = (640, 480)  # reads a card 45 cm away (benchmarks/bench_camera.py) at a third of 720p's cost
READ_FLASH_MS = 1000


class FrameSource(QObject):
    """Where camera frames come from. The real one is ``CameraFrameSource``; tests push pictures
    through one of their own."""

    frame_ready = Signal(QImage)
    failed = Signal(str)  # no frames will come (for now), and why, for the log

    def start(self) -> None:
        """Begin sending frames, or emit ``failed``."""

    def stop(self) -> None:
        """Stop sending frames."""


# ---------------------------------------------------------------------------------------------
# Decoding, on a thread of its own


# QImage formats whose bytes zxing-cpp reads as they are. A 32-bit "RGB32" pixel is the integer
# 0xAARRGGBB, so its byte order follows the machine's.
_ARGB_INTEGERS = PixelFormat.BGRA if sys.byteorder == "little" else PixelFormat.ARGB
_READ_AS_IS = {
    QImage.Format.Format_RGB32: _ARGB_INTEGERS,
    QImage.Format.Format_ARGB32: _ARGB_INTEGERS,
    QImage.Format.Format_ARGB32_Premultiplied: _ARGB_INTEGERS,
    QImage.Format.Format_RGBX8888: PixelFormat.RGBA,
    QImage.Format.Format_RGBA8888: PixelFormat.RGBA,
    QImage.Format.Format_RGBA8888_Premultiplied: PixelFormat.RGBA,
    QImage.Format.Format_RGB888: PixelFormat.RGB,
    QImage.Format.Format_Grayscale8: PixelFormat.GRAY,
}


def readable(image: QImage) -> tuple[QImage, PixelFormat]:
    """The image in a layout zxing-cpp reads, converted only when it must be: the formats
    QVideoFrame.toImage() gives are read as they are, which halves the worker's time per frame
    (1.0 ms instead of 1.9 ms at 640x480, 3.1 instead of 5.8 at 720p: benchmarks/bench_camera.py)."""
    if image.format() in _READ_AS_IS:
        return image, _READ_AS_IS[image.format()]
    return image.convertToFormat(QImage.Format.Format_Grayscale8), PixelFormat.GRAY


def frame_of(image: QImage) -> tuple[Frame, QImage]:
    """A Frame pointing into the image's bytes, and the image that owns them (keep it while the
    Frame is read)."""
    owner, pixel_format = readable(image)
    return Frame(owner.constBits(), owner.width(), owner.height(), pixel_format, owner.bytesPerLine()), owner


class _DecodeWorker(QObject):
    """Lives on the decoder's thread: conversion and decoding never run on the GUI thread."""

    decoded = Signal(list, float)

    def __init__(self, decode: Callable[[Frame], Sequence[str]]):
        super().__init__()
        self._decode = decode

    @Slot(QImage, float)
    def decode(self, image: QImage, taken_at: float) -> None:
        try:
            frame, _owner = frame_of(image)  # _owner keeps the pixels alive until decoded
            found = list(self._decode(frame))
        except Exception:  # noqa: BLE001 (a bug of ours: log it, and keep the camera reading)
            log.exception("decoding a camera frame failed")
            found = []
        self.decoded.emit(found, taken_at)  # always: the decoder is busy until this arrives


class FrameDecoder(QObject):
    """Hands at most one frame at a time to a worker thread, at most every ``interval`` seconds.
    Frames that arrive while it is busy are dropped, not queued: a queue would fall further behind
    the camera on a slow tablet, and the next frame shows the same card anyway."""

    decoded = Signal(list, float)  # the codes found, the moment the frame was taken
    _to_worker = Signal(QImage, float)

    def __init__(self, decode: Callable[[Frame], Sequence[str]] = read_card_codes, interval: float = DECODE_INTERVAL, parent: QObject | None = None):
        super().__init__(parent)
        self.interval = interval
        self.dropped = 0  # arrived while a frame was being decoded
        self.skipped = 0  # arrived sooner than ``interval`` after the last one decoded
        self._busy = False
        self._last_taken = float("-inf")
        self._thread = QThread(self)  # a child: Qt deletes it only after ``destroyed`` has stopped it
        self._thread.setObjectName("camera-decoder")
        self._worker = _DecodeWorker(decode)
        self._worker.moveToThread(self._thread)
        self._to_worker.connect(self._worker.decode)
        self._worker.decoded.connect(self._done)
        # A QThread destroyed while running aborts the process: stop it before this object goes,
        # however it goes (the closure holds the thread, not self).
        self.destroyed.connect(functools.partial(_finish, self._thread))

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start(QThread.Priority.LowPriority)

    def stop(self) -> None:
        _finish(self._thread)
        self._busy = False

    def offer(self, image: QImage, taken_at: float) -> bool:
        """Decode this frame if the worker is free and due; say whether it was taken."""
        if self._busy:
            self.dropped += 1
            return False
        if taken_at - self._last_taken < self.interval:
            self.skipped += 1
            return False
        self.start()
        self._busy = True
        self._last_taken = taken_at
        self._to_worker.emit(image, taken_at)
        return True

    @Slot(list, float)
    def _done(self, found: list, taken_at: float) -> None:
        self._busy = False
        self.decoded.emit(found, taken_at)


def _finish(thread: QThread) -> None:
    if not shiboken6.isValid(thread):
        return  # already gone at interpreter exit, and so not running
    thread.quit()
    if not thread.wait(5000):
        log.error("the camera decoder did not stop within 5 s")


# ---------------------------------------------------------------------------------------------
# The real camera


def pick_device(devices: Sequence, preference: str, default=None):
    """The camera on the side the room asked for (``front``/``back``), else the system's default
    camera, else any; None for ``none`` or when there is no camera."""
    if preference == "none":
        return None
    from PySide6.QtMultimedia import QCameraDevice

    wanted = QCameraDevice.Position.BackFace if preference == "back" else QCameraDevice.Position.FrontFace
    for device in devices:
        if device.position() == wanted:
            return device
    if default is not None and not default.isNull():
        return default
    return devices[0] if devices else None


def pick_format(formats: Sequence, resolution: tuple[int, int] = CAMERA_RESOLUTION):
    """The format nearest ``resolution`` in pixels, the faster of equals; None leaves the camera's own."""
    area = resolution[0] * resolution[1]
    return min(
        formats,
        key=lambda f: (abs(f.resolution().width() * f.resolution().height() - area), -f.maxFrameRate()),
        default=None,
    )


class CameraFrameSource(FrameSource):
    """Frames from the tablet's camera through Qt Multimedia, at most ``max_fps`` a second.
    Follows the camera being unplugged and plugged back in."""

    def __init__(self, preference: str = "front", max_fps: float = PREVIEW_FPS, parent: QObject | None = None):
        super().__init__(parent)
        self.preference = preference
        self._min_gap = 1.0 / max_fps
        self._last_frame = float("-inf")
        self._running = False
        self._devices = None
        self._device = None
        self._camera = None
        self._session = None
        self._sink = None

    def start(self) -> None:
        from PySide6.QtCore import QCameraPermission, QCoreApplication
        from PySide6.QtMultimedia import QMediaDevices

        self._running = True
        if self._camera is not None:
            return  # started already
        status = QCoreApplication.instance().checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Denied:
            self.failed.emit("the camera may not be used (the system's privacy settings deny it)")
            return
        if status == Qt.PermissionStatus.Undetermined:  # Android, macOS: ask once, then start
            QCoreApplication.instance().requestPermission(QCameraPermission(), self, self._permission_answered)
            return
        if self._devices is None:
            self._devices = QMediaDevices(self)
            self._devices.videoInputsChanged.connect(self._inputs_changed)
        self._open()

    def stop(self) -> None:
        self._running = False
        self._close()

    def _permission_answered(self, permission) -> None:
        if self._running:
            self.start()

    def _open(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        device = pick_device(QMediaDevices.videoInputs(), self.preference, QMediaDevices.defaultVideoInput())
        if device is None:
            self.failed.emit("no camera found")
            return
        self._device = device
        self._camera = QCamera(device, self)
        chosen = pick_format(device.videoFormats())
        if chosen is not None:
            self._camera.setCameraFormat(chosen)
        self._camera.errorOccurred.connect(self._camera_error)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        size = chosen.resolution() if chosen is not None else None
        log.info("camera %r (%s) starting%s", device.description(), device.position().name, f" at {size.width()}x{size.height()}" if size else "")
        self._camera.start()  # may report an error at once, through _camera_error

    def _close(self) -> None:
        if self._camera is not None:
            self._sink.videoFrameChanged.disconnect(self._frame)
            self._camera.errorOccurred.disconnect(self._camera_error)
            self._camera.stop()
            for part in (self._session, self._sink, self._camera):
                part.deleteLater()
        self._camera = self._session = self._sink = self._device = None

    def _frame(self, frame) -> None:
        now = time.monotonic()
        if self._camera is None or now - self._last_frame < self._min_gap:
            return  # a frame queued before the camera was closed, or one more than the preview needs
        image = frame.toImage()
        if not image.isNull():
            self._last_frame = now
            self.frame_ready.emit(image)

    def _camera_error(self, error, text: str) -> None:
        description = self._device.description() if self._device is not None else "?"
        self._close()
        self.failed.emit(f"camera {description!r} failed: {text or error.name}")

    def _inputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        if not self._running:
            return
        present = {bytes(device.id()) for device in QMediaDevices.videoInputs()}
        if self._device is not None and bytes(self._device.id()) not in present:
            description = self._device.description()
            self._close()
            self.failed.emit(f"camera {description!r} was unplugged")
        elif self._device is None and present:
            log.info("a camera was plugged in")
            self._open()


# ---------------------------------------------------------------------------------------------
# The preview


class _Viewfinder(QWidget):
    """The latest frame, mirrored like a mirror so that moving the card left moves it left on
    screen, cropped to fill, with corner marks to aim the card at."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.read_recently = False
        self.setMinimumSize(PREVIEW_SIZE)

    def sizeHint(self) -> QSize:
        return PREVIEW_SIZE

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = self.rect()
        rounded = QPainterPath()
        rounded.addRoundedRect(QRectF(area), 16, 16)
        painter.setClipPath(rounded)
        painter.fillRect(area, QColor("#1d2327"))
        if not self.image.isNull():
            painter.save()
            painter.translate(area.width(), 0)
            painter.scale(-1, 1)
            painter.drawImage(area, self.image, _cover(self.image.size(), area.size()))
            painter.restore()
        self._aim_marks(painter, area)
        painter.end()

    def _aim_marks(self, painter: QPainter, area: QRect) -> None:
        side = round(min(area.width(), area.height()) * 0.7)
        box = QRect(0, 0, side, side)
        box.moveCenter(area.center())
        arm = side // 4
        corners = QPainterPath()
        for x, y, dx, dy in (
            (box.left(), box.top(), 1, 1),
            (box.right(), box.top(), -1, 1),
            (box.left(), box.bottom(), 1, -1),
            (box.right(), box.bottom(), -1, -1),
        ):
            corners.moveTo(x, y + dy * arm)
            corners.lineTo(x, y)
            corners.lineTo(x + dx * arm, y)
        colour = QColor("#3ccf7a") if self.read_recently else QColor("white")
        for pen in (QPen(QColor(0, 0, 0, 110), 9), QPen(colour, 5)):  # a shadow, for a white wall behind
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(corners)


def _cover(image: QSize, area: QSize) -> QRect:
    """The middle part of an ``image`` that fills ``area`` at its own aspect ratio."""
    scale = max(area.width() / image.width(), area.height() / image.height())
    width, height = round(area.width() / scale), round(area.height() / scale)
    return QRect((image.width() - width) // 2, (image.height() - height) // 2, width, height)


class CameraPreview(QWidget):
    """The camera on the home screen: ``code_read`` gives a card's code as a scan would.

    Hidden until the first frame arrives, and again when the camera fails or goes away; nothing of
    it is an error to the visitor. ``preference`` is the room's setting ``camera``: ``front``
    (default), ``back`` or ``none``. ``source`` replaces the real camera (tests); ``clock`` gives
    the time in seconds (tests)."""

    code_read = Signal(str)

    def __init__(
        self,
        preference: str = "front",
        parent: QWidget | None = None,
        *,
        source: FrameSource | None = None,
        decode: Callable[[Frame], Sequence[str]] = read_card_codes,
        decode_interval: float = DECODE_INTERVAL,
        gap: float = SHOWING_GAP,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self.setObjectName("camera")
        if preference not in PREFERENCES:
            log.warning("setting camera=%r is not one of %s; using the front camera", preference, "/".join(PREFERENCES))
            preference = "front"
        self.preference = preference
        self._clock = clock
        self._running = False
        self.guard = PresentationGuard(gap, clock)
        self.decoder = FrameDecoder(decode, decode_interval, self)
        self.decoder.decoded.connect(self._codes_seen)
        self.source = source if source is not None or preference == "none" else CameraFrameSource(preference, parent=self)
        if self.source is not None:
            self.source.frame_ready.connect(self._frame)
            self.source.failed.connect(self._source_failed)

        self.viewfinder = _Viewfinder()
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.viewfinder, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        self._flash = QTimer(self, singleShot=True, interval=READ_FLASH_MS)
        self._flash.timeout.connect(self._flash_over)
        self.retranslate()
        self.hide()  # until the camera shows something

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Näytä korttisi kameralle"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Start the camera (or, with none, say so in the log). Never raises."""
        if self.source is None:
            log.info("camera off: the room's setting camera is 'none'")
            return
        self._running = True
        try:
            self.source.start()
        except Exception as error:  # noqa: BLE001 (a camera is a nicety: the scanner still works)
            log.exception("camera not started")
            self._source_failed(f"could not start: {error}")

    def stop(self) -> None:
        """Stop the camera and the decoder (leaving the screen, closing the kiosk). The preview
        keeps its place, empty, so that the screen does not jump when the camera starts again."""
        self._running = False
        if self.source is not None:
            self.source.stop()
        self.decoder.stop()
        self.guard.reset()
        self.viewfinder.image = QImage()
        self.viewfinder.update()

    def _frame(self, image: QImage) -> None:
        if not self._running:
            return  # queued before stop()
        self.viewfinder.image = image
        self.viewfinder.update()
        if self.isHidden():
            log.info("camera shows its first picture: the preview is on")
            self.show()
        self.decoder.offer(image, self._clock())

    def _codes_seen(self, found: list, taken_at: float) -> None:
        if not self._running:
            return
        for code in self.guard.new_codes(found, taken_at):
            log.debug("camera read a card")
            self.viewfinder.read_recently = True
            self.viewfinder.update()
            self._flash.start()
            self.code_read.emit(code)

    def _flash_over(self) -> None:
        self.viewfinder.read_recently = False
        self.viewfinder.update()

    def _source_failed(self, why: str) -> None:
        log.warning("camera not in use: %s; the scanner and name search still work", why)
        self.guard.reset()
        self.viewfinder.image = QImage()
        self.hide()
