"""Finding your name with the on-screen keyboard: matches after two letters, never everyone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.people import SHOWN_MATCHES, Match, PeopleService, SearchResult
from kiosk.ui.formatting import month_text
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.screen import Screen
from kiosk.ui.wrapping import wrapped

COLUMNS = 2


def match_label(match: Match, between: str = " · ") -> str:
    """'Aino V.', or 'Aino V. · ensikäynti marraskuu 2026 (2)' when others share the name
    (``between`` a line break: the first visit on a line of its own)."""
    if match.since is None:
        return match.shown_name
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

        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.match_buttons: list[QPushButton] = []
        matches = QGridLayout()
        matches.setSpacing(12)
        for i in range(SHOWN_MATCHES):
            button = QPushButton(objectName="match")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=i: self._choose(i))
            button.hide()
            self.match_buttons.append(button)
            matches.addWidget(button, i // COLUMNS, i % COLUMNS)

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self._type)
        self.keyboard.erased.connect(self.field.backspace)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(10)  # six matches and the keyboard fit a landscape tablet in larger text
        layout.addLayout(header)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addLayout(matches)
        layout.addStretch(1)
        layout.addWidget(self.keyboard, 2)
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
            self.hint.setText(self.tr("Haku ei onnistu juuri nyt. Yritä hetken päästä tai kysy tilavastaavalta."))
            return
        self._render()

    def _render(self) -> None:
        matches = self._result.matches
        for i, button in enumerate(self.match_buttons):
            if i < len(matches):
                self._show_match(button, match_label(matches[i]))
                button.show()
            else:
                button.hide()
                button.setText("")
                button.setAccessibleName("")
        if self._result.too_short:
            self.hint.setText(self.tr("Kirjoita vähintään kaksi kirjainta nimestäsi."))
        elif not matches:
            self.hint.setText(self.tr("Nimeä ei löytynyt. Tarkista kirjoitus tai kysy tilavastaavalta."))
        elif self._result.more:
            self.hint.setText(self.tr("Löytyi useita. Kirjoita lisää, esimerkiksi sukunimen alku."))
        else:
            self.hint.setText(self.tr("Napauta nimeäsi."))

    def _show_match(self, button: QPushButton, label: str) -> None:
        """A look-alike's first visit goes on a second line when the column is too narrow for one.
        Plain buttons with the lines made here, not WrappingButton: no relayout on a keystroke."""
        button.setAccessibleName(label)
        button.ensurePolished()
        room = (self.width() - 64 - 12) // COLUMNS - 60  # margins, spacing; the button's padding
        text = wrapped(label, button.fontMetrics(), room)
        if text != button.text():
            lines = text.count("\n") + 1
            if lines > 1 or "\n" in button.text():  # only then: a new minimum is a relayout
                button.setMinimumHeight(lines * button.fontMetrics().lineSpacing() + 28 if lines > 1 else 72)
            button.setText(text)

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
        self._render()
