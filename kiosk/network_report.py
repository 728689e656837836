"""The coordinator's network report: a PDF (and CSV files) of one month over the network's rooms,
laid out from kiosk.network's figures. Small numbers in the breakdowns are hidden by the public
report's own rule (kiosk.report.shown_rows, which passes each row through statistics.suppress)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.documents.pdf import pdf_fonts
from kiosk.exchange_format import BREAKDOWN_NAMES, GENDER_KEYS, NOT_TOLD
from kiosk.network import NetworkMonth, use_of_hours
from kiosk.output_files import written_whole
from kiosk.report import count_text, month_name, shown_rows
from kiosk.statistics import Breakdown

INK = colors.Color(0.13, 0.29, 0.47)
LIGHT = colors.Color(0.93, 0.95, 0.97)

KEY_ROWS = (
    ("visits", "Käynnit"),
    ("new_visitors", "Uudet kävijät"),
    ("anonymous_visits", "Nimettömät käynnit"),
    ("hours", "Kävijätunnit"),
    ("volunteers.hours", "Vapaaehtoisten tunnit"),
    ("lending.loans", "Lainat"),
    ("lunch.served", "Lounaita syöty"),
)
BREAKDOWN_TITLES = {"age_band": "Ikäryhmä", "situation": "Elämäntilanne", "education": "Koulutus",
                    "citizenship": "Kansalaisuus", "municipality": "Kotikunta", "mother_tongue": "Äidinkieli",
                    "role": "Rooli"}


def _number(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def distinct_label(network: NetworkMonth) -> str:
    return ("Eri kävijät koko verkostossa (tunnisteista)" if network.distinct_matched
            else "Eri kävijät: tilojen eri kävijöiden summa")


def _month_text(month: str) -> str:
    year, number = map(int, month.split("-"))
    return month_name(year, number, "fi")


def room_rows(network: NetworkMonth) -> list[list]:
    rows = []
    for room in network.rooms:
        f = room.figures
        per_hour, per_seat = use_of_hours(room)
        rows.append([room.name, f["visits"], f["distinct_visitors"], f["new_visitors"], f["hours"],
                     room.document["room"]["hours_offered"], per_hour,
                     None if per_seat is None else round(100 * per_seat, 1), room.document["software"]])
    return rows


ROOM_HEAD = ["Tila", "Käynnit", "Eri kävijät", "Uudet", "Kävijä­tunnit", "Auki, tuntia", "Kävijöitä / auki­tunti",
             "Käyttö­aste %", "Ohjelma"]
MISSING_HEAD = ["Tila", "Viimeisin kuukausi", "Tehty", "Ohjelma", "Viimeisin etäkopio"]
TREND_HEAD = ["Kuukausi", "Tiloja", "Käynnit", "Eri kävijät (summa)", "Uudet", "Kävijätunnit"]


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
            row = summed.setdefault(None if answer == NOT_TOLD else answer, [0, 0, 0, 0])
            for i, key in enumerate(GENDER_KEYS):
                row[i] += cells[key]
    return Breakdown(name, tuple((answer, tuple(cells)) for answer, cells in summed.items()))


def write_pdf(network: NetworkMonth, out: Path, today: date, hide_small: bool = True) -> None:
    fonts = pdf_fonts()
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9, leading=11.5)
    title = ParagraphStyle("title", base, fontName=fonts.bold, fontSize=17, leading=21, textColor=INK)
    h2 = ParagraphStyle("h2", base, fontName=fonts.bold, fontSize=12.5, leading=15, textColor=INK,
                        spaceBefore=5 * mm, spaceAfter=2 * mm)
    head = ParagraphStyle("head", base, fontName=fonts.bold, fontSize=7.5, leading=9)
    small = ParagraphStyle("small", base, fontSize=8, leading=10)

    def table(header, rows, widths, total=False):
        data = [[Paragraph(escape(h), head) for h in header]]
        data += [[Paragraph(escape(c), small) if isinstance(c, str) else _number(c) for c in row] for row in rows]
        made = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [("FONT", (0, 0), (-1, -1), fonts.regular, 8.5), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                 ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT])]
        if total:
            style += [("FONT", (0, -1), (-1, -1), fonts.bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
        made.setStyle(TableStyle(style))
        return made

    sent, known = len(network.rooms), len(network.rooms) + len(network.missing)
    story = [Paragraph(escape(f"Verkoston raportti – {_month_text(network.month)}"), title),
             Paragraph(escape(f"Tehty {today.day}.{today.month}.{today.year}. Tiloja {known}, joista "
                              f"{sent} lähetti kuukauden luvut."), base)]
    totals = network.totals
    offered = sum(r.document["room"]["hours_offered"] for r in network.rooms)
    rows = [[distinct_label(network), network.distinct_visitors]]
    rows += [[label, totals.get(code, 0)] for code, label in KEY_ROWS]
    rows += [["Aukiolotunnit yhteensä", round(offered, 1)],
             ["Kävijöitä keskimäärin auki-tuntia kohti", round(totals.get("hours", 0) / offered, 2) if offered else None]]
    story += [Paragraph("Verkosto yhteensä", h2), table(["", "Yhteensä"], rows, [110 * mm, 30 * mm])]
    story += [Paragraph("Tilat", h2),
              table(ROOM_HEAD, room_rows(network), [35 * mm, 17 * mm, 16 * mm, 13 * mm, 17 * mm, 16 * mm, 20 * mm, 17 * mm, 27 * mm])]
    story += [Paragraph("Tilat, joilta kuukausi puuttuu", h2)]
    if network.missing:
        story.append(table(MISSING_HEAD, missing_rows(network), [60 * mm, 25 * mm, 22 * mm, 35 * mm, 28 * mm]))
    else:
        story.append(Paragraph("Kaikki tilat ovat lähettäneet kuukauden.", base))
    story += [CondPageBreak(110 * mm), Paragraph("12 kuukauden kehitys: käynnit", h2), _trend_chart(network, fonts),
              table(TREND_HEAD, trend_rows(network), [28 * mm, 16 * mm, 22 * mm, 32 * mm, 20 * mm, 26 * mm])]
    story += [Paragraph("Kävijät vastausten mukaan (koko verkosto)", h2)]
    for name in BREAKDOWN_NAMES:
        shown = shown_rows(network_breakdown(network, name), "fi", hide_small)
        if shown:
            story.append(Paragraph(escape(BREAKDOWN_TITLES[name]), ParagraphStyle("h3", base, fontName=fonts.bold, spaceBefore=3 * mm)))
            story.append(table(["", "Nainen", "Mies", "Muu", "Ei kerrottu", "Yhteensä"],
                               [[r.label, *map(count_text, r.cells), count_text(r.total)] for r in shown],
                               [62 * mm] + [20 * mm] * 5))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape("<5 = 1–4 henkilöä: pienet luvut on piilotettu samalla säännöllä kuin tilan "
                                  "kuukausiraportissa; x = luku on piilotettu vain, jottei pientä lukua voisi laskea "
                                  "summasta." if hide_small else "Pienten lukujen piilotus ei ole käytössä."), base))
    if not network.distinct_matched:
        story.append(Paragraph(escape("Eri kävijät on laskettu tilojen eri kävijöiden summana: sama ihminen voi "
                                      "olla mukana usean tilan luvuissa."), base))
    if network.replaced:
        story.append(Paragraph(escape(f"Sama kuukausi lähetetty uudelleen: {len(network.replaced)} vanhempaa tiedostoa "
                                      "jätetty pois (uusin lasketaan)."), base))
    for path, reason in network.unreadable:
        story.append(Paragraph(escape(f"Ei luettu: {reason}"), base))
    with written_whole(out) as writing:
        SimpleDocTemplate(str(writing), pagesize=A4, invariant=1, initialFontName=fonts.regular,
                          leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=15 * mm, bottomMargin=15 * mm,
                          title=f"Verkoston raportti {network.month}").build(story)


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
