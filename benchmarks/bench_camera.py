"""How well and how fast the camera reads cards. Prints figures; not a test.

    .venv/bin/python benchmarks/bench_camera.py [--runs 200]

* the share of photographed cards read, per kind of picture and overall, at 640x480 and 1280x720
  (the pictures of tests/test_camera_decode.py: real cards from the cards PDF, turned, far, blurred,
  dim, noisy, mirrored, on a phone);
* the worker's time per frame (zxing-cpp on the frame's own bytes), median and p95, with a card
  and without one (most frames show no card), beside two bare baselines run in the same process:
  zxing-cpp on a blank frame, and copying the frame's bytes once; and Qt's grayscale conversion,
  which the worker avoids; and whether these calls let the GUI thread run meanwhile (the GIL);
* what the GUI thread pays: QVideoFrame.toImage() of a camera's NV12 frame, and its longest pause
  while a preview is fed 12 frames a second and decodes 4 of them, beside the same clock idle;
* the import of PySide6.QtMultimedia, and the first QMediaDevices.videoInputs() (which loads the
  FFmpeg backend), each in a fresh process after QtWidgets.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# Before any Qt import: no display on a build machine, and the figures should not depend on one.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zxingcpp  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6 import __version__ as PYSIDE_VERSION  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from kiosk.camera_decode import read_card_codes  # noqa: E402
from kiosk.ui.camera import CameraPreview, FrameSource, frame_of  # noqa: E402
from tests.test_camera_decode import VARIANTS, card_images, photographed, scene  # noqa: E402

SIZES = {"640x480": (640, 480), "1280x720": (1280, 720)}
PREVIEW_SECONDS = 3.0
IMPORT_RUNS = 7

qt_messages: list[str] = []


def keep_qt_messages(kind, context, message) -> None:
    """QtMultimedia's 'Couldn't load pipewire/va' and 'No RHI backend' lines: counted, not printed."""
    qt_messages.append(message)


@dataclass
class Stats:
    samples: list[float]  # milliseconds

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def row(self, name: str, baseline: Stats | None = None) -> str:
        ratio = f"{self.median / baseline.median:8.1f}x" if baseline else " " * 9
        return f"  {name:<44} {self.median:8.2f} {self.p95:8.2f} {ratio}"


def timed(action, runs: int) -> Stats:
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        action()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return Stats(samples)


# ---------------------------------------------------------------------------------------------
# Pictures


def to_qimage(image: Image.Image) -> QImage:
    """As a camera hands them over after QVideoFrame.toImage(): 32-bit RGB."""
    rgb = image.convert("RGB")
    return QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).convertToFormat(
        QImage.Format.Format_RGB32
    )


def at_size(frame: Image.Image, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A 640x480 picture as a camera of ``size`` sees the same scene: more pixels on the card."""
    if frame.size == size:
        return frame
    scale = size[1] / frame.height
    bigger = frame.resize((round(frame.width * scale), size[1]), Image.Resampling.BICUBIC)
    wide = scene(rng, size)
    wide.paste(bigger, ((size[0] - bigger.width) // 2, 0))
    return wide


def worker_read(image: QImage) -> list[str]:
    """What the decoder's thread does with each frame it takes."""
    frame, _owner = frame_of(image)
    return read_card_codes(frame)


def to_gray(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


# ---------------------------------------------------------------------------------------------
# Measurements


def shares(frames_by_size: dict[str, list[tuple[str, str, QImage]]]) -> None:
    print("\nCards read (found and right; a wrong code would be counted apart)")
    print(f"  {'kind of picture':<26}" + "".join(f"{size:>12}" for size in frames_by_size))
    wrong = 0
    table: dict[str, dict[str, list[bool]]] = {}
    for size, frames in frames_by_size.items():
        for name, code, image in frames:
            found = worker_read(image)
            wrong += any(text != code for text in found)
            table.setdefault(name, {}).setdefault(size, []).append(found == [code])
    for name, by_size in table.items():
        print(f"  {name:<26}" + "".join(f"{sum(hits):>9}/{len(hits):<2}" for hits in by_size.values()))
    totals = []
    for size in frames_by_size:
        hits = [hit for by_size in table.values() for hit in by_size[size]]
        totals.append(f"{sum(hits):>5}/{len(hits)} {sum(hits) / len(hits):4.0%}")
    print(f"  {'overall':<26}" + "".join(f"{total:>12}" for total in totals))
    print(f"  wrong codes: {wrong}")


def decode_times(frames_by_size: dict[str, list[tuple[str, str, QImage]]], runs: int) -> None:
    print(f"\nWorker time per frame, ms ({runs} runs each)        median      p95  vs blank  vs copy")
    rng = random.Random(5)
    for size, frames in frames_by_size.items():
        width, height = SIZES[size]
        blank = QImage(width, height, QImage.Format.Format_RGB32)
        blank.fill(0x808080)
        blank_frame, _ = frame_of(blank)
        empty = to_qimage(scene(rng, (width, height)))
        with_card = [image for _, _, image in frames]
        cards = iter(with_card * (runs // len(with_card) + 1))

        copy = timed(lambda empty=empty: bytes(empty.constBits()), runs)
        zxing_blank = timed(lambda blank=blank_frame: read_card_codes(blank), runs)
        gray = timed(lambda empty=empty: to_gray(empty), runs)
        no_card = timed(lambda empty=empty: worker_read(empty), runs)
        card = timed(lambda cards=cards: worker_read(next(cards)), runs)
        print(f" {size} (32-bit RGB frames, as QVideoFrame.toImage() gives them)")
        print(copy.row("baseline: copying the frame's bytes once"))
        print(zxing_blank.row("baseline: zxing-cpp on a blank frame"))
        print(gray.row("not done: Qt's conversion to grayscale"))
        for name, stats in (("frame without a card (the usual one)", no_card), ("frame with a card (all kinds above)", card)):
            print(f"{stats.row(name)} {stats.median / zxing_blank.median:8.1f}x {stats.median / copy.median:7.1f}x")


def gil_released(frames_by_size: dict[str, list[tuple[str, str, QImage]]], trials: int = 30) -> None:
    """Whether a worker thread's call lets the GUI thread run Python meanwhile (it does only if the
    call releases the GIL): the share of the call's time during which the main thread went on
    counting. 0% would mean the GUI thread stood still for every decode."""
    import threading

    image = frames_by_size["1280x720"][0][2]
    frame, _owner = frame_of(image)
    view = zxingcpp.ImageView(memoryview(frame.pixels), frame.width, frame.height, frame.format.value[0], frame.row_bytes, 4)
    calls = {
        "zxingcpp.read_barcodes on a 1280x720 frame": lambda: zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode),
        "QImage.convertToFormat(Grayscale8), 1280x720": lambda: to_gray(image),
    }
    print(f"\nMain thread ran Python during this share of a worker's call ({trials} calls; 0% = GIL held)")
    for name, call in calls.items():
        ran = total = 0
        for _ in range(trials):
            started, done, window = threading.Event(), threading.Event(), []

            def work(call=call, started=started, done=done, window=window) -> None:
                started.set()
                begin = time.perf_counter_ns()
                call()
                window.extend((begin, time.perf_counter_ns()))
                done.set()

            thread = threading.Thread(target=work)
            thread.start()
            started.wait()
            stamps = []
            while not done.is_set():
                stamps.append(time.perf_counter_ns())
            thread.join()
            begin, end = window
            inside = [stamp for stamp in stamps if begin < stamp < end]
            total += end - begin
            ran += inside[-1] - inside[0] if len(inside) > 1 else 0
        print(f"  {name:<62} {ran / total:6.0%}")


def to_image_cost(runs: int) -> None:
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    print("\nGUI thread: QVideoFrame.toImage() of an NV12 camera frame (CPU conversion here), ms")
    for size, (width, height) in SIZES.items():
        frame_format = QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_NV12)
        samples: list[float] = []
        for _ in range(runs // 4):
            frame = QVideoFrame(frame_format)  # a new one each time: a frame keeps its converted image
            frame.map(QVideoFrame.MapMode.WriteOnly)
            frame.unmap()
            start = time.perf_counter_ns()
            frame.toImage()
            samples.append((time.perf_counter_ns() - start) / 1e6)
        stats = Stats(samples)
        print(f"  {size:<44} {stats.median:8.2f} {stats.p95:8.2f}")


class Pushed(FrameSource):
    def push(self, image: QImage) -> None:
        self.frame_ready.emit(image)


def gui_pauses(app: QApplication, images: list[QImage], feed: bool) -> tuple[Stats, CameraPreview]:
    """The gaps between 5 ms timer ticks on the GUI thread for PREVIEW_SECONDS, with a preview fed
    12 frames a second (``feed``) or idle."""
    window = QWidget()
    QVBoxLayout(window)
    source = Pushed()
    preview = CameraPreview("front", source=source)
    window.layout().addWidget(preview)
    window.show()
    preview.start()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    frames = iter(images * 100)
    feeder = QTimer(interval=round(1000 / 12))
    feeder.timeout.connect(lambda: source.push(next(frames)))
    ticker.start()
    if feed:
        feeder.start()
    loop = QEventLoop()
    QTimer.singleShot(round(PREVIEW_SECONDS * 1000), loop.quit)
    loop.exec()
    ticker.stop()
    feeder.stop()
    preview.stop()
    window.close()
    return Stats(gaps), preview


def gui_stutter(app: QApplication, frames_by_size: dict[str, list[tuple[str, str, QImage]]]) -> None:
    print(
        f"\nGUI thread's gaps between 5 ms ticks over {PREVIEW_SECONDS:.0f} s, ms"
        "         median      p99   >17 ms (a missed 60 Hz frame)"
    )

    def row(name: str, gaps: Stats, extra: str = "") -> str:
        ordered = sorted(gaps.samples)
        p99 = ordered[round(0.99 * (len(ordered) - 1))]
        late = sum(gap > 1000 / 60 for gap in ordered)
        return f"  {name:<44} {gaps.median:8.2f} {p99:8.2f} {late:8d}{extra}"

    idle, _ = gui_pauses(app, [], feed=False)
    print(row("baseline: idle preview", idle))
    for size, frames in frames_by_size.items():
        fed, preview = gui_pauses(app, [image for _, _, image in frames], feed=True)
        decoder = preview.decoder
        print(row(f"fed 12 fps at {size}", fed, f"   ({decoder.skipped} skipped, {decoder.dropped} dropped while busy)"))


def import_costs() -> None:
    probe = (
        "import time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "t = time.perf_counter()\n"
        "from PySide6.QtMultimedia import QMediaDevices\n"
        "t1 = time.perf_counter()\n"
        "QMediaDevices.videoInputs()\n"
        "t2 = time.perf_counter()\n"
        "print((t1 - t) * 1e3, (t2 - t1) * 1e3)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false")
    imports, firsts = [], []
    for _ in range(IMPORT_RUNS):
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        first_import, first_inputs = map(float, done.stdout.split())
        imports.append(first_import)
        firsts.append(first_inputs)
    print(f"\nQtMultimedia in a fresh process after QtWidgets ({IMPORT_RUNS} runs), ms   median      max")
    print(f"  {'import PySide6.QtMultimedia':<44} {statistics.median(imports):8.1f} {max(imports):8.1f}")
    print(f"  {'first QMediaDevices.videoInputs()':<44} {statistics.median(firsts):8.1f} {max(firsts):8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    qInstallMessageHandler(keep_qt_messages)
    app = QApplication.instance() or QApplication([])
    print(
        f"Python {sys.version.split()[0]}, PySide6 {PYSIDE_VERSION}, zxing-cpp {zxingcpp.__version__ if hasattr(zxingcpp, '__version__') else _zxing_version()}, "
        f"{os.cpu_count()} cores; {len(VARIANTS)} kinds of picture"
    )
    with tempfile.TemporaryDirectory() as folder:
        cards = card_images(Path(folder))
    rng = random.Random(11)
    pictures = photographed(cards)
    frames_by_size = {
        size: [(name, code, to_qimage(at_size(image, dims, rng))) for name, code, image in pictures]
        for size, dims in SIZES.items()
    }
    shares(frames_by_size)
    decode_times(frames_by_size, args.runs)
    gil_released(frames_by_size)
    to_image_cost(args.runs)
    gui_stutter(app, frames_by_size)
    import_costs()
    print(f"\n({len(qt_messages)} Qt log lines from QtMultimedia kept out of the output)")


def _zxing_version() -> str:
    from importlib.metadata import version

    return version("zxing-cpp")


if __name__ == "__main__":
    main()
