"""The pages of the room's setup: names, opening hours, lunch days, the kiosk, the PIN."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk import opening_hours
from kiosk import settings_catalog as catalog
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.steps import big_button, typed_into
from kiosk.ui.toggle import ToggleButton

STEP_MINUTES = 30


def paged(screen, pages: QWidget, problem: QLabel, button: QPushButton, backward) -> None:
    """The setup's and the settings' frame: a header whose back steps through the pages, the
    pages, a line for what went wrong, and the screen's main button."""
    header = screen.header()
    screen.back_button.clicked.disconnect()
    screen.back_button.clicked.connect(backward)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(32, 20, 32, 20)
    layout.addLayout(header)
    layout.addWidget(pages, 1)
    layout.addWidget(problem)
    layout.addWidget(button)


def _checkable(text: str = "") -> ToggleButton:
    button = ToggleButton(text, objectName="secondary")
    button.setMinimumHeight(72)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class Stepper(QWidget):
    """A value changed with big − and + buttons: no typing on a tablet."""

    def __init__(self, shown, step, lowest, highest, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown, self._step, self._lowest, self._highest = shown, step, lowest, highest
        self.value = lowest
        self.minus, self.plus = big_button("−", "key"), big_button("+", "key")
        self.minus.setMinimumWidth(64)
        self.plus.setMinimumWidth(64)
        self.label = QLabel(objectName="stepper")
        self.minus.clicked.connect(lambda: self.set(self.value - self._step))
        self.plus.clicked.connect(lambda: self.set(self.value + self._step))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minus)
        row.addWidget(self.label, 1)
        row.addWidget(self.plus)

    def set(self, value: int) -> None:
        self.value = max(self._lowest, min(value, self._highest))
        self.label.setText(self._shown(self.value))


