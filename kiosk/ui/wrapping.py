"""Breaking a button's text into lines that fit it: a QPushButton does not wrap by itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton


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


class WrappingButton(QPushButton):
    """A button whose text wraps at its width, as a label's does: an answer in larger text or a
    long translation takes two lines instead of widening the screen. It tells its layout how high
    it needs to be at a width (height for width), so the lines always fit."""

    def __init__(self, text: str = "", **kwargs):
        super().__init__(**kwargs)
        self._label = text
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # its one line if there is room
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._show(self.width())

    def setText(self, text: str) -> None:
        self._label = text
        self._show(self.width())
        self.updateGeometry()

    def label(self) -> str:
        return self._label

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        chrome_w, chrome_h = self._chrome()
        lines = self._wrapped(width - chrome_w).count("\n") + 1
        return max(self.minimumHeight(), lines * self.fontMetrics().lineSpacing() + chrome_h)

    def sizeHint(self):
        chrome_w, _ = self._chrome()
        widest = max(self.fontMetrics().horizontalAdvance(line) for line in self._label.split("\n"))
        width = max(super().sizeHint().width(), widest + chrome_w)  # the whole label on one line
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self):
        return QSize(56, self.heightForWidth(max(self.width(), 1)))

    def resizeEvent(self, event) -> None:
        self._show(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show(self.width())  # larger text: new lines
            self.updateGeometry()

    def _wrapped(self, room: int) -> str:
        return wrapped(self._label, self.fontMetrics(), room) if room > 40 else self._label

    def _show(self, width: int) -> None:
        super().setText(self._wrapped(width - self._chrome()[0]))

    def _chrome(self) -> tuple[int, int]:
        """The padding and border around the text, from the stylesheet."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        full = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(100, 100), self)
        return full.width() - 100 + 8, full.height() - 100
