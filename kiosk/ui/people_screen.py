"""People, for the attendant: find, view and fix a record; merge, erase, export, re-issue a card;
see and edit the person's dated role periods (volunteer, work trial, ..., staff). The coordinator
also lists everyone whose record needs something ("Korjattavaa"), for the monthly ESF+ paperwork.

Erasing, merging and removing a period cannot be undone, so each asks for a second tap on the
same button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
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

from kiosk import municipalities
from kiosk.lending import LendingService
from kiosk.people import PeopleService
from kiosk.periods import RolePeriod
from kiosk.profile import EXIT_RESULTS, PERIOD_ROLES
from kiosk.staff import StaffService
from kiosk.ui import answers
from kiosk.ui.formatting import date_text
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.list_rows import add_row
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button
from kiosk.ui.toggle import ToggleButton

CHOICE_FIELDS = ("gender", "situation", "education", "citizenship", "mother_tongue")
TEXT_FIELDS = ("first_name", "last_name", "birth_year", "municipality", "eura_start_on", "eura_exit_on", "followup_done_on",
               "notes")
PERIOD_FIELDS = ("start_on", "end_on", "weekdays", "hours_per_day", "payer", "note")


class PeopleScreen(Screen):
    def __init__(self, people: PeopleService, staff: StaffService, lending: LendingService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("people")
        self._people, self._staff, self._lending = people, staff, lending
        self._shown: int | None = None
        self._armed: str | None = None  # "erase", "merge" or "remove_period", waiting for the second tap
        self._listing_to_fix = False  # the list holds the to-do list, not the search's matches
        self._to_fix_count: int | None = None

        header = self.header()
        self.search = QLineEdit(objectName="search")
        self.search.setMinimumHeight(56)
        self.search.textChanged.connect(self._find)
        self.results = QListWidget(objectName="people_list")
        self.results.setWordWrap(True)  # a to-do line's reasons are long on a portrait screen
        self.results.currentItemChanged.connect(self._chosen)
        # The coordinator's: everyone whose record needs something, in the same list as a search's
        # matches, so a tap on a name opens the record as a match's does.
        self.to_fix = big_button()
        self.to_fix.clicked.connect(self._list_to_fix)
        self.to_fix.hide()  # shown by refresh() to a coordinator

        self.texts = {name: QLineEdit(objectName="field") for name in TEXT_FIELDS}
        self.choices = {name: QComboBox(objectName="field") for name in (*CHOICE_FIELDS, "eura_exit_result", "period_role")}
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
        for name in ("first_name", "last_name", *CHOICE_FIELDS[:1], "birth_year", *CHOICE_FIELDS[1:],
                     "municipality", "eura_start_on", "eura_exit_on", "eura_exit_result", "followup_done_on", "notes"):
            field = self.texts.get(name) or self.choices[name]
            self.labels[name] = QLabel(wordWrap=True)
            self.labels[name].setBuddy(field)  # a screen reader says the label as the field's name
            form.addRow(self.labels[name], field)
        form.addRow(self.esf)
        form.addRow(self.card)
        self.loans = QLabel(objectName="hint", wordWrap=True)
        form.addRow(self.loans)
        # Role periods: the list, then the chosen (or a new) period's fields and its buttons.
        self.periods_title = QLabel(objectName="hint", wordWrap=True)
        form.addRow(self.periods_title)
        self.periods = QListWidget(objectName="periods")
        self.periods.setMinimumHeight(140)
        self.periods.setWordWrap(True)  # a period's line is long: role, days, payer, weekdays, hours
        self.periods.currentItemChanged.connect(self._period_chosen)
        form.addRow(self.periods)
        self.period_texts = {name: QLineEdit(objectName="field") for name in PERIOD_FIELDS}
        for name in ("period_role", *PERIOD_FIELDS):
            field = self.period_texts.get(name) or self.choices[name]
            self.labels[name] = QLabel(wordWrap=True)
            self.labels[name].setBuddy(field)
            form.addRow(self.labels[name], field)
        self.new_period, self.save_period, self.remove_period = big_button(), big_button(), big_button(kind="danger")
        period_actions = QGridLayout()
        for i, (button, handler) in enumerate(((self.new_period, self._new_period), (self.save_period, self._save_period),
                                               (self.remove_period, self._remove_period))):
            button.clicked.connect(handler)
            period_actions.addWidget(button, 0, i)
        form.addRow(period_actions)
        self._period_id: int | None = None  # the period in the fields; None: a new one

        self.save, self.reissue, self.print_card = big_button(kind="primary"), big_button(), big_button()
        self.export, self.merge, self.erase = big_button(), big_button(), big_button(kind="danger")
        actions = QGridLayout()
        for i, (button, handler) in enumerate(((self.save, self._save), (self.reissue, self._reissue),
                                               (self.print_card, self._print), (self.export, self._export),
                                               (self.merge, self._merge), (self.erase, self._erase))):
            button.clicked.connect(handler)
            actions.addWidget(button, i // 3, i % 3)
        self.status = QLabel(objectName="hint", wordWrap=True)

        finder = QVBoxLayout()
        finder.addWidget(self.search)
        finder.addWidget(self.to_fix)
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
        # Over the screen at a tap on a field, not under it in the layout: the record keeps the
        # whole height, and nothing moves when the keyboard comes (issue 16).
        self.keyboard = FieldKeyboard([self.search, *self.texts.values(), *self.period_texts.values()], self,
                                      names=(self.search, self.texts["first_name"], self.texts["last_name"]))
        self.retranslate()
        self.reset()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._listing_to_fix:
            # Here, not in retranslate(), which every record shown calls: the list may be long.
            for i in range(self.results.count()):
                item = self.results.item(i)
                item.setText(self._to_fix_text(item.data(Qt.ItemDataRole.UserRole + 1)))

    def resizeEvent(self, event) -> None:
        size = event.size()
        portrait = size.height() > size.width()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def refresh(self) -> None:
        """Called by the window each time staff mode shows the screen: the to-do list's button is
        the coordinator's, with how many records need something now."""
        coordinator = self._people.coordinator_signed_in()
        self.to_fix.setVisible(coordinator)
        if coordinator:
            self._fill_to_fix() if self._listing_to_fix else self._count_to_fix(len(self._people.records_to_fix()))

    # --- finding and showing a record
    def _find(self, text: str) -> None:
        self._listing_to_fix = False
        self.results.setAccessibleName(self.tr("Löydetyt henkilöt"))
        self._clear_results()
        self.results.setSpacing(0)
        with told(self._say):
            for match in self._people.staff_search(text):
                add_row(self.results, f"{match.first_name} {match.last_name}".strip(), match.person_id)

    def _list_to_fix(self) -> None:
        self.keyboard.close_keyboard()  # the search's letters are let go: nothing is typed here
        self.search.setText("")
        with told(self._say):
            self._fill_to_fix()
            self._say(self.tr("Napauta nimeä: henkilön tiedot aukeavat korjattaviksi.") if self._to_fix_count
                      else self.tr("Ei korjattavaa: kaikkien tiedot ovat kunnossa."))

    def _fill_to_fix(self) -> None:
        self._clear_results()
        self.results.setSpacing(6)  # a person's two or three lines kept apart from the next one's
        self._listing_to_fix = True
        self.results.setAccessibleName(self.tr("Henkilöt, joiden tiedoissa on korjattavaa"))
        records = self._people.records_to_fix()
        for record in records:
            add_row(self.results, self._to_fix_text(record), record.person_id).setData(Qt.ItemDataRole.UserRole + 1, record)
        self._count_to_fix(len(records))

    def _count_to_fix(self, count: int | None) -> None:
        self._to_fix_count = count
        self.to_fix.setText(self.tr("Korjattavaa ({n})").format(n=count) if count is not None else self.tr("Korjattavaa"))

    def _to_fix_text(self, record) -> str:
        """'Aino Virtanen' and, under it, 'EURA-aloitus puuttuu · kotikunta Atlantis ilman kuntanumeroa'"""
        reasons = {"start_missing": self.tr("EURA-aloitus puuttuu"),
                   "exit_due": self.tr("ei käynyt 8 viikkoon: lopettanut?"),
                   "result_missing": self.tr("tilanne lopettaessa puuttuu"),
                   "follow_up_due": self.tr("kuuden kuukauden seuranta"),
                   "municipality_without_code": self.tr("kotikunta {name} ilman kuntanumeroa").format(name=record.municipality)}
        name = f"{record.first_name} {record.last_name}".strip()
        return name + "\n" + " · ".join(reasons[reminder] for reminder in record.reminders)

    def _clear_results(self) -> None:
        """The list emptied with its signals held, and the record shown let go afterwards: the
        record's whole refresh ran inside QListWidget.clear() (currentItemChanged while its items
        were being deleted), and a run of test_window_size now and then died there of a
        segmentation fault."""
        had_current = self.results.currentItem() is not None
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        if had_current:
            self._chosen(None)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if self._armed == "merge" and item is not None:
            return  # the second record of a merge is being picked
        self._show(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show(self, person_id: int | None) -> None:
        self._shown, self._armed = person_id, None
        details = self._people.details(person_id) if person_id is not None else None
        for widget in (*self.texts.values(), *self.choices.values(), *self.period_texts.values(), self.esf, self.periods):
            widget.setEnabled(details is not None)
        for button in (self.save, self.reissue, self.print_card, self.export, self.merge, self.erase,
                       self.new_period, self.save_period, self.remove_period):
            button.setEnabled(details is not None)
        self._show_periods(details.person_id if details is not None else None)
        if details is None:
            for field in self.texts.values():
                field.setText("")
            for box in self.choices.values():  # greyed out, they showed the last person's answers
                box.setCurrentIndex(0)
            self.esf.setChecked(False)
            self.card.clear()
            self.loans.clear()
            self.retranslate()
            return
        values = {"first_name": details.first_name, "last_name": details.last_name, "notes": details.notes,
                  "birth_year": str(details.profile.birth_year or ""), "municipality": details.profile.municipality or "",
                  "eura_start_on": details.eura_start_on or "", "eura_exit_on": details.eura_exit_on or "",
                  "followup_done_on": details.followup_done_on or ""}
        for name, value in values.items():
            self.texts[name].setText(value)
        for name in CHOICE_FIELDS:
            box = self.choices[name]
            box.setCurrentIndex(max(0, box.findData(getattr(details.profile, name))))
        box = self.choices["eura_exit_result"]
        box.setCurrentIndex(max(0, box.findData(details.eura_exit_result)))
        self.esf.setChecked(details.esf_participant)
        card = self.tr("Kortti: {code} · käyntejä {visits}").format(code=details.card_code or "–", visits=details.visits)
        # The official participant data goes into the funder's EURA system; the kiosk reminds.
        reminders = {"start_missing": self.tr("Muista: EURA-aloitustiedot puuttuvat."),
                     "exit_due": self.tr("Ei käynyt 8 viikkoon: onko lopettanut? Tee EURA-lopetustiedot."),
                     "result_missing": self.tr("Muista: tilanne lopettaessa puuttuu."),
                     "follow_up_due": self.tr("Muista: kuuden kuukauden seuranta.")}
        for reminder in details.esf_todo:
            card += "\n" + reminders[reminder]
        if details.profile.municipality and details.municipality_code is None:
            card += "\n" + self._no_code_text(details.profile.municipality)
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
        changes = {name: self.choices[name].currentData() for name in CHOICE_FIELDS}
        changes.update(
            birth_year=int(year) if year.isdigit() else None,
            municipality=self.texts["municipality"].text().strip() or None,
            eura_start_on=self.texts["eura_start_on"].text().strip() or None,
            eura_exit_on=self.texts["eura_exit_on"].text().strip() or None,
            eura_exit_result=self.choices["eura_exit_result"].currentData(),
            followup_done_on=self.texts["followup_done_on"].text().strip() or None,
            notes=self.texts["notes"].text().strip(),
            esf_participant=int(self.esf.isChecked()),
        )
        if year and not year.isdigit():
            self._say(self.tr("Syntymävuosi: neljä numeroa tai tyhjä."))
            return
        with told(self._say):
            self._people.edit(self._shown, self.texts["first_name"].text(), self.texts["last_name"].text(), **changes)
            saved = self.tr("Tallennettu.")
            if changes["municipality"] and municipalities.code_for(changes["municipality"]) is None:
                saved += " " + self._no_code_text(changes["municipality"])
            self._say(saved)
            self._list_again()

    def _list_again(self) -> None:
        """After a change: the search's matches, or the to-do list (a fixed record leaves it)."""
        self._fill_to_fix() if self._listing_to_fix else self._find(self.search.text())

    def _no_code_text(self, name: str) -> str:
        # Kept by name only: counted apart from the municipality it may mean until it is fixed.
        return self.tr("Kotikunnalla {name} ei ole kuntanumeroa (nimeä ei ole kuntaluettelossa): korjaa nimi.").format(
            name=name)

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
            self._list_again()
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

    # --- role periods
    def _show_periods(self, person_id: int | None, chosen: int | None = None) -> None:
        self.periods.blockSignals(True)
        self.periods.clear()
        shown = self._people.periods.of(person_id) if person_id is not None else ()
        for period in shown:
            item = add_row(self.periods, self._period_text(period), period)
            if period.id == chosen:
                self.periods.setCurrentItem(item)
        self.periods.blockSignals(False)
        self._fill_period(next((p for p in shown if p.id == chosen), None))

    def _period_text(self, period: RolePeriod) -> str:
        """'Työkokeilija 1.9.2026 – 30.11.2026 · Kela · ma ti ke · 6 h'"""
        end = _day(period.end_on) if period.end_on else self.tr("jatkuu")
        days = f"{_day(period.start_on)} – {end}"
        parts = [f"{self._role_names()[period.role]} {days}"]
        if period.payer:
            parts.append(period.payer)
        if period.weekdays:
            parts.append(" ".join(QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in period.weekdays))
        if period.hours_per_day is not None:
            parts.append(self.tr("{hours} h/pv").format(hours=QLocale().toString(period.hours_per_day, "g", 3)))
        return " · ".join(parts)

    def _period_chosen(self, item: QListWidgetItem | None) -> None:
        self._armed = None if self._armed == "remove_period" else self._armed
        self._fill_period(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _fill_period(self, period: RolePeriod | None) -> None:
        """The chosen period's values in the fields, or empty fields for a new one."""
        self._period_id = period.id if period else None
        values = {"start_on": period.start_on.isoformat() if period else "",
                  "end_on": period.end_on.isoformat() if period and period.end_on else "",
                  "weekdays": ",".join(map(str, period.weekdays)) if period else "",
                  "hours_per_day": QLocale().toString(period.hours_per_day, "g", 3) if period and period.hours_per_day is not None else "",
                  "payer": period.payer if period else "", "note": period.note if period else ""}
        for name, value in values.items():
            self.period_texts[name].setText(value)
        box = self.choices["period_role"]
        box.setCurrentIndex(max(0, box.findData(period.role if period else PERIOD_ROLES[0])))
        self.remove_period.setEnabled(period is not None and self._shown is not None)

    def _new_period(self) -> None:
        self.periods.setCurrentItem(None)
        self._fill_period(None)
        self.period_texts["start_on"].setFocus()
        self._say(self.tr("Uusi jakso: valitse rooli ja kirjoita alkupäivä (esim. 2026-11-24), sitten ”Tallenna jakso”."))

    def _save_period(self) -> None:
        values = {name: field.text() for name, field in self.period_texts.items()}
        values["role"] = self.choices["period_role"].currentData()
        with told(self._say):
            saved = self._people.periods.save(self._shown, values, self._period_id)
            self._show_periods(self._shown, saved.id)
            self._say(self.tr("Jakso tallennettu."))

    def _remove_period(self) -> None:
        if self._period_id is None:
            return
        if self._armed != "remove_period":
            self._armed = "remove_period"
            self._say(self.tr("Poistetaanko jakso? Sen päivien käynnit lasketaan sitten kävijän käynteinä. Napauta ”Poista jakso” uudelleen vahvistaaksesi."))
            return
        self._armed = None
        with told(self._say):
            self._people.periods.remove(self._shown, self._period_id)
            self._show_periods(self._shown)
            self._say(self.tr("Jakso poistettu."))

    def _role_names(self) -> dict[str, str]:
        return {"visitor": self.tr("Kävijä"), "volunteer": self.tr("Vapaaehtoinen (kummi)"), "work_trial": self.tr("Työkokeilija"),
                "education_trial": self.tr("Koulutuskokeilija"), "rehab_work": self.tr("Kuntouttava työtoiminta"),
                "pay_subsidy": self.tr("Palkkatuettu"), "staff": self.tr("Henkilökunta")}

    def reset(self) -> None:
        self.keyboard.close_keyboard()
        self.search.setText("")  # also leaves the to-do list
        self.to_fix.hide()
        self._count_to_fix(None)
        self._clear_results()
        self._show(None)
        self.status.clear()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Henkilöt"))
        self.search.setPlaceholderText(self.tr("Etsi nimellä"))
        self.search.setAccessibleName(self.search.placeholderText())  # the hint is gone once a letter is typed
        self.results.setAccessibleName(self.tr("Henkilöt, joiden tiedoissa on korjattavaa") if self._listing_to_fix
                                       else self.tr("Löydetyt henkilöt"))
        self._count_to_fix(self._to_fix_count)
        names = {"first_name": self.tr("Etunimi"), "last_name": self.tr("Sukunimi"), "period_role": self.tr("Rooli"),
                 "start_on": self.tr("Alkaa (pvm)"), "end_on": self.tr("Päättyy (pvm, tyhjä = jatkuu)"),
                 "weekdays": self.tr("Viikonpäivät (1 = ma … 7 = su)"), "hours_per_day": self.tr("Tunteja päivässä"),
                 "payer": self.tr("Ohjaaja tai maksaja"), "note": self.tr("Huomautus"),
                 "birth_year": self.tr("Syntymävuosi"), "municipality": self.tr("Kotikunta"),
                 "eura_start_on": self.tr("EURA-aloitustiedot tehty (pvm)"), "eura_exit_on": self.tr("EURA-lopetustiedot tehty (pvm)"),
                 "eura_exit_result": self.tr("Tilanne lopettaessa"), "followup_done_on": self.tr("Kuuden kuukauden seuranta tehty (pvm)"),
                 "notes": self.tr("Muistiinpanot")}
        names.update({q: answers.questions()[q] for q in CHOICE_FIELDS})
        for name, label in self.labels.items():
            label.setText(names[name])
        roles = self._role_names()
        self._fill(self.choices["period_role"], [(code, roles[code]) for code in PERIOD_ROLES])
        self.periods_title.setText(self.tr("Roolijaksot (ilman jaksoa henkilö on kävijä)"))
        self.periods.setAccessibleName(self.periods_title.text())
        self.new_period.setText(self.tr("Uusi jakso"))
        self.save_period.setText(self.tr("Tallenna jakso"))
        self.remove_period.setText(self.tr("Poista jakso"))
        for i in range(self.periods.count()):
            item = self.periods.item(i)
            item.setText(self._period_text(item.data(Qt.ItemDataRole.UserRole)))
        for name in CHOICE_FIELDS:
            self._fill(self.choices[name], [(None, self.tr("ei kerrottu")), *answers.with_earlier()[name].items()])
        results = {"in_work": self.tr("Työssä"), "self_employed": self.tr("Yrittäjänä"),
                   "in_education": self.tr("Koulutuksessa"), "job_seeking": self.tr("Työnhakijana"),
                   "qualification": self.tr("Sai tutkinnon tai todistuksen"), "inactive": self.tr("Työelämän ulkopuolella")}
        self._fill(self.choices["eura_exit_result"], [(None, self.tr("ei vielä")), *((c, results[c]) for c in EXIT_RESULTS)])
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


def _day(day) -> str:
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
