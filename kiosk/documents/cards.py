"""Printable QR cards laid out: an A4 PDF of credit-card-sized cards to cut out, ten to a page,
from the values kiosk/cards.py gathers. Each card shows the room's logo (or its name), the
person's first name and last initial and the QR code of their current card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents.pdf import (
    LEADING,
    PAGE_H,
    Fonts,
    Grid,
    draw_lines,
    draw_qr,
    fit_text,
    outline,
    pdf_canvas,
    pdf_fonts,
)

HINT = "Näytä kortti lukijalle"  # printed, not shown on screen: no tr()

CARD_W, CARD_H = 85 * mm, 55 * mm
GRID = Grid(CARD_W, CARD_H, columns=2, rows=5)  # 20 mm side margins, 11 mm top and bottom
PAD = 4 * mm
QR_BOX = 42 * mm  # the QR image with its quiet zone; a 25-module code is then 32 mm wide
QR_EDGE = 2 * mm  # from the card's edge to the image, so a slightly crooked cut keeps the quiet zone
TEXT_W = CARD_W - QR_BOX - QR_EDGE - PAD - 2 * mm
LOGO_H = 14 * mm
BASELINE = 6 * mm  # of the name's last line and of the hint under the QR code
CUT_MARK = 5 * mm


@dataclass(frozen=True)
class Card:
    shown_name: str  # first name and last initial
    code: str  # the card's code, for its QR


def write_cards_pdf(out: Path, header: str | ImageReader, cards: Sequence[Card]) -> None:
    """Ten cards a page, each with ``header`` (the room's logo, or its name), the person's shown
    name and the QR code of their card."""
    fonts = pdf_fonts()
    with pdf_canvas(out, "Kortit") as canvas:
        for page in GRID.pages(cards):
            _cut_marks(canvas, len(page))
            for slot, card in enumerate(page):
                _card(canvas, fonts, *GRID.slot(slot), header, card.shown_name, card.code)
            canvas.showPage()


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
