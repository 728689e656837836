"""A first visit: name, "is this you?", the optional questions, the privacy notice, the card.

One decision per step and a way back from each. Nothing is written until the privacy notice is
accepted; then the person is registered, checked in and shown their QR code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import CheckinService
from kiosk.clock import local
from kiosk.errors import KioskError
from kiosk.people import SHOWN_MATCHES, Match, PeopleService
from kiosk.profile import QUESTIONS, Profile
from kiosk.qr import qr_png
from kiosk.ui import answers
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.reading_order import follow_layout
from kiosk.ui.name_screen import match_label
from kiosk.ui.screen import Screen
from kiosk.ui.steps import (
    ButtonColumns,
    CardStep,
    ChoiceStep,
    MunicipalityStep,
    PrivacyStep,
    YearStep,
    big_button,
    typed_into,
)
from kiosk.ui.wrapping_button import WrappingButton


class NameStep(QWidget):
    """First name (required) and last name or its initial, typed on the on-screen keyboard."""

    given = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = QLineEdit(objectName="search")
        self.last = QLineEdit(objectName="search")
        self.first_label = QLabel(objectName="hint", wordWrap=True)  # two lines in larger text
        self.last_label = QLabel(objectName="hint", wordWrap=True)
        for field in (self.first, self.last):
            field.setMinimumHeight(64)
            field.setMaxLength(60)
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            field.installEventFilter(self)
            field.textChanged.connect(self._check)
        self.active = self.first
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(lambda text: typed_into(self.active, text))
        self.keyboard.erased.connect(lambda: self.active.backspace())
        self.next = big_button(kind="primary")
        self.next.clicked.connect(self._next)
        # Said when "Seuraava" is tapped with no first name; its room kept, so nothing moves then.
        self.problem = QLabel(objectName="hint", wordWrap=True)
        fields = QHBoxLayout()
        for label, field in ((self.first_label, self.first), (self.last_label, self.last)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(field)
            fields.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.keyboard, 2)
        layout.addWidget(self.next)  # at the bottom, within reach from a wheelchair
        follow_layout(self)  # labels and fields before the keyboard for a screen reader
        self.retranslate()
        self._check()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and obj in (self.first, self.last):
            self.active = obj
        return False

    def _check(self) -> None:
        self.problem.setText("")

    def _next(self) -> None:
        if not any(ch.isalpha() for ch in self.first.text()):
            self.problem.setText(self.tr("Kirjoita ensin etunimesi tai kutsumanimesi."))
            self.active = self.first
            self.first.setFocus()
            return
        self.given.emit(self.first.text().strip(), self.last.text().strip())

    def resizeEvent(self, event) -> None:
        self.problem.ensurePolished()
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing())
        super().resizeEvent(event)

    def reset(self) -> None:
        for field in (self.first, self.last):
            field.setText("")  # also empties the undo history
        self.active = self.first
        if self.isVisible():
            self.first.setFocus()

    def showEvent(self, event) -> None:
        # Not on reset: focus given to a hidden field is taken from the screen on show (a scan's
        # confirmation), and moving it cost a scan 2 ms (issue 23).
        self.active.setFocus()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("Etunimi tai kutsumanimi"))
        self.last_label.setText(self.tr("Sukunimi tai sen alkukirjain"))
        self.first.setAccessibleName(self.first_label.text())
        self.last.setAccessibleName(self.last_label.text())
        self.next.setText(self.tr("Seuraava"))


class DuplicateStep(QWidget):
    """"Is this you?": someone with the same name is registered already."""

    chosen = Signal(int)
    new_person = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lead = QLabel(objectName="lead", wordWrap=True)
        self.buttons = [big_button(kind="match") for _ in range(SHOWN_MATCHES)]
        self.matches: tuple[Match, ...] = ()
        self.new = WrappingButton(objectName="primary")  # two lines in larger text on a portrait screen
        self.new.clicked.connect(self.new_person)
        grid = QGridLayout()
        for i, button in enumerate(self.buttons):
            button.clicked.connect(lambda _=False, i=i: self.chosen.emit(self.matches[i].person_id))
        self._columns = ButtonColumns(grid, self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addLayout(grid, 1)
        layout.addWidget(self.new)
        self.retranslate()

    def show_matches(self, matches: tuple[Match, ...]) -> None:
        """Look-alikes' first visits go on a second line: a name and a month do not fit half a
        landscape screen on one line, nor a portrait one (one column there). The buttons are
        WrappingButtons (big_button): each asks its layout for the height of its lines."""
        self.matches = matches
        for i, button in enumerate(self.buttons):
            button.setText(match_label(matches[i], "\n") if i < len(matches) else "")
            button.setVisible(i < len(matches))

    def resizeEvent(self, event) -> None:
        self._columns.fit(event.size())
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.lead.setText(self.tr("Täällä on jo samanniminen kävijä. Jos se olet sinä, napauta nimeäsi."))
        self.new.setText(self.tr("En ole mikään näistä: olen uusi"))


class RegistrationScreen(Screen):
    existing_chosen = Signal(int)
    declined = Signal()
    failed = Signal(object)
    done = Signal()

    def __init__(self, people: PeopleService, checkin: CheckinService, clock, questions: tuple[str, ...] = QUESTIONS,
                 home_municipality: str = "", privacy_notice: str | dict[str, str] = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registration")
        self._people, self._checkin, self._clock = people, checkin, clock
        self.name = NameStep()
        self.duplicates = DuplicateStep()
        self.questions: dict[str, QWidget] = {}
        for question in questions:
            if question == "birth_year":
                step = YearStep()
            elif question == "municipality":
                step = MunicipalityStep(home_municipality)
            else:
                step = ChoiceStep(question)
            step.answered.connect(lambda value, q=question: self._answer(q, value))
            self.questions[question] = step
        self.privacy = PrivacyStep(privacy_notice)
        self.card = CardStep()
        # The way forward: each answer leads to the next step in this order.
        self._order = [self.name, *self.questions.values(), self.privacy, self.card]
        self.steps = QStackedWidget()
        for step in (self.name, self.duplicates, *self.questions.values(), self.privacy, self.card):
            self.steps.addWidget(step)

        # Each step acts only while it is the one on screen: a second tap (or a late signal) meant
        # for a step already left neither skips the next one nor registers anyone twice.
        self.name.given.connect(self._named)
        self.duplicates.chosen.connect(lambda person_id: self._on(self.duplicates) and self.existing_chosen.emit(person_id))
        self.duplicates.new_person.connect(lambda: self._on(self.duplicates) and self._show(self._order[1]))
        self.privacy.accepted.connect(self._register)
        self.privacy.declined.connect(self.declined)
        self.card.finished.connect(self.done)

        self.progress = QLabel(objectName="hint")
        header = self.header()
        header.addWidget(self.progress)
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self._step_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.steps, 1)
        self._first = self._last = ""
        self._answers: dict[str, object] = {}
        self._trail: list[QWidget] = []
        self._seen = True  # see reset()
        self.reset()

    def _on(self, step: QWidget) -> bool:
        return self.steps.currentWidget() is step

    def showEvent(self, event) -> None:
        self._seen = True
        super().showEvent(event)

    def _show(self, step: QWidget) -> None:
        self._seen = True
        self._trail.append(self.steps.currentWidget())
        self.steps.setCurrentWidget(step)
        self.retranslate()

    def _step_back(self) -> None:
        """Back one step, with the answers kept; from the first step (or the card), home."""
        if not self._trail or self.steps.currentWidget() is self.card:
            self.back.emit()
            return
        self.steps.setCurrentWidget(self._trail.pop())
        self.retranslate()

    def _named(self, first: str, last: str) -> None:
        if not self._on(self.name):
            return
        self._first, self._last = first, last
        try:
            alike = self._people.possible_duplicates(first, last)
        except KioskError as error:
            self.failed.emit(error)
            return
        if alike:
            self.duplicates.show_matches(alike)
            self._show(self.duplicates)
        else:
            self._show(self._order[1])

    def _answer(self, question: str, value: object) -> None:
        step = self.questions[question]
        if not self._on(step):
            return
        self._answers[question] = value
        self._show(self._order[self._order.index(step) + 1])

    def _register(self) -> None:
        if not self._on(self.privacy):
            return  # registered already: the card is on screen
        try:
            person = self._people.add(self._first, self._last, Profile(**self._answers), privacy_accepted=True)
            self._checkin.toggle(person.id)
        except (KioskError, ValueError) as error:
            self.failed.emit(error)
            return
        self.card.show_card(person.first_name, qr_png(person.card_code))
        self._trail.clear()
        self._show(self.card)

    def reset(self) -> None:
        """Nothing of the last newcomer stays: name, answers, QR code."""
        for step in self.questions.values():
            if isinstance(step, YearStep):
                step.this_year = local(self._clock.now()).year
        if not self._seen:
            # Nobody has been on it since it was last emptied. Every scan resets the screens, and
            # emptying this one each time took longer than the check-in itself (issue 23).
            return
        self._first = self._last = ""
        self._answers = {}
        self._trail = []
        self.name.reset()
        for step in self.questions.values():
            if hasattr(step, "reset"):
                step.reset()
        self.card.reset()
        self.duplicates.show_matches(())
        self.steps.setCurrentWidget(self.name)
        self.retranslate()
        self._seen = self.isVisible()  # emptied while on screen: whatever comes next is seen

    def retranslate(self) -> None:
        current = self.steps.currentWidget()
        titles = {self.name: self.tr("Tervetuloa! Kuka olet?"), self.duplicates: self.tr("Oletko sinä?"),
                  self.privacy: self.tr("Tietosuoja"), self.card: self.tr("Korttisi")}
        titles.update({step: answers.questions()[q] for q, step in self.questions.items()})
        self.title.setText(titles.get(current, ""))
        self.back_button.setText(self.tr("‹ Takaisin"))
        position = self._order.index(current) + 1 if current in self._order else 1
        self.progress.setText(f"{position} / {len(self._order)}")
        for step in (self.name, self.duplicates, *self.questions.values(), self.privacy, self.card):
            step.retranslate()
