"""The on-screen keyboard for the attendant's text fields (issue 16): on a touch-only tablet the
attendant lends by name, notes a returned item's problem and writes the report's notes with it.

A tap on one of its fields brings it up, over the screen's lower part (or its upper part when the
field is down there), so that nothing on the screen moves; it types into that field. It goes when
the field loses the focus or is hidden, and when a hardware keyboard types (until the next tap):
the attendant then has keys of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.ui.keyboard import OnScreenKeyboard, key_button


_TAPS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)


class FieldKeyboard(QWidget):
    """A child of the screen, over it, in no layout. Its 48 keys are made at the first tap on a
    field: made at start, two of them cost the kiosk 60 ms before it takes the first scan."""

    def __init__(self, fields: list[QWidget], screen: QWidget, names: tuple[QWidget, ...] = ()):
        super().__init__(screen)
        self._board: OnScreenKeyboard | None = None
        self.setObjectName("field_keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # opaque over the screen
        self._screen = screen
        self._names = names  # fields for names: each word starts with a capital, not only the first
        self._fields: dict[QObject, QWidget] = {}  # what is tapped or focused -> the field it is
        self.target: QWidget | None = None
        for field in fields:
            self._fields[field] = field
            if isinstance(field, QAbstractScrollArea):  # a text box is tapped on its viewport
                self._fields[field.viewport()] = field
        for watched in self._fields:
            watched.installEventFilter(self)
        self.hide()

    @property
    def board(self) -> OnScreenKeyboard:
        if self._board is None:
            self._board = OnScreenKeyboard(self, digits=True)
            self._board.typed.connect(self._type)
            self._board.erased.connect(self._erase)
            # "Valmis" puts it away: it covers the screen's lower part, where "Tallenna" may be.
            self.done = key_button("", self._board)
            self.done.clicked.connect(self.close_keyboard)
            grid = self._board.layout()
            grid.addWidget(self.done, grid.rowCount() - 1, 16, 1, 6)
            self.retranslate()
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 8, 0, 0)
            layout.addWidget(self._board)
        return self._board

    @property
    def keys(self):
        return self.board.keys

    @property
    def space(self):
        return self.board.space

    @property
    def backspace(self):
        return self.board.backspace

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        field = self._fields.get(watched)
        if kind in _TAPS and field is not None and (kind == QEvent.Type.MouseButtonPress or field is not self.target):
            # Tapped: the attendant's finger, not their keys. In a scroll area that follows a finger
            # the press may never come (the scroller keeps it while it tells a tap from a drag), so
            # the release of a tap on a field brings the keyboard too, and the focus with it.
            self.target = field
            if not field.hasFocus():
                field.setFocus(Qt.FocusReason.MouseFocusReason)
            self.board  # noqa: B018 (made now, at the first tap)
            self._place(field)
            self.show()
            self.raise_()
        elif kind == QEvent.Type.FocusOut and watched is self.target:
            if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                self.close_keyboard()
        elif kind == QEvent.Type.Hide and watched is self.target:
            self.close_keyboard()
        elif kind == QEvent.Type.KeyPress and event.text().strip():
            self.close_keyboard()  # a hardware keyboard: the attendant has keys of their own
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._board is not None:
            self.done.setText(self.tr("Valmis"))
            self.done.setAccessibleName(self.tr("Valmis: piilota näppäimistö"))

    def close_keyboard(self) -> None:
        self.target = None
        self.hide()

    def _place(self, field: QWidget) -> None:
        """Over the lower part of the screen, or the upper part when the field is down there."""
        screen = self._screen.rect()
        portrait = screen.height() > screen.width()
        height = round(screen.height() * (0.30 if portrait else 0.42))
        bottom = QRect(8, screen.height() - height - 8, screen.width() - 16, height)
        field_bottom = field.mapTo(self._screen, field.rect().bottomLeft()).y()
        self.setGeometry(bottom if field_bottom < bottom.top() else QRect(8, 8, screen.width() - 16, height))

    def _type(self, text: str) -> None:
        field = self.target
        if isinstance(field, QLineEdit):
            before = field.text()[: field.cursorPosition()]
            field.insert(text if self._capital(field, before) else text.lower())
        elif isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            before = cursor.block().text()[: cursor.positionInBlock()]
            field.insertPlainText(text if self._capital(field, before) else text.lower())

    def _capital(self, field: QWidget, before: str) -> bool:
        """A capital letter starts a text, a sentence, and in a name each word."""
        if not before.strip() or before.rstrip().endswith((".", "!", "?")) and before.endswith(" "):
            return True
        return field in self._names and before[-1] in " -"

    def _erase(self) -> None:
        field = self.target
        if isinstance(field, QLineEdit):
            field.backspace()
        elif isinstance(field, QPlainTextEdit):
            field.textCursor().deletePreviousChar()
