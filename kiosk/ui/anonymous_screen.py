"""A visit without a name: counted, optionally with the situation question, nothing else asked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.screen import Screen
from kiosk.ui.steps import ChoiceStep


class AnonymousScreen(Screen):
    chosen = Signal(object)  # a situation code, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("anonymous")
        header = self.header()
        self.lead = QLabel(objectName="lead", wordWrap=True)
        self.situation = ChoiceStep("situation")
        self.situation.answered.connect(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.lead)
        layout.addWidget(self.situation, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Käynti ilman nimeä"))
        self.lead.setText(self.tr("Kirjaamme vain, että kävit täällä. Jos haluat, kerro tilanteesi: se auttaa rahoittajia."))
        self.situation.retranslate()
