"""The one window: a stack of screens. Only this class navigates between them."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.checkin import CheckinService
from kiosk.errors import KioskError
from kiosk.people import PeopleService
from kiosk.ui.home_screen import HomeScreen
from kiosk.ui.idle import IdleWatch
from kiosk.ui.name_screen import NameScreen
from kiosk.ui.present_screen import PresentScreen
from kiosk.ui.result_screen import ResultScreen
from kiosk.ui.scanner import ScanFilter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Timings:
    idle_ms: int = 45_000  # a visitor screen left alone goes home
    result_ms: int = 6_000  # a confirmation stays this long
    scan_gap_ms: int = 50  # a scanner types faster than this between characters


class MainWindow(QMainWindow):
    def __init__(self, checkin: CheckinService, people: PeopleService, clock, room_name: str, timings: Timings = Timings()):
        super().__init__()
        self.setObjectName("kiosk")
        self.setWindowTitle(room_name)
        self._checkin = checkin
        self.home = HomeScreen(clock, room_name)
        self.name_search = NameScreen(people)
        self.result = ResultScreen(timings.result_ms)
        self.present = PresentScreen(checkin)
        self.stack = QStackedWidget()
        for screen in (self.home, self.name_search, self.result, self.present):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)

        self.home.find_by_name.connect(lambda: self.show_screen(self.name_search))
        self.home.show_present.connect(self.show_present)
        self.name_search.back.connect(self.go_home)
        self.name_search.person_chosen.connect(lambda person_id: self._act(self._checkin.toggle, person_id))
        self.result.done.connect(self.go_home)
        self.result.find_by_name.connect(lambda: self.show_screen(self.name_search))
        self.present.back.connect(self.go_home)

        self.scanner = ScanFilter(self, max_gap_ms=timings.scan_gap_ms)
        self.scanner.scanned.connect(lambda code: self._act(self._checkin.scan, code))
        self.idle = IdleWatch(timings.idle_ms, self)
        self.idle.idle.connect(self.go_home)

    # Scans and touches are watched application-wide while the window is on screen, and only then.
    def showEvent(self, event) -> None:
        for watcher in (self.scanner, self.idle):
            QCoreApplication.instance().installEventFilter(watcher)
        self.idle.restart()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        for watcher in (self.scanner, self.idle):
            QCoreApplication.instance().removeEventFilter(watcher)
        super().hideEvent(event)

    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.idle.restart()

    def show_present(self) -> None:
        self.present.refresh()
        self.show_screen(self.present)

    def go_home(self) -> None:
        """Back to the start, with no trace of the last visitor on any screen."""
        for i in range(self.stack.count()):
            self.stack.widget(i).reset()
        self.stack.setCurrentWidget(self.home)

    def _act(self, action, argument) -> None:
        try:
            outcome = action(argument)
        except KioskError as error:
            log.warning("could not record: %s", error)
            outcome = error
        except Exception:
            log.exception("check-in failed")
            outcome = None
        self.name_search.reset()
        self.result.show_result(outcome)
        self.show_screen(self.result)
