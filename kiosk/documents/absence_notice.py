"""The participant's paperwork as a PDF: the absence notice laid out like Kela's form TT3
"Ilmoitus poissaolosta" (sent at least every two weeks, one participant a form), then the monthly
attendance card that counts the days earning the €9 allowance and names the allowance and payer.

Printed in Finnish for Kela, the unemployment fund and the municipality; no screen shows it, so
no tr(). Values come from kiosk/attendance.py (gathered by kiosk/absence_notice.py); this file only
lays them out. An erased person's
name is their pseudonym ('#12'): a regenerated file names no one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

from kiosk import attendance as att
from kiosk.attendance import Participation
from kiosk.clock import local
from kiosk.documents.pdf import Fonts, number_at, pdf_fonts, write_numbered

PAGE_W, PAGE_H = A4
MARGIN, TOP, BOTTOM = 18 * mm, 26 * mm, 16 * mm
WIDTH = PAGE_W - 2 * MARGIN
INK = colors.Color(0.1, 0.2, 0.35)
RED = colors.Color(0.7, 0.1, 0.1)
LIGHT = colors.Color(0.94, 0.95, 0.97)

WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
MONTHS = ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
          "lokakuu", "marraskuu", "joulukuu")
ROLE_TEXT = {"work_trial": "Työkokeilu", "education_trial": "Koulutuskokeilu", "rehab_work": "Kuntouttava työtoiminta"}
REASON_TEXT = {
    "illness": "Oma sairaus, oma ilmoitus (enintään 3 päivää)",
    "illness_certified": "Oma sairaus, lääkärintodistus",
    "child_ill": "Alle 10-vuotiaan lapsen äkillinen sairaus (enintään 4 päivää)",
    "job_interview": "Työhaastattelu",
    "public_office": "Julkinen luottamustehtävä",
    "other": "Muu syy",
}
ALLOWANCE_TEXT = {
    "kulukorvaus": "kulukorvaus (työttömyysetuuden saajalle; maksaa Kela tai työttömyyskassa)",
    "toimintaraha": "toimintaraha (toimeentulotuen saajalle; maksaa kunta)",
    "": "laji ei selviä maksajan tiedosta: kulukorvaus (Kela tai työttömyyskassa) tai toimintaraha (kunta)",
}
WARNING_TEXT = {
    "short_day": "{day}: alle 4 tuntia ({value} h)",
    "long_day": "{day}: yli 8 tuntia ({value} h)",
    "too_many_days": "viikko, joka päättyy {day}: {value} päivää, enemmän kuin sovittu",
    "unexcused_streak": "{day}: {value} poissaoloa peräkkäin ilman hyväksyttävää syytä – ilmoita TE-palveluille, "
                        "jos palvelu on syytä keskeyttää",
    "fix_times": "{day}: käynti jäi auki – korjaa ajat ennen allekirjoitusta",
    "certificate_needed": "{day}: oma sairaus yli 3 päivää – tarvitaan lääkärintodistus",
    "no_weekdays": "sovittuja viikonpäiviä ei ole merkitty jaksolle",
    "agreed_too_many": "sovittuja päiviä {value} viikossa, enemmän kuin laki sallii",
}


@dataclass(frozen=True)
class Organiser:
    room: str
    organisation: str


def day_text(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day}.{day.month}.{day.year}"


def hours_text(hours: float) -> str:
    return f"{hours:.2f}".replace(".", ",")


@dataclass(frozen=True)
class Paperwork:
    """One period's pages: the notice of [first, last], the cards of its months, and the work
    trial's feedback form (with the whole period's attendance) when it ends in those days."""

    notice: Participation
    cards: tuple[Participation, ...]
    feedback: Participation | None = None


def write_absences_pdf(out: Path, parts: list[Paperwork], first: date, last: date, organiser: Organiser) -> None:
    fonts = pdf_fonts()
    flowables: list = []
    for part in parts:
        if flowables:
            flowables.append(PageBreak())
        flowables += _notice(part.notice, first, last, organiser, fonts)
        for card in part.cards:
            flowables += [PageBreak()] + _card(card, card.first.replace(day=1), organiser, fonts)
        if part.feedback is not None:
            flowables += [PageBreak()] + _feedback(part.feedback, organiser, fonts)
    _write(out, flowables, organiser, fonts)


def _styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", base, fontName=fonts.bold, fontSize=16, leading=20, textColor=INK),
        "h3": ParagraphStyle("h3", base, fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=4 * mm,
                             spaceAfter=1.5 * mm),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=colors.Color(0.3, 0.3, 0.3)),
        "warn": ParagraphStyle("warn", base, fontName=fonts.bold, textColor=RED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", base, fontName=fonts.bold, fontSize=8, leading=9.5),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


def _grid(data: list[list], widths, fonts: Fonts, header: bool = True) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), fonts.regular, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.65)),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    table.setStyle(TableStyle(style))
    return table


def _who(p: Participation, organiser: Organiser, styles) -> list[list]:
    name = " ".join(part for part in (p.first_name, p.last_name) if part)
    period = f"{day_text(p.start_on)} – {day_text(p.end_on) if p.end_on else 'toistaiseksi'}"
    agreed = ", ".join(WEEKDAYS[d - 1] for d in p.weekdays) or "ei merkitty"
    hours = f", {hours_text(p.hours_per_day)} h päivässä" if p.hours_per_day else ""
    return [[_p("Osallistuja", styles["head"]), _p(name, styles["cell"])],
            [_p("Henkilötunnus", styles["head"]), ""],  # not stored by the kiosk: written by hand
            [_p("Järjestäjä", styles["head"]),
             _p(" · ".join(x for x in (organiser.organisation, organiser.room) if x) or "–", styles["cell"])],
            [_p("Palvelu", styles["head"]), _p(ROLE_TEXT[p.role], styles["cell"])],
            [_p("Jakso", styles["head"]), _p(period, styles["cell"])],
            [_p("Sovitut päivät", styles["head"]), _p(agreed + hours, styles["cell"])],
            [_p("Maksaja", styles["head"]), _p(p.allowance.payer or "–", styles["cell"])]]


def _signatures(first_label: str, styles) -> Table:
    rows = [[_p(k, styles["small"]), ""] for k in (first_label, "Järjestäjän edustajan allekirjoitus ja nimenselvennys",
                                                   "Paikka ja päivämäärä")]
    table = Table(rows, colWidths=[62 * mm, WIDTH - 62 * mm], rowHeights=[11 * mm] * 3)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _notice(p: Participation, first: date, last: date, organiser: Organiser, fonts: Fonts) -> list:
    styles = _styles(fonts)
    shown_first, shown_last = max(first, p.first), min(last, p.last)
    story = [_p("Ilmoitus poissaolosta", styles["title"]),
             _p("Työkokeilu ja kuntouttava työtoiminta – laadittu Kelan lomakkeen TT3 mukaan; lähetetään vähintään "
                "kahden viikon välein, yksi osallistuja lomaketta kohden.", styles["small"]),
             Spacer(0, 3 * mm), _grid(_who(p, organiser, styles), [40 * mm, WIDTH - 40 * mm], fonts, header=False),
             _p(f"Ajanjakso: {day_text(shown_first)} – {day_text(shown_last)}", styles["h3"])]
    absences = [d for d in p.absences if shown_first <= d.day <= shown_last]
    if absences:
        rows = [[_p(h, styles["head"]) for h in ("Päivä", "Koodi", "Syy", "Etuus", "Lisätieto")]]
        for d in absences:
            reason = att.REASONS.get(d.reason) if d.reason else None
            rows.append([day_text(d.day), reason.mark if reason else "?",
                         _p(REASON_TEXT[d.reason] if reason else "Syy puuttuu – selvitä", styles["cell"]),
                         _p(_benefit(d), styles["cell"]), _p(d.note, styles["cell"])])
        story.append(_grid(rows, [27 * mm, 15 * mm, 62 * mm, 34 * mm, WIDTH - 138 * mm], fonts))
    else:
        story.append(_p("Ei poissaoloja ajanjaksolla.", styles["body"]))
    to_fix = [d for d in p.days if d.status == att.FIX_TIMES and shown_first <= d.day <= shown_last]
    for d in to_fix:
        story += [Spacer(0, 2 * mm), _p(f"{day_text(d.day)}: käynti jäi auki – ohjaaja korjaa ajat ennen allekirjoitusta", styles["warn"])]
    not_arranged = [d for d in p.days if d.status == att.NOT_ARRANGED and shown_first <= d.day <= shown_last]
    if not_arranged:
        story.append(_p("Palvelua ei järjestetty (nämä eivät ole poissaoloja)", styles["h3"]))
        story += [_p(f"{day_text(d.day)}: {d.closed_reason or 'tila suljettu tänä viikonpäivänä'}", styles["body"])
                  for d in not_arranged]
    legend = "; ".join(f"{r.mark} = {REASON_TEXT[r.code]}" for r in att.REASONS.values())
    story += [Spacer(0, 3 * mm), _p("Koodit: " + legend + ". Etuus maksetaan koodeilla S, SL, L, H ja J; "
                                    "kulukorvausta tai toimintarahaa ei makseta poissaolopäiviltä.", styles["small"]),
              Spacer(0, 4 * mm), KeepTogether([_signatures("Osallistujan allekirjoitus", styles)])]
    return story


def _benefit(d: att.Day) -> str:
    if d.excused:
        return "maksetaan"
    if d.over_limit and d.reason == "illness":
        return "lääkärintodistus puuttuu"
    if d.over_limit:
        return "ei makseta (yli 4 päivää)"
    return "ei makseta"


def _status(d: att.Day) -> str:
    if d.status == att.PRESENT:
        return "läsnä" if d.planned else "läsnä (ei sovittu päivä)"
    if d.status == att.FIX_TIMES:
        return "läsnä – korjaa ajat"
    if d.status == att.IN_ROOM:
        return "paikalla nyt"
    if d.status == att.ABSENT:
        reason = att.REASONS.get(d.reason) if d.reason else None
        return f"poissa: {reason.mark}, {_benefit(d)}" if reason else "poissa: syy puuttuu"
    if d.status == att.NOT_ARRANGED:
        return f"ei järjestetty: {d.closed_reason or 'suljettu'}"
    return "tulossa"


def _card(p: Participation, month_first: date, organiser: Organiser, fonts: Fonts) -> list:
    styles = _styles(fonts)
    name = " ".join(part for part in (p.first_name, p.last_name) if part)
    story = [_p(f"Läsnäolokortti – {name} – {MONTHS[month_first.month - 1]} {month_first.year}", styles["title"]),
             _p(f"{ROLE_TEXT[p.role]}; päivät {day_text(p.first)} – {day_text(p.last)}", styles["small"]),
             Spacer(0, 3 * mm)]
    rows = [[_p(h, styles["head"]) for h in ("Päivä", "Saapui", "Lähti", "Tunnit", "Tila")]]
    for d in p.days:
        rows.append([day_text(d.day), local(d.arrival).strftime("%H.%M") if d.arrival else "",
                     local(d.departure).strftime("%H.%M") if d.departure else ("?" if d.status == att.FIX_TIMES else ""),
                     hours_text(d.hours) if d.hours is not None else "", _p(_status(d), styles["cell"])])
    story.append(_grid(rows, [30 * mm, 18 * mm, 18 * mm, 16 * mm, WIDTH - 82 * mm], fonts))
    excused = sum(1 for d in p.absences if d.excused)
    counts = [("Suunnitellut päivät", p.planned), ("Läsnä, ajat kunnossa", p.count(att.PRESENT)),
              ("Läsnä, ajat korjattava", p.count(att.FIX_TIMES)),
              ("Poissa, etuus maksetaan", excused), ("Poissa, ei etuutta tai syy puuttuu", len(p.absences) - excused),
              ("Palvelua ei järjestetty", p.count(att.NOT_ARRANGED))]
    pairs = [counts[i:i + 2] for i in range(0, len(counts), 2)]
    story += [Spacer(0, 2 * mm), _grid([[cell for k, v in pair for cell in (_p(k, styles["cell"]), str(v))] for pair in pairs],
                                       [62 * mm, 14 * mm, 62 * mm, 14 * mm], fonts, header=False),
              Spacer(0, 2 * mm),
              _p(f"Päiviä, joilta maksetaan {att.ALLOWANCE_EUR} € päivässä: {p.allowance_days} "
                 f"({p.allowance_days} × {att.ALLOWANCE_EUR} € = {p.allowance_eur} €)", styles["h3"]),
              _p(f"Korvaus: {ALLOWANCE_TEXT[p.allowance.kind]}. Maksaja jaksolla: {p.allowance.payer or '–'}.", styles["body"]),
              _p("Korvaus maksetaan vain läsnäolopäiviltä; päivä, jonka ajat on korjattava, lasketaan, kun ohjaaja "
                 "on korjannut ajat.", styles["small"])]
    if p.warnings:
        story.append(_p("Huomiot", styles["h3"]))
        story += [_p(WARNING_TEXT[w.kind].format(day=day_text(w.day) if w.day else "", value=_value(w)),
                     styles["body"]) for w in p.warnings]
    story += [Spacer(0, 4 * mm), KeepTogether([_signatures("Osallistujan allekirjoitus", styles)])]
    return story


FEEDBACK_FIELDS = ("Tehtävät työkokeilun aikana", "Osaaminen ja vahvuudet", "Kehittämiskohteet",
                   "Soveltuvuus alalle tai tehtävään", "Suositus jatkosta (koulutus, työ, muu palvelu)")


def _feedback(p: Participation, organiser: Organiser, fonts: Fonts) -> list:
    """The work-trial feedback form: the period's attendance, then boxes the organiser writes in."""
    styles = _styles(fonts)
    excused = sum(1 for d in p.absences if d.excused)
    hours = sum(d.hours for d in p.days if d.hours is not None)
    summary = [("Suunnitellut päivät", p.planned), ("Läsnäolopäivät", p.count(att.PRESENT) + p.count(att.FIX_TIMES)),
               ("Poissa, hyväksytty syy", excused), ("Poissa, ei hyväksyttyä syytä", len(p.absences) - excused),
               ("Palvelua ei järjestetty", p.count(att.NOT_ARRANGED)), ("Tunnit yhteensä", hours_text(hours))]
    pairs = [summary[i:i + 2] for i in range(0, len(summary), 2)]
    story = [_p("Työkokeilun palaute", styles["title"]),
             _p("Järjestäjän kirjallinen palaute työkokeilun päättyessä; osallistuja saa kopion.", styles["small"]),
             Spacer(0, 3 * mm), _grid(_who(p, organiser, styles), [40 * mm, WIDTH - 40 * mm], fonts, header=False),
             _p("Läsnäolo koko jaksolla", styles["h3"]),
             _grid([[cell for k, v in pair for cell in (_p(k, styles["cell"]), str(v))] for pair in pairs],
                   [62 * mm, 14 * mm, 62 * mm, 14 * mm], fonts, header=False)]
    boxes = Table([[_p(label, styles["head"])] for label in FEEDBACK_FIELDS], colWidths=[WIDTH],
                  rowHeights=[27 * mm] * len(FEEDBACK_FIELDS))
    boxes.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.Color(0.6, 0.6, 0.65))]))
    return story + [Spacer(0, 4 * mm), boxes, Spacer(0, 3 * mm),
                    KeepTogether([_signatures("Osallistujan allekirjoitus (palaute vastaanotettu)", styles)])]


