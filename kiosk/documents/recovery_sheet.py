"""The recovery sheet printed when off-site copies are set up: the key as text and as a QR code, and
what to do with it. Kept in a locked drawer, away from the kiosk: without it the copies cannot be
opened, by anyone, ever. In Finnish, Swedish or English (the room's language, or offsite-setup's
--lang), each with one line in the other two."""

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
from kiosk.documents.report import LANGUAGES, LOCALES, _by_language, day_text
from kiosk.output_files import written_whole
from kiosk.qr import qr_png


# fi, sv, en
_STRINGS = {
    "title": ("Varmuuskopioiden palautusavain – {room}", "Återställningsnyckel för säkerhetskopiorna – {room}",
              "Recovery key for the backups – {room}"),
    "made": ("Tehty {day}. Säilytä lukitussa laatikossa, erillään kioskista. Älä valokuvaa äläkä lähetä sähköpostilla.",
             "Gjord {day}. Förvara i en låst låda, skild från kiosken. Fotografera den inte och skicka den inte per e-post.",
             "Made on {day}. Keep it in a locked drawer, away from the kiosk. Do not photograph it or send it by e-mail."),
    "remote": ("Etäkopiot: {remote}", "Externa kopior: {remote}", "Off-site copies: {remote}"),
    "when": ("Jos kioskin kone varastetaan tai hajoaa: asenna kioski uudelle koneelle, aseta rclone-yhteys "
             "etäkopioiden tallennuspaikkaan ja anna komento",
             "Om kioskens dator stjäls eller går sönder: installera kiosken på en ny dator, ställ in en rclone-"
             "anslutning till de externa kopiornas lagring och ge kommandot",
             "If the kiosk's computer is stolen or breaks: install the kiosk on a new computer, set up an rclone "
             "connection to where the off-site copies are, and give the command"),
    "command": ("kiosk restore --remote NIMI:kansio --db kiosk.sqlite", "kiosk restore --remote NAMN:mapp --db kiosk.sqlite",
                "kiosk restore --remote NAME:folder --db kiosk.sqlite"),
    "asks": ("Komento kysyy tämän avaimen (isot ja pienet kirjaimet, välit ja viivat saavat olla miten tahansa). "
             "Ilman avainta kopioita ei voi avata kukaan.",
             "Kommandot frågar efter den här nyckeln (stora och små bokstäver, mellanslag och streck spelar ingen roll). "
             "Utan nyckeln kan ingen öppna kopiorna.",
             "The command asks for this key (capitals or small letters, spaces and dashes do not matter). "
             "Without the key nobody can open the copies."),
    "others": ("Återställningsnyckel för de krypterade säkerhetskopiorna · Recovery key for the encrypted off-site "
               "copies: keep it locked away; without it nobody can open them.",
               "Varmuuskopioiden palautusavain · Recovery key for the encrypted off-site copies: keep it locked away; "
               "without it nobody can open them.",
               "Varmuuskopioiden palautusavain · Återställningsnyckel för de krypterade säkerhetskopiorna: "
               "säilytä lukittuna · förvara inlåst."),
    "doc_title": ("Palautusavain", "Återställningsnyckel", "Recovery key"),
}
TEXT = _by_language(_STRINGS)


def write_sheet(out: Path, room: str, remote: str, key: str, made: date, lang: str = "fi") -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    words = TEXT[lang]
    fonts = pdf_fonts()
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=11, leading=15, spaceAfter=3 * mm)
    title = ParagraphStyle("title", body, fontName=fonts.bold, fontSize=18, leading=22)
    big = ParagraphStyle("key", body, fontName=fonts.mono, fontSize=17, leading=24, spaceBefore=4 * mm)
    story = [
        Paragraph(escape(words["title"].format(room=room)), title),
        Paragraph(escape(words["made"].format(day=day_text(made, lang))), body),
        Paragraph(escape(words["remote"].format(remote=remote)), body),
        Paragraph(escape(key), big),
        Image(io.BytesIO(qr_png(key, box_size=8)), width=55 * mm, height=55 * mm, hAlign="LEFT"),
        Spacer(1, 4 * mm),
        Paragraph(escape(words["when"]), body),
        Paragraph(escape(words["command"]), ParagraphStyle("cmd", body, fontName=fonts.mono)),
        Paragraph(escape(words["asks"]), body),
        Paragraph(escape(words["others"]), body),
    ]
    with written_whole(out) as writing:
        SimpleDocTemplate(str(writing), pagesize=A4, invariant=1, title=words["doc_title"], lang=LOCALES[lang],
                          initialFontName=fonts.regular,
                          leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm).build(story)
