"""Breaking a text into lines that fit a width: a QPushButton does not wrap by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the home screen breaks its lunch line with this: no Qt class to load at start
    from PySide6.QtGui import QFontMetrics


def wrapped(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` with each line too wide for ``room`` pixels broken at its " · " separators first
    (as many parts on a line as fit), then at spaces. A word wider than the room keeps a line."""
    lines = []
    for line in text.split("\n"):
        for part in _greedy(line, " · ", metrics, room):
            lines += _greedy(part, " ", metrics, room) if metrics.horizontalAdvance(part) > room else [part]
    return "\n".join(lines)


def _greedy(line: str, between: str, metrics: QFontMetrics, room: int) -> list[str]:
    lines = []
    current, *rest = line.split(between)
    for piece in rest:
        joined = f"{current}{between}{piece}"
        if metrics.horizontalAdvance(joined) <= room:
            current = joined
        else:
            lines.append(current)
            current = piece
    return [*lines, current]
