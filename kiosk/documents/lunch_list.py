"""The cook's list for one lunch laid out (kiosk/lunch_list.py gathers it): an A4 PDF in Finnish, to
pin up in the kitchen and tick on paper.

On top the day, the room, menu and price, the headcount in big type and the diets summed up with
the notes to heed; then a table of everyone signed up (in alphabetical order, so a name is quick to
find) with their diets, notes, guest and a box to tick when they have eaten, already ticked where
the kiosk knows; a line for the served total; and the time it was printed. A long list flows onto
more pages with the table's header repeated. Printed text, not shown on screen: no tr().
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.documents.pdf import Fonts, number_at, pdf_fonts, write_numbered
from kiosk.clock import local
from kiosk.lunch import DIETS, LunchList
from kiosk.collation import name_key

WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
DIET_LABELS = {
    "vegetarian": "Kasvis",
    "gluten_free": "Gluteeniton",
    "lactose_free": "Laktoositon",
    "no_pork": "Ei sianlihaa",
    "other": "Muu",
}
assert set(DIET_LABELS) == set(DIETS)

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BOTTOM = 20 * mm  # room for the footer
WIDTH = PAGE_W - 2 * MARGIN  # 174 mm
# Name, diets, notes, guest, ticked: together exactly the text width, so nothing runs off the page.
COLUMNS = (52 * mm, 38 * mm, 40 * mm, 24 * mm, 20 * mm)
HEADER = ("Nimi", "Ruokavalio", "Lisätiedot", "Vieras", "Syönyt")
BOX = 6 * mm
STRIPE = 0.93
GRID_GREY = 0.6


def write_lunch_list_pdf(listing: LunchList, out: Path, printed: str, room: str) -> None:
    """Lay the list out into ``out``; ``printed`` says when, ``room`` is the room's name."""
    fonts = pdf_fonts()
    title = f"Lounas {finnish_day(listing.lunch.day)} klo {local(listing.lunch.starts):%H.%M}"

    def build(buffer, canvasmaker) -> None:
        doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title=title, author=room, initialFontName=fonts.regular,
                                leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=BOTTOM)

        def first_page(canvas, doc):
            _footer(canvas, fonts, printed)

        def later_pages(canvas, doc):
            canvas.saveState()
            canvas.setFont(fonts.bold, 10)
            canvas.setFillGray(0.35)
            canvas.drawString(MARGIN, PAGE_H - MARGIN + 4 * mm, f"{title} (jatkuu)")
            canvas.restoreState()
            _footer(canvas, fonts, printed)

        doc.build(_story(listing, fonts, title, room), onFirstPage=first_page, onLaterPages=later_pages,
                  canvasmaker=canvasmaker)

    write_numbered(out, build, number_at(PAGE_W - MARGIN, 10 * mm, fonts.regular))


