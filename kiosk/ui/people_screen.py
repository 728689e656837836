"""People, for the attendant: find, view and fix a record; merge, erase, export, re-issue a card.

Erasing and merging cannot be undone, so each asks for a second tap on the same button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.lending import LendingService
from kiosk.people import PeopleService
from kiosk.profile import ROLES
from kiosk.staff import StaffService
from kiosk.ui import answers
from kiosk.ui.formatting import date_text
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button, typed_into
from kiosk.ui.toggle import ToggleButton

CHOICE_FIELDS = ("gender", "situation", "education", "citizenship", "mother_tongue")
TEXT_FIELDS = ("first_name", "last_name", "birth_year", "municipality", "eura_start_on", "eura_exit_on", "notes")


class PeopleScreen(Screen):
    def __init__(self, people: PeopleService, staff: StaffService, lending: LendingService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("people")
        self._people, self._staff, self._lending = people, staff, lending
        self._shown: int | None = None
        self._armed: str | None = None  # "erase" or "merge", waiting for the second tap

        header = self.header()
        self.search = QLineEdit(objectName="search")
        self.search.setMinimumHeight(56)
        self.search.textChanged.connect(self._find)
        self.results = QListWidget(objectName="people_list")
        self.results.currentItemChanged.connect(self._chosen)

        self.texts = {name: QLineEdit(objectName="field") for name in TEXT_FIELDS}
        self.choices = {name: QComboBox(objectName="field") for name in (*CHOICE_FIELDS, "role")}
        for box in self.choices.values():
            # Long answers must not widen the screen past a portrait tablet.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        # A button that stays pressed, not a check box: a check box answers a tap only on its small
        # square and its text, less than a finger's 56 px.
        self.esf = ToggleButton(objectName="secondary")
        self.esf.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the on-screen keyboard keeps typing into the field
        self.card = QLabel(objectName="hint")
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in ("first_name", "last_name", "role", *CHOICE_FIELDS[:1], "birth_year", *CHOICE_FIELDS[1:],
                     "municipality", "eura_start_on", "eura_exit_on", "notes"):
            field = self.texts.get(name) or self.choices[name]
            self.labels[name] = QLabel(wordWrap=True)
            self.labels[name].setBuddy(field)  # a screen reader says the label as the field's name
            form.addRow(self.labels[name], field)
        form.addRow(self.esf)
        form.addRow(self.card)
        self.loans = QLabel(objectName="hint", wordWrap=True)
        form.addRow(self.loans)

        self.save, self.reissue, self.print_card = big_button(kind="primary"), big_button(), big_button()
        self.export, self.merge, self.erase = big_button(), big_button(), big_button(kind="danger")
        actions = QGridLayout()
        for i, (button, handler) in enumerate(((self.save, self._save), (self.reissue, self._reissue),
                                               (self.print_card, self._print), (self.export, self._export),
                                               (self.merge, self._merge), (self.erase, self._erase))):
            button.clicked.connect(handler)
            actions.addWidget(button, i // 3, i % 3)
        self.status = QLabel(objectName="hint", wordWrap=True)

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self._type)
        self.keyboard.erased.connect(self._erase_letter)

        finder = QVBoxLayout()
        finder.addWidget(self.search)
        finder.addWidget(self.results, 1)
        fields = QWidget(objectName="record")
        fields.setLayout(form)
        scroll = QScrollArea(objectName="record_area")
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        record = QVBoxLayout()
        record.addWidget(scroll, 1)
        record.addLayout(actions)
        record.addWidget(self.status)
        # Side by side on a landscape screen, one above the other on a portrait one.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(finder, 1)
        self.body.addLayout(record, 2)
        body = self.body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.keyboard)
        self.retranslate()
        self.reset()

    def resizeEvent(self, event) -> None:
        size = event.size()
        portrait = size.height() > size.width()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    # --- typing on the on-screen keyboard into whichever field has the focus
    def _focused(self) -> QLineEdit:
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, QLineEdit) and self.isAncestorOf(widget) else self.search

    def _type(self, text: str) -> None:
        typed_into(self._focused(), text)

    def _erase_letter(self) -> None:
        self._focused().backspace()

    # --- finding and showing a record
    def _find(self, text: str) -> None:
        self.results.clear()
        with told(self._say):
            for match in self._people.staff_search(text):
                item = QListWidgetItem(f"{match.first_name} {match.last_name}".strip())
                item.setData(Qt.ItemDataRole.UserRole, match.person_id)
                self.results.addItem(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if self._armed == "merge" and item is not None:
            return  # the second record of a merge is being picked
        self._show(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show(self, person_id: int | None) -> None:
        self._shown, self._armed = person_id, None
        details = self._people.details(person_id) if person_id is not None else None
        for widget in (*self.texts.values(), *self.choices.values(), self.esf):
            widget.setEnabled(details is not None)
        for button in (self.save, self.reissue, self.print_card, self.export, self.merge, self.erase):
            button.setEnabled(details is not None)
        if details is None:
            for field in self.texts.values():
                field.setText("")
            self.esf.setChecked(False)
            self.card.clear()
            self.loans.clear()
            self.retranslate()
            return
        values = {"first_name": details.first_name, "last_name": details.last_name, "notes": details.notes,
                  "birth_year": str(details.profile.birth_year or ""), "municipality": details.profile.municipality or "",
                  "eura_start_on": details.eura_start_on or "", "eura_exit_on": details.eura_exit_on or ""}
        for name, value in values.items():
            self.texts[name].setText(value)
        for name in CHOICE_FIELDS:
            box = self.choices[name]
            box.setCurrentIndex(max(0, box.findData(getattr(details.profile, name))))
        self.choices["role"].setCurrentIndex(max(0, self.choices["role"].findData(details.role)))
        self.esf.setChecked(details.esf_participant)
        card = self.tr("Kortti: {code} · käyntejä {visits}").format(code=details.card_code or "–", visits=details.visits)
        if details.esf_participant and not details.eura_start_on:
            # The official participant data goes into the funder's EURA system; the kiosk reminds.
            card += "\n" + self.tr("Muista: EURA-aloitustiedot puuttuvat.")
        self.card.setText(card)
        self.loans.setText(self._loans_text(details.person_id))
        self.retranslate()

    def _loans_text(self, person_id: int) -> str:
        lines = []
        for loan in self._lending.person_history(person_id)[:10]:
            returned = self.tr("palautettu {when}").format(when=date_text(loan.returned)) if loan.returned else self.tr("LAINASSA")
            lines.append(f"{loan.item}: {date_text(loan.lent)} – {returned}" + (f" ({loan.problem})" if loan.problem else ""))
        return self.tr("Lainat:") + "\n" + "\n".join(lines) if lines else self.tr("Ei lainoja.")

    # --- actions
    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _save(self) -> None:
        year = self.texts["birth_year"].text().strip()
        changes = {name: self.choices[name].currentData() for name in (*CHOICE_FIELDS, "role")}
        changes.update(
            birth_year=int(year) if year.isdigit() else None,
            municipality=self.texts["municipality"].text().strip() or None,
            eura_start_on=self.texts["eura_start_on"].text().strip() or None,
            eura_exit_on=self.texts["eura_exit_on"].text().strip() or None,
            notes=self.texts["notes"].text().strip(),
            esf_participant=int(self.esf.isChecked()),
        )
        if year and not year.isdigit():
            self._say(self.tr("Syntymävuosi: neljä numeroa tai tyhjä."))
            return
        with told(self._say):
            self._people.edit(self._shown, self.texts["first_name"].text(), self.texts["last_name"].text(), **changes)
            self._say(self.tr("Tallennettu."))
            self._find(self.search.text())

    def _reissue(self) -> None:
        with told(self._say):
            person = self._people.reissue_card(self._shown)
            self._show(person.id)
            self._say(self.tr("Uusi kortti tehty; vanha kortti ei enää käy. Tulosta uusi kortti."))

    def _print(self) -> None:
        with told(self._say):
            path = self._staff.card_pdf([self._shown])
            self._say(self.tr("Kortti tallennettu tulostettavaksi: {path}").format(path=path) if path else self.tr("Ei korttia tulostettavaksi."))

    def _export(self) -> None:
        with told(self._say):
            path = self._staff.export_person(self._shown)
            self._say(self.tr("Henkilön tiedot tallennettu: {path}").format(path=path))

    def _merge(self) -> None:
        if self._armed != "merge":
            self._armed = "merge"
            self._say(self.tr("Valitse listasta saman henkilön toinen tieto ja napauta ”Yhdistä” uudelleen. Sen käynnit ja kortit siirtyvät tähän."))
            return
        item = self.results.currentItem()
        other = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._armed = None
        if other is None or other == self._shown:
            self._say(self.tr("Valitse toinen henkilö listasta."))
            return
        with told(self._say):
            moved = self._people.merge(self._shown, other)
            self._find(self.search.text())
            self._show(self._shown)
            self._say(self.tr("Yhdistetty: {visits} käyntiä ja {cards} korttia siirretty.").format(**moved))

    def _erase(self) -> None:
        if self._armed != "erase":
            self._armed = "erase"
            self._say(self.tr("Poistetaanko henkilön tiedot pysyvästi? Tilastot säilyvät nimettöminä. Napauta ”Poista tiedot” uudelleen vahvistaaksesi."))
            return
        with told(self._say):
            erased = self._staff.erase(self._shown)
            self.search.setText("")
            self._show(None)
            self._say(self.tr("Tiedot poistettu. Tilastoissa: poistettu kävijä #{n}.").format(n=erased.pseudonym))

    def reset(self) -> None:
        self.search.setText("")
        self.results.clear()
        self._show(None)
        self.status.clear()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Henkilöt"))
        self.search.setPlaceholderText(self.tr("Etsi nimellä"))
        self.search.setAccessibleName(self.search.placeholderText())  # the hint is gone once a letter is typed
        self.results.setAccessibleName(self.tr("Löydetyt henkilöt"))
        names = {"first_name": self.tr("Etunimi"), "last_name": self.tr("Sukunimi"), "role": self.tr("Rooli"),
                 "birth_year": self.tr("Syntymävuosi"), "municipality": self.tr("Kotikunta"),
                 "eura_start_on": self.tr("EURA-aloitustiedot tehty (pvm)"), "eura_exit_on": self.tr("EURA-lopetustiedot tehty (pvm)"),
                 "notes": self.tr("Muistiinpanot")}
        names.update({q: answers.questions()[q] for q in CHOICE_FIELDS})
        for name, label in self.labels.items():
            label.setText(names[name])
        roles = {"visitor": self.tr("Kävijä"), "volunteer": self.tr("Vapaaehtoinen (kummi)"), "work_trial": self.tr("Työkokeilija"),
                 "rehab_work": self.tr("Kuntouttava työtoiminta"), "pay_subsidy": self.tr("Palkkatuettu"), "staff": self.tr("Henkilökunta")}
        self._fill(self.choices["role"], [(code, roles[code]) for code in ROLES])
        for name in CHOICE_FIELDS:
            self._fill(self.choices[name], [(None, self.tr("ei kerrottu")), *answers.choices()[name].items()])
        self.esf.setText(self.tr("ESR-hankkeen osallistuja"))
        self.save.setText(self.tr("Tallenna"))
        self.reissue.setText(self.tr("Uusi kortti"))
        self.print_card.setText(self.tr("Kortti PDF:ksi"))
        self.export.setText(self.tr("Vie tiedot"))
        self.merge.setText(self.tr("Yhdistä"))
        self.erase.setText(self.tr("Poista tiedot"))

    @staticmethod
    def _fill(box: QComboBox, items) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for code, label in items:
            box.addItem(label, code)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)
