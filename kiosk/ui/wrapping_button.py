"""A button whose text wraps at its width (kiosk/ui/wrapping.py breaks the lines)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QSizePolicy

from kiosk.ui.wrapping import wrapped


_SHOW_MNEMONIC = 0x0800  # Qt.TextFlag.TextShowMnemonic, as QPushButton measures its text (Qt's namespace costs 14 ms)
_MEASURE = "\n".join(["MMMMMMMMMMMMMMMM"] * 4)  # taller and wider than any min-height or min-width


class WrappingButton(QPushButton):
    """A button whose text wraps at its width, as a label's does: an answer in larger text or a
    long translation takes two lines instead of widening the screen. It tells its layout how high
    it needs to be at a width (height for width), so the lines always fit."""

    def __init__(self, text: str = "", **kwargs):
        super().__init__(**kwargs)
        self._label = text
        # Layouts ask for the height at a width hundreds of times a relayout: remembered until the
        # text, font or style changes (a scan's confirmation must paint in milliseconds).
        self._heights: dict[int, int] = {}
        self._chrome_size: tuple[int, int] | None = None
        self._own_name = False  # an accessible name set by the screen wins over the label
        # The lines are broken when the button is shown, not while hidden: a hidden one ("Tänään"
        # on home until the room has a programme) measured its chrome at each of its ~10 font and
        # style changes before the first frame, 3 ms of the cold start (issue 23).
        self._stale = True
        super().setText(text)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # its one line if there is room
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._name_it()

    def setText(self, text: str) -> None:
        if text == self._label and self._heights:
            return
        self._label = text
        self._heights.clear()
        self._name_it()
        self._refresh()
        self.updateGeometry()

    def label(self) -> str:
        return self._label

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            chrome_w, chrome_h = self._chrome()
            lines = self._wrapped(width - chrome_w).count("\n") + 1
            self._heights[width] = lines * self.fontMetrics().lineSpacing() + chrome_h
        return max(self.minimumHeight(), self._heights[width])

    def sizeHint(self):
        chrome_w, _ = self._chrome()
        widest = max(self.fontMetrics().horizontalAdvance(line) for line in self._label.split("\n"))
        width = max(super().sizeHint().width(), widest + chrome_w)  # the whole label on one line
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self):
        return QSize(56, self.heightForWidth(max(self.width(), 1)))

    def resizeEvent(self, event) -> None:
        self._refresh()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        if self._stale:  # before its first paint
            self._show(self.width())
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent  # here: not before the first frame (kiosk/ui/screen.py)

        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._chrome_size = None
            self._refresh()  # larger text: new lines
            self.updateGeometry()

    def _wrapped(self, room: int) -> str:
        return wrapped(self._label, self.fontMetrics(), room) if room > 40 else self._label

    def _refresh(self) -> None:
        """The lines at the button's width: now if it is on screen, else when it is shown."""
        if self.isVisible():
            self._show(self.width())
        else:  # its label whole meanwhile, as a test or the probe finds the button by it
            super().setText(self._label)
            self._stale = True

    def _show(self, width: int) -> None:
        super().setText(self._wrapped(width - self._chrome()[0]))
        self._stale = False

    def _name_it(self) -> None:
        if not self._own_name:
            # A screen reader says the label as written, not the lines (or the hyphenated halves of
            # a long word) it was broken into on screen (issue 20).
            super().setAccessibleName(" ".join(self._label.split()))

    def setAccessibleName(self, name: str) -> None:
        self._own_name = bool(name)
        super().setAccessibleName(name or " ".join(self._label.split()))

    def _chrome(self) -> tuple[int, int]:
        """The padding and border around the text, from the stylesheet: what QPushButton's own size
        hint adds to a text too big for the rule's min-width and min-height. (Asking the style
        directly, as before, made PySide build QStyle's 600 enum members: 5-10 ms of the kiosk's
        cold start, issue 23.)"""
        if self._chrome_size is None:
            # Its style first: polished in the middle of the measuring (QPushButton's size hint
            # polishes), the font and the padding changed between the two measures.
            self.ensurePolished()
            shown = super().text()
            super().setText(_MEASURE)
            hint = super().sizeHint()
            super().setText(shown)
            text = self.fontMetrics().size(_SHOW_MNEMONIC, _MEASURE)
            self._chrome_size = (hint.width() - text.width() + 8, hint.height() - text.height())
        return self._chrome_size
