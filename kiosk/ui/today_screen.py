""""Tänään" for visitors: today's courses and groups with their free seats. Tap one, show your
card or find your name, then "Ilmoittaudu" ahead, "Olen täällä nyt" while it is on (without
checking in to the room), or take back a sign-up. Like lunch (kiosk/ui/lunch_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.activities import EARLY, ActivityService, Session
from kiosk.errors import KioskError
from kiosk.people import PeopleService
from kiosk.ui.formatting import clock_text
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button

SHOWN = 5  # a day's sessions on the screen at once; a room has two or three


class TodayScreen(Screen):
    find_by_name = Signal()
    outcome = Signal(object)

    def __init__(self, activities: ActivityService, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("today")
        self._activities, self._people = activities, people
        self._sessions: list[Session] = []
        self._chosen: Session | None = None
        self._person: int | None = None
        self._first_name = ""
        header = self.header()
        self.info = QLabel(objectName="lead", wordWrap=True)
        # The rows are made once and keep their places; an unused one is hidden at the bottom.
        self.rows = [big_button(kind="choice") for _ in range(SHOWN)]
        for i, button in enumerate(self.rows):
            button.clicked.connect(lambda _=False, i=i: self._choose(i))
            # A hidden row keeps its place: the chosen one stays under the finger that chose it.
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.by_name = big_button(kind="secondary")
        self.by_name.clicked.connect(self.find_by_name)
        self.here = big_button(kind="primary")
        self.here.clicked.connect(lambda: self._act(self._activities.attend))
        self.sign_up = big_button(kind="primary")
        self.sign_up.clicked.connect(lambda: self._act(self._activities.sign_up))
        self.withdraw = big_button(kind="secondary")
        self.withdraw.clicked.connect(lambda: self._act(self._activities.withdraw))
        actions = QHBoxLayout()
        for button in (self.withdraw, self.sign_up, self.here):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.info)
        for button in self.rows:
            layout.addWidget(button)
        layout.addWidget(self.hint)
        layout.addWidget(self.by_name)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.reset()

    def showEvent(self, event) -> None:
        if self._chosen is None:
            self._list()
        super().showEvent(event)

    def _list(self) -> None:
        try:
            self._sessions = self._activities.today_sessions()[:SHOWN]
        except KioskError:
            self._sessions = []
        for button, session in zip(self.rows, [*self._sessions, *[None] * SHOWN]):
            button.setVisible(session is not None)
            if session is not None:
                button.setText(self._line(session))
        self.info.setText(self.tr("Valitse, mihin tulet.") if self._sessions else
                          self.tr("Tänään ei ole kursseja eikä ryhmiä."))

    def _line(self, session: Session) -> str:
        parts = [f"{clock_text(session.starts)}–{clock_text(session.ends)} {session.activity.name}"]
        if session.activity.place:
            parts.append(session.activity.place)
        if session.seats_left is not None:
            parts.append(self.tr("täynnä") if session.seats_left == 0 else
                         self.tr("vapaita paikkoja {n}").format(n=session.seats_left))
        return " · ".join(parts)

    def _choose(self, index: int) -> None:
        self._chosen = self._sessions[index]
        for i, button in enumerate(self.rows):
            button.setVisible(i == index)  # the chosen one stays where it was tapped
            button.setEnabled(False)
        self.info.setText(self.tr("Näytä korttisi lukijalle tai etsi nimesi."))
        self.by_name.show()

    # --- who: a scan here, or the name search (the main window passes the person)
    def take_scan(self, raw: str) -> None:
        if self._chosen is None:
            self.hint.setText(self.tr("Valitse ensin, mihin tulet."))
            return
        person = self._people.identify(raw)
        if person is None:
            self.hint.setText(self.tr("Korttia ei tunnistettu. Etsi nimesi tai kysy tilavastaavalta."))
            return
        self.identified(person.person_id)

    def identified(self, person_id: int) -> None:
        details = self._people.details(person_id)
        if details is None or self._chosen is None:
            return
        self._person, self._first_name = person_id, details.first_name
        session = self._activities.session(self._chosen.activity.id, self._chosen.day) or self._chosen
        now = self._activities.now()
        signed = self._activities.signed_up(person_id, session.activity.id, session.day)
        self.by_name.hide()
        self.hint.clear()
        self.info.setText(self.tr("Hei {name}!").format(name=self._first_name))
        self.here.setVisible(session.starts - EARLY <= now < session.ends)
        self.sign_up.setVisible(not signed and now < session.starts)
        self.withdraw.setVisible(signed and now < session.starts)

    def _act(self, action) -> None:
        try:
            outcome = action(self._person, self._chosen.activity.id, self._chosen.day)
        except KioskError as error:
            outcome = error
        self.outcome.emit(outcome)

    def reset(self) -> None:
        self._chosen, self._person, self._first_name = None, None, ""
        for button in self.rows:
            button.setEnabled(True)
        for button in (self.here, self.sign_up, self.withdraw, self.by_name):
            button.hide()
        self.hint.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Tänään"))
        self.by_name.setText(self.tr("Etsi nimellä"))
        self.here.setText(self.tr("Olen täällä nyt"))
        self.sign_up.setText(self.tr("Ilmoittaudu"))
        self.withdraw.setText(self.tr("Peru ilmoittautuminen"))
        if self.isVisible() and self._chosen is None:
            self._list()
