"""The attendant's closing checklist on one screen: who is still in, what is still out, the next
lunch, and the day's backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.closing import ClosingService
from kiosk.ui import answers
from kiosk.ui.backup_texts import failure_text
from kiosk.ui.formatting import clock_text, date_text, lunch_line
from kiosk.ui.list_rows import add_row
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button


class ClosingScreen(Screen):
    def __init__(self, closing: ClosingService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("closing")
        self._closing = closing
        self.list = QListWidget(objectName="present_list")
        self.list.setWordWrap(True)  # a long loan or lunch line wraps on a portrait tablet, not cut off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.check_out_all = big_button(kind="secondary")
        self.check_out_all.clicked.connect(self._check_out_all)
        self.backup_now = big_button(kind="secondary")
        self.backup_now.clicked.connect(self._backup_now)
        actions = QHBoxLayout()
        actions.addWidget(self.check_out_all)
        actions.addWidget(self.backup_now)
        self.message = QLabel(objectName="hint", wordWrap=True)  # what went wrong, if anything did
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(self.header())
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.retranslate()

    def _check_out_all(self) -> None:
        self.message.clear()
        with told(self.message.setText):
            self._closing.check_out_all()
        self.refresh()  # also after a fault: who is still in, as saved

    def _backup_now(self) -> None:
        self.message.clear()
        with told(self.message.setText):
            run = self._closing.backup_now()  # recorded, and the checklist's last line
            self.message.setText(self.tr("Varmuuskopio tehty.") if run.ok else
                                 self.tr("Varmuuskopio epäonnistui: {reason}").format(reason=failure_text(run.failure)))
        self.refresh()

    def _section(self, text: str) -> None:
        item = add_row(self.list, text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)

    def _row(self, text: str) -> None:
        self.list.addItem("    " + text)

    def refresh(self) -> None:
        listed = self._closing.checklist()
        self.list.clear()
        closes = clock_text(listed.closes_at) if listed.closes_at else self.tr("suljettu tänään")
        self.title.setText(self.tr("Sulkeminen · {time}").format(time=closes))

        self._section(self.tr("Paikalla vielä: {n}").format(n=len(listed.present)))
        for person in listed.present:
            self._row(self.tr("{name} — sisään klo {time}").format(name=person.shown_name, time=clock_text(person.since)))
        self.check_out_all.setEnabled(bool(listed.present))
        self.check_out_all.setText(self.tr("Kirjaa kaikki ulos ({n})").format(n=len(listed.present)))

        overdue = sum(loan.overdue for loan in listed.loans_out)
        self._section(self.tr("Lainassa: {n}, myöhässä: {late}").format(n=len(listed.loans_out), late=overdue))
        for loan in listed.loans_out:
            if loan.overdue:  # due on an earlier day, as often as not: the day says how late
                line = self.tr("{item} — {name}, palautus {day} klo {time}").format(
                    item=loan.item, name=loan.borrower, day=date_text(loan.due), time=clock_text(loan.due))
                line += self.tr(" · MYÖHÄSSÄ")
            else:
                line = self.tr("{item} — {name}, palautus klo {time}").format(
                    item=loan.item, name=loan.borrower, time=clock_text(loan.due))
            self._row(line)

        lunch = listed.next_lunch
        if lunch is None:
            self._section(self.tr("Seuraava lounas: ei tiedossa"))
        else:
            self._section(self.tr("Seuraava lounas: {line}").format(line=lunch_line(lunch.lunch)))
            self._row(self.tr("Ilmoittautuneita: {n}").format(n=lunch.headcount))
            diet_names = answers.diets()
            for diet, count in lunch.diets.items():
                if count:
                    self._row(f"{diet_names.get(diet, diet)}: {count}")

        run = listed.last_backup
        if run is None:
            self._section(self.tr("Varmuuskopio: ei vielä tehty"))
        elif run.ok:
            self._section(self.tr("Varmuuskopio {when}: kunnossa").format(when=f"{date_text(run.at)} {clock_text(run.at)}"))
            self._row(run.file)
        else:
            self._section(self.tr("Varmuuskopio {when}: EPÄONNISTUI").format(when=f"{date_text(run.at)} {clock_text(run.at)}"))
            # The system's own words (run.message) are English, for the log. The attendant gets the
            # reason in words, what to do, and the folder the next try writes to.
            self._row(failure_text(run.failure))
            self._row(self.tr("Tarkista, että muistitikku tai verkkokansio on paikallaan, ja paina Varmuuskopioi nyt."))
            self._row(str(self._closing.backup_folder()))
        if listed.offsite_stale:
            last = self._closing.last_offsite()
            self._section(self.tr("Etäkopio: yli kaksi päivää vanha") if last else self.tr("Etäkopio: ei vielä tehty"))
            if last is not None:
                self._row(self.tr("Viimeisin etäkopio {when}").format(when=f"{date_text(last)} {clock_text(last)}"))
            # The kiosk tries again after each daily backup; the attendant only checks the network.
            self._row(self.tr("Tarkista verkkoyhteys. Kioski yrittää uudelleen seuraavan varmuuskopion jälkeen."))

    def reset(self) -> None:
        self.list.clear()
        self.message.clear()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Sulkeminen"))
        self.backup_now.setText(self.tr("Varmuuskopioi nyt"))
        self.check_out_all.setText(self.tr("Kirjaa kaikki ulos"))
        self.list.setAccessibleName(self.tr("Sulkemisen tarkistuslista"))
        if self.isVisible():
            self.refresh()
