"""Signing up for the weekly lunch at the kiosk: show your card or find your name, choose your
diets (remembered for next time), bring a guest if you like. Cancel the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.lunch import DIETS, LunchInfo, LunchService
from kiosk.people import PeopleService
from kiosk.ui import answers
from kiosk.ui.formatting import lunch_line
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button, typed_into
from kiosk.ui.toggle import ToggleButton


def _toggle() -> ToggleButton:
    button = ToggleButton(objectName="choice")
    button.setMinimumHeight(72)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class LunchScreen(Screen):
    find_by_name = Signal()
    outcome = Signal(object)

    def __init__(self, lunch: LunchService, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lunch")
        self._lunch, self._people = lunch, people
        self._person: int | None = None
        self._first_name = ""
        header = self.header()
        self.info = QLabel(objectName="lead", wordWrap=True)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.by_name = big_button(kind="secondary")
        self.by_name.clicked.connect(self.find_by_name)

        self.greeting = QLabel(objectName="heading", wordWrap=True)
        # Pressed, a diet shows a tick as well as its colour: a visitor who cannot tell would tap
        # again "to be sure" and take it off (WCAG 1.4.1).
        self.diet_buttons = {code: _toggle() for code in DIETS}
        diet_grid = QGridLayout()
        for i, (code, button) in enumerate(self.diet_buttons.items()):
            button.toggled.connect(self._other_toggled if code == "other" else (lambda _checked: None))
            diet_grid.addWidget(button, i // 2, i % 2)
        self.note = QLineEdit(objectName="search")
        self.note.setMaxLength(60)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(lambda text: typed_into(self.note, text))
        self.keyboard.erased.connect(self.note.backspace)
        self.guest = _toggle()
        self.sign_up, self.cancel = big_button(kind="primary"), big_button(kind="secondary")
        self.sign_up.clicked.connect(self._sign_up)
        self.cancel.clicked.connect(self._cancel)
        actions = QHBoxLayout()
        actions.addWidget(self.cancel)
        actions.addWidget(self.sign_up)
        self.choices = QWidget()
        choices = QVBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.greeting)
        choices.addLayout(diet_grid)
        choices.addWidget(self.note)
        choices.addWidget(self.guest)
        choices.addLayout(actions)
        choices.addWidget(self.keyboard)
        choices.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.info)
        layout.addWidget(self.hint)
        layout.addWidget(self.by_name)
        layout.addWidget(self.choices, 1)  # all the room there is: the greeting wraps in bilingual help
        # Before a name, the room below is empty, not shared out above the header (which then sat
        # 70 px lower than on every other screen).
        layout.addStretch(0)
        self.reset()

    def _other_toggled(self, checked: bool) -> None:
        self.note.setVisible(checked)
        self.keyboard.setVisible(checked)

    def _next(self) -> LunchInfo | None:
        try:
            return self._lunch.next_lunch()
        except KioskError:
            return None

    def showEvent(self, event) -> None:
        self._show_lunch()
        super().showEvent(event)

    def _show_lunch(self) -> None:
        info = self._next()
        open_now = info is not None and self._lunch.is_open(info)
        if info is None:
            self.info.setText(self.tr("Seuraavaa lounasta ei ole vielä tiedossa."))
        else:
            self.info.setText(lunch_line(info) + "\n" + self.tr("Vapaita paikkoja: {n}").format(n=info.seats_left))
        if self._person is None:
            self.hint.setText(self.tr("Näytä korttisi lukijalle tai etsi nimesi.") if open_now else
                              self.tr("Ilmoittautuminen on päättynyt tai lounas on täynnä. Kysy tilavastaavalta, hän auttaa."))
            self.by_name.setVisible(open_now)

    # --- who is signing up: a scan here, or the name search (the main window passes the person)
    def take_scan(self, raw: str) -> None:
        person = self._people.identify(raw)
        if person is None:
            self.hint.setText(self.tr("Korttia ei tunnistettu. Etsi nimesi tai kysy tilavastaavalta."))
            return
        self.identified(person.person_id)

    def identified(self, person_id: int) -> None:
        details = self._people.details(person_id)
        if details is None:
            return
        self._person, self._first_name = person_id, details.first_name
        diets, note = self._lunch.remembered_diets(person_id)
        for code, button in self.diet_buttons.items():
            button.setChecked(code in diets)
        self.note.setText(note)
        self._other_toggled("other" in diets)
        self.guest.setChecked(False)
        info = self._next()
        already = info is not None and self._lunch.signed_up(person_id, info.day)
        self.sign_up.setVisible(not already)
        self.guest.setVisible(not already)
        self.cancel.setVisible(already)
        for button in self.diet_buttons.values():
            button.setEnabled(not already)
        self.hint.clear()
        self.by_name.hide()
        self.choices.show()
        self.retranslate()

    def _sign_up(self) -> None:
        diets = [code for code, button in self.diet_buttons.items() if button.isChecked()]
        self.outcome.emit(self._lunch.sign_up(self._person, diets, self.note.text() if "other" in diets else "",
                                              guest=self.guest.isChecked()))

    def _cancel(self) -> None:
        self.outcome.emit(self._lunch.cancel_sign_up(self._person))

    def reset(self) -> None:
        self._person, self._first_name = None, ""
        self.note.setText("")
        for button in (*self.diet_buttons.values(), self.guest):
            button.setChecked(False)
        self.choices.hide()
        self.by_name.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Lounas"))
        self.by_name.setText(self.tr("Etsi nimellä"))
        labels = answers.diets()
        for code, button in self.diet_buttons.items():
            button.setText(labels[code])
        self.note.setPlaceholderText(self.tr("Mikä ruokavalio? Esim. ei sieniä"))
        self.guest.setText(self.tr("+1 vieras (ilman nimeä)"))
        self.sign_up.setText(self.tr("Ilmoittaudu"))
        self.cancel.setText(self.tr("Peru ilmoittautuminen"))
        self.greeting.setText(self.tr("Hei {name}! Valitse ruokavaliosi, jos sinulla on.").format(name=self._first_name)
                              if self._person else "")
        if self.isVisible():
            self._show_lunch()
