"""The shared PDF toolkit of every document the kiosk prints: the embedded fonts, an A4 canvas,
"page x/y" written in one pass, sheets of equal cells, QR codes, and text fitted to a column.

Every PDF names only fonts it embeds (DejaVu Sans): reportlab starts each canvas, table cell,
bullet and chart in Helvetica unless told otherwise, and a viewer without it substitutes another
font. ``pdf_fonts`` makes DejaVu reportlab's default wherever a document names no font, and the
canvases made here start in it; tests/test_pdf_fonts.py reads every kind of PDF with pdffonts.
"""

from __future__ import annotations

import functools
import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.tables import CellStyle

from kiosk.paths import ASSETS
from kiosk.qr import qr_png

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = A4
QR_BORDER = 4  # modules of quiet zone, the least the QR standard allows; error correction M
LEADING = 1.2
CUT_GREY = 0.75

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
    mono: str = "DejaVuSansMono"  # codes and commands to type


FALLBACK = Fonts("Helvetica", "Helvetica-Bold", "Courier")


def pdf_fonts() -> Fonts:
    """DejaVu Sans, registered with reportlab (it has å ä ö and most newcomers' letters). It ships
    in assets/fonts; without it, the system's copy, and last Helvetica (Latin-1 only, and not
    embedded). Once registered, DejaVu is also reportlab's default for canvases, table cells,
    paragraphs, bullets and charts, so no document names a font it does not embed."""
    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        if name not in pdfmetrics.getRegisteredFontNames() and not _register(name):
            log.warning("%s.ttf not found in %s; letters beyond Latin-1 will not print", name, FONT_DIRS)
            return FALLBACK
    mono = "DejaVuSansMono" in pdfmetrics.getRegisteredFontNames() or _register("DejaVuSansMono")
    fonts = Fonts("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono" if mono else "DejaVuSans")
    if rl_config.canvas_basefontname != fonts.regular:
        _make_default(fonts)
    return fonts


def _make_default(fonts: Fonts) -> None:
    """reportlab falls back to Helvetica (which it never embeds) wherever a document does not name
    a font: a canvas' first font, a table cell holding a string, a bullet, a chart's labels."""
    registerFontFamily(fonts.regular, normal=fonts.regular, bold=fonts.bold, italic=fonts.regular,
                       boldItalic=fonts.bold)
    rl_config.canvas_basefontname = rl_config.defaultGraphicsFontName = fonts.regular
    CellStyle.fontname = fonts.regular
    ParagraphStyle.defaults.update(fontName=fonts.regular, bulletFontName=fonts.regular)


def _register(name: str) -> bool:
    for folder in FONT_DIRS:
        if (folder / f"{name}.ttf").is_file():
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
            return True
    return False


@contextmanager
def pdf_canvas(out: Path, title: str) -> Iterator[Canvas]:
    """An A4 canvas whose PDF is written to ``out`` when the block ends without an error; the same
    drawing gives the same bytes (``invariant``)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=pdf_fonts().regular)
    canvas.setTitle(title)
    yield canvas
    canvas.save()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())


def numbered_canvas(draw_number: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class for platypus' ``build(canvasmaker=...)`` that keeps each finished page until
    the document is saved, then calls ``draw_number(canvas, page, pages)`` on each: "page x/y"
    in one layout pass (laying a document out twice to learn its page count doubled its time)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or pdf_fonts().regular
            super().__init__(*args, **kwargs)
            self._finished: list[dict] = []

        def showPage(self):
            self._finished.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._finished)
            for state in self._finished:
                self.__dict__.update(state)
                draw_number(self, self._pageNumber, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def number_at(x: float, y: float, font: str, words: str = "sivu {page}/{pages}", size: float = 8.5,
              fill: Color = Color(0.35, 0.35, 0.35)) -> Callable[[Canvas, int, int], None]:
    """A ``draw_number`` for ``write_numbered``: ``words`` ending at (x, y)."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(fill)
        canvas.drawRightString(x, y, words.format(page=page, pages=pages))
        canvas.restoreState()

    return draw


def write_numbered(out: Path, build: Callable[[io.BytesIO, type[Canvas]], object],
                   draw_number: Callable[[Canvas, int, int], None]) -> None:
    """Lay a platypus document out once with ``build(buffer, canvasmaker)`` and write it to
    ``out``; ``draw_number(canvas, page, pages)`` writes each page's "page x/y"."""
    buffer = io.BytesIO()
    build(buffer, numbered_canvas(draw_number))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())


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
