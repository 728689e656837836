"""An activity made or edited on screen, for "Toiminnot": name, type, organiser, place, one-off or
weekly, first (and last) day, time, length, seats, whether it counts in the visitor figures. A
wrong field is named in words and nothing is saved. Toggles show their state with a tick too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.activities import KINDS, ActivityRefused, ActivityService, Draft, draft_of, parse_day, parse_time
from kiosk.ui.activity_words import kind_names
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.problem_texts import told
from kiosk.ui.steps import big_button
from kiosk.ui.toggle import ToggleButton


def _toggle() -> ToggleButton:
    button = ToggleButton(objectName="choice")
    button.setMinimumHeight(56)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class ActivityEditor(QWidget):
    done = Signal(bool)  # saved?

    def __init__(self, activities: ActivityService, parent: QWidget | None = None):
        super().__init__(parent)
        self._activities = activities
        self._editing: int | None = None
        self._today = activities.today()
        self.heading = QLabel(objectName="heading", wordWrap=True)
        self.name, self.organiser, self.place = (QLineEdit(objectName="field") for _ in range(3))
        self.first_on, self.last_on, self.at_time, self.minutes, self.seats = (QLineEdit(objectName="field")
                                                                               for _ in range(5))
        self.kinds = {code: _toggle() for code in KINDS}
        group = self._group = QButtonGroup(self)
        group.setExclusive(True)
        for button in self.kinds.values():
            group.addButton(button)
        self.weekly, self.counts = _toggle(), _toggle()
        self.save, self.close_button = big_button(kind="primary"), big_button(kind="secondary")
        self.save.clicked.connect(self._save)
        self.close_button.clicked.connect(lambda: self.done.emit(False))
        self.message = QLabel(objectName="hint", wordWrap=True)
        for button in (self.save, self.close_button):
            button.setMinimumHeight(56)

        # Laid out by the screen's shape (resizeEvent): fields four or two to a row, the types five
        # or three, the toggles and the actions on one row or two.
        # Each field with its name above it: a filled field shows no placeholder.
        self._labels = {}
        self._fields = tuple(self._labelled(field) for field in (self.name, self.organiser, self.place, self.first_on,
                                                                  self.last_on, self.at_time, self.minutes, self.seats))
        fields, kinds, bottom = self._grids = (QGridLayout(), QGridLayout(), QGridLayout())
        self._shape = None
        self._lay_out(portrait=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(fields)
        layout.addLayout(kinds)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.keyboard = FieldKeyboard(self.findChildren(QLineEdit), self, names=(self.name, self.organiser, self.place))
        self.retranslate()

    def _labelled(self, field: QLineEdit) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self._labels[field] = QLabel(objectName="hint", wordWrap=True)
        column.addWidget(self._labels[field])
        column.addWidget(field)
        return box

    def _lay_out(self, portrait: bool) -> None:
        if portrait == self._shape:
            return
        self._shape = portrait
        fields, kinds, bottom = self._grids
        for columns, grid, widgets in ((2 if portrait else 4, fields, self._fields),
                                       (3 if portrait else 5, kinds, tuple(self.kinds.values())),
                                       (2 if portrait else 4, bottom, (self.weekly, self.counts, self.close_button,
                                                                       self.save))):
            for i, widget in enumerate(widgets):
                grid.addWidget(widget, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        self._lay_out(event.size().height() > event.size().width())
        super().resizeEvent(event)

    def start(self, activity_id: int | None, day: date) -> None:
        """A new activity on ``day``, or the one given as it is."""
        self._editing, self._today = activity_id, self._activities.today()
        activity = self._activities.activity(activity_id) if activity_id is not None else None
        draft = draft_of(activity) if activity else Draft("", first_on=day)
        self.name.setText(draft.name)
        self.organiser.setText(draft.organiser)
        self.place.setText(draft.place)
        self.first_on.setText(f"{draft.first_on.day}.{draft.first_on.month}.{draft.first_on.year}")
        self.last_on.setText(f"{draft.last_on.day}.{draft.last_on.month}.{draft.last_on.year}" if draft.last_on else "")
        self.at_time.setText(draft.at_time.replace(":", "."))
        self.minutes.setText(str(draft.minutes))
        self.seats.setText(str(draft.seats) if draft.seats else "")
        self.kinds[draft.kind].setChecked(True)
        self.weekly.setChecked(draft.weekly)
        self.counts.setChecked(draft.counts_in_visitors)
        self.message.clear()
        self.retranslate()

    def draft(self) -> Draft | None:
        """What the fields say, or None after naming the first wrong one."""
        first_on = parse_day(self.first_on.text(), self._today)
        last_text = self.last_on.text().strip()
        last_on = parse_day(last_text, self._today) if last_text else None
        at_time = parse_time(self.at_time.text())
        minutes, seats = self.minutes.text().strip(), self.seats.text().strip()
        wrong = [(first_on is None, self.tr("Alkupäivä muodossa 27.11.2026.")),
                 (bool(last_text) and last_on is None, self.tr("Viimeinen päivä muodossa 27.11.2026 tai tyhjä.")),
                 (at_time is None, self.tr("Kellonaika muodossa 17.30.")),
                 (not (minutes.isascii() and minutes.isdigit()), self.tr("Kesto minuutteina, esim. 90.")),
                 (bool(seats) and not (seats.isascii() and seats.isdigit()), self.tr("Paikat numerona tai tyhjä."))]
        for is_wrong, words in wrong:
            if is_wrong:
                self.message.setText(words)
                return None
        kind = next(code for code, button in self.kinds.items() if button.isChecked())
        return Draft(self.name.text(), kind, self.organiser.text(), self.place.text(), self.weekly.isChecked(),
                     first_on, last_on, at_time, int(minutes), int(seats) if seats and int(seats) else None,
                     self.counts.isChecked())

    def _save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        with told(self.message.setText):
            saved = self._activities.save(draft, self._editing)
            if isinstance(saved, ActivityRefused):
                self.message.setText(self._problem(saved.problems[0]))
                return
            self.keyboard.close_keyboard()
            self.done.emit(True)

    def _problem(self, field: str) -> str:
        return {"name": self.tr("Anna toiminnolle nimi."),
                "last_on": self.tr("Viimeinen päivä vain viikoittaiselle, eikä ennen alkupäivää."),
                "minutes": self.tr("Kesto 1–1440 minuuttia."),
                "seats": self.tr("Paikkoja vähintään yksi, tai tyhjä."),
                "at_time": self.tr("Kellonaika muodossa 17.30.")}.get(field, self.tr("Tarkista tiedot."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # not a Screen: its labels and accessible names follow by themselves (issue 20)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Muokkaa toimintoa") if self._editing else self.tr("Uusi toiminto"))
        for field, text in ((self.name, self.tr("Nimi, esim. Ompeluseura")),
                            (self.organiser, self.tr("Järjestäjä tai kumppani")),
                            (self.place, self.tr("Paikka (tyhjä: työhuone)")),
                            (self.first_on, self.tr("Päivä: 27.11.2026")),
                            (self.last_on, self.tr("Viimeinen päivä (viikoittainen)")),
                            (self.at_time, self.tr("Alkaa klo: 17.30")),
                            (self.minutes, self.tr("Kesto, min")),
                            (self.seats, self.tr("Paikkoja (tyhjä: ei rajaa)"))):
            self._labels[field].setText(text)
            field.setAccessibleName(text)
        for code, name in kind_names().items():
            self.kinds[code].setText(name)
        self.weekly.setText(self.tr("Joka viikko"))
        self.counts.setText(self.tr("Lasketaan kävijämääriin"))
        self.save.setText(self.tr("Tallenna"))
        self.close_button.setText(self.tr("Peruuta"))
