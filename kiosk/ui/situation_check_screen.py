"""'Onko tilanteesi yhä tämä?': a returning visitor whose situation answer is older than the
room's setting (situation_check_months, 6 by default) is asked once, on check-in, to confirm it or
tap the new one. One screen; "‹ Ohita" skips it. The check-in is already recorded: the
confirmation follows whatever is tapped."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui import answers
from kiosk.ui.screen import Screen
from kiosk.ui.steps import ChoiceStep, big_button


class SituationCheckScreen(Screen):
    answered = Signal(int, object)  # the person, and their situation code (None: rather not say)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("situation_check")
        self._asked = None  # the SituationToConfirm on screen
        header = self.header()
        self.back.connect(self.skipped)
        self.lead = QLabel(objectName="lead", wordWrap=True)
        self.same = big_button(kind="primary")
        self.same.clicked.connect(lambda: self._answer(self._asked.situation))
        # "Kyllä, sama" takes the grid's place after the ten answers: no row of its own; three
        # columns on a landscape screen (four rows, not six), so that it fits 1280x800 in larger text.
        self.situation = ChoiceStep("situation", extra=(self.same,), wide=3)
        self.situation.answered.connect(self._answer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.lead)
        layout.addWidget(self.situation, 1)
        self.retranslate()

    def ask(self, asked) -> None:
        self._asked = asked
        self.retranslate()

    def _answer(self, code) -> None:
        if self._asked is not None:
            self.answered.emit(self._asked.person_id, code)

    def reset(self) -> None:
        self._asked = None
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Ohita"))
        self.title.setText(self.tr("Onko tilanteesi yhä tämä?"))
        asked = self._asked
        if asked is not None:
            told = answers.with_earlier()["situation"].get(asked.situation) if asked.situation else answers.rather_not_say()
            month = f"{QLocale().standaloneMonthName(asked.given_on.month)} {asked.given_on.year}"
            self.lead.setText(self.tr("Hei {name}! Viimeksi ({month}) kerroit: {answer}").format(
                name=asked.first_name, month=month, answer=told))
        else:
            self.lead.clear()
        self.same.setText(self.tr("Kyllä, sama"))
        self.same.setAccessibleName(self.same.text())
        self.situation.retranslate()
