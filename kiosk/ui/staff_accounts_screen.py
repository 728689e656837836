"""The coordinator's list of staff accounts (issue 20): add someone (name on the on-screen
keyboard, role, PIN twice), disable or enable an account, set a new PIN for someone who forgot
theirs or locked themselves out. Only a coordinator gets here (kiosk/ui/main_window.py), and the
service refuses anyone else too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from kiosk.staff_access import Account, StaffAccess
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.list_rows import add_row
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.setup_pages import PinPage
from kiosk.ui.steps import ButtonColumns, big_button
from kiosk.ui.toggle import ToggleButton


class StaffAccountsScreen(Screen):
    def __init__(self, access: StaffAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staff_accounts")
        self._access = access
        self._accounts: list[Account] = []
        self._pin_for: int | None = None  # None: the PIN of a new account; else whose PIN is reset
        header = self.header()
        self.list = QListWidget(objectName="present_list")
        self.list.currentRowChanged.connect(lambda _row: self._show_actions())
        self.add_button, self.disable_button, self.pin_button = big_button(kind="primary"), big_button(), big_button()
        self.add_button.clicked.connect(self._start_adding)
        self.disable_button.clicked.connect(self._toggle_disabled)
        self.pin_button.clicked.connect(self._start_reset)
        actions = QGridLayout()  # two columns on a landscape screen, one on a portrait one
        self._columns = ButtonColumns(actions, [self.add_button, self.disable_button, self.pin_button])
        # Adding: the name and the role, then the PIN twice on the next page.
        self.name_label = QLabel(objectName="hint")
        self.name = QLineEdit(objectName="field")
        self.name.setMaxLength(60)
        self.attendant, self.coordinator = ToggleButton(objectName="secondary"), ToggleButton(objectName="secondary")
        for button in (self.attendant, self.coordinator):
            button.setMinimumHeight(72)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoExclusive(True)
        self.roles_hint = QLabel(objectName="hint", wordWrap=True)
        self.attendant.setChecked(True)
        self.next = big_button(kind="primary")
        self.next.clicked.connect(self._to_pin)
        roles = QHBoxLayout()
        roles.addWidget(self.attendant)
        roles.addWidget(self.coordinator)
        adding = QWidget()
        form = QVBoxLayout(adding)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.name_label)
        form.addWidget(self.name)
        form.addLayout(roles)
        form.addWidget(self.roles_hint)
        form.addWidget(self.next)
        form.addStretch(1)
        self.pin = PinPage(can_keep=False)
        self.pin.chosen.connect(self._pin_chosen)
        # The actions belong to the list's page: on the adding and PIN pages their room is the pad's.
        self.list_page = QWidget()
        listing = QVBoxLayout(self.list_page)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.list, 1)
        listing.addLayout(actions)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(adding)
        self.pages.addWidget(self.pin)
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self._backward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.keyboard = FieldKeyboard([self.name], self, names=(self.name,))
        self.retranslate()

    def resizeEvent(self, event) -> None:
        self._columns.fit(event.size())
        super().resizeEvent(event)

    # --- the list
    def refresh(self) -> None:
        self._accounts = self._access.every_account()
        self.list.clear()
        for account in self._accounts:
            add_row(self.list, self._line(account))
        self._go(self.list_page)

    def _line(self, account: Account) -> str:
        role = self.tr("koordinaattori") if account.coordinator else self.tr("tilavastaava")
        line = f"{account.name} — {role}"
        return line + (" — " + self.tr("poistettu käytöstä") if account.disabled else "")

    def selected(self) -> Account | None:
        row = self.list.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _show_actions(self) -> None:
        on_list = self.pages.currentWidget() is self.list_page
        account = self.selected()
        self.add_button.setVisible(on_list)
        for button in (self.disable_button, self.pin_button):
            button.setVisible(on_list)
            button.setEnabled(account is not None)
        self.pin_button.setEnabled(account is not None and not account.disabled)
        self.disable_button.setText(self.tr("Ota käyttöön") if account is not None and account.disabled
                                    else self.tr("Poista käytöstä"))

    def _toggle_disabled(self) -> None:
        account = self.selected()
        if account is None:
            return
        with told(self.message.setText):
            self._access.set_disabled(account.id, not account.disabled)
            self.refresh()
            self.message.setText((self.tr("{name}: otettu käyttöön.") if account.disabled
                                  else self.tr("{name}: poistettu käytöstä.")).format(name=account.name))

    # --- adding and new PINs
    def _start_adding(self) -> None:
        self._pin_for = None
        self.name.clear()
        self.attendant.setChecked(True)
        self.message.clear()
        self._go(self.pages.widget(1))

    def _to_pin(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Kirjoita nimi."))
            return
        self.keyboard.close_keyboard()
        self.message.clear()
        self._go(self.pin)

    def _start_reset(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._pin_for = account.id
        self.message.setText(self.tr("Uusi PIN: {name}").format(name=account.name))
        self._go(self.pin)

    def _pin_chosen(self, pin: str) -> None:
        with told(self.message.setText):
            if self._pin_for is None:
                added = self._access.add(self.name.text(), pin, "coordinator" if self.coordinator.isChecked() else "attendant")
                said = self.tr("{name} lisätty.").format(name=added.name)
            else:
                self._access.reset_pin(self._pin_for, pin)
                said = self.tr("PIN vaihdettu.")
            self.refresh()
            self.message.setText(said)

    def _backward(self) -> None:
        if self.pages.currentWidget() is self.list_page:
            self.back.emit()
        else:
            self.message.clear()
            self._go(self.list_page)

    def _go(self, page: QWidget) -> None:
        self.keyboard.close_keyboard()
        self.pin.reset()
        self.pages.setCurrentWidget(page)
        self._show_actions()
        self.retranslate()

    def reset(self) -> None:
        self.keyboard.close_keyboard()
        self.name.clear()
        self.message.clear()
        self.list.clear()
        self._accounts = []
        self.pages.setCurrentWidget(self.list_page)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Henkilökunta"))
        self.add_button.setText(self.tr("Lisää henkilö"))
        self.pin_button.setText(self.tr("Uusi PIN"))
        self.name_label.setText(self.tr("Nimi (näkyy PIN-näytöllä ja lokissa)"))
        self.name.setAccessibleName(self.name_label.text())
        self.attendant.setText(self.tr("Tilavastaava"))
        self.coordinator.setText(self.tr("Koordinaattori"))
        self.roles_hint.setText(self.tr("Tilavastaava hoitaa päivän työt. Koordinaattori myös henkilökunnan, "
                                        "asetukset ja raportit."))
        self.next.setText(self.tr("Seuraava ›"))
        for row, account in enumerate(self._accounts):
            if self.list.item(row) is not None:
                self.list.item(row).setText(self._line(account))
        self._show_actions()
        self.list.setAccessibleName(self.title.text())
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
