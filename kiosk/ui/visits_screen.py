"""A day's visits for the attendant: check someone out by hand, or set a visit's real times.
Every change is audit-logged by the service."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.clock import HELSINKI, local
from kiosk.closing import ClosingService, DayVisit
from kiosk.ui.formatting import clock_text, date_text
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.setup_pages import Stepper
from kiosk.ui.steps import big_button

STEP = 15


def _minutes(dt: datetime) -> int:
    t = local(dt)
    return t.hour * 60 + t.minute


def _shown(minutes: int) -> str:
    return f"{minutes // 60}.{minutes % 60:02d}"


class VisitsScreen(Screen):
    def __init__(self, closing: ClosingService, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("visits")
        self._closing, self._clock = closing, clock
        self._day = local(clock.now()).date()
        self._visits: list[DayVisit] = []
        self.earlier, self.later = big_button("‹", "key"), big_button("›", "key")
        self.earlier.clicked.connect(lambda: self._show_day(self._day - timedelta(days=1)))
        self.later.clicked.connect(lambda: self._show_day(self._day + timedelta(days=1)))
        self.day_label = QLabel(objectName="hint")
        days = QHBoxLayout()
        days.addWidget(self.earlier)
        days.addWidget(self.day_label, 1)
        days.addWidget(self.later)
        self.list = QListWidget(objectName="present_list")
        self.list.currentRowChanged.connect(self._chosen)
        self.check_in = Stepper(_shown, STEP, 0, 24 * 60 - STEP)
        self.check_out = Stepper(_shown, STEP, 0, 24 * 60 - 1)
        self.in_label, self.out_label = QLabel(objectName="hint"), QLabel(objectName="hint")
        self.save = big_button(kind="primary")
        self.save.clicked.connect(self._save)
        self.out_now = big_button(kind="secondary")
        self.out_now.clicked.connect(self._check_out_now)
        self.message = QLabel(objectName="hint", wordWrap=True)
        editor = QGridLayout()
        editor.addWidget(self.in_label, 0, 0)
        editor.addWidget(self.check_in, 0, 1)
        editor.addWidget(self.out_label, 1, 0)
        editor.addWidget(self.check_out, 1, 1)
        editor.addWidget(self.out_now, 2, 0)
        editor.addWidget(self.save, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(self.header())
        layout.addLayout(days)
        layout.addWidget(self.list, 1)
        layout.addLayout(editor)
        layout.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        self._show_day(self._day)

    def _show_day(self, day: date) -> None:
        self._day = min(day, local(self._clock.now()).date())
        self.day_label.setText(date_text(datetime.combine(self._day, time(12), HELSINKI)))
        self._visits = self._closing.visits_on(self._day)
        self.list.clear()
        for visit in self._visits:
            out = clock_text(visit.check_out) if visit.check_out else "…"
            note = self.tr(" (automaattinen)") if visit.automatic else ""
            self.list.addItem(f"{visit.shown_name}   {clock_text(visit.check_in)}–{out}{note}")
        self._chosen(-1)

    def _chosen(self, row: int) -> None:
        visit = self._visits[row] if 0 <= row < len(self._visits) else None
        for widget in (self.check_in, self.check_out, self.save):
            widget.setEnabled(visit is not None)
        self.out_now.setEnabled(visit is not None and visit.check_out is None)
        if visit is not None:
            self.check_in.set(_minutes(visit.check_in))
            self.check_out.set(_minutes(visit.check_out) if visit.check_out else _minutes(self._clock.now()))

    def _at(self, minutes: int) -> datetime:
        return datetime.combine(self._day, time(minutes // 60, minutes % 60), HELSINKI)

    def _save(self) -> None:
        visit = self._visits[self.list.currentRow()]
        with told(self.message.setText):
            self._closing.fix_times(visit.visit_id, self._at(self.check_in.value), self._at(self.check_out.value))
            self.message.setText(self.tr("Tallennettu: {name}").format(name=visit.shown_name))
            self.refresh()

    def _check_out_now(self) -> None:
        visit = self._visits[self.list.currentRow()]
        with told(self.message.setText):
            self._closing.check_out(visit.visit_id)
            self.message.setText(self.tr("Kirjattu ulos: {name}").format(name=visit.shown_name))
            self.refresh()

    def reset(self) -> None:
        self._day = local(self._clock.now()).date()
        self.list.clear()
        self.message.setText("")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Käynnit"))
        self.earlier.setAccessibleName(self.tr("Edellinen päivä"))
        self.later.setAccessibleName(self.tr("Seuraava päivä"))
        self.in_label.setText(self.tr("Sisään"))
        self.out_label.setText(self.tr("Ulos"))
        self.save.setText(self.tr("Tallenna ajat"))
        self.out_now.setText(self.tr("Kirjaa ulos nyt"))
        self.list.setAccessibleName(self.tr("Päivän käynnit"))
