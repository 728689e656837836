"""The registration's steps: one question each, big buttons, and always "rather not say"."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import municipalities
from kiosk.ui import answers
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.reading_order import follow_layout
from kiosk.ui.language import current_code
from kiosk.ui.wrapping_button import WrappingButton


def big_button(text: str = "", kind: str = "choice", wraps: bool = True) -> QPushButton:
    """A button for a finger. Its text wraps to the lines it needs (larger text, bilingual help: a
    stylesheet's min-height otherwise fixes a QPushButton's height at one line); a key's never."""
    button = WrappingButton(text, objectName=kind) if wraps and kind != "key" else QPushButton(text, objectName=kind)
    button.setMinimumHeight(72)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def typed_into(field: QLineEdit, text: str) -> None:
    """What the on-screen keyboard types: capitals at the start of a word, small letters after."""
    current = field.text()
    field.insert(text if not current or current[-1] in " -" else text.lower())


class ButtonColumns:
    """Buttons in equal columns on a landscape screen (two, or ``wide``), one on a portrait one:
    long texts fit. The widget that holds the grid calls ``fit`` from its resizeEvent."""

    def __init__(self, grid: QGridLayout, buttons: list[QPushButton], wide: int = 2):
        self.grid, self.buttons, self.wide = grid, buttons, wide
        self.columns = 0
        self._lay_out(wide)

    def fit(self, size: QSize) -> None:
        self._lay_out(1 if size.width() < 900 and size.height() > size.width() else self.wide)

    def _lay_out(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for i, button in enumerate(self.buttons):
            self.grid.addWidget(button, i // columns, i % columns)
        for column in range(max(2, self.wide)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(len(self.buttons), 1)


class ChoiceStep(QWidget):
    """One question with a button per answer; a tap answers and moves on. ``None`` = not told."""

    answered = Signal(object)

    def __init__(self, question: str, parent: QWidget | None = None, extra: tuple[QPushButton, ...] = (), wide: int = 2):
        """``extra`` buttons follow the answers in the same grid (e.g. "Kyllä, sama"); ``wide``
        columns on a landscape screen."""
        super().__init__(parent)
        self.question = question
        self.buttons: dict[str | None, QPushButton] = {}
        self.grid = QGridLayout(self)
        self.grid.setSpacing(14)
        for code in [*answers.choices()[question], None]:
            button = WrappingButton(objectName="choice" if code else "secondary")  # larger text: two lines
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.answered.emit(c))
            self.buttons[code] = button
        self._columns = ButtonColumns(self.grid, [*self.buttons.values(), *extra], wide)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        self._columns.fit(event.size())
        super().resizeEvent(event)

    def retranslate(self) -> None:
        labels = answers.choices()[self.question]
        for code, button in self.buttons.items():
            button.setText(labels[code] if code else answers.rather_not_say())
            button.setAccessibleName(button.label())


def number_pad(typed) -> tuple[QGridLayout, dict[str, QPushButton]]:
    """A phone's number pad, 1–9 in three rows and 0 under 8; row 3's sides are left free."""
    pad = QGridLayout()
    pad.setSpacing(10)
    digits = {}
    for i, digit in enumerate("1234567890"):
        digits[digit] = big_button(digit, "key")
        digits[digit].clicked.connect(lambda _=False, d=digit: typed(d))
        pad.addWidget(digits[digit], *((3, 1) if digit == "0" else divmod(i, 3)))
    return pad, digits


class YearStep(QWidget):
    """A birth year on a number pad: four digits, never a full date of birth."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shown = QLabel(objectName="year")
        self.problem = QLabel(objectName="hint", wordWrap=True)
        pad, self.digits = number_pad(self._type)
        self.erase = big_button("⌫", "key")
        self.erase.clicked.connect(lambda: self._set(self._year[:-1]))
        pad.addWidget(self.erase, 3, 2)
        self.skip = big_button(kind="secondary")
        self.skip.clicked.connect(lambda: self.answered.emit(None))
        # Four digits move on by themselves; back on this step with the year there, "Seuraava" does.
        self.next = big_button(kind="primary")
        self.next.clicked.connect(self._done)
        policy = self.next.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its place kept: nothing moves when it comes
        self.next.setSizePolicy(policy)
        row = QHBoxLayout()
        row.addWidget(self.skip)
        row.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shown)
        layout.addWidget(self.problem)
        layout.addLayout(pad, 1)
        layout.addLayout(row)
        self.this_year = 9999  # set from the kiosk's clock on every reset
        self._year = ""
        self.retranslate()

    def _type(self, digit: str) -> None:
        if len(self._year) < 4:
            self._set(self._year + digit)
        if len(self._year) == 4:
            self._done()  # four digits are a whole answer: one tap saved

    def _set(self, year: str) -> None:
        self._year = year
        self.shown.setText(year or "––––")
        self.problem.setText("")
        self.next.setVisible(len(year) == 4)

    def _done(self) -> None:
        if len(self._year) != 4:
            return
        year = int(self._year)
        if year > self.this_year:  # "2030": four digits, but a year still to come
            self.problem.setText(self.tr("Tarkista vuosi: {year} on vasta tulossa. Syntymävuosi, esimerkiksi 1975.")
                                 .format(year=year))
            return
        if year < 1900:
            self.problem.setText(self.tr("Tarkista vuosi: syntymävuosi on 1900 tai myöhemmin, esimerkiksi 1975."))
            return
        self.answered.emit(year)

    def reset(self) -> None:
        self._set("")

    def retranslate(self) -> None:
        self.skip.setText(answers.rather_not_say())
        self.next.setText(self.tr("Seuraava"))
        self.erase.setAccessibleName(self.tr("Poista numero"))
        self._set(self._year)


class MunicipalityStep(QWidget):
    """The room's own municipality is one tap; another is found by typing its first letters."""

    answered = Signal(object)

    def __init__(self, home_municipality: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.home_municipality = home_municipality
        self.home = big_button(home_municipality, "choice")
        self.home.setVisible(bool(home_municipality))
        self.home.clicked.connect(lambda: self.answered.emit(self.home_municipality))
        self.skip = big_button(kind="secondary")
        self.skip.clicked.connect(lambda: self.answered.emit(None))
        self.field = QLineEdit(objectName="search")
        self.field.setMinimumHeight(64)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textChanged.connect(self._find)
        self.matches = [big_button(kind="match") for _ in range(4)]
        grid = QGridLayout()
        for i, button in enumerate(self.matches):
            button.clicked.connect(lambda _=False, b=button: self.answered.emit(b.label()))
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # their rows keep their place: the keyboard stays put
            button.setSizePolicy(policy)
            button.hide()
            grid.addWidget(button, i // 2, i % 2)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(lambda text: typed_into(self.field, text))
        self.keyboard.erased.connect(self.field.backspace)
        row = QHBoxLayout()
        row.addWidget(self.home)
        row.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.field)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        follow_layout(self)  # the field before the keyboard for a screen reader
        self.retranslate()

    def resizeEvent(self, event) -> None:
        # A fixed height for the screen, whatever is typed or found (issue 16): as the name search's.
        self.keyboard.setFixedHeight(round(self.window().height() * (0.30 if event.size().height() > event.size().width() else 0.34)))
        super().resizeEvent(event)

    def _find(self, text: str) -> None:
        found = municipalities.starting_with(text, len(self.matches))
        for i, button in enumerate(self.matches):
            button.setText(found[i] if i < len(found) else "")
            button.setVisible(i < len(found))

    def reset(self) -> None:
        self.field.setText("")

    def retranslate(self) -> None:
        self.skip.setText(answers.rather_not_say())
        self.field.setPlaceholderText(self.tr("Muu kunta: kirjoita alku"))
        self.field.setAccessibleName(self.tr("Kotikunta"))


_CONTROLLER_LINE = re.compile(r"^(Rekisterinpitäjä|Personuppgiftsansvarig|Controller): [^(\n]*\(", re.MULTILINE)


class PrivacyStep(QWidget):
    """The privacy notice: one text, or one per language ({"fi": ..., "sv": ..., "en": ...}), of
    which the visitor's own is shown (Finnish where there is none in their language)."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, notice: str | Mapping[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._notices = notice if isinstance(notice, Mapping) else {"fi": notice}
        self._controller = ""
        self.text = QLabel(objectName="notice", wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        scroll = QScrollArea(objectName="notice_area")
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        self.accept = big_button(kind="primary")
        self.accept.clicked.connect(self.accepted)
        self.decline = big_button(kind="secondary")
        self.decline.clicked.connect(self.declined)
        row = QHBoxLayout()
        row.addWidget(self.decline)
        row.addWidget(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.retranslate()

    def set_controller(self, organisation_name: str) -> None:
        """The room's organisation (setting organisation_name) is the controller the notice names."""
        self._controller = organisation_name.strip()
        self.retranslate()

    def retranslate(self) -> None:
        notice = self._notices.get(current_code()) or self._notices.get("fi", "")
        if self._controller:
            # "Rekisterinpitäjä: <who, in general> (<where to find them>)." in the notice's own
            # words and language: the organisation in place of the general words.
            notice = _CONTROLLER_LINE.sub(lambda m: f"{m.group(1)}: {self._controller} (", notice, count=1)
        self.text.setText(notice)
        self.accept.setText(self.tr("Hyväksyn"))
        self.decline.setText(self.tr("En hyväksy"))


class CardStep(QWidget):
    """The new card's QR code, big enough to photograph from the screen."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.greeting = QLabel(objectName="title", wordWrap=True)
        self.qr = QLabel(objectName="qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(objectName="lead", wordWrap=True)
        self.ok = big_button(kind="primary")
        self.ok.clicked.connect(self.finished)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.ok)
        self._name = ""
        self.retranslate()

    def show_card(self, first_name: str, png: bytes) -> None:
        self._name = first_name
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.qr.setPixmap(pixmap)
        self.retranslate()

    def reset(self) -> None:
        self._name = ""
        self.qr.clear()
        self.greeting.clear()

    def retranslate(self) -> None:
        if self._name:
            self.greeting.setText(self.tr("Tervetuloa, {name}! Olet nyt kirjautunut sisään.").format(name=self._name))
        self.hint.setText(
            self.tr("Ota kuva koodista puhelimellasi: näytä se lukijalle ensi kerralla. Saat myös tulostetun kortin tilavastaavalta.")
        )
        self.ok.setText(self.tr("Valmis"))