def _value(w: att.Warning) -> str:
    return hours_text(w.value) if w.kind in ("short_day", "long_day") else str(int(w.value))


def _write(out: Path, story, organiser: Organiser, fonts: Fonts) -> None:
    def build(buffer, canvasmaker) -> None:
        doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1, title="Ilmoitus poissaolosta", initialFontName=fonts.regular,
                              leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM)
        frame = Frame(MARGIN, BOTTOM, WIDTH, PAGE_H - TOP - BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)

        def header(canvas, doc):
            canvas.saveState()
            canvas.setFont(fonts.bold, 9.5)
            canvas.setFillColor(INK)
            canvas.drawString(MARGIN, PAGE_H - 14 * mm,
                              " · ".join(x for x in (organiser.room, organiser.organisation) if x) or "Työhuone")
            canvas.setFont(fonts.regular, 8.5)
            canvas.setFillColor(RED)
            canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 18.5 * mm, "LUOTTAMUKSELLINEN")
            canvas.setStrokeColor(INK)
            canvas.line(MARGIN, PAGE_H - 20 * mm, PAGE_W - MARGIN, PAGE_H - 20 * mm)
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=header)])
        doc.build(story, canvasmaker=canvasmaker)

    write_numbered(out, build, number_at(PAGE_W - MARGIN, PAGE_H - 14 * mm, fonts.regular, fill=INK))
