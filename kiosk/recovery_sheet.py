"""The recovery sheet printed when off-site copies are set up: the key as text and as a QR code, and
what to do with it. Kept in a locked drawer, away from the kiosk: without it the copies cannot be
opened, by anyone, ever."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

from kiosk.documents.pdf import pdf_fonts
from kiosk.output_files import written_whole
from kiosk.qr import qr_png


def write_sheet(out: Path, room: str, remote: str, key: str, made: date) -> None:
    fonts = pdf_fonts()
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=11, leading=15, spaceAfter=3 * mm)
    title = ParagraphStyle("title", body, fontName=fonts.bold, fontSize=18, leading=22)
    big = ParagraphStyle("key", body, fontName=fonts.mono, fontSize=17, leading=24, spaceBefore=4 * mm)
    story = [
        Paragraph(escape(f"Varmuuskopioiden palautusavain – {room}"), title),
        Paragraph(escape(f"Tehty {made.day}.{made.month}.{made.year}. Säilytä lukitussa laatikossa, erillään "
                         "kioskista. Älä valokuvaa äläkä lähetä sähköpostilla."), body),
        Paragraph(escape(f"Etäkopiot: {remote}"), body),
        Paragraph(escape(key), big),
        Image(io.BytesIO(qr_png(key, box_size=8)), width=55 * mm, height=55 * mm, hAlign="LEFT"),
        Spacer(1, 4 * mm),
        Paragraph(escape("Jos kioskin kone varastetaan tai hajoaa: asenna kioski uudelle koneelle, aseta rclone-"
                         "yhteys etäkopioiden tallennuspaikkaan ja anna komento"), body),
        Paragraph(escape("kiosk restore --remote NIMI:kansio --db kiosk.sqlite"), ParagraphStyle("cmd", body, fontName=fonts.mono)),
        Paragraph(escape("Komento kysyy tämän avaimen (isot ja pienet kirjaimet, välit ja viivat saavat olla miten "
                         "tahansa). Ilman avainta kopioita ei voi avata kukaan."), body),
        Paragraph(escape("Återställningsnyckel för de krypterade säkerhetskopiorna · Recovery key for the encrypted "
                         "off-site copies: keep it locked away; without it nobody can open them."), body),
    ]
    with written_whole(out) as writing:
        SimpleDocTemplate(str(writing), pagesize=A4, invariant=1, title="Palautusavain", initialFontName=fonts.regular,
                          leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm).build(story)
