"""Who is in the room now, for the attendant."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import CheckinService
from kiosk.ui.backup_texts import failure_text
from kiosk.ui.formatting import clock_text, date_text
from kiosk.ui.screen import Screen
from kiosk.ui.tap_guard import changed_under_finger

CONFIRM_MS = 5_000  # "Sulje kioski" waits this long for the confirming tap


class PresentScreen(Screen):
    show_people = Signal()
    show_lending = Signal()
    show_lunch_list = Signal()
    show_report = Signal()
    show_visits = Signal()
    show_attendance = Signal()
    show_activities = Signal()
    show_closing = Signal()
    show_settings = Signal()
    show_staff_accounts = Signal()
    lock = Signal()
    quit_kiosk = Signal()

    def __init__(self, checkin: CheckinService, closing=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("present")
        self._checkin = checkin
        self._closing = closing  # for a failed backup, said here where the attendant looks first
        self.backup_warning = QLabel(objectName="hint", wordWrap=True, visible=False)
        header = self.header()
        # This is staff mode's home: the attendant's other screens in a grid of their own, so that
        # a portrait tablet fits them; "Quit" exists here and nowhere else.
        tools = self._tools = QGridLayout()
        self._tool_buttons = []
        for i, (name, signal) in enumerate((
                ("people", self.show_people), ("lending", self.show_lending), ("lunch", self.show_lunch_list),
                ("report", self.show_report), ("visits", self.show_visits), ("attendance", self.show_attendance),
                ("activities", self.show_activities), ("closing", self.show_closing),
                ("staff_accounts", self.show_staff_accounts), ("settings", self.show_settings), ("lock", self.lock))):
            button = QPushButton(objectName="secondary")
            button.setMinimumHeight(64)
            button.clicked.connect(signal)
            setattr(self, f"{name}_button", button)
            self._tool_buttons.append(button)
        self._columns = 0
        self._lay_out_tools(4)
        self.quit_button = QPushButton(objectName="danger")
        self.quit_button.setMinimumHeight(64)
        self.quit_button.clicked.connect(self._quit_tapped)
        # One tap asks, a second within a few seconds quits: a stray tap must not close the room's kiosk.
        self._confirm = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._confirm.timeout.connect(self.retranslate)
        header.addWidget(self.quit_button)
        self.list = QListWidget(objectName="present_list")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.backup_warning)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def show_coordinator_tools(self, shown: bool) -> None:
        """Accounts, settings and the report are the coordinator's; an attendant runs the day."""
        for button in (self.report_button, self.settings_button, self.staff_accounts_button):
            button.setVisible(shown)
        self._columns = 0  # lay out again without the gaps
        self._lay_out_tools(3 if self.height() > self.width() else 4)

    def _quit_tapped(self) -> None:
        if self._confirm.isActive():
            self._confirm.stop()
            self.retranslate()
            self.quit_kiosk.emit()
            return
        self._confirm.start()
        changed_under_finger(self.quit_button)  # the second tap of a double tap does not confirm
        self.quit_button.setText(self.tr("Vahvista: sulje kioski"))

    def _lay_out_tools(self, columns: int) -> None:
        """Four columns on a landscape screen, three on a portrait one: "Sulkeminen" fits."""
        if columns != self._columns:
            self._columns = columns
            # The hidden ones (an attendant's view has no coordinator's tools) last: no gaps.
            # (removeWidget is not used: PySide6 then takes the button from its screen.)
            ordered = sorted(self._tool_buttons, key=lambda button: button.isHidden())
            for i, button in enumerate(ordered):
                self._tools.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        self._lay_out_tools(3 if event.size().height() > event.size().width() else 4)
        super().resizeEvent(event)

    def refresh(self) -> None:
        present = self._checkin.present()
        self.title.setText(self.tr("Paikalla nyt: {count}").format(count=len(present)))
        self.list.clear()
        for person in present:
            self.list.addItem(self.tr("{name} — sisään klo {time}").format(name=person.shown_name, time=clock_text(person.since)))
        run = self._closing.last_backup() if self._closing is not None else None
        stale = self._closing is not None and self._closing.offsite_stale()
        self.backup_warning.setVisible((run is not None and not run.ok) or stale)
        if run is not None and not run.ok:
            self.backup_warning.setText(self.tr("Varmuuskopio epäonnistui {when}: {reason} Katso Sulkeminen.").format(
                when=f"{date_text(run.at)} {clock_text(run.at)}", reason=failure_text(run.failure)))
        elif stale:
            self.backup_warning.setText(self.tr("Etäkopio on yli kaksi päivää vanha. Katso Sulkeminen."))

    def reset(self) -> None:
        self._confirm.stop()
        self.list.clear()
        self.title.setText(self.tr("Paikalla nyt"))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.people_button.setText(self.tr("Henkilöt"))
        self.lending_button.setText(self.tr("Lainaus"))
        self.lunch_button.setText(self.tr("Lounas"))
        self.report_button.setText(self.tr("Raportti"))
        self.visits_button.setText(self.tr("Käynnit"))
        self.attendance_button.setText(self.tr("Läsnäolo"))
        self.activities_button.setText(self.tr("Toiminnot"))
        self.closing_button.setText(self.tr("Sulkeminen"))
        self.settings_button.setText(self.tr("Asetukset"))
        self.staff_accounts_button.setText(self.tr("Henkilökunta"))
        self.lock_button.setText(self.tr("Lukitse"))
        if not self._confirm.isActive():
            self.quit_button.setText(self.tr("Sulje kioski"))
        self.list.setAccessibleName(self.tr("Paikalla olevat"))
        if self.isVisible():
            self.refresh()
        else:
            self.reset()
