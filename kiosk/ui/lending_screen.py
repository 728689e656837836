"""Lending and taking back the room's equipment, for the attendant: a ten-second job.

Lend: scan the visitor's card (or find the name), choose how long, tap or scan the item: done.
Return: scan the item's label (or pick the loan), "all fine" or a problem note. The third page
lists what is out now, overdue first, and what waits to be fixed.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.lending import LendingService, Lent, Refusal, Refused, Returned
from kiosk.people import PeopleService, StaffMatch
from kiosk.ui.catalogue_page import CataloguePage
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.formatting import clock_text, date_text
from kiosk.ui.icons import category_icon
from kiosk.ui.list_rows import add_row
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button
from kiosk.ui.toggle import ToggleButton

ITEM_COLUMNS = 2  # names and categories stay readable on a portrait tablet


def _pressable(height: int = 72) -> ToggleButton:
    """A button that stays pressed and says so with a tick (the page shown, the return day, "out of
    service"): a check box would answer a tap only on its small square and its text."""
    button = ToggleButton(objectName="secondary")
    button.setMinimumHeight(height)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scans and typing stay in the field
    return button


class LendingScreen(Screen):
    def __init__(self, lending: LendingService, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lending")
        self._lending, self._people = lending, people
        self._person: StaffMatch | None = None
        self._overdue_item: int | None = None  # the item a refused loan was for, for "lend anyway"

        header = self.header()
        self.modes = {name: _pressable() for name in ("lend", "return", "out", "catalogue")}
        group = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for name, button in self.modes.items():
            button.setObjectName("compact")  # four in a row on a portrait tablet, with the tick, in Swedish too
            group.addButton(button)
            button.clicked.connect(lambda _=False, n=name: self.show_mode(n))
            mode_row.addWidget(button)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._lend_page())
        self.pages.addWidget(self._return_page())
        self.pages.addWidget(self._out_page())
        self.catalogue = CataloguePage(lending, self._say)
        # The catalogue has more to it than a portrait tablet's height: it scrolls.
        catalogue_area = QScrollArea(objectName="record_area")
        catalogue_area.setWidget(self.catalogue)
        catalogue_area.setWidgetResizable(True)
        self.pages.addWidget(catalogue_area)
        self.message = QLabel(objectName="lead", wordWrap=True)
        self.lend_anyway = big_button(kind="secondary")
        self.lend_anyway.clicked.connect(self._lend_overriding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(mode_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.lend_anyway)
        # A touch-only tablet has no other keys: the name, the problem note, the item's details.
        self.keyboard = FieldKeyboard([*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)], self,
                                      names=(self.search,))
        self.retranslate()
        self.reset()

    # --- pages
    def _lend_page(self) -> QWidget:
        page = QWidget()
        self.person = QLabel(objectName="heading", wordWrap=True)
        self.search = QLineEdit(objectName="search")
        self.search.setMinimumHeight(56)
        self.search.textChanged.connect(self._find_person)
        self.people_found = [big_button(kind="match") for _ in range(4)]
        found = QGridLayout()
        for i, button in enumerate(self.people_found):
            button.clicked.connect(lambda _=False, i=i: self._choose_person(self._matches[i]))
            found.addWidget(button, i // 2, i % 2)
        self.due = {name: _pressable() for name in ("today", "tomorrow", "week")}
        due_group = QButtonGroup(page)
        due_row = QHBoxLayout()
        for button in self.due.values():
            due_group.addButton(button)
            due_row.addWidget(button)
        self.due_date = QLineEdit(objectName="field")
        self.due_date.setMaxLength(10)
        self.started = QLineEdit(objectName="field")
        self.started.setMaxLength(5)
        typed_times = QHBoxLayout()
        typed_times.addWidget(self.due_date)
        typed_times.addWidget(self.started)
        self.item_grid = QGridLayout()
        items = QWidget(objectName="items")
        items.setLayout(self.item_grid)
        scroll = QScrollArea(objectName="items_area")
        scroll.setWidget(items)
        scroll.setWidgetResizable(True)
        self.item_buttons: list[QPushButton] = []
        layout = QVBoxLayout(page)
        layout.addWidget(self.person)
        layout.addWidget(self.search)
        layout.addLayout(found)
        layout.addLayout(due_row)
        layout.addLayout(typed_times)
        layout.addWidget(scroll, 1)
        self._matches: tuple[StaffMatch, ...] = ()
        return page

    def _return_page(self) -> QWidget:
        page = QWidget()
        self.loans = QListWidget(objectName="loans")
        self.problem = QLineEdit(objectName="search")
        self.problem.setMinimumHeight(56)
        self.out_of_service = _pressable(56)
        self.all_fine, self.with_problem = big_button(kind="primary"), big_button(kind="secondary")
        self.all_fine.clicked.connect(lambda: self._give_back(problem=None))
        self.with_problem.clicked.connect(lambda: self._give_back(problem=self.problem.text()))
        # Side by side on a landscape screen, one above the other on a portrait one (long words fit).
        self.return_row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addWidget(self.all_fine)
        row.addWidget(self.with_problem)
        layout = QVBoxLayout(page)
        layout.addWidget(self.loans, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.out_of_service)
        layout.addLayout(row)
        return page

    def _out_page(self) -> QWidget:
        page = QWidget()
        self.out_now = QListWidget(objectName="loans")
        self.broken = QListWidget(objectName="loans")
        self.fixed = big_button(kind="secondary")
        self.fixed.clicked.connect(self._mark_fixed)
        self.broken_title = QLabel(objectName="hint")
        self.broken_title.setBuddy(self.broken)  # a screen reader names the list by its title
        layout = QVBoxLayout(page)
        layout.addWidget(self.out_now, 2)
        layout.addWidget(self.broken_title)
        layout.addWidget(self.broken, 1)
        layout.addWidget(self.fixed)
        return page

    def resizeEvent(self, event) -> None:
        portrait = event.size().height() > event.size().width()
        self.return_row.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def show_mode(self, mode: str) -> None:
        self.modes[mode].setChecked(True)
        self.pages.setCurrentIndex(list(self.modes).index(mode))
        self._say("")
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()  # the lists are read when the attendant opens the screen, not on every return home
        super().showEvent(event)

    # --- scans come here while this screen is showing (the main window routes them)
    def take_scan(self, raw: str) -> None:
        mode = list(self.modes)[self.pages.currentIndex()]
        if mode == "return":
            with told(self._say):
                self._show_outcome(self._lending.give_back(item_code=raw, problem=None))
            return
        person = self._people.identify(raw)
        if person is not None:
            self.show_mode("lend")
            self._choose_person(person)
        elif self._person is None:
            self._say(self.tr("Skannaa ensin kävijän kortti tai etsi nimi."))
        else:
            try:
                due = self._due()
            except ValueError:
                self._say(self.tr("Palautuspäivä muodossa 15.12. tai 15.12.2026."))
                return
            with told(self._say):
                self._show_outcome(self._lending.lend(self._person.person_id, item_code=raw, due=due))

    # --- lending
    def _find_person(self, text: str) -> None:
        try:
            self._matches = self._people.staff_search(text, limit=len(self.people_found)) if len(text.strip()) >= 2 else ()
        except KioskError:
            self._matches = ()
        for i, button in enumerate(self.people_found):
            button.setVisible(i < len(self._matches))
            button.setText(f"{self._matches[i].first_name} {self._matches[i].last_name}" if i < len(self._matches) else "")

    def _choose_person(self, person: StaffMatch) -> None:
        self._person = person
        self.search.setText("")
        self.refresh()

    def _due(self):
        """Closing time tomorrow, in a week, or on a typed day ("15.12." or "15.12.2026"); None for today."""
        today = self._lending.closing_time_today()
        typed = [p for p in self.due_date.text().strip().split(".") if p]
        if typed:
            if not all(p.isdigit() for p in typed) or len(typed) not in (2, 3):
                raise ValueError(self.due_date.text())
            day, month = int(typed[0]), int(typed[1])
            year = int(typed[2]) if len(typed) == 3 else today.year
            due = today.replace(year=year, month=month, day=day)
            return due if len(typed) == 3 or due >= today else due.replace(year=year + 1)
        days = {"today": 0, "tomorrow": 1, "week": 7}
        chosen = next((name for name, b in self.due.items() if b.isChecked()), "today")
        # "Today" is the service's, read at the moment it lends (a tap across closing time or midnight).
        return None if chosen == "today" else today + timedelta(days=days[chosen])

    def _started(self):
        """A forgotten loan's real start, typed as 10.30 or 10:30 today; None when empty."""
        text = self.started.text().strip().replace(":", ".")
        if not text:
            return None
        hour, _, minute = text.partition(".")
        if not (hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60):
            raise ValueError(text)
        return self._lending.closing_time_today().replace(hour=int(hour), minute=int(minute))

    def _lend(self, item_id: int, override: bool = False) -> None:
        if self._person is None:
            self._say(self.tr("Skannaa ensin kävijän kortti tai etsi nimi."))
            return
        try:
            started = self._started()
        except ValueError:
            self._say(self.tr("Alkamisaika muodossa 10.30."))
            return
        try:
            self._due()
        except ValueError:
            self._say(self.tr("Palautuspäivä muodossa 15.12. tai 15.12.2026."))
            return
        with told(self._say):
            outcome = self._lending.lend(self._person.person_id, item_id=item_id, due=self._due(), started=started,
                                         override_overdue=override)
            self._overdue_item = item_id if isinstance(outcome, Refused) and outcome.reason is Refusal.HAS_OVERDUE else None
            self._show_outcome(outcome)

    def _lend_overriding(self) -> None:
        if self._overdue_item is not None:
            self._lend(self._overdue_item, override=True)

    # --- returning
    def _give_back(self, problem: str | None) -> None:
        item = self.loans.currentItem()
        if item is None:
            self._say(self.tr("Skannaa palautettavan tavaran tarra tai valitse laina listasta."))
            return
        with told(self._say):
            self._show_outcome(self._lending.give_back(item_id=item.data(Qt.ItemDataRole.UserRole), problem=problem,
                                                       out_of_service=self.out_of_service.isChecked()))

    def _mark_fixed(self) -> None:
        item = self.broken.currentItem()
        if item is not None:
            with told(self._say):
                self._lending.mark_fixed(item.data(Qt.ItemDataRole.UserRole))
                self._say(self.tr("{item} on taas lainattavissa.").format(item=item.text().split(" — ")[0]))
                self.refresh()

    # --- telling what happened
    def _show_outcome(self, outcome) -> None:
        if isinstance(outcome, Lent):
            self._say(self.tr("✓ {item} lainattu: {name}. Palautus {when}.").format(
                item=outcome.item, name=outcome.first_name, when=f"{date_text(outcome.due)} {clock_text(outcome.due)}"))
        elif isinstance(outcome, Returned):
            text = self.tr("✓ {item} palautettu ({name}).").format(item=outcome.item, name=outcome.first_name)
            if outcome.late:
                text += " " + self.tr("Palautus myöhässä.")
            if outcome.out_of_service:
                text += " " + self.tr("Pois käytöstä, kunnes merkitset sen korjatuksi.")
            self._say(text)
            self.problem.setText("")
            self.out_of_service.setChecked(False)
        else:
            self._say("✗ " + self._refusal_text(outcome))
        self.lend_anyway.setVisible(self._overdue_item is not None)
        self.refresh()

    def _refusal_text(self, refused: Refused) -> str:
        reasons = {
            Refusal.UNKNOWN_ITEM: self.tr("Tarraa ei tunnistettu."),
            Refusal.UNKNOWN_PERSON: self.tr("Kävijää ei löytynyt."),
            Refusal.ERASED_PERSON: self.tr("Kävijän tiedot on poistettu."),
            Refusal.ON_LOAN: self.tr("{item} on jo lainassa."),
            Refusal.OUT_OF_SERVICE: self.tr("{item} on pois käytöstä."),
            Refusal.RETIRED: self.tr("{item} on poistettu käytöstä pysyvästi."),
            Refusal.NOT_ON_LOAN: self.tr("{item} ei ole lainassa."),
            Refusal.HAS_OVERDUE: self.tr("Kävijällä on myöhässä oleva laina. {item} lainataan vain, jos valitset ”Lainaa silti”."),
            Refusal.NOT_SELF_SERVICE: self.tr("{item} lainataan vain tilavastaavan kautta."),
            Refusal.DUE_BEFORE_LENT: self.tr("Palautusaika on jo mennyt."),
        }
        return reasons[refused.reason].format(item=refused.item)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- keeping the lists current
    def refresh(self) -> None:
        person = self.tr("Skannaa kävijän kortti tai etsi nimi")
        if self._person:
            person = self.tr("Kävijä: {name}").format(name=f"{self._person.first_name} {self._person.last_name}")
            holding = [loan.item for loan in self._lending.open_loans(self._person.person_id)]
            if holding:
                person += " · " + self.tr("lainassa: {items}").format(items=", ".join(holding))
        self.person.setText(person)
        self.search.setVisible(self._person is None)
        for button in self.people_found:
            # While a name is searched, the matches' rows keep their room: the day buttons and the
            # items below do not move as names come and go under the attendant's finger.
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(self._person is None)
            button.setSizePolicy(policy)
        for button in self.item_buttons:
            self.item_grid.removeWidget(button)
            button.hide()  # at once: deleteLater() waits for the event loop
            button.deleteLater()
        self.item_buttons = []
        for item in (i for i in self._lending.items() if i.status == "available"):
            button = big_button(f"{item.name}\n{item.category}", "item")
            button.setIcon(category_icon(item.category))
            button.setIconSize(QSize(48, 48))
            button.setMinimumHeight(88)
            button.setEnabled(self._person is not None)
            button.clicked.connect(lambda _=False, i=item.id: self._lend(i))
            self.item_grid.addWidget(button, len(self.item_buttons) // ITEM_COLUMNS, len(self.item_buttons) % ITEM_COLUMNS)
            self.item_buttons.append(button)
        for row in range(self.item_grid.rowCount()):
            self.item_grid.setRowStretch(row, 0)
        self.item_grid.setRowStretch(self.item_grid.rowCount(), 1)  # buttons at the top, not spread out
        open_loans = self._lending.open_loans()
        self.loans.clear()
        self.out_now.clear()
        for loan in sorted(open_loans, key=lambda loan: (not loan.overdue, loan.due)):
            late = self.tr("MYÖHÄSSÄ · ") if loan.overdue else ""
            text = self.tr("{late}{item} — {name}\nlainattu {since}, palautus {due}").format(
                late=late, item=loan.item, name=loan.borrower,
                since=clock_text(loan.since), due=f"{date_text(loan.due)} {clock_text(loan.due)}")
            for target in (self.loans, self.out_now):
                add_row(target, text, loan.item_id)
        self.broken.clear()
        for item in (i for i in self._lending.items() if i.status == "out_of_service"):
            add_row(self.broken, f"{item.name} — {item.reason or ''}", item.id)
        if self.pages.currentIndex() == list(self.modes).index("catalogue"):
            self.catalogue.refresh()

    def reset(self) -> None:
        self.keyboard.close_keyboard()
        self._person = None
        self._find_person("")
        self._overdue_item = None
        self.search.setText("")
        self.started.setText("")
        self.due_date.setText("")
        self.problem.setText("")
        self.out_of_service.setChecked(False)
        self.due["today"].setChecked(True)
        self.lend_anyway.hide()
        self.show_mode("lend")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Lainaus"))
        for name, text in (("lend", self.tr("Lainaa")), ("return", self.tr("Palauta")), ("out", self.tr("Lainassa nyt")),
                           ("catalogue", self.tr("Tavarat"))):
            self.modes[name].setText(text)
        for name, text in (("today", self.tr("Tänään")), ("tomorrow", self.tr("Huomiseen")), ("week", self.tr("Viikoksi"))):
            self.due[name].setText(text)
        self.search.setPlaceholderText(self.tr("Etsi nimellä"))
        self.due_date.setPlaceholderText(self.tr("tai päivä: 15.12."))
        self.started.setPlaceholderText(self.tr("jälkikäteen: alkoi klo 10.30"))
        self.problem.setPlaceholderText(self.tr("Ongelma lyhyesti, esim. ”neula katkesi”"))
        # The hints are gone once something is typed; a screen reader still names the field.
        self.search.setAccessibleName(self.search.placeholderText())
        self.due_date.setAccessibleName(self.tr("Palautuspäivä"))
        self.started.setAccessibleName(self.tr("Lainan alkamisaika"))
        self.problem.setAccessibleName(self.tr("Ongelma"))
        for listing in (self.loans, self.out_now):
            listing.setAccessibleName(self.modes["out"].label())
        self.out_of_service.setText(self.tr("Pois käytöstä, kunnes korjattu"))
        self.all_fine.setText(self.tr("Kaikki kunnossa"))
        self.with_problem.setText(self.tr("Palauta ongelman kanssa"))
        self.fixed.setText(self.tr("Merkitse korjatuksi"))
        self.broken_title.setText(self.tr("Odottaa korjausta:"))
        self.lend_anyway.setText(self.tr("Lainaa silti"))