class _Page(QWidget):
    """A setup page re-translates itself (it is not a Screen), weekday names included."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _time_stepper() -> Stepper:
    stepper = Stepper(lambda m: f"{m // 60}.{m % 60:02d}", STEP_MINUTES, 6 * 60, 23 * 60 + 30)
    for button in (stepper.minus, stepper.plus):
        button.setObjectName("compact")  # 56 px high: seven rows of them fit a landscape tablet
    return stepper


class NamesPage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.room_label, self.organisation_label = (QLabel(objectName="hint", wordWrap=True) for _ in range(2))
        self.room, self.organisation = QLineEdit(objectName="field"), QLineEdit(objectName="field")
        # At first start: whoever sets the room up is its first coordinator (issue 20).
        self.coordinator_label, self.coordinator = QLabel(objectName="hint", wordWrap=True), QLineEdit(objectName="field")
        for field, key in ((self.room, "room_name"), (self.organisation, "organisation_name")):
            field.setMaxLength(catalog.CATALOG[key].max_length)
        self.coordinator.setMaxLength(60)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.typed.connect(lambda text: typed_into(self._field(), text))
        self.keyboard.erased.connect(lambda: self._field().backspace())
        layout = QVBoxLayout(self)
        for label, field in ((self.room_label, self.room), (self.organisation_label, self.organisation),
                             (self.coordinator_label, self.coordinator)):
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addStretch(1)
        layout.addWidget(self.keyboard, 2)
        self.retranslate()

    def _field(self) -> QLineEdit:
        return next((f for f in (self.organisation, self.coordinator) if f.hasFocus()), self.room)


    def retranslate(self) -> None:
        self.room_label.setText(_label("room_name"))
        self.organisation_label.setText(_label("organisation_name"))
        self.room.setAccessibleName(self.room_label.text())
        self.organisation.setAccessibleName(self.organisation_label.text())
        self.coordinator_label.setText(self.tr("Oma nimesi: olet työhuoneen ensimmäinen koordinaattori"))
        self.coordinator.setAccessibleName(self.coordinator_label.text())


class HoursPage(_Page):
    """Open or closed, and from when to when, for each weekday."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.explain = QLabel(objectName="hint", wordWrap=True)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.days: list[tuple[QPushButton, Stepper, Stepper]] = []
        for weekday in range(7):
            row = (_checkable(), _time_stepper(), _time_stepper())
            row[0].setObjectName("compact")
            row[0].toggled.connect(lambda on, r=row: (r[1].setEnabled(on), r[2].setEnabled(on)))
            for column, widget in enumerate(row):
                grid.addWidget(widget, weekday, column)
            self.days.append(row)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def show_week(self, week: opening_hours.Week) -> None:
        for weekday, (open_button, opens, closes) in enumerate(self.days):
            hours = week.get(weekday)
            open_button.setChecked(hours is not None)
            opens.setEnabled(hours is not None)
            closes.setEnabled(hours is not None)
            opens.set(hours.opens.hour * 60 + hours.opens.minute if hours else 9 * 60)
            closes.set(hours.closes.hour * 60 + hours.closes.minute if hours else 16 * 60)

    def week(self) -> opening_hours.Week:
        return {
            weekday: opening_hours.Hours(time(opens.value // 60, opens.value % 60), time(closes.value // 60, closes.value % 60))
            for weekday, (open_button, opens, closes) in enumerate(self.days)
            if open_button.isChecked() and closes.value > opens.value
        }

    def retranslate(self) -> None:
        self.explain.setText(self.tr("Aukioloajat. Sulkemisaikaan lainat erääntyvät ja unohtuneet uloskirjautumiset tehdään."))
        for weekday, (open_button, opens, closes) in enumerate(self.days):
            open_button.setText(QLocale().standaloneDayName(weekday + 1))
            open_button.setAccessibleName(self.tr("{day} auki").format(day=open_button.label()))
            for stepper, what in ((opens, self.tr("aukeaa")), (closes, self.tr("sulkeutuu"))):
                stepper.minus.setAccessibleName(self.tr("{day} {what} aiemmin").format(day=open_button.label(), what=what))
                stepper.plus.setAccessibleName(self.tr("{day} {what} myöhemmin").format(day=open_button.label(), what=what))


class LunchDaysPage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.explain = QLabel(objectName="hint", wordWrap=True)
        self.days = [_checkable() for _ in range(7)]
        grid = QGridLayout()
        for weekday, button in enumerate(self.days):
            grid.addWidget(button, weekday // 2, weekday % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def show_days(self, days: frozenset[int]) -> None:
        for weekday, button in enumerate(self.days):
            button.setChecked(weekday in days)

    def chosen(self) -> frozenset[int]:
        return frozenset(d for d, button in enumerate(self.days) if button.isChecked())

    def retranslate(self) -> None:
        self.explain.setText(self.tr("Minä päivinä on yhteinen lounas? Ruokalista ja paikat asetetaan lounaslistalla."))
        for weekday, button in enumerate(self.days):
            button.setText(QLocale().standaloneDayName(weekday + 1))


def _label(key: str) -> str:
    """A setting's label as the settings screen shows it (kiosk/settings_catalog.py)."""
    return QCoreApplication.translate(catalog.CONTEXT, catalog.CATALOG[key].label)


class KioskPage(_Page):
    """How the kiosk behaves: screen saver, camera, where the daily backup goes (the first start's
    page; staff mode → Asetukset has these and the rest, kiosk/ui/settings_screen.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.saver_label, self.camera_label, self.folder_label = (QLabel(objectName="hint", wordWrap=True) for _ in range(3))
        saver = catalog.CATALOG["screensaver_minutes"]
        self.saver = Stepper(lambda m: self.tr("{m} min").format(m=m), saver.step, saver.lowest, saver.highest)
        self.cameras = {code: _checkable() for code in catalog.CATALOG["camera"].choices}
        for button in self.cameras.values():
            button.setObjectName("compact")  # three in a row on a portrait screen, with a tick
        for code, button in self.cameras.items():
            button.clicked.connect(lambda _=False, c=code: self.choose_camera(c))
        self.folder = QLineEdit(objectName="field")
        cameras = QHBoxLayout()
        for button in self.cameras.values():
            cameras.addWidget(button)
        layout = QVBoxLayout(self)
        for label, widget in ((self.saver_label, self.saver), (self.camera_label, cameras), (self.folder_label, self.folder)):
            layout.addWidget(label)
            layout.addWidget(widget) if isinstance(widget, QWidget) else layout.addLayout(widget)
        layout.addStretch(1)
        self.retranslate()

    def choose_camera(self, code: str) -> None:
        for c, button in self.cameras.items():
            button.setChecked(c == code)

    def camera(self) -> str:
        return next((c for c, b in self.cameras.items() if b.isChecked()), "none")

    def retranslate(self) -> None:
        self.saver_label.setText(_label("screensaver_minutes"))
        self.camera_label.setText(_label("camera"))
        self.folder_label.setText(_label("backup_folder"))
        self.folder.setAccessibleName(self.folder_label.text())
        camera = catalog.CATALOG["camera"]
        for code, text in zip(camera.choices, camera.choice_labels):
            self.cameras[code].setText(QCoreApplication.translate(catalog.CONTEXT, text))
        self.saver.set(self.saver.value)


class PinPage(_Page):
    """The staff PIN twice, the same both times; or, in settings, keep the one there is."""

    chosen = Signal(object)  # the new PIN, or None to keep the old one

    def __init__(self, can_keep: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.explain = QLabel(objectName="hint", wordWrap=True)
        self.pad = PinPad()
        self.pad.entered.connect(self._entered)
        self.keep = big_button(kind="secondary")
        self.keep.clicked.connect(lambda: self.chosen.emit(None))
        self.keep.setVisible(can_keep)
        top = QHBoxLayout()
        top.addWidget(self.explain, 1)
        top.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pad, 1)
        self._first: str | None = None
        self.retranslate()

    def _entered(self, pin: str) -> None:
        from kiosk.staff_access import valid_pin

        if not valid_pin(pin):
            self.pad.message.setText(self.tr("PIN on 4–8 numeroa."))
        elif self._first is None:
            self._first = pin
            self.retranslate()
        elif pin != self._first:
            self._first = None
            self.retranslate()
            self.pad.message.setText(self.tr("PIN-koodit eivät olleet samat. Aloita alusta."))
        else:
            self._first = None
            self.retranslate()
            self.chosen.emit(pin)

    def reset(self) -> None:
        self._first = None
        self.pad.reset()
        self.retranslate()

    def retranslate(self) -> None:
        if self._first is None:
            self.explain.setText(self.tr("PIN-koodi (4–8 numeroa): sillä kirjaudutaan henkilökunnan näkymiin."))
        else:
            self.explain.setText(self.tr("Sama PIN uudelleen, niin tiedät sen varmasti."))
        self.pad.message.setText("")
        self.keep.setText(self.tr("Pidä nykyinen PIN"))
