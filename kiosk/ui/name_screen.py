"""Finding your name with the on-screen keyboard: matches after two letters, never everyone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.people import SHOWN_MATCHES, Match, PeopleService, SearchResult
from kiosk.ui.formatting import month_text
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.reading_order import follow_layout
from kiosk.ui.screen import Screen
from kiosk.ui.tap_guard import changed_under_finger
from kiosk.ui.wrapping import wrapped

COLUMNS = 2
ROWS = 3  # at most: in larger text on a landscape screen two rows of matches fit above the keyboard
# The keyboard's share of the screen's height: the same on a screen whatever is typed (issue 16).
KEYBOARD_SHARE = {"landscape": 0.34, "portrait": 0.30}
PADDING = 28  # a match button's padding and border, above and below its lines


def match_label(match: Match, between: str = " · ", short: bool = False) -> str:
    """'Aino V.', or 'Aino V. · ensikäynti marraskuu 2026 (2)' when others share the name
    (``between`` a line break: the first visit on a line of its own); ``short``: 'Aino V. · 11/2026
    (2)', for a button too low for the long one's lines."""
    if match.since is None:
        return match.shown_name
    if short:
        since = f"{match.since.month}/{match.since.year}"
    else:
        since = QCoreApplication.translate("NameScreen", "ensikäynti {month}").format(
            month=month_text(match.since.year, match.since.month)
        )
    if match.ordinal:
        since += f" ({match.ordinal})"
    return f"{match.shown_name}{between}{since}"


class NameScreen(Screen):
    person_chosen = Signal(int)

    def __init__(self, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("name_search")
        self._people = people
        self._result = SearchResult()

        header = self.header()

        self.field = QLineEdit(objectName="search")
        self.field.setMinimumHeight(72)
        self.field.setMaxLength(60)
        # Its menu offers Undo, which would bring back the last visitor's search.
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textChanged.connect(self._search)

        # Nothing below the field moves while a name is typed (issue 16): the hint keeps room for
        # its longest text, the matches a fixed area whose rows keep their height whether shown or
        # not, and the keyboard a fixed height at the bottom (``_fit``, on a resize or a new look).
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.match_area = QWidget(objectName="match_area")
        self.match_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.match_buttons: list[QPushButton] = []
        matches = QGridLayout(self.match_area)
        matches.setContentsMargins(0, 0, 0, 0)
        matches.setSpacing(12)
        for i in range(SHOWN_MATCHES):
            button = QPushButton(objectName="match")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            button.clicked.connect(lambda _=False, i=i: self._choose(i))
            button.hide()
            self.match_buttons.append(button)
            matches.addWidget(button, i // COLUMNS, i % COLUMNS)
        self._rows = ROWS  # how many rows of matches fit this screen and look
        self._row_height = 72

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self._type)
        self.keyboard.erased.connect(self.field.backspace)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.match_area, 1)
        layout.addWidget(self.keyboard)
        follow_layout(self)  # title and field before the keyboard for a screen reader
        self.retranslate()

    def _type(self, text: str) -> None:
        current = self.field.text()
        starts_word = not current or current[-1] in " -"
        self.field.insert(text if starts_word else text.lower())

    def _search(self, text: str) -> None:
        try:
            self._result = self._people.search(text)
        except KioskError:
            self._result = SearchResult(too_short=False)
            self._render()
            self.hint.setText(self._hints()["fault"])
            return
        self._render()

    def _hints(self) -> dict[str, str]:
        return {
            "short": self.tr("Kirjoita vähintään kaksi kirjainta nimestäsi."),
            "none": self.tr("Nimeä ei löytynyt. Tarkista kirjoitus tai kysy tilavastaavalta."),
            "more": self.tr("Löytyi useita. Kirjoita lisää, esimerkiksi sukunimen alku."),
            "tap": self.tr("Napauta nimeäsi."),
            "fault": self.tr("Haku ei onnistu juuri nyt. Yritä hetken päästä tai kysy tilavastaavalta."),
        }

    def _render(self) -> None:
        shown = self._rows * COLUMNS  # the rows that fit: more matches ask for more letters
        matches = self._result.matches[:shown]
        for i, button in enumerate(self.match_buttons):
            if i < len(matches):
                self._show_match(button, matches[i])
                button.show()
            else:
                button.hide()
                button.setText("")
                button.setAccessibleName("")
        if self._result.too_short:
            self.hint.setText(self._hints()["short"])
        elif not matches:
            self.hint.setText(self._hints()["none"])
        elif self._result.more or len(self._result.matches) > shown:
            self.hint.setText(self._hints()["more"])
        else:
            self.hint.setText(self._hints()["tap"])

    def _show_match(self, button: QPushButton, match: Match) -> None:
        """A look-alike's first visit goes on a second line when the column is too narrow for one,
        and shorter ('11/2026') when the button is too low for the long one's lines. Plain buttons
        with the lines made here, fixed in height: nothing moves on a keystroke."""
        label = match_label(match)
        button.setAccessibleName(label)
        if match.since is not None:
            button.ensurePolished()
            metrics = button.fontMetrics()
            room = button.width() - 60 if button.width() > 100 else (self.width() - 76) // COLUMNS - 60
            label = wrapped(label, metrics, room)
            if (label.count("\n") + 1) * metrics.lineSpacing() + PADDING > self._row_height:
                label = wrapped(match_label(match, short=True), metrics, room)
        if label != button.text():
            if button.isVisible():
                changed_under_finger(button)  # another name where a finger may be on its way
            button.setText(label)

    def _fit(self) -> None:
        """Fix the keyboard's height, the hint's room and the rows of matches for this screen's
        size and look: called on a resize or a new stylesheet, never on a keystroke."""
        if not self.height():
            return
        self.ensurePolished()
        for widget in (self.hint, *self.match_buttons):
            widget.ensurePolished()
        width, height = self.width() - 64, self.height()
        share = KEYBOARD_SHARE["portrait" if height > self.width() else "landscape"]
        self.keyboard.setFixedHeight(round(height * share))
        metrics = self.hint.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        self.hint.setFixedHeight(max(metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
                                     for text in self._hints().values()))
        layout = self.layout()
        header = layout.itemAt(0).sizeHint().height()
        margins = layout.contentsMargins()
        room = (height - margins.top() - margins.bottom() - 4 * layout.spacing() - header
                - self.field.sizeHint().height() - self.hint.height() - self.keyboard.height())
        one_line = self.match_buttons[0].fontMetrics().lineSpacing() + PADDING
        self._rows = ROWS
        while self._rows > 1 and (room - (self._rows - 1) * 12) // self._rows < max(one_line, 56):
            self._rows -= 1
        self._row_height = (room - (self._rows - 1) * 12) // self._rows
        grid = self.match_area.layout()
        for row in range(ROWS):
            grid.setRowStretch(row, 1 if row < self._rows else 0)
        for i, button in enumerate(self.match_buttons):
            # A row that fits keeps its height with no match in it; one that does not, takes none.
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(i // COLUMNS < self._rows)
            button.setSizePolicy(policy)
        self._render()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit()  # larger text: new heights for the hint, the rows and the labels

    def _choose(self, index: int) -> None:
        self.person_chosen.emit(self._result.matches[index].person_id)

    def reset(self) -> None:
        """Leave nothing of the last visitor: text, undo history, matches, hint."""
        self.field.setText("")  # unlike clear(), setText() also empties the undo history
        self._result = SearchResult()
        self._render()

    def showEvent(self, event) -> None:
        self.field.setFocus()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Etsi nimesi"))
        self.field.setPlaceholderText(self.tr("Etunimi, tai etunimi ja sukunimi"))
        self.field.setAccessibleName(self.tr("Nimesi"))
        self._fit()  # another language's hints may need another line
