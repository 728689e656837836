"""Printable QR cards: an A4 PDF of credit-card-sized cards to cut out, ten to a page.

Each card shows the room's logo (or its name), the person's first name and last initial and the QR
code of their current card. Erased people and people without a current card get none.
"""

from __future__ import annotations

import functools
import io
import logging
import re
from collections.abc import Sequence
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

CARD_W, CARD_H = 85 * mm, 55 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
PAGE_W, PAGE_H = A4
LEFT = (PAGE_W - COLUMNS * CARD_W) / 2  # 20 mm
BOTTOM = (PAGE_H - ROWS * CARD_H) / 2  # 11 mm
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
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle("Kortit")
    for start in range(0, len(rows), PER_PAGE):
        page = rows[start : start + PER_PAGE]
        _cut_marks(canvas, len(page))
        for slot, row in enumerate(page):
            shown = names.shown_name(row["first_name"], row["last_name"])
            _card(canvas, fonts, *_slot(slot), header, shown, row["code"])
        canvas.showPage()
    canvas.save()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())
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
    canvas.setStrokeGray(CUT_GREY)
    canvas.setLineWidth(0.3)
    for slot in range(count):
        canvas.rect(*_slot(slot), CARD_W, CARD_H)
    rows = -(-count // COLUMNS)
    top, bottom = PAGE_H - BOTTOM, PAGE_H - BOTTOM - rows * CARD_H
    right = LEFT + COLUMNS * CARD_W
    for col in range(COLUMNS + 1):
        x = LEFT + col * CARD_W
        canvas.line(x, top + 1 * mm, x, top + 1 * mm + CUT_MARK)
        canvas.line(x, bottom - 1 * mm, x, max(bottom - 1 * mm - CUT_MARK, 2 * mm))
    for row in range(rows + 1):
        y = top - row * CARD_H
        canvas.line(LEFT - 1 * mm, y, LEFT - 1 * mm - CUT_MARK, y)
        canvas.line(right + 1 * mm, y, right + 1 * mm + CUT_MARK, y)


def _slot(slot: int) -> tuple[float, float]:
    """The bottom-left corner of a card on the page, filled row by row from the top."""
    return LEFT + (slot % COLUMNS) * CARD_W, PAGE_H - BOTTOM - (slot // COLUMNS + 1) * CARD_H


def _card(canvas: Canvas, fonts: Fonts, x: float, y: float, header, shown: str, code: str) -> None:
    top = y + CARD_H - PAD
    if isinstance(header, ImageReader):
        canvas.drawImage(header, x + PAD, top - LOGO_H, TEXT_W, LOGO_H, preserveAspectRatio=True, anchor="nw", mask="auto")
    else:
        canvas.setFillGray(0.35)
        size, lines = _fit(header, fonts.bold, [(2, 10, 7), (3, 7, 6)])
        _lines(canvas, fonts.bold, size, lines, x + PAD, top - size)
    canvas.setFillGray(0)
    size, lines = _fit(shown, fonts.bold, [(1, 18, 12), (2, 14, 8)])
    _lines(canvas, fonts.bold, size, lines, x + PAD, y + BASELINE + (len(lines) - 1) * size * LEADING)

    qr_x, qr_y = x + CARD_W - QR_EDGE - QR_BOX, y + CARD_H - QR_EDGE - QR_BOX
    canvas.drawImage(ImageReader(io.BytesIO(qr_png(code, border=QR_BORDER))), qr_x, qr_y, QR_BOX, QR_BOX)
    canvas.setFillGray(0.25)
    canvas.setFont(fonts.regular, 7.5)
    canvas.drawCentredString(qr_x + QR_BOX / 2, y + BASELINE, HINT)


def _wrap(text: str, font: str, size: float) -> list[str]:
    """Greedy lines of the text column, broken at spaces and after hyphens."""
    lines: list[str] = []
    for token in re.findall(r"\S+?-(?=\S)|\S+", text):
        if lines and pdfmetrics.stringWidth(_join(lines[-1], token), font, size) <= TEXT_W:
            lines[-1] = _join(lines[-1], token)
        else:
            lines.append(token)
    return lines


def _join(line: str, token: str) -> str:
    return line + token if line.endswith("-") else f"{line} {token}"


def _fit(text: str, font: str, tries: Sequence[tuple[int, float, float]]) -> tuple[float, list[str]]:
    """The first (lines, largest size, smallest size) try in which the text fits the column; else
    the last try's smallest size, which ``_lines`` squeezes sideways."""
    for most, size, smallest in tries:
        while size >= smallest:
            lines = _wrap(text, font, size)
            if len(lines) <= most and all(pdfmetrics.stringWidth(s, font, size) <= TEXT_W for s in lines):
                return size, lines
            size -= 0.5
    most, _, smallest = tries[-1]
    lines = _wrap(text, font, smallest)
    keep = min(most, len(lines)) - 1
    return smallest, lines[:keep] + [functools.reduce(_join, lines[keep:])]


def _lines(canvas: Canvas, font: str, size: float, lines: list[str], x: float, first_baseline: float) -> None:
    canvas.setFont(font, size)
    for n, line in enumerate(lines):
        baseline = first_baseline - n * size * LEADING
        width = pdfmetrics.stringWidth(line, font, size)
        if width <= TEXT_W:
            canvas.drawString(x, baseline, line)
            continue
        canvas.saveState()
        canvas.translate(x, baseline)
        canvas.scale(TEXT_W / width, 1)
        canvas.drawString(0, 0, line)
        canvas.restoreState()
