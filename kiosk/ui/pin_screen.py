"""The way into staff mode: tap your name, then your PIN; five wrong tries lock that account for a
while (issue 20). With one account only, the PIN is asked straight away.

Names first rather than a PIN that finds its account: see kiosk/staff_access.py."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.staff_access import Account, Granted, LockedOut, StaffAccess, Wrong
from kiosk.ui.formatting import clock_text
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button


class PinScreen(Screen):
    granted = Signal()

    def __init__(self, access: StaffAccess, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pin")
        self._access, self._clock = access, clock
        self._accounts: list[Account] = []
        self.chosen: Account | None = None
        self.name_buttons: dict[int, QWidget] = {}
        self._names = QWidget()
        self._grid = QGridLayout(self._names)
        self._grid.setSpacing(14)
        scroll = QScrollArea(widgetResizable=True, objectName="plain")
        scroll.setWidget(self._names)
        self.pad = PinPad()
        self.pad.entered.connect(self._check)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.pad)
        self._unlock = QTimer(self, singleShot=True)
        self._unlock.timeout.connect(lambda: (self.pad.set_enabled(True), self.pad.message.setText("")))
        header = self.header()
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self._backward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self.refresh()

    def refresh(self) -> None:
        """The enabled accounts as name buttons, in Finnish alphabetical order."""
        self._accounts = self._access.accounts()
        for button in self.name_buttons.values():
            button.deleteLater()
        self.name_buttons = {}
        columns = 2
        for i, account in enumerate(self._accounts):
            button = big_button(account.name)
            button.clicked.connect(lambda _=False, a=account: self.choose(a))
            self._grid.addWidget(button, i // columns, i % columns)
            self.name_buttons[account.id] = button
        self._grid.setRowStretch(len(self._accounts) // columns + 1, 1)
        self.choose(self._accounts[0] if len(self._accounts) == 1 else None)

    def choose(self, account: Account | None) -> None:
        self.chosen = account
        self._unlock.stop()  # another account's lock is not this one's
        self.pad.reset()
        self.pages.setCurrentWidget(self.pad if account is not None else self.pages.widget(0))
        if account is not None:
            self.pad.setFocus()
        self.retranslate()

    def _backward(self) -> None:
        if self.chosen is not None and len(self._accounts) > 1:
            self.choose(None)
        else:
            self.back.emit()

    def _check(self, pin: str) -> None:
        if self.chosen is None:
            return
        answer = self._access.check(self.chosen.id, pin)
        if isinstance(answer, Granted):
            self.pad.reset()
            self.granted.emit()
        elif isinstance(answer, Wrong):
            self.pad.message.setText(self.tr("Väärä PIN. Yrityksiä jäljellä: {n}").format(n=answer.tries_left))
        elif isinstance(answer, LockedOut):
            self._locked(answer)

    def _locked(self, answer: LockedOut) -> None:
        self.pad.message.setText(
            self.tr("Liian monta väärää yritystä. Yritä uudelleen klo {time}.").format(time=clock_text(answer.until)))
        self.pad.set_enabled(False)
        wait_ms = (answer.until - self._clock.now()).total_seconds() * 1000
        self._unlock.start(max(0, int(wait_ms)))

    def showEvent(self, event) -> None:
        if self.chosen is not None:
            self.pad.setFocus()
        super().showEvent(event)

    def reset(self) -> None:
        """The lock is the account's, kept in the database: the next try on it is told again."""
        self.refresh()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        if self.chosen is None:
            self.title.setText(self.tr("Kuka olet? Valitse nimesi."))
        else:
            self.title.setText(self.tr("PIN: {name}").format(name=self.chosen.name))
