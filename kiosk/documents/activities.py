"""The programme laid out from values handed in (issue 21): no SQL, no Qt, no settings.

- ``report_section``: the monthly report's "Toiminnot" pages (activities by type, guidance by
  topic, volunteer hours by activity, and whether activity-only attendance is in the visitor
  totals), in fi / sv / en, counts of people hidden as the rest of the public report hides them.
- ``write_programme``: the month's programme with each session's roster for the instructor
  (Finnish; names as first name and last initial), A4.
- ``programme_rows``: the same as CSV rows for kiosk/finnish_csv.py.
Printed text, not shown on screen: no tr(), dicts of strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.documents.figures_table import GRID, INK, figures_table
from kiosk.documents.pdf import Fonts, number_at, pdf_fonts, write_numbered
from kiosk.documents.report import count_text, decimal
from kiosk.clock import local
from kiosk.statistics import Hidden, suppress, suppress_one

if TYPE_CHECKING:  # the type names only: documents take values, they never call a service
    from kiosk.activities import Roster
    from kiosk.activity_statistics import ProgrammeFigures

KIND_NAMES = {
    "course": ("Kurssi", "Kurs", "Course"),
    "group": ("Ryhmä", "Grupp", "Group"),
    "talkoot": ("Talkoot", "Talko", "Volunteer work party"),
    "language_cafe": ("Kielikahvila", "Språkcafé", "Language café"),
    "pop_up": ("Pop up -tapaaminen", "Pop up-träff", "Pop-up meeting"),
    "excursion": ("Retki", "Utflykt", "Excursion"),
    "guidance": ("Ohjausaika", "Handledning", "Guidance session"),
    "event": ("Tapahtuma", "Evenemang", "Event"),
    "other": ("Muu", "Annat", "Other"),
}
TOPIC_NAMES = {
    "job_seeking": ("Työnhaku", "Jobbsökning", "Job seeking"),
    "benefits": ("Etuudet", "Förmåner", "Benefits"),
    "digital_errands": ("Digiasiointi", "Digitala ärenden", "Digital errands"),
    "training": ("Koulutus", "Utbildning", "Training"),
    "housing": ("Asuminen", "Boende", "Housing"),
    "other": ("Muu", "Annat", "Other"),
}
_TEXT = {
    "heading": ("Toiminnot ja ohjaus", "Verksamhet och handledning", "Activities and guidance"),
    "by_kind": ("Toiminnot tyypeittäin", "Verksamhet per typ", "Activities by type"),
    "kind": ("Tyyppi", "Typ", "Type"),
    "sessions": ("Kertoja", "Tillfällen", "Sessions"),
    "cancelled": ("Peruttu", "Inställda", "Cancelled"),
    "visits": ("Osallistumis-\nkäynnit", "Deltagar-\nbesök", "Participant\nvisits"),
    "people": ("Eri henkilöitä", "Olika personer", "Distinct people"),
    "hours": ("Tunnit", "Timmar", "Hours"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "partners": ("Kumppanit ja järjestäjät", "Partner och arrangörer", "Partners and organisers"),
    "no_partners": ("Ei nimettyjä kumppaneita.", "Inga namngivna partner.", "No partners named."),
    "none": ("Ei toimintaa tällä jaksolla.", "Ingen verksamhet under perioden.", "No activities in this period."),
    "guidance": ("Ohjaus aiheittain", "Handledning per ämne", "Guidance by topic"),
    "topic": ("Aihe", "Ämne", "Topic"),
    "times": ("Kertaa", "Gånger", "Times"),
    "no_guidance": ("Ei ohjausta tällä jaksolla.", "Ingen handledning under perioden.", "No guidance in this period."),
    "mentors": ("Vapaaehtoisten tunnit toiminnoittain", "Frivilligas timmar per verksamhet",
                "Volunteer hours by activity"),
    "activity": ("Toiminto", "Verksamhet", "Activity"),
    "mentor_people": ("Vapaaehtoisia", "Frivilliga", "Volunteers"),
    "no_mentors": ("Ei kirjattuja vapaaehtoisten tunteja.", "Inga registrerade frivilligtimmar.",
                   "No volunteer hours recorded."),
    "only": ("Kävijämäärät (edellä) sisältävät vain työhuoneeseen kirjautuneet käynnit, eivät pelkästään "
             "toimintaan osallistuneita: {visits} osallistumiskäyntiä ({people} henkilöä) ilman samana päivänä "
             "kirjattua käyntiä työhuoneessa, toiminnoissa jotka lasketaan kävijämääriin.",
             "Besöksantalen (ovan) omfattar bara besök som registrerats i arbetsrummet, inte deltagande enbart i "
             "verksamhet: {visits} deltagarbesök ({people} personer) utan besök i arbetsrummet samma dag, i "
             "verksamhet som räknas till besöksantalen.",
             "The visitor totals (above) count room check-ins only, not activity-only attendance: {visits} "
             "participant visits ({people} people) without a room visit the same day, in activities that count in "
             "the visitor figures."),
    "not_counting": ("Kävijämäärissä on mukana {n} työhuoneeseen kirjautumista niiden toimintojen päivinä, joita "
                     "ei lasketa kävijämääriin (esim. toisen järjestäjän kurssi).",
                     "Besöksantalen omfattar {n} registreringar i arbetsrummet på dagar med verksamhet som inte "
                     "räknas till besöksantalen (t.ex. en annan arrangörs kurs).",
                     "The visitor totals include {n} room check-ins on days of activities that do not count in the "
                     "visitor figures (e.g. another body's course)."),
    "rule": ("Osallistumiskäynnit: kerran ilmoitettu henkilömäärä tai rastitetut osallistujat, kumpi suurempi. "
             "Eri henkilöt: rekisteröityneet osallistujat kerran jaksossa. Tunnit: pidettyjen kertojen kesto. "
             "Perutut kerrat eivät ole luvuissa.",
             "Deltagarbesök: det antal som angetts för tillfället eller de avbockade deltagarna, det större. Olika "
             "personer: registrerade deltagare en gång per period. Timmar: de hållna tillfällenas längd. Inställda "
             "tillfällen ingår inte.",
             "Participant visits: a session's headcount or its ticked participants, whichever is larger. Distinct "
             "people: registered participants once a period. Hours: the length of the sessions held. Cancelled "
             "sessions are not in the figures."),
}
LANGS = ("fi", "sv", "en")


def text(key: str, lang: str) -> str:
    return _TEXT[key][LANGS.index(lang)]


def kind_name(kind: str, lang: str = "fi") -> str:
    return KIND_NAMES[kind][LANGS.index(lang)]


def topic_name(topic: str, lang: str = "fi") -> str:
    return TOPIC_NAMES[topic][LANGS.index(lang)]


def _styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("a_base", fontName=fonts.regular, fontSize=9.5, leading=12.5)
    return {
        "h2": ParagraphStyle("a_h2", base, fontName=fonts.bold, fontSize=13, leading=16, textColor=INK,
                             spaceBefore=5 * mm, spaceAfter=2 * mm),
        "h3": ParagraphStyle("a_h3", base, fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=3 * mm,
                             spaceAfter=1.5 * mm),
        "body": base,
        "small": ParagraphStyle("a_small", base, fontSize=8, leading=10, textColor=colors.Color(0.3, 0.3, 0.3),
                                spaceBefore=1 * mm),
        "head": ParagraphStyle("a_head", base, fontName=fonts.bold, fontSize=8, leading=9.5),
        "cell": ParagraphStyle("a_cell", base, fontSize=8.5, leading=10.5),
    }


def _table(fonts: Fonts, rows: list[list], widths, total_row: bool = False, extra: tuple = ()) -> Table:
    """The reports' table of figures, its header row plain words in bold."""
    return figures_table(fonts, rows, widths, total_row=total_row, extra=[("FONT", (0, 0), (-1, 0), fonts.bold, 8), *extra])


