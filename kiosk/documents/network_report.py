"""The coordinator's network report: a PDF (and CSV files) of one month over the network's rooms,
laid out from kiosk.network's figures, in Finnish, Swedish or English (its words in a table here,
as the monthly report's are in kiosk/documents/report.py, whose answer labels and month names it
uses). Small numbers in the breakdowns are hidden by the public report's own rule
(documents/report.py's shown_rows, which passes each row through statistics.suppress)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer

from kiosk import municipalities
from kiosk.documents.figures_table import INK, figures_table
from kiosk.documents.pdf import pdf_fonts
from kiosk.documents.report import LANGUAGES, LOCALES, _by_language, count_text, day_text, month_name, shown_rows
from kiosk.documents.report import TEXT as REPORT_TEXT
from kiosk.exchange_format import BREAKDOWN_NAMES, GENDER_KEYS, NOT_TOLD
from kiosk.network import NetworkMonth, use_of_hours
from kiosk.output_files import written_whole
from kiosk.statistics import Breakdown

KEY_ROWS = ("visits", "new_visitors", "anonymous_visits", "hours", "volunteers.hours", "lending.loans", "lunch.served",
            "activities.sessions", "activities.participant_visits")

# fi, sv, en
_STRINGS = {
    "hours": ("Kävijätunnit", "Besökstimmar", "Visitor hours"),
    "volunteers.hours": ("Vapaaehtoisten tunnit", "Frivilligas timmar", "Volunteers' hours"),
    "lending.loans": ("Lainat", "Lån", "Loans"),
    "lunch.served": ("Lounaita syöty", "Serverade luncher", "Lunches served"),
    # exchange format 2: a room on an older kiosk sends no activities block and adds nothing here
    "activities.sessions": ("Toiminnan kerrat", "Verksamhetens tillfällen", "Activity sessions"),
    "activities.participant_visits": ("Toiminnan osallistumiskäynnit", "Deltagarbesök i verksamheten",
                                      "Activity participant visits"),
    "no_activities": ("Tiloja, jotka eivät lähettäneet toiminnan lukuja: {n} (vanhempi kioskin versio).",
                      "Lokaler som inte skickade siffror för verksamheten: {n} (äldre version av kiosken).",
                      "Rooms that sent no activity figures: {n} (an older kiosk version)."),
    "distinct_matched": ("Eri kävijät koko verkostossa (tunnisteista)", "Olika besökare i hela nätverket (från pseudonymerna)",
                         "Distinct visitors across the network (from the pseudonyms)"),
    "distinct_summed": ("Eri kävijät: tilojen eri kävijöiden summa", "Olika besökare: summan av lokalernas olika besökare",
                        "Distinct visitors: the sum of the rooms' distinct visitors"),
    "room_head": ("Tila|Käynnit|Eri kävijät|Uudet|Kävijä\xadtunnit|Auki, tuntia|Kävijöitä / auki\xadtunti|Käyttö\xadaste %|Ohjelma",
                  "Lokal|Besök|Olika besökare|Nya|Besöks\xadtimmar|Öppet, timmar|Besökare / öppen timme|Användnings\xadgrad %|Program",
                  "Room|Visits|Distinct visitors|New|Visitor hours|Open, hours|Visitors / open hour|Use %|Software"),
    "missing_head": ("Tila|Viimeisin kuukausi|Tehty|Ohjelma|Viimeisin etäkopio",
                     "Lokal|Senaste månad|Gjord|Program|Senaste externa kopia",
                     "Room|Last month sent|Made|Software|Last off-site copy"),
    "trend_head": ("Kuukausi|Tiloja|Käynnit|Eri kävijät (summa)|Uudet|Kävijätunnit",
                   "Månad|Lokaler|Besök|Olika besökare (summa)|Nya|Besökstimmar",
                   "Month|Rooms|Visits|Distinct visitors (sum)|New|Visitor hours"),
    "title": ("Verkoston raportti – {month}", "Nätverkets rapport – {month}", "Network report – {month}"),
    "made": ("Tehty {day}. Tiloja {known}, joista {sent} lähetti kuukauden luvut.",
             "Gjord {day}. Lokaler {known}, av vilka {sent} skickade månadens siffror.",
             "Made on {day}. {known} rooms, of which {sent} sent the month's figures."),
    "hours_offered": ("Aukiolotunnit yhteensä", "Öppettimmar totalt", "Opening hours in all"),
    "per_hour": ("Kävijöitä keskimäärin auki-tuntia kohti", "Besökare i medeltal per öppen timme",
                 "Visitors per open hour on average"),
    "network_total": ("Verkosto yhteensä", "Nätverket totalt", "The network in all"),
    "rooms": ("Tilat", "Lokaler", "Rooms"),
    "missing": ("Tilat, joilta kuukausi puuttuu", "Lokaler som inte skickat månaden", "Rooms that have not sent the month"),
    "none_missing": ("Kaikki tilat ovat lähettäneet kuukauden.", "Alla lokaler har skickat månaden.",
                     "Every room has sent the month."),
    "trend": ("12 kuukauden kehitys: käynnit", "Utvecklingen under 12 månader: besök", "The last 12 months: visits"),
    "by_answers": ("Kävijät vastausten mukaan (koko verkosto)", "Besökare enligt svaren (hela nätverket)",
                   "Visitors by their answers (the whole network)"),
    "hidden": ("<5 = 1–4 henkilöä: pienet luvut on piilotettu samalla säännöllä kuin tilan kuukausiraportissa; x = luku "
               "on piilotettu vain, jottei pientä lukua voisi laskea summasta.",
               "<5 = 1–4 personer: små tal är dolda med samma regel som i lokalens månadsrapport; x = talet är dolt "
               "endast för att ett litet tal inte ska kunna räknas ut ur summan.",
               "<5 = 1–4 people: small numbers are hidden by the same rule as in a room's monthly report; x = hidden "
               "only so that a small number cannot be worked out from the total."),
    "not_hidden": ("Pienten lukujen piilotus ei ole käytössä.", "Små tal är inte dolda.", "Small numbers are not hidden."),
    "summed_note": ("Eri kävijät on laskettu tilojen eri kävijöiden summana: sama ihminen voi olla mukana usean tilan "
                    "luvuissa.", "Olika besökare är summan av lokalernas olika besökare: samma person kan ingå i flera "
                    "lokalers siffror.", "Distinct visitors are the sum of the rooms' distinct visitors: one person may "
                    "be counted in several rooms."),
    "replaced": ("Sama kuukausi lähetetty uudelleen: {n} vanhempaa tiedostoa jätetty pois (uusin lasketaan).",
                 "Samma månad skickad på nytt: {n} äldre filer utelämnade (den nyaste räknas).",
                 "The same month sent again: {n} older files left out (the newest counts)."),
    "unreadable": ("Ei luettu: {reason}", "Inte läst: {reason}", "Not read: {reason}"),
    "doc_title": ("Verkoston raportti {month}", "Nätverkets rapport {month}", "Network report {month}"),
}
# The monthly report's own words where they are the same: answer groups, key figures, the columns.
SHARED = ("visits", "new_visitors", "anonymous_visits", "total", "women", "men", "other", "not_told", *BREAKDOWN_NAMES)
TEXT = {lang: {**{key: REPORT_TEXT[lang][key] for key in SHARED}, **words}
        for lang, words in _by_language(_STRINGS).items()}
BREAKDOWN_TITLES = {name: TEXT["fi"][name] for name in BREAKDOWN_NAMES}


def _heads(key: str, lang: str) -> list[str]:
    return TEXT[lang][key].split("|")


def _number(value, lang: str = "fi") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",") if lang in ("fi", "sv") else f"{value:.1f}"
    return str(value)


def distinct_label(network: NetworkMonth, lang: str = "fi") -> str:
    return TEXT[lang]["distinct_matched" if network.distinct_matched else "distinct_summed"]


def _month_text(month: str, lang: str = "fi") -> str:
    year, number = map(int, month.split("-"))
    return month_name(year, number, lang)


def room_rows(network: NetworkMonth) -> list[list]:
    rows = []
    for room in network.rooms:
        f = room.figures
        per_hour, per_seat = use_of_hours(room)
        rows.append([room.name, f["visits"], f["distinct_visitors"], f["new_visitors"], f["hours"],
                     room.document["room"]["hours_offered"], per_hour,
                     None if per_seat is None else round(100 * per_seat, 1), room.document["software"]])
    return rows


ROOM_HEAD, MISSING_HEAD, TREND_HEAD = (_heads(key, "fi") for key in ("room_head", "missing_head", "trend_head"))


def missing_rows(network: NetworkMonth) -> list[list]:
    return [[m.name, m.last.month, m.last.document["made_at"][:10], m.last.document["software"],
             (m.last.document.get("last_offsite_copy") or "–")[:10]] for m in network.missing]


def trend_rows(network: NetworkMonth) -> list[list]:
    return [[month, rooms, t.get("visits", 0), t.get("distinct_visitors", 0), t.get("new_visitors", 0), t.get("hours", 0.0)]
            for month, t, rooms in network.trend]


def network_breakdown(network: NetworkMonth, name: str) -> Breakdown:
    """The rooms' rows of one breakdown summed, as the statistics service's Breakdown."""
    summed: dict[str | None, list[int]] = {}
    for room in network.rooms:
        for answer, cells in room.figures["breakdowns"][name].items():
            if name == "municipality":  # a kiosk before migration 0013 sent names: the code they mean
                answer = municipalities.code_for(answer) or answer
            row = summed.setdefault(None if answer == NOT_TOLD else answer, [0, 0, 0, 0])
            for i, key in enumerate(GENDER_KEYS):
                row[i] += cells[key]
    return Breakdown(name, tuple((answer, tuple(cells)) for answer, cells in summed.items()))


def write_pdf(network: NetworkMonth, out: Path, today: date, hide_small: bool = True, lang: str = "fi") -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    words = TEXT[lang]
    fonts = pdf_fonts()
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9, leading=11.5)
    title = ParagraphStyle("title", base, fontName=fonts.bold, fontSize=17, leading=21, textColor=INK)
    h2 = ParagraphStyle("h2", base, fontName=fonts.bold, fontSize=12.5, leading=15, textColor=INK,
                        spaceBefore=5 * mm, spaceAfter=2 * mm)
    head = ParagraphStyle("head", base, fontName=fonts.bold, fontSize=7.5, leading=9)
    small = ParagraphStyle("small", base, fontSize=8, leading=10)

    def table(header, rows, widths):
        data = [[Paragraph(escape(h), head) for h in header]]
        data += [[Paragraph(escape(c), small) if isinstance(c, str) else _number(c, lang) for c in row] for row in rows]
        return figures_table(fonts, data, widths)

    sent, known = len(network.rooms), len(network.rooms) + len(network.missing)
    story = [Paragraph(escape(words["title"].format(month=_month_text(network.month, lang))), title),
             Paragraph(escape(words["made"].format(day=day_text(today, lang), known=known, sent=sent)), base)]
    totals = network.totals
    offered = sum(r.document["room"]["hours_offered"] for r in network.rooms)
    rows = [[distinct_label(network, lang), network.distinct_visitors]]
    rows += [[words[code], totals.get(code, 0)] for code in KEY_ROWS]
    rows += [[words["hours_offered"], round(offered, 1)],
             [words["per_hour"], round(totals.get("hours", 0) / offered, 2) if offered else None]]
    story += [Paragraph(words["network_total"], h2), table(["", words["total"]], rows, [110 * mm, 30 * mm])]
    without = sum(1 for r in network.rooms if "activities" not in r.figures)
    if without:
        story.append(Paragraph(escape(words["no_activities"].format(n=without)), base))
    story += [Paragraph(words["rooms"], h2),
              table(_heads("room_head", lang), room_rows(network),
                    [29 * mm, 17 * mm, 16 * mm, 13 * mm, 17 * mm, 16 * mm, 20 * mm, 23 * mm, 27 * mm])]
    story += [Paragraph(escape(words["missing"]), h2)]
    if network.missing:
        story.append(table(_heads("missing_head", lang), missing_rows(network), [60 * mm, 25 * mm, 22 * mm, 35 * mm, 28 * mm]))
    else:
        story.append(Paragraph(escape(words["none_missing"]), base))
    story += [CondPageBreak(110 * mm), Paragraph(escape(words["trend"]), h2), _trend_chart(network, fonts),
              table(_heads("trend_head", lang), trend_rows(network), [28 * mm, 16 * mm, 22 * mm, 32 * mm, 20 * mm, 26 * mm])]
    story += [Paragraph(escape(words["by_answers"]), h2)]
    for name in BREAKDOWN_NAMES:
        shown = shown_rows(network_breakdown(network, name), lang, hide_small)
        if shown:
            story.append(Paragraph(escape(words[name]), ParagraphStyle("h3", base, fontName=fonts.bold, spaceBefore=3 * mm)))
            story.append(table(["", *(words[key] for key in ("women", "men", "other", "not_told", "total"))],
                               [[r.label, *map(count_text, r.cells), count_text(r.total)] for r in shown],
                               [62 * mm] + [20 * mm] * 5))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(words["hidden"] if hide_small else words["not_hidden"]), base))
    if not network.distinct_matched:
        story.append(Paragraph(escape(words["summed_note"]), base))
    if network.replaced:
        story.append(Paragraph(escape(words["replaced"].format(n=len(network.replaced))), base))
    for path, reason in network.unreadable:
        story.append(Paragraph(escape(words["unreadable"].format(reason=reason)), base))
    with written_whole(out) as writing:
        SimpleDocTemplate(str(writing), pagesize=A4, invariant=1, initialFontName=fonts.regular,
                          leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=15 * mm, bottomMargin=15 * mm,
                          title=words["doc_title"].format(month=network.month), lang=LOCALES[lang]).build(story)


def _trend_chart(network: NetworkMonth, fonts) -> Drawing:
    drawing = Drawing(170 * mm, 45 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, 150 * mm, 34 * mm
    chart.data = [[t.get("visits", 0) for _, t, _ in network.trend]]
    chart.categoryAxis.categoryNames = [m[2:] for m, _, _ in network.trend]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = INK
    drawing.add(chart)
    return drawing


def write_csv(network: NetworkMonth, folder: Path) -> list[Path]:
    """totals, rooms, missing rooms and the trend, as UTF-8 with a BOM (Excel shows å ä ö)."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "network-totals.csv": (["code", "value"], [["distinct_visitors" if not network.distinct_matched
                                                     else "distinct_visitors_across_network", network.distinct_visitors],
                                                    *sorted(map(list, network.totals.items()))]),
        "network-rooms.csv": (["room_id", *ROOM_HEAD], [[r.room_id, *row] for r, row in zip(network.rooms, room_rows(network))]),
        "network-missing.csv": (["room_id", *MISSING_HEAD], [[m.room_id, *row] for m, row in zip(network.missing, missing_rows(network))]),
        "network-trend.csv": (TREND_HEAD, trend_rows(network)),
    }
    paths = []
    for name, (header, rows) in tables.items():
        path = folder / f"{network.month}-{name}"
        with written_whole(path) as writing, open(writing, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";")
            writer.writerow(header)
            writer.writerows(rows)
        paths.append(path)
    return paths