def finnish_day(day: date) -> str:
    """'to 26.11.2026', as a Finnish calendar writes it."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}.{day.month}.{day.year}"


def diet_labels(diets) -> str:
    return ", ".join(DIET_LABELS[d] for d in DIETS if d in diets)


def _styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=10.5, leading=13)
    return {
        "title": ParagraphStyle("title", base, fontName=fonts.bold, fontSize=20, leading=24),
        "room": ParagraphStyle("room", base, fontSize=12, leading=15, textColor=(0.3, 0.3, 0.3), spaceAfter=2 * mm),
        "line": ParagraphStyle("line", base, fontSize=11.5, leading=15),
        "count": ParagraphStyle("count", base, fontName=fonts.bold, fontSize=22, leading=28, spaceBefore=3 * mm),
        "total": ParagraphStyle("total", base, fontName=fonts.bold, fontSize=15, leading=20),
        "banner": ParagraphStyle("banner", base, fontName=fonts.bold, fontSize=30, leading=36, alignment=1,
                                 textColor=(0.75, 0, 0)),
        "head": ParagraphStyle("head", base, fontName=fonts.bold, fontSize=10),
        "cell": base,
        "name": ParagraphStyle("name", base, fontName=fonts.bold),
        "small": ParagraphStyle("small", base, fontSize=9, leading=11),
    }


def _story(listing: LunchList, fonts: Fonts, title: str, room: str) -> list:
    styles = _styles(fonts)

    def bold(text: str) -> str:
        return f'<font name="{fonts.bold}">{text}</font>'

    lunch, rows = listing.lunch, listing.rows
    story = [Paragraph(escape(title), styles["title"])]
    if room:
        story.append(Paragraph(escape(room), styles["room"]))
    if lunch.cancelled:
        story += [Spacer(0, 2 * mm), _banner(Paragraph("PERUTTU", styles["banner"])), Spacer(0, 2 * mm)]
    if lunch.moved_from:
        story.append(Paragraph(f"Siirretty päivältä {finnish_day(lunch.moved_from)}", styles["line"]))
    story.append(Paragraph(f"Ruoka: {escape(lunch.menu.strip() or '–')}", styles["line"]))
    story.append(Paragraph(f"Hinta: {escape(lunch.price.strip() or '–')}", styles["line"]))
    people = len(rows)
    guests = sum(r.guests for r in rows)
    story.append(Paragraph(f"Syöjiä: {listing.headcount} "
                           f'<font name="{fonts.regular}" size="14">(ilmoittautuneita {people} + vieraita {guests})</font>',
                           styles["count"]))
    walk_ins = sum(1 for r in rows if r.walk_in)
    if walk_ins:
        story.append(Paragraph(f"joista paikan päällä lisättyjä {walk_ins}", styles["line"]))
    story.append(Spacer(0, 2 * mm))
    totals = [f"{DIET_LABELS[d]} {listing.diets[d]}" for d in DIETS if listing.diets.get(d)]
    story.append(Paragraph(f"{bold('Erityisruokavaliot:')} {', '.join(totals) if totals else 'ei yhtään'}", styles["line"]))
    ordered = sorted(rows, key=lambda r: (name_key(r.name), r.signup_id))
    notes = [r for r in ordered if r.diet_note.strip()]
    if notes:
        story.append(Paragraph(bold("Huomioitavaa:"), styles["line"]))
        story += [Paragraph(f"• {escape(r.name)}: {escape(r.diet_note.strip())}", styles["line"]) for r in notes]
    story.append(Spacer(0, 5 * mm))
    if ordered:
        story.append(_table(ordered, styles, fonts))
    else:
        story.append(Paragraph("Ei ilmoittautuneita.", styles["line"]))
    served = f' <font name="{fonts.regular}" size="11">(kioskiin merkitty {listing.served})</font>' if listing.served else ""
    story += [Spacer(0, 6 * mm), Paragraph(f"Tarjoiltu yhteensä: ________{served}", styles["total"])]
    return story


def _banner(text: Paragraph) -> Table:
    banner = Table([[text]], colWidths=[WIDTH])
    banner.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 3, (0.75, 0, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), (1, 0.9, 0.9)),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
    ]))
    return banner


def _table(rows, styles, fonts: Fonts) -> Table:
    mark = "✓" if fonts.regular.startswith("DejaVu") else "x"  # Helvetica has no check mark
    data = [[Paragraph(h, styles["head"]) for h in HEADER]]
    for row in rows:
        name = escape(row.name)
        if row.walk_in:
            name += f' <font name="{fonts.regular}" size="8.5" color="#555555">(paikan päällä)</font>'
        data.append([
            Paragraph(name, styles["name"]),
            Paragraph(escape(diet_labels(row.diets)), styles["cell"]),
            Paragraph(escape(row.diet_note.strip()), styles["small"]),
            Paragraph(f"+{row.guests} vieras" if row.guests else "", styles["cell"]),
            TickBox(mark if row.served else "", fonts.bold),
        ])
    table = Table(data, colWidths=COLUMNS, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, (0, 0, 0)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, (GRID_GREY,) * 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [(1, 1, 1), (STRIPE,) * 3]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
    ]))
    return table


class TickBox(Flowable):
    """An empty square to tick with a pen, or with the kiosk's tick already in it."""

    def __init__(self, mark: str, font: str):
        super().__init__()
        self.mark, self.font = mark, font
        self.width = self.height = BOX

    def wrap(self, available_width, available_height):
        return BOX, BOX

    def draw(self):
        canvas = self.canv
        canvas.setStrokeGray(0)
        canvas.setLineWidth(0.9)
        canvas.setFillGray(1)
        canvas.rect(0, 0, BOX, BOX, stroke=1, fill=1)
        if self.mark:
            canvas.setFillGray(0)
            canvas.setFont(self.font, 13)
            canvas.drawCentredString(BOX / 2, 1.3 * mm, self.mark)


def _footer(canvas, fonts: Fonts, printed: str) -> None:
    """When the list was printed; the page number beside it is written when the count is known."""
    canvas.saveState()
    canvas.setFont(fonts.regular, 8.5)
    canvas.setFillGray(0.35)
    canvas.drawString(MARGIN, 10 * mm, printed)
    canvas.restoreState()