def report_section(figures: ProgrammeFigures, lang: str, fonts: Fonts, hide_small: bool) -> list:
    """The monthly report's pages on the programme. With ``hide_small`` (the public version) every
    count of people passes statistics.suppress, totals included."""
    styles = _styles(fonts)
    story = [CondPageBreak(60 * mm), Paragraph(escape(text("heading", lang)), styles["h2"]),
             Paragraph(escape(text("by_kind", lang)), styles["h3"])]
    if figures.kinds:
        people = [k.people for k in figures.kinds]
        shown = suppress(people) if hide_small else people
        total_people = suppress_one(figures.people) if hide_small else figures.people
        rows = [[text(key, lang) for key in ("kind", "sessions", "cancelled", "visits", "people", "hours")]]
        for k, p in zip(figures.kinds, shown):
            rows.append([kind_name(k.kind, lang), str(k.sessions), str(k.cancelled), str(k.participant_visits),
                         count_text(p), decimal(k.hours, lang)])
        rows.append([text("total", lang), str(figures.sessions), str(sum(k.cancelled for k in figures.kinds)),
                     str(figures.participant_visits), count_text(total_people), decimal(figures.hours, lang)])
        story.append(_table(fonts, rows, [52 * mm, 20 * mm, 20 * mm, 28 * mm, 28 * mm, 20 * mm], total_row=True))
        story.append(Paragraph(escape(text("rule", lang)), styles["small"]))
    else:
        story.append(Paragraph(escape(text("none", lang)), styles["body"]))
    only_people = suppress_one(figures.activity_only_people) if hide_small else figures.activity_only_people
    story.append(Spacer(0, 2 * mm))
    story.append(Paragraph(escape(text("only", lang).format(visits=figures.activity_only_visits,
                                                            people=count_text(only_people))), styles["body"]))
    if figures.checked_in_not_counting:
        story.append(Paragraph(escape(text("not_counting", lang).format(n=figures.checked_in_not_counting)),
                               styles["body"]))

    story.append(Paragraph(escape(text("partners", lang)), styles["h3"]))
    partners = [(kind_name(k.kind, lang), ", ".join(k.partners)) for k in figures.kinds if k.partners]
    if partners:
        rows = [[Paragraph(escape(kind), styles["cell"]), Paragraph(escape(names), styles["cell"])]
                for kind, names in partners]
        table = Table(rows, colWidths=[52 * mm, 116 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    else:
        story.append(Paragraph(escape(text("no_partners", lang)), styles["body"]))

    story.append(Paragraph(escape(text("guidance", lang)), styles["h3"]))
    if figures.topics:
        people = [t.people for t in figures.topics]
        shown = suppress(people, total_shown=False) if hide_small else people
        rows = [[text(key, lang) for key in ("topic", "times", "people", "hours")]]
        rows += [[topic_name(t.topic, lang), str(t.times), count_text(p), decimal(t.hours, lang)]
                 for t, p in zip(figures.topics, shown)]
        story.append(_table(fonts, rows, [52 * mm, 24 * mm, 28 * mm, 24 * mm]))
    else:
        story.append(Paragraph(escape(text("no_guidance", lang)), styles["body"]))

    story.append(Paragraph(escape(text("mentors", lang)), styles["h3"]))
    if figures.mentors:
        people = [m.mentors for m in figures.mentors]
        shown = suppress(people, total_shown=False) if hide_small else people
        rows = [[text(key, lang) for key in ("activity", "mentor_people", "sessions", "hours")]]
        rows += [[m.activity, count_text(p), str(m.sessions), decimal(m.hours, lang)] for m, p in zip(figures.mentors, shown)]
        story.append(_table(fonts, rows, [70 * mm, 28 * mm, 24 * mm, 24 * mm]))
    else:
        story.append(Paragraph(escape(text("no_mentors", lang)), styles["body"]))
    return story


# ---------------------------------------------------------------------------------------------
# The programme with rosters (kiosk activities), in Finnish.

WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
MONTHS = ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
          "lokakuu", "marraskuu", "joulukuu")


@dataclass(frozen=True)
class Programme:
    year: int
    month: int
    room: str
    printed: str  # "Tulostettu ..." line
    rosters: tuple  # Roster values, by start time


def day_text(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day}.{day.month}."


def session_line(roster: Roster) -> str:
    s = roster.session
    where = s.activity.place or "työhuone"
    parts = [f"{day_text(s.day)} klo {local(s.starts):%H.%M}–{local(s.ends):%H.%M}", s.activity.name,
             kind_name(s.activity.kind), where]
    if s.activity.organiser:
        parts.append(s.activity.organiser)
    return " · ".join(parts)


def write_programme(programme: Programme, out: Path) -> None:
    fonts = pdf_fonts()
    title = f"Ohjelma – {MONTHS[programme.month - 1]} {programme.year}"
    styles = _styles(fonts)
    styles["title"] = ParagraphStyle("a_title", styles["body"], fontName=fonts.bold, fontSize=18, leading=22)
    styles["session"] = ParagraphStyle("a_session", styles["body"], fontName=fonts.bold, fontSize=10.5, leading=13,
                                       spaceBefore=4 * mm, spaceAfter=1 * mm, textColor=INK)
    styles["cancel"] = ParagraphStyle("a_cancel", styles["session"], textColor=colors.Color(0.7, 0, 0))

    def build(buffer, canvasmaker) -> None:
        doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title=title, author=programme.room,
                                initialFontName=fonts.regular,
                                leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm)

        def footer(canvas, doc):
            canvas.saveState()
            canvas.setFont(fonts.regular, 8.5)
            canvas.setFillGray(0.35)
            canvas.drawString(18 * mm, 10 * mm, programme.printed)
            canvas.restoreState()

        doc.build(_programme_story(programme, title, fonts, styles), onFirstPage=footer, onLaterPages=footer,
                  canvasmaker=canvasmaker)

    write_numbered(out, build, number_at(A4[0] - 18 * mm, 10 * mm, fonts.regular))


