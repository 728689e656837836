"""Item labels laid out: an A4 PDF of small QR stickers for the room's equipment, 44 to a page,
from the values kiosk/labels.py gathers.

The sheet is the common 4 x 11 one of 48.5 x 25.4 mm stickers without gaps between them, centred on
A4 (8 mm side margins, 8.8 mm top and bottom). Each label has the QR code of the item's code on
the left, big enough to scan from the side of a sewing machine, and the item's name in bold with
its category in small grey type on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents.pdf import (
    Fonts,
    Grid,
    draw_lines,
    draw_qr,
    fit_text,
    outline,
    pdf_canvas,
    pdf_fonts,
)

LABEL_W, LABEL_H = 48.5 * mm, 25.4 * mm
GRID = Grid(LABEL_W, LABEL_H, columns=4, rows=11)  # 8 mm side margins, 8.8 mm top and bottom
QR_BOX = 22 * mm  # with its 4-module quiet zone; our 26-character codes are 25 modules: 16.7 mm
QR_EDGE = (LABEL_H - QR_BOX) / 2  # 1.7 mm: the quiet zone also forgives a sheet fed a little askew
QUIET = QR_BOX * 4 / 33  # the quiet zone: 4 of the 25 + 2 x 4 modules
TEXT_X = QR_EDGE + QR_BOX + 0.5 * mm  # the quiet zone's white already keeps the text off the code
TEXT_W = LABEL_W - TEXT_X - 2 * mm
TEXT_EDGE = QR_EDGE + QUIET  # the name's capitals and the category's baseline line up with the code
CAP_HEIGHT = 0.73  # of DejaVu Sans Bold, in em
NAME_TRIES = [(1, 11, 9), (2, 10, 8), (3, 8.5, 7), (4, 7.5, 7)]  # then squeezed sideways at 7 pt
CATEGORY_TRIES = [(1, 6.5, 5.5)]


@dataclass(frozen=True)
class Label:
    name: str
    category: str
    code: str


def write_labels_pdf(out: Path, labels: Sequence[Label]) -> None:
    """44 labels a page, in the order given."""
    fonts = pdf_fonts()
    with pdf_canvas(out, "Tarrat") as canvas:
        for page in GRID.pages(labels):
            outline(canvas, GRID.cells(len(page)))
            for slot, label in enumerate(page):
                _label(canvas, fonts, *GRID.slot(slot), label.name, label.category, label.code)
            canvas.showPage()


def _label(canvas: Canvas, fonts: Fonts, x: float, y: float, name: str, category: str, code: str) -> None:
    draw_qr(canvas, code, x + QR_EDGE, y + QR_EDGE, QR_BOX)
    canvas.setFillGray(0)
    size, lines = fit_text(name, fonts.bold, TEXT_W, NAME_TRIES)
    draw_lines(canvas, fonts.bold, size, lines, x + TEXT_X, y + LABEL_H - TEXT_EDGE - CAP_HEIGHT * size, TEXT_W)
    canvas.setFillGray(0.4)
    size, lines = fit_text(category, fonts.regular, TEXT_W, CATEGORY_TRIES)
    draw_lines(canvas, fonts.regular, size, lines, x + TEXT_X, y + TEXT_EDGE, TEXT_W)
