"""One editor for each kind of room setting (kiosk/settings_catalog.py), for a finger: − / +
steppers for numbers and times, toggles for yes/no and for choices, a text field (with the
on-screen keyboard of kiosk/ui/field_keyboard.py) for text, days and free lists, and the weekly
opening hours' own rows. Each shows a stored text and gives back the text to store; the catalog
checks it when the group is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk import settings_catalog as catalog
from kiosk.ui.setup_pages import HoursPage, Stepper, _checkable, _time_stepper
from kiosk.ui.toggle import ToggleButton

translate = QCoreApplication.translate


def label_of(setting: catalog.Setting) -> str:
    return translate(catalog.CONTEXT, setting.label)


def unit_text(unit: str) -> str:
    return {"s": translate("setting_editors", "{n} s"), "min": translate("setting_editors", "{n} min"),
            "ms": translate("setting_editors", "{n} ms"), "months": translate("setting_editors", "{n} kk")}.get(unit, "{n}")


class SettingEditor(QWidget):
    """A setting's label above its control; ``fields`` are the text fields the keyboard types into."""

    def __init__(self, setting: catalog.Setting, parent: QWidget | None = None):
        super().__init__(parent)
        self.setting = setting
        self.setObjectName(f"setting_{setting.key}")
        self.label = QLabel(objectName="hint", wordWrap=True)
        self.fields: list[QLineEdit] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 4)
        self.layout_.addWidget(self.label)

    def show_text(self, text: str) -> None:
        raise NotImplementedError

    def text(self) -> str:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate(bool(self.label.property("wrong")))
        super().changeEvent(event)

    def mark(self, wrong: bool) -> None:
        """A value the catalog refused: the label says so by more than colour (a leading "!")."""
        self.label.setProperty("wrong", wrong)
        self.retranslate(wrong)

    def retranslate(self, wrong: bool = False) -> None:
        self.label.setText(("⚠ " if wrong else "") + label_of(self.setting) + (" ↻" if self.setting.restart else ""))


class NumberEditor(SettingEditor):
    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.stepper = Stepper(lambda n: unit_text(setting.unit).format(n=n), setting.step, setting.lowest, setting.highest)
        self.layout_.addWidget(self.stepper)

    def show_text(self, text: str) -> None:
        try:
            self.stepper.set(int(text))
        except ValueError:
            self.stepper.set(self.setting.typed_default)

    def text(self) -> str:
        return str(self.stepper.value)

    def retranslate(self, wrong: bool = False) -> None:
        super().retranslate(wrong)
        self.stepper.minus.setAccessibleName(translate("setting_editors", "{what}: vähemmän").format(what=label_of(self.setting)))
        self.stepper.plus.setAccessibleName(translate("setting_editors", "{what}: enemmän").format(what=label_of(self.setting)))
        self.stepper.set(self.stepper.value)


class TimeEditor(SettingEditor):
    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.stepper = _time_stepper()
        self.layout_.addWidget(self.stepper)

    def show_text(self, text: str) -> None:
        hours, _, minutes = text.partition(":")
        self.stepper.set(int(hours) * 60 + int(minutes) if hours.isdigit() and minutes.isdigit() else 12 * 60)

    def text(self) -> str:
        return f"{self.stepper.value // 60:02d}:{self.stepper.value % 60:02d}"

    def retranslate(self, wrong: bool = False) -> None:
        super().retranslate(wrong)
        self.stepper.minus.setAccessibleName(translate("setting_editors", "{what}: aiemmin").format(what=label_of(self.setting)))
        self.stepper.plus.setAccessibleName(translate("setting_editors", "{what}: myöhemmin").format(what=label_of(self.setting)))