def _programme_story(programme: Programme, title: str, fonts: Fonts, styles) -> list:
    story = [Paragraph(escape(title), styles["title"])]
    if programme.room:
        story.append(Paragraph(escape(programme.room), styles["body"]))
    if not programme.rosters:
        return story + [Spacer(0, 4 * mm), Paragraph("Ei toimintaa tässä kuussa.", styles["body"])]
    for roster in programme.rosters:
        s = roster.session
        block = []
        if s.cancelled:
            block.append(Paragraph(escape(session_line(roster)) + " – PERUTTU", styles["cancel"]))
            story.append(KeepTogether(block))
            continue
        block.append(Paragraph(escape(session_line(roster)), styles["session"]))
        facts = []
        if s.activity.seats:
            facts.append(f"paikkoja {s.activity.seats}, ilmoittautuneita {roster.signed_up}")
        facts.append(f"tulleita {roster.came}")
        if s.headcount is not None:
            facts.append(f"henkilömäärä {s.headcount}")
        block.append(Paragraph(escape(", ".join(facts)), styles["body"]))
        if roster.rows:
            rows = [["Nimi", "Ilmoittautunut", "Tuli"]]
            rows += [[r.name + (" (paikan päällä)" if r.walk_in else ""), "✓" if r.signed_up else "",
                      "✓" if r.came else "☐"] for r in sorted(roster.rows, key=lambda r: r.name.casefold())]
            block.append(_table(fonts, rows, [90 * mm, 30 * mm, 20 * mm], extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")]))
        if roster.mentors:
            block.append(Paragraph(escape("Vapaaehtoiset: " + ", ".join(
                f"{m.name} {decimal(m.hours, 'fi')} h" for m in roster.mentors)), styles["body"]))
        if roster.guidance:
            block.append(Paragraph(escape("Ohjaus: " + "; ".join(
                f"{g.name}, {topic_name(g.topic)}, {g.minutes} min" for g in roster.guidance)), styles["body"]))
        if s.note:
            block.append(Paragraph(escape("Muistiinpano: " + s.note), styles["small"]))
        story.append(KeepTogether(block))
    return story


SESSION_HEADER = ("paiva", "alkaa", "minuutteja", "toiminto", "tyyppi", "jarjestaja", "paikka", "paikkoja",
                  "peruttu", "ilmoittautuneita", "tulleita", "henkilomaara", "osallistumiskaynnit",
                  "vapaaehtoisten_tunnit", "muistiinpano")
ROSTER_HEADER = ("paiva", "toiminto", "nimi", "paikan_paalla", "ilmoittautunut", "tuli")


def session_rows(rosters) -> list[list]:
    """One row per session: its facts and counts (exact; for the instructor and the coordinator)."""
    rows = []
    for r in rosters:
        s = r.session
        rows.append([s.day, f"{local(s.starts):%H:%M}", s.minutes, s.activity.name, s.activity.kind,
                     s.activity.organiser, s.activity.place, s.activity.seats, s.cancelled, r.signed_up, r.came,
                     s.headcount, 0 if s.cancelled else r.participants, sum(m.hours for m in r.mentors), s.note])
    return rows


def roster_rows(rosters) -> list[list]:
    return [[r.session.day, r.session.activity.name, row.name, row.walk_in, row.signed_up, row.came]
            for r in rosters for row in r.rows]


FIGURES_HEADER = ("section", "code", "sessions", "cancelled", "participant_visits", "people", "hours", "partners",
                  "public_hides_people")


def figure_rows(figures: ProgrammeFigures) -> list[list]:
    """The report's activity figures for ``report --csv``: exact counts with stable codes (types,
    topics; activities by name), and which counts of people the public version hides."""
    rows = []
    for k, shown in zip(figures.kinds, suppress([k.people for k in figures.kinds])):
        rows.append(["kind", k.kind, k.sessions, k.cancelled, k.participant_visits, k.people, k.hours,
                     ", ".join(k.partners), _hidden(shown)])
    rows.append(["kind", "total", figures.sessions, sum(k.cancelled for k in figures.kinds),
                 figures.participant_visits, figures.people, figures.hours, "",
                 _hidden(suppress_one(figures.people))])
    for t, shown in zip(figures.topics, suppress([t.people for t in figures.topics], total_shown=False)):
        rows.append(["guidance", t.topic, t.times, "", "", t.people, t.hours, "", _hidden(shown)])
    for m, shown in zip(figures.mentors, suppress([m.mentors for m in figures.mentors], total_shown=False)):
        rows.append(["volunteers", m.activity, m.sessions, "", "", m.mentors, m.hours, "", _hidden(shown)])
    rows.append(["activity_only", "not_in_visitor_totals", "", "", figures.activity_only_visits,
                 figures.activity_only_people, "", "", _hidden(suppress_one(figures.activity_only_people))])
    rows.append(["checked_in_not_counting", "in_visitor_totals", "", "", figures.checked_in_not_counting, "", "", "",
                 ""])
    return rows


def _hidden(shown) -> str:
    return shown.value if isinstance(shown, Hidden) else ""
