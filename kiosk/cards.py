"""Printable QR cards: an A4 PDF of credit-card-sized cards to cut out, ten to a page.

Each card shows the room's logo (or its name), the person's first name and last initial and the QR
code of their current card. Erased people and people without a current card get none.
"""

from __future__ import annotations

import functools
import io
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk import names
from kiosk.clock import local_day_start
from kiosk.db import Database, settings
from kiosk.db import cards as cards_table
from kiosk.db.timestamps import to_text
from kiosk.paths import ASSETS
from kiosk.qr import qr_png

log = logging.getLogger(__name__)

HINT = "Näytä kortti lukijalle"  # printed, not shown on screen: no tr()

PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class Grid:
    """A sheet of equal cells without gaps, centred on A4 and filled row by row from the top."""

    cell_w: float
    cell_h: float
    columns: int
    rows: int

    @property
    def left(self) -> float:
        return (PAGE_W - self.columns * self.cell_w) / 2

    @property
    def bottom(self) -> float:
        return (PAGE_H - self.rows * self.cell_h) / 2

    def pages(self, rows: Sequence) -> Iterator[Sequence]:
        per_page = self.columns * self.rows
        return (rows[start : start + per_page] for start in range(0, len(rows), per_page))

    def slot(self, slot: int) -> tuple[float, float]:
        """The bottom-left corner of a cell on the page."""
        x = self.left + (slot % self.columns) * self.cell_w
        return x, PAGE_H - self.bottom - (slot // self.columns + 1) * self.cell_h

    def cells(self, count: int) -> Iterator[tuple[float, float, float, float]]:
        """The first ``count`` cells as (x, y, width, height), for ``outline``."""
        return ((*self.slot(slot), self.cell_w, self.cell_h) for slot in range(count))


@contextmanager
def pdf_canvas(out: Path, title: str) -> Iterator[Canvas]:
    """An A4 canvas whose PDF is written to ``out`` when the block ends without an error; the same
    drawing gives the same bytes (``invariant``)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    yield canvas
    canvas.save()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())


def write_numbered(out: Path, build) -> None:
    """Write a platypus PDF whose pages say "page x/y": ``build(buffer, pages)`` lays it out and
    returns its page count; the first pass, with ``pages`` None, only counts them."""
    pages = build(io.BytesIO(), None)
    buffer = io.BytesIO()
    build(buffer, pages)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())


CARD_W, CARD_H = 85 * mm, 55 * mm
GRID = Grid(CARD_W, CARD_H, columns=2, rows=5)  # 20 mm side margins, 11 mm top and bottom
PAD = 4 * mm
QR_BORDER = 4  # modules of quiet zone, the least the QR standard allows; error correction M
QR_BOX = 42 * mm  # the QR image with its quiet zone; a 25-module code is then 32 mm wide
QR_EDGE = 2 * mm  # from the card's edge to the image, so a slightly crooked cut keeps the quiet zone
TEXT_W = CARD_W - QR_BOX - QR_EDGE - PAD - 2 * mm
LOGO_H = 14 * mm
BASELINE = 6 * mm  # of the name's last line and of the hint under the QR code
LEADING = 1.2
CUT_GREY = 0.75
CUT_MARK = 5 * mm

FONT_DIRS = [
    ASSETS / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu
    Path("/usr/share/fonts/dejavu"),  # Fedora
    Path("/usr/share/fonts/TTF"),  # Arch
    Path.home() / "Library" / "Fonts",
    Path("/Library/Fonts"),
]


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


def pdf_fonts() -> Fonts:
    """DejaVu Sans, registered with reportlab (it has å ä ö and most newcomers' letters). It ships
    in assets/fonts; without it, the system's copy, and last Helvetica (Latin-1 only)."""
    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        if name not in pdfmetrics.getRegisteredFontNames() and not _register(name):
            log.warning("%s.ttf not found in %s; letters beyond Latin-1 will not print", name, FONT_DIRS)
            return Fonts("Helvetica", "Helvetica-Bold")
    return Fonts("DejaVuSans", "DejaVuSans-Bold")


def _register(name: str) -> bool:
    for folder in FONT_DIRS:
        if (folder / f"{name}.ttf").is_file():
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
            return True
    return False


def write_cards(
    db: Database, out: Path, person_ids: Sequence[int] = (), new_since: date | None = None
) -> int:
    """Write the cards to ``out`` and return how many; with none to print, write nothing.
    ``person_ids`` empty means everyone; ``new_since`` keeps people registered on or after that
    Helsinki day."""
    since = None if new_since is None else to_text(local_day_start(new_since))
    rows = cards_table.current_for_printing(db, person_ids, since)
    missing = sorted(set(person_ids) - {row["id"] for row in rows})
    if missing:
        log.warning("no card printed for %s: unknown, erased or without a current card", missing)
    if not rows:
        return 0
    fonts = pdf_fonts()
    header = _logo(db) or settings.get(db, "room_name")
    with pdf_canvas(out, "Kortit") as canvas:
        for page in GRID.pages(rows):
            _cut_marks(canvas, len(page))
            for slot, row in enumerate(page):
                shown = names.shown_name(row["first_name"], row["last_name"])
                _card(canvas, fonts, *GRID.slot(slot), header, shown, row["code"])
            canvas.showPage()
    return len(rows)


def _logo(db: Database) -> ImageReader | None:
    """The room's logo (settings ``logo_path``, relative to the database's folder), if it opens."""
    value = settings.get(db, "logo_path").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_absolute():
        path = db.path.parent / path
    try:
        logo = ImageReader(str(path))
        logo.getSize()
    except Exception as error:  # noqa: BLE001 (a missing or broken file: print the room's name)
        log.warning("logo %s not used: %s", path, error)
        return None
    return logo


def _cut_marks(canvas: Canvas, count: int) -> None:
    """Light grey outlines around the page's ``count`` cards, and marks in the margin where each
    cut starts, for a paper cutter."""
    outline(canvas, GRID.cells(count))
    left, columns = GRID.left, GRID.columns
    rows = -(-count // columns)
    top, bottom = PAGE_H - GRID.bottom, PAGE_H - GRID.bottom - rows * CARD_H
    right = left + columns * CARD_W
    for col in range(columns + 1):
        x = left + col * CARD_W
        canvas.line(x, top + 1 * mm, x, top + 1 * mm + CUT_MARK)
        canvas.line(x, bottom - 1 * mm, x, max(bottom - 1 * mm - CUT_MARK, 2 * mm))
    for row in range(rows + 1):
        y = top - row * CARD_H
        canvas.line(left - 1 * mm, y, left - 1 * mm - CUT_MARK, y)
        canvas.line(right + 1 * mm, y, right + 1 * mm + CUT_MARK, y)


def _card(canvas: Canvas, fonts: Fonts, x: float, y: float, header, shown: str, code: str) -> None:
    top = y + CARD_H - PAD
    if isinstance(header, ImageReader):
        canvas.drawImage(header, x + PAD, top - LOGO_H, TEXT_W, LOGO_H, preserveAspectRatio=True, anchor="nw", mask="auto")
    else:
        canvas.setFillGray(0.35)
        size, lines = fit_text(header, fonts.bold, TEXT_W, [(2, 10, 7), (3, 7, 6)])
        draw_lines(canvas, fonts.bold, size, lines, x + PAD, top - size, TEXT_W)
    canvas.setFillGray(0)
    size, lines = fit_text(shown, fonts.bold, TEXT_W, [(1, 18, 12), (2, 14, 8)])
    draw_lines(canvas, fonts.bold, size, lines, x + PAD, y + BASELINE + (len(lines) - 1) * size * LEADING, TEXT_W)

    qr_x, qr_y = x + CARD_W - QR_EDGE - QR_BOX, y + CARD_H - QR_EDGE - QR_BOX
    draw_qr(canvas, code, qr_x, qr_y, QR_BOX)
    canvas.setFillGray(0.25)
    canvas.setFont(fonts.regular, 7.5)
    canvas.drawCentredString(qr_x + QR_BOX / 2, y + BASELINE, HINT)


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The QR code of ``code`` (error correction M, quiet zone included) as a ``size`` square."""
    canvas.drawImage(ImageReader(io.BytesIO(qr_png(code, border=QR_BORDER))), x, y, size, size)


def outline(canvas: Canvas, rects: Iterable[tuple[float, float, float, float]]) -> None:
    """Thin light-grey outlines (x, y, width, height): where to cut, or where a sticker ends."""
    canvas.setStrokeGray(CUT_GREY)
    canvas.setLineWidth(0.3)
    for rect in rects:
        canvas.rect(*rect)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy lines of a column ``width`` wide, broken at spaces and after hyphens."""
    lines: list[str] = []
    for token in re.findall(r"\S+?-(?=\S)|\S+", text):
        if lines and pdfmetrics.stringWidth(_join(lines[-1], token), font, size) <= width:
            lines[-1] = _join(lines[-1], token)
        else:
            lines.append(token)
    return lines


def _join(line: str, token: str) -> str:
    return line + token if line.endswith("-") else f"{line} {token}"


def fit_text(text: str, font: str, width: float, tries: Sequence[tuple[int, float, float]]) -> tuple[float, list[str]]:
    """The first (lines, largest size, smallest size) try in which the text fits a column ``width``
    wide; else the last try's smallest size, which ``draw_lines`` squeezes sideways."""
    for most, size, smallest in tries:
        while size >= smallest:
            lines = _wrap(text, font, size, width)
            if len(lines) <= most and all(pdfmetrics.stringWidth(s, font, size) <= width for s in lines):
                return size, lines
            size -= 0.5
    most, _, smallest = tries[-1]
    lines = _wrap(text, font, smallest, width)
    keep = min(most, len(lines)) - 1
    return smallest, lines[:keep] + [functools.reduce(_join, lines[keep:])]


def draw_lines(
    canvas: Canvas, font: str, size: float, lines: list[str], x: float, first_baseline: float, width: float
) -> None:
    """Lines from ``fit_text``, each one wider than ``width`` squeezed sideways to fit."""
    canvas.setFont(font, size)
    for n, line in enumerate(lines):
        baseline = first_baseline - n * size * LEADING
        natural = pdfmetrics.stringWidth(line, font, size)
        if natural <= width:
            canvas.drawString(x, baseline, line)
            continue
        canvas.saveState()
        canvas.translate(x, baseline)
        canvas.scale(width / natural, 1)
        canvas.drawString(0, 0, line)
        canvas.restoreState()
