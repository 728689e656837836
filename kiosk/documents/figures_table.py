"""The table of figures the reports share (the monthly report, its activities pages and the
programme's rosters, the network report), and the reports' colours: words in the first column,
numbers right-aligned, a rule under the header, every other row shaded, a total row in bold. One
helper, so that a room's report and the network's read alike (each had its own near-copy)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from kiosk.documents.pdf import Fonts

INK = colors.Color(0.13, 0.29, 0.47)  # headings, rules, bars
LIGHT = colors.Color(0.93, 0.95, 0.97)  # every other row
GRID = colors.Color(0.7, 0.7, 0.7)  # thin lines between rows


def figures_table(fonts: Fonts, rows: list[list], widths, header_rows: int = 1, total_row: bool = False,
                  extra: list | None = None) -> Table:
    """``rows`` as a table: the first ``header_rows`` a header (Paragraphs in a heading style), the
    last row a total in bold with ``total_row``; ``extra`` style commands come last and win."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, GRID),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, LIGHT]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style += [("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
                  ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, INK)]
    else:
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.9, INK))
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), fonts.bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
                  ("BACKGROUND", (0, -1), (-1, -1), colors.white)]
    table.setStyle(TableStyle(style + (extra or [])))
    return table