class SwitchEditor(SettingEditor):
    """Yes or no: one toggle, its text saying the state (with a tick when on)."""

    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.switch = _checkable()
        self.switch.setObjectName("compact")
        self.switch.toggled.connect(lambda _: self._say())
        self.layout_.addWidget(self.switch)

    def show_text(self, text: str) -> None:
        self.switch.setChecked(text.strip() == self.setting.truth[0])
        self._say()

    def text(self) -> str:
        return self.setting.truth[0] if self.switch.isChecked() else self.setting.truth[1]

    def _say(self) -> None:
        self.switch.setText(translate("setting_editors", "Käytössä") if self.switch.isChecked()
                            else translate("setting_editors", "Ei käytössä"))
        self.switch.setAccessibleName(label_of(self.setting))

    def retranslate(self, wrong: bool = False) -> None:
        super().retranslate(wrong)
        self._say()


def _choice_texts(setting: catalog.Setting) -> list[str]:
    if setting.choices == catalog.WEEKDAYS:
        return [QLocale().standaloneDayName(int(day) + 1) for day in setting.choices]
    return [translate(catalog.CONTEXT, label) for label in setting.choice_labels] or list(setting.choices)


class ChoiceEditor(SettingEditor):
    """One of a few (CHOICE) or any of them (LIST with choices): toggles in rows of two (three
    left Swedish "✓ Medborgarskap" cut on a portrait screen)."""

    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.many = setting.kind == catalog.LIST
        self.buttons: dict[str, ToggleButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, choice in enumerate(setting.choices):
            button = _checkable()
            button.setObjectName("compact")
            if not self.many:
                button.clicked.connect(lambda _=False, c=choice: self.show_text(c))
            self.buttons[choice] = button
            grid.addWidget(button, index // 2, index % 2)
        self.layout_.addLayout(grid)

    def show_text(self, text: str) -> None:
        chosen = {part.strip() for part in text.split(",")} if self.many else {text.strip()}
        for choice, button in self.buttons.items():
            button.setChecked(choice in chosen)

    def text(self) -> str:
        chosen = [c for c, b in self.buttons.items() if b.isChecked()]
        return ",".join(chosen) if self.many else (chosen[0] if chosen else "")

    def retranslate(self, wrong: bool = False) -> None:
        super().retranslate(wrong)
        for button, text in zip(self.buttons.values(), _choice_texts(self.setting)):
            button.setText(text)


class TextEditor(SettingEditor):
    """Text, a day (YYYY-MM-DD), a number that may be left empty, or a list with commas."""

    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.field = QLineEdit(objectName="field")
        self.field.setMaxLength(max(setting.max_length, 10) * (8 if setting.kind == catalog.LIST else 1))
        self.fields.append(self.field)
        self.layout_.addWidget(self.field)

    def show_text(self, text: str) -> None:
        self.field.setText(text)

    def text(self) -> str:
        return self.field.text()

    def retranslate(self, wrong: bool = False) -> None:
        super().retranslate(wrong)
        self.field.setAccessibleName(label_of(self.setting))


class WeekEditor(SettingEditor):
    """The opening hours: each weekday open or closed, from when to when (the first start's rows)."""

    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.hours = HoursPage()
        self.hours.layout().setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.hours)

    def show_text(self, text: str) -> None:
        from kiosk import opening_hours

        try:
            self.hours.show_week(opening_hours.parse(text))
        except ValueError:
            self.hours.show_week(self.setting.typed_default)

    def text(self) -> str:
        from kiosk import opening_hours

        return opening_hours.format_week(self.hours.week())


def editor_for(setting: catalog.Setting) -> SettingEditor:
    editor = _editor_for(setting)
    editor.retranslate()
    return editor


def _editor_for(setting: catalog.Setting) -> SettingEditor:
    kind = setting.kind
    if kind == catalog.INT and not setting.optional:
        return NumberEditor(setting)
    if kind == catalog.TIME:
        return TimeEditor(setting)
    if kind == catalog.BOOL:
        return SwitchEditor(setting)
    if kind == catalog.CHOICE or (kind == catalog.LIST and setting.choices):
        return ChoiceEditor(setting)
    if kind == catalog.WEEK:
        return WeekEditor(setting)
    if setting.key == "printer":
        from kiosk.ui.printer_editor import PrinterEditor  # its queues listed off the GUI thread

        return PrinterEditor(setting)
    return TextEditor(setting)

