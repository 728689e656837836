"""The room's equipment for the attendant: add, edit, put out of service, retire; categories.

Every item keeps its history, retired ones too, shown beside it in one list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.lending import LendingService
from kiosk.ui.formatting import clock_text, date_text
from kiosk.ui.list_rows import add_row
from kiosk.ui.problem_texts import told
from kiosk.ui.steps import big_button
from kiosk.ui.toggle import ToggleButton


class CataloguePage(QWidget):
    def __init__(self, lending: LendingService, say, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogue")
        self._lending, self._say = lending, say
        self._item: int | None = None
        self._retire_armed = False
        self.items = QListWidget(objectName="loans")
        self.items.currentItemChanged.connect(self._chosen)
        self.name, self.notes, self.reason = QLineEdit(objectName="field"), QLineEdit(objectName="field"), QLineEdit(objectName="field")
        self.category = QComboBox(objectName="field")
        self.history = QListWidget(objectName="loans")
        self.save, self.new = big_button(kind="primary"), big_button()
        self.broken, self.fixed, self.retire = big_button(), big_button(), big_button(kind="danger")
        for button, handler in ((self.save, self._save), (self.new, self._new), (self.broken, self._broken),
                                (self.fixed, self._fixed), (self.retire, self._retire)):
            button.clicked.connect(handler)
            button.setMinimumHeight(56)  # a staff page: the touch minimum, to fit 800 px with the history
        self.labels = {key: QLabel(wordWrap=True) for key in ("name", "category", "notes", "reason")}
        form = QFormLayout()
        for key, field in (("name", self.name), ("category", self.category), ("notes", self.notes), ("reason", self.reason)):
            self.labels[key].setBuddy(field)  # a screen reader says the label as the field's name
            form.addRow(self.labels[key], field)
        buttons = QGridLayout()
        for i, button in enumerate((self.save, self.new, self.broken, self.fixed, self.retire)):
            buttons.addWidget(button, i // 2, i % 2)

        self.category_name = QLineEdit(objectName="field")
        # A button that stays pressed, not a check box: a check box answers a tap only on its small
        # square and its text, less than a finger's 56 px.
        self.category_self = ToggleButton(objectName="secondary")
        self.category_self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.category_pick = QComboBox(objectName="field")
        self.category_pick.currentIndexChanged.connect(self._category_chosen)
        self.category_save, self.category_new = big_button(), big_button()
        self.category_save.clicked.connect(self._save_category)
        for button in (self.category_save, self.category_new):
            button.setMinimumHeight(56)
        self.category_new.clicked.connect(self._new_category)
        self.category_title = QLabel(objectName="hint", wordWrap=True)
        categories = QGridLayout()
        categories.addWidget(self.category_pick, 0, 0)
        categories.addWidget(self.category_name, 0, 1)
        categories.addWidget(self.category_self, 1, 0, 1, 2)
        row = QHBoxLayout()
        row.addWidget(self.category_save)
        row.addWidget(self.category_new)
        categories.addLayout(row, 2, 0, 1, 2)

        left = QVBoxLayout()
        left.addWidget(self.items, 1)
        left.addWidget(self.history, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        # Side by side on a landscape screen, the form below the lists on a portrait one.
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(self.category_title)
        layout.addLayout(categories)
        self.retranslate()

    # --- items
    def refresh(self) -> None:
        chosen = self._item
        self.items.blockSignals(True)
        self.items.clear()
        statuses = {"available": self.tr("vapaana"), "on_loan": self.tr("lainassa"),
                    "out_of_service": self.tr("pois käytöstä"), "retired": self.tr("poistettu")}
        for item in self._lending.items(retired_too=True):
            row = add_row(self.items, f"{item.name} — {item.category} — {statuses[item.status]}", item.id)
            if item.id == chosen:
                self.items.setCurrentItem(row)
        self.items.blockSignals(False)
        self._fill_categories()
        self._show(chosen)

    def _fill_categories(self) -> None:
        for box in (self.category, self.category_pick):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for category_id, name, _ in self._lending.categories():
                box.addItem(name, category_id)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        self._category_chosen()

    def _chosen(self, row: QListWidgetItem | None) -> None:
        self._show(row.data(Qt.ItemDataRole.UserRole) if row else None)

    def _show(self, item_id: int | None) -> None:
        self._item, self._retire_armed = item_id, False
        item = self._lending.item(item_id) if item_id is not None else None
        self.name.setText(item.name if item else "")
        self.notes.setText(item.notes if item else "")
        self.reason.setText(item.reason or "" if item else "")
        if item:
            self.category.setCurrentIndex(max(0, self.category.findData(item.category_id)))
        for button in (self.broken, self.fixed, self.retire):
            button.setEnabled(item is not None and item.status != "retired")
        self.history.clear()
        if item:
            kinds = {"lent": self.tr("lainattu"), "returned": self.tr("palautettu"), "problem": self.tr("ongelma"),
                     "out_of_service": self.tr("pois käytöstä"), "fixed": self.tr("korjattu"), "retired": self.tr("poistettu")}
            for at, kind, note in self._lending.history(item.id):
                self.history.addItem(f"{date_text(at)} {clock_text(at)} — {kinds[kind]}" + (f": {note}" if note else ""))

    def _save(self) -> None:
        with told(self._say):
            if self._item is None:
                item = self._lending.add_item(self.category.currentData(), self.name.text(), self.notes.text())
                self._item = item.id
                self._say(self.tr("{item} lisätty. Tulosta sille tarra (kiosk labels).").format(item=item.name))
            else:
                self._lending.edit_item(self._item, category_id=self.category.currentData(), name=self.name.text(),
                                        notes=self.notes.text())
                self._say(self.tr("Tallennettu."))
            self.refresh()

    def _new(self) -> None:
        self.items.clearSelection()
        self._show(None)
        self.name.setFocus()

    def _broken(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self._say(self.tr("Kirjoita syy, esimerkiksi ”näyttö rikki”."))
            return
        self._say("")  # no word when it works: the list shows it; an earlier fault's word goes
        with told(self._say):
            self._lending.put_out_of_service(self._item, reason)
            self.refresh()

    def _fixed(self) -> None:
        self._say("")
        with told(self._say):
            self._lending.mark_fixed(self._item)
            self.refresh()

    def _retire(self) -> None:
        if not self._retire_armed:
            self._retire_armed = True
            self._say(self.tr("Poistetaanko tavara käytöstä pysyvästi? Sen historia säilyy. Napauta uudelleen vahvistaaksesi."))
            return
        with told(self._say):
            self._lending.retire(self._item, self.reason.text().strip())
            self._say(self.tr("Poistettu käytöstä."))
            self.refresh()

    # --- categories
    def _category_chosen(self, *_) -> None:
        chosen = self.category_pick.currentData()
        for category_id, name, self_service in self._lending.categories():
            if category_id == chosen:
                self.category_name.setText(name)
                self.category_self.setChecked(self_service)

    def _save_category(self) -> None:
        if self.category_name.text().strip():
            self._say("")
            with told(self._say):
                self._lending.edit_category(self.category_pick.currentData(), self.category_name.text(), self.category_self.isChecked())
                self.refresh()

    def _new_category(self) -> None:
        name = self.category_name.text().strip()
        if not name or name in [n for _, n, _ in self._lending.categories()]:
            self._say(self.tr("Kirjoita uuden luokan nimi (eri kuin ennestään)."))
            return
        self._say("")
        with told(self._say):
            self._lending.add_category(name, self.category_self.isChecked())
            self.refresh()

    def resizeEvent(self, event) -> None:
        narrow = event.size().width() < 900
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # not a Screen: it re-translates itself
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, text in (("name", self.tr("Nimi")), ("category", self.tr("Luokka")), ("notes", self.tr("Huomiot")),
                          ("reason", self.tr("Pois käytöstä, syy"))):
            self.labels[key].setText(text)
        self.save.setText(self.tr("Tallenna"))
        self.new.setText(self.tr("Uusi tavara"))
        self.broken.setText(self.tr("Pois käytöstä"))
        self.fixed.setText(self.tr("Korjattu"))
        self.retire.setText(self.tr("Poista pysyvästi"))
        self.category_title.setText(self.tr("Luokat (itsepalvelu: kävijä voi lainata itse, jos asetus sallii)"))
        self.category_self.setText(self.tr("Itsepalvelu"))
        self.items.setAccessibleName(self.tr("Tavarat"))
        self.history.setAccessibleName(self.tr("Tavaran historia"))
        self.category_name.setAccessibleName(self.tr("Luokan nimi"))
        self.category_save.setText(self.tr("Tallenna luokka"))
        self.category_new.setText(self.tr("Uusi luokka"))
