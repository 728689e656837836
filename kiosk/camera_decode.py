"""Reading workroom cards from camera frames, and telling one showing of a card from the next.

Plain Python (no Qt): the camera widget hands over a frame's pixels and gets back the card codes in
it. zxing-cpp does the decoding: it finds QR codes turned any way, small, blurred, inverted (a
phone in dark mode) and mirrored (a front camera's picture), and releases the GIL while it works,
so a worker thread decodes without stalling the screen.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import zxingcpp

from kiosk import codes

log = logging.getLogger(__name__)


class PixelFormat(enum.Enum):
    """The pixel layouts a frame may come in, with their bytes per pixel."""

    GRAY = (zxingcpp.ImageFormat.Lum, 1)
    RGB = (zxingcpp.ImageFormat.RGB, 3)
    RGBA = (zxingcpp.ImageFormat.RGBA, 4)
    BGRA = (zxingcpp.ImageFormat.BGRA, 4)
    ARGB = (zxingcpp.ImageFormat.ARGB, 4)

    @property
    def bytes_per_pixel(self) -> int:
        return self.value[1]


@dataclass(frozen=True)
class Frame:
    """One camera picture: ``stride`` bytes per row (0: rows are packed)."""

    pixels: bytes | bytearray | memoryview
    width: int
    height: int
    format: PixelFormat = PixelFormat.GRAY
    stride: int = 0

    @property
    def row_bytes(self) -> int:
        return self.stride or self.width * self.format.bytes_per_pixel

    def check(self) -> None:
        """zxing-cpp trusts the sizes it is given: a short buffer would be read past its end."""
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"empty frame {self.width}x{self.height}")
        if self.row_bytes < self.width * self.format.bytes_per_pixel:
            raise ValueError(f"stride {self.stride} is shorter than a row of {self.width} pixels")
        needed = self.row_bytes * (self.height - 1) + self.width * self.format.bytes_per_pixel
        if memoryview(self.pixels).nbytes < needed:
            raise ValueError(f"{memoryview(self.pixels).nbytes} bytes for a {self.width}x{self.height} frame needing {needed}")


def read_qr_texts(frame: Frame) -> list[str]:
    """The text of every QR code zxing-cpp finds in the frame, whatever it says."""
    frame.check()
    view = zxingcpp.ImageView(
        memoryview(frame.pixels), frame.width, frame.height, frame.format.value[0], frame.row_bytes, frame.format.bytes_per_pixel
    )
    return [found.text for found in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


def read_card_codes(frame: Frame) -> list[str]:
    """The workroom codes (people's cards and item labels) in the frame, each once.

    Other QR codes are left out: a poster or a bus ticket behind the visitor would otherwise give
    a "not a workroom card" message every time it came into view. A code with our prefix that fails
    its check is a misread, and the next frame will be read again anyway."""
    found: list[str] = []
    for text in read_qr_texts(frame):
        parsed = codes.parse_scan(text)
        if isinstance(parsed, codes.Code):
            if parsed.text not in found:
                found.append(parsed.text)
        else:
            log.debug("camera saw a QR code that is not a workroom card (%s)", parsed.value)
    return found


class PresentationGuard:
    """Turns codes seen in frame after frame into one read per showing of a card.

    A card held up to the camera is in a dozen frames. The check-in service counts repeats within
    5 s once, but a card held longer would then check its owner straight out again. So a code
    counts again only after it has been out of view for ``gap`` seconds."""

    def __init__(self, gap: float = 2.0, now: Callable[[], float] = time.monotonic):
        self.gap = gap
        self._now = now
        self._last_seen: dict[str, float] = {}

    def new_codes(self, seen: Iterable[str], at: float | None = None) -> list[str]:
        """Record the codes seen in a frame taken ``at`` (default: now); return the ones that
        begin a new showing."""
        at = self._now() if at is None else at
        new = [code for code in dict.fromkeys(seen) if at - self._last_seen.get(code, float("-inf")) > self.gap]
        for code in dict.fromkeys(seen):
            self._last_seen[code] = max(at, self._last_seen.get(code, at))
        self._forget_before(at - self.gap)
        return new

    def reset(self) -> None:
        """The camera went away: whatever is seen next is a new showing."""
        self._last_seen.clear()

    def _forget_before(self, moment: float) -> None:
        for code in [code for code, last in self._last_seen.items() if last < moment]:
            del self._last_seen[code]

