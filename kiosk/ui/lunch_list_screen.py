"""The cook's view of a lunch, for the attendant: headcount, diets, names, walk-ins, served.

A lunch can be cancelled or moved here, its menu and seats changed, and its list printed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.lunch import LunchService
from kiosk.ui import answers
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.formatting import lunch_line
from kiosk.ui.list_rows import add_row
from kiosk.ui.print_job import PrintJob
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button


class LunchListScreen(Screen):
    def __init__(self, lunch: LunchService, print_list, printer=lambda: "", parent: QWidget | None = None):
        """``print_list(day)`` writes the printable list and returns where, or None; ``printer()``
        names the printer it goes to (StaffService.printer; empty: the system's default)."""
        super().__init__(parent)
        self.setObjectName("lunch_list")
        self._lunch, self._print = lunch, print_list
        self.printing = PrintJob(printer, self)
        self.printing.finished.connect(self._printed)
        self._printing_path = None
        self._day: date | None = None
        self._armed = False
        header = self.header()
        self.earlier, self.later = big_button("◀"), big_button("▶")
        self.earlier.clicked.connect(lambda: self._step(-1))
        self.later.clicked.connect(lambda: self._step(1))
        header.addWidget(self.earlier)
        header.addWidget(self.later)
        self.info = QLabel(objectName="lead", wordWrap=True)
        self.counts = QLabel(objectName="heading", wordWrap=True)
        self.rows = QListWidget(objectName="loans")
        self.rows.itemChanged.connect(self._ticked)
        self.walk_in_name = QLineEdit(objectName="field")
        self.add_walk_in = big_button()
        self.add_walk_in.clicked.connect(self._walk_in)
        self.served_count = QLineEdit(objectName="field")
        self.save_count = big_button()
        self.save_count.clicked.connect(self._save_count)
        self.menu = QLineEdit(objectName="field")
        self.seats = QLineEdit(objectName="field")
        self.save_menu = big_button()
        self.save_menu.clicked.connect(self._save_menu)
        self.move_to = QLineEdit(objectName="field")
        self.move, self.cancel, self.print_button = big_button(), big_button(kind="danger"), big_button(kind="primary")
        self.move.clicked.connect(self._move)
        self.cancel.clicked.connect(self._cancel)
        self.print_button.clicked.connect(self._print_list)
        self.message = QLabel(objectName="hint", wordWrap=True)

        controls = QGridLayout()
        for row, widgets in enumerate(((self.walk_in_name, self.add_walk_in), (self.served_count, self.save_count),
                                       (self.menu, self.save_menu), (self.move_to, self.move))):
            for column, widget in enumerate(widgets):
                controls.addWidget(widget, row, column)
        controls.addWidget(self.seats, 2, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.info)
        layout.addWidget(self.counts)
        layout.addWidget(self.rows, 1)
        layout.addLayout(controls)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        # A walk-in's name, the count served, the menu, the seats and a day: on a touch-only tablet too.
        self.keyboard = FieldKeyboard([self.walk_in_name, self.served_count, self.menu, self.seats, self.move_to], self,
                                      names=(self.walk_in_name,))
        self.retranslate()

    def showEvent(self, event) -> None:
        if self._day is None:
            upcoming = self._lunch.next_lunch()
            self._day = upcoming.day if upcoming else None
        self.refresh()
        super().showEvent(event)

    def _step(self, direction: int) -> None:
        """The previous or next lunch day (by the pattern, or one that has a list)."""
        day = self._day or self._lunch.today()
        for offset in range(1, 60):
            candidate = day + timedelta(days=offset * direction)
            if self._lunch.list_for(candidate) is not None:
                self._day = candidate
                break
        self._armed = False
        self.refresh()

    def refresh(self) -> None:
        listing = self._lunch.list_for(self._day) if self._day else None
        self.rows.blockSignals(True)
        self.rows.clear()
        if listing is None:
            self.info.setText(self.tr("Ei lounasta tiedossa."))
            self.counts.clear()
            self.rows.blockSignals(False)
            return
        lunch = listing.lunch
        state = self.tr(" · PERUTTU") if lunch.cancelled else ""
        self.info.setText(lunch_line(lunch) + state)
        labels = answers.diets_short()
        diet_text = ", ".join(f"{labels[d]} {n}" for d, n in listing.diets.items())
        self.counts.setText(self.tr("Syöjiä {n} · tarjoiltu {served}").format(n=listing.headcount, served=listing.served)
                            + (f" · {diet_text}" if diet_text else ""))
        for row in listing.rows:
            parts = [row.name + (self.tr(" (paikan päällä)") if row.walk_in else "")]
            if row.diets:
                parts.append(", ".join(labels[d] for d in row.diets))
            if row.diet_note:
                parts.append(row.diet_note)
            if row.guests:
                parts.append(self.tr("+1 vieras"))
            item = add_row(self.rows, " — ".join(parts), row.signup_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.served else Qt.CheckState.Unchecked)
        self.menu.setText(lunch.menu)
        self.seats.setText(str(lunch.seats))
        self.rows.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        self._say("")  # no word when it works: the list shows it; an earlier fault's word goes
        with told(self._say):
            self._lunch.mark_served(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
        self.refresh()  # also when it failed: the tick shows what was saved

    def _walk_in(self) -> None:
        if self._day and self.walk_in_name.text().strip():
            self._say("")
            with told(self._say):
                self._lunch.walk_in(self._day, self.walk_in_name.text())
                self.walk_in_name.setText("")
                self.refresh()

    def _save_count(self) -> None:
        text = self.served_count.text().strip()
        if self._day and (text.isdigit() or not text):
            self._say("")
            with told(self._say):
                self._lunch.set_served_count(self._day, int(text) if text else None)
                self.refresh()
        else:
            self._say(self.tr("Tarjoiltujen määrä numeroina."))

    def _save_menu(self) -> None:
        seats = self.seats.text().strip()
        if self._day and seats.isdigit():
            with told(self._say):
                self._lunch.set_menu(self._day, self.menu.text().strip(), int(seats))
                self._say(self.tr("Tallennettu."))
                self.refresh()

    def _move(self) -> None:
        parts = [p for p in self.move_to.text().strip().split(".") if p]
        try:
            to = date(int(parts[2]) if len(parts) == 3 else self._day.year, int(parts[1]), int(parts[0]))
        except (ValueError, IndexError, AttributeError):
            self._say(self.tr("Uusi päivä muodossa 27.11."))
            return
        with told(self._say):
            self._lunch.move_lunch(self._day, to)
            self._day = to
            self.move_to.setText("")
            self._say(self.tr("Lounas siirretty; ilmoittautumiset siirtyivät mukana."))
            self.refresh()

    def _cancel(self) -> None:
        if not self._armed:
            self._armed = True
            self._say(self.tr("Perutaanko tämä lounas? Napauta uudelleen vahvistaaksesi."))
            return
        self._armed = False
        with told(self._say):
            self._lunch.cancel_lunch(self._day)
            self._say(self.tr("Lounas peruttu."))
            self.refresh()

    def _print_list(self) -> None:
        path = self._print(self._day) if self._day else None
        if path is None:
            self._say(self.tr("Ei listaa tulostettavaksi."))
        else:
            # Off the GUI thread: a print server that does not answer must not freeze the door.
            self.print_button.setEnabled(False)
            self._say(self.tr("Tulostetaan…"))
            self._printing_path = path
            self.printing.start(path)

    def _printed(self, outcome) -> None:
        self.print_button.setEnabled(True)
        self._say(self.printing.text(outcome, self._printing_path))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def reset(self) -> None:
        self.keyboard.close_keyboard()
        self._day = None
        self._armed = False
        self.message.clear()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Lounaslista"))
        self.walk_in_name.setPlaceholderText(self.tr("Paikan päällä: nimi"))
        self.add_walk_in.setText(self.tr("Lisää"))
        self.served_count.setPlaceholderText(self.tr("Tarjoiltu yhteensä"))
        self.save_count.setText(self.tr("Tallenna määrä"))
        self.menu.setPlaceholderText(self.tr("Ruokalista"))
        self.seats.setPlaceholderText(self.tr("Paikkoja"))
        self.save_menu.setText(self.tr("Tallenna"))
        self.move_to.setPlaceholderText(self.tr("Siirrä päivälle: 27.11."))
        # A hint is gone once something is typed (the menu, the seats); a screen reader still names the field.
        for field in (self.walk_in_name, self.served_count, self.menu, self.seats, self.move_to):
            field.setAccessibleName(field.placeholderText())
        self.rows.setAccessibleName(self.tr("Ilmoittautuneet"))
        self.move.setText(self.tr("Siirrä"))
        self.cancel.setText(self.tr("Peru lounas"))
        self.print_button.setText(self.tr("Tulosta lista"))
        self.earlier.setAccessibleName(self.tr("Edellinen lounas"))
        self.later.setAccessibleName(self.tr("Seuraava lounas"))
