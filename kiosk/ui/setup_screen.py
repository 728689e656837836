"""The room's first-start setup, before anything else can be done: names, opening hours, lunch days,
the kiosk, the staff PIN. Later changes: staff mode → Asetukset (kiosk/ui/settings_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kiosk import room_setup
from kiosk.ui.problem_texts import problem_text
from kiosk.ui.screen import Screen
from kiosk.ui.setup_pages import HoursPage, KioskPage, LunchDaysPage, NamesPage, PinPage, paged
from kiosk.ui.steps import big_button


class SetupScreen(Screen):
    saved = Signal()

    def __init__(self, room: room_setup.RoomSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setup")
        self._room = room
        self.names, self.hours, self.lunch_days, self.kiosk = NamesPage(), HoursPage(), LunchDaysPage(), KioskPage()
        self.pin = PinPage(can_keep=False)
        self.pin.chosen.connect(self._save)
        self.pages = QStackedWidget()
        for page in (self.names, self.hours, self.lunch_days, self.kiosk, self.pin):
            self.pages.addWidget(page)
        self.problem = QLabel(objectName="hint", wordWrap=True)
        self.next = big_button(kind="primary")
        self.next.clicked.connect(self._forward)
        paged(self, self.pages, self.problem, self.next, self._backward)
        self.reset()

    def _forward(self) -> None:
        if self.pages.currentWidget() is self.names and not self.names.room.text().strip():
            self.problem.setText(self.tr("Anna työhuoneelle nimi."))
            return
        if self.pages.currentWidget() is self.names and not self.names.coordinator.text().strip():
            self.problem.setText(self.tr("Kirjoita oma nimesi: sillä kirjaudut henkilökunnan näkymiin."))
            return
        self._go(self.pages.currentIndex() + 1)

    def _backward(self) -> None:
        if self.pages.currentIndex() == 0:
            self.back.emit()
        else:
            self._go(self.pages.currentIndex() - 1)

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.problem.setText("")
        self.retranslate()

    def _save(self, pin: str | None) -> None:
        setup = room_setup.RoomSetup(
            room_name=self.names.room.text(), organisation_name=self.names.organisation.text(), week=self.hours.week(),
            lunch_days=self.lunch_days.chosen(), screensaver_minutes=self.kiosk.saver.value, camera=self.kiosk.camera(),
            backup_folder=self.kiosk.folder.text())
        try:
            self._room.save(setup, pin, self.names.coordinator.text())
        except Exception as error:  # noqa: BLE001 (a locked or full disk: said in words, logged by problem_text; what was typed stays)
            self.problem.setText(problem_text(error))
            return
        self.saved.emit()

    def reset(self) -> None:
        """Show what is set now, from the first page."""
        current = self._room.load()
        self.names.room.setText(current.room_name)
        self.names.organisation.setText(current.organisation_name)
        self.hours.show_week(current.week)
        self.lunch_days.show_days(current.lunch_days)
        self.kiosk.saver.set(current.screensaver_minutes)
        self.kiosk.choose_camera(current.camera)
        self.kiosk.folder.setText(current.backup_folder)
        self.pin.reset()
        self._go(0)

    def retranslate(self) -> None:
        titles = (self.tr("Työhuone"), self.tr("Aukioloajat"), self.tr("Lounaspäivät"), self.tr("Kioski"), self.tr("PIN"))
        index = self.pages.currentIndex()
        step = self.tr("Käyttöönotto {n}/{total}")
        self.title.setText(f"{step.format(n=index + 1, total=len(titles))}: {titles[index]}")
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.back_button.setVisible(index > 0)
        self.next.setText(self.tr("Seuraava ›"))
        self.next.setVisible(self.pages.currentWidget() is not self.pin)
