"""A visitor borrows a laptop or a tablet themselves (when the room allows it): show your card,
tap the item, return it by closing time. Only categories marked self-service are offered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.lending import LendingService
from kiosk.people import PeopleService, StaffMatch
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button


class SelfLendScreen(Screen):
    outcome = Signal(object)  # Lent or Refused, for the result screen

    def __init__(self, lending: LendingService, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("self_lend")
        self._lending, self._people = lending, people
        self._person: StaffMatch | None = None
        header = self.header()
        self.lead = QLabel(objectName="lead", wordWrap=True)
        self.grid = QGridLayout()
        self.item_buttons: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.lead)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.retranslate()

    def take_scan(self, raw: str) -> None:
        person = self._people.identify(raw)
        if person is None:
            self.lead.setText(self.tr("Korttia ei tunnistettu. Kysy tilavastaavalta."))
            return
        self._person = person
        self._offer()

    def _offer(self) -> None:
        for button in self.item_buttons:
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.item_buttons = []
        offered = [i for i in self._lending.items() if i.self_service and i.status == "available"]
        for item in offered:
            button = big_button(item.name, "choice")
            button.clicked.connect(lambda _=False, i=item.id: self._lend(i))
            self.grid.addWidget(button, len(self.item_buttons) // 2, len(self.item_buttons) % 2)
            self.item_buttons.append(button)
        self.retranslate()
        if not offered:
            self.lead.setText(self.tr("{name}, nyt ei ole vapaita laitteita. Kysy tilavastaavalta.").format(name=self._person.first_name))

    def _lend(self, item_id: int) -> None:
        self.outcome.emit(self._lending.lend(self._person.person_id, item_id=item_id, self_service=True))

    def reset(self) -> None:
        self._person = None
        for button in self.item_buttons:
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.item_buttons = []
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Lainaa laite"))
        if self._person is None:
            self.lead.setText(self.tr("Näytä korttisi lukijalle."))
        else:
            self.lead.setText(self.tr("{name}, napauta laitetta, jonka lainaat. Palauta se tilavastaavalle ennen sulkemista.").format(
                name=self._person.first_name))
