"""Who is in the room now, for the attendant."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.screen import Screen
from kiosk.checkin import CheckinService
from kiosk.ui.formatting import clock_text


class PresentScreen(Screen):
    back = Signal()

    def __init__(self, checkin: CheckinService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("present")
        self._checkin = checkin
        self.back_button = QPushButton(objectName="secondary")
        self.back_button.setMinimumSize(160, 64)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(objectName="heading")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        self.list = QListWidget(objectName="present_list")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def refresh(self) -> None:
        present = self._checkin.present()
        self.title.setText(self.tr("Paikalla nyt: {count}").format(count=len(present)))
        self.list.clear()
        for person in present:
            self.list.addItem(self.tr("{name} — sisään klo {time}").format(name=person.shown_name, time=clock_text(person.since)))

    def reset(self) -> None:
        self.list.clear()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.list.setAccessibleName(self.tr("Paikalla olevat"))
        if self.isVisible():
            self.refresh()
        else:
            self.title.setText(self.tr("Paikalla nyt"))
