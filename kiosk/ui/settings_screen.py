"""Staff mode → Asetukset: every room setting of kiosk/settings_catalog.py, group by group (issue 20).

The first page is the groups as big buttons (and the staff PIN); a group's page has each of its
settings with a control for a finger (kiosk/ui/setting_editors.py) in a list that scrolls with a
finger, and one "Tallenna". Saving checks the whole group first: a value a setting does not take
is named in the person's language with what is allowed, its label is marked, and nothing of the
group is written; otherwise every change is written in one transaction with an audit entry
naming its key. The first start keeps its own short wizard (kiosk/ui/setup_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk import room_setup
from kiosk import settings_catalog as catalog
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.problem_texts import problem_text
from kiosk.ui.screen import Screen
from kiosk.ui.setting_editors import SettingEditor, editor_for
from kiosk.ui.setup_pages import PinPage, paged
from kiosk.ui.steps import big_button

PIN = "pin"  # the chooser's last button: the staff PIN's own page


class GroupPage(QWidget):
    """One group's settings in a list that scrolls; the scanner's group also leads to its test."""

    def __init__(self, group: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = group
        self.editors: list[SettingEditor] = [editor_for(s) for s in catalog.on_screen(group)]
        inside = QWidget(objectName="settings_list")
        self.column = column = QVBoxLayout(inside)
        column.setContentsMargins(0, 0, 12, 0)
        # Some settings are read when the kiosk starts: said once at the top, each marked ↻.
        self.restart_hint = QLabel(objectName="hint", wordWrap=True)
        self.restart_hint.setVisible(any(e.setting.restart for e in self.editors))
        column.addWidget(self.restart_hint)
        for editor in self.editors:
            column.addWidget(editor)
        self.scanner_button = big_button(kind="secondary") if group == "scanner" else None
        if self.scanner_button is not None:
            column.addWidget(self.scanner_button)
        self.offsite_button = big_button(kind="secondary") if group == "network" else None  # kiosk/ui/offsite_screen.py
        if self.offsite_button is not None:
            column.addWidget(self.offsite_button)
        column.addStretch(1)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(inside)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def editor(self, key: str) -> SettingEditor:
        return next(e for e in self.editors if e.setting.key == key)

    def room_for_keyboard(self, height: int) -> None:
        """Space under the last setting as high as the keyboard over the list: every field can be
        dragged up into sight above it."""
        self.column.setContentsMargins(0, 0, 12, height)

    def show_above(self, field: QWidget, top: int, bottom: int) -> None:
        """Scroll so that ``field`` is within [top, bottom] of the viewport (free of the keyboard)."""
        bar = self.scroll.verticalScrollBar()
        y = field.mapTo(self.scroll.viewport(), QPoint(0, 0)).y()
        if y < top or y + field.height() > bottom:
            bar.setValue(bar.value() + y - top - 8)


class SettingsScreen(Screen):
    changed = Signal()  # a group or the PIN was saved: the window takes up what it can at once
    scanner_test = Signal()
    offsite = Signal()  # the off-site copy's own screen, from the network group

    def __init__(self, room: room_setup.RoomSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings")
        self._room = room
        self.chooser = QWidget()
        grid = QGridLayout(self.chooser)
        grid.setSpacing(12)
        self.group_buttons = {}
        for index, code in enumerate((*catalog.GROUP_CODES, PIN)):
            button = big_button(kind="secondary")
            button.clicked.connect(lambda _=False, c=code: self.open_group(c))
            self.group_buttons[code] = button
            grid.addWidget(button, index // 2, index % 2)
        grid.setRowStretch(grid.rowCount(), 1)
        self.groups = {code: GroupPage(code) for code in catalog.GROUP_CODES}
        self.groups["scanner"].scanner_button.clicked.connect(self.scanner_test)
        self.groups["network"].offsite_button.clicked.connect(self.offsite)
        self.pin = PinPage(can_keep=True)
        self.pin.chosen.connect(self._pin_chosen)
        self.pages = QStackedWidget()
        for page in (self.chooser, *self.groups.values(), self.pin):
            self.pages.addWidget(page)
        fields = [f for page in self.groups.values() for editor in page.editors for f in editor.fields]
        self.keyboard = FieldKeyboard(fields, self)
        self.keyboard.installEventFilter(self)
        self.problem = QLabel(objectName="hint", wordWrap=True)
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 2)  # room kept: nothing moves
        self.save = big_button(kind="primary")
        self.save.clicked.connect(self._save)
        paged(self, self.pages, self.problem, self.save, self._backward)
        self.reset()

    # --- moving between the pages
    def open_group(self, code: str) -> None:
        self.pages.setCurrentWidget(self.pin if code == PIN else self.groups[code])
        if code == PIN:
            self.pin.reset()
        else:
            self.groups[code].scroll.verticalScrollBar().setValue(0)
        self._said("")

    def _backward(self) -> None:
        self.keyboard.close_keyboard()
        if self.pages.currentWidget() is self.chooser:
            self.back.emit()
        else:
            self.show_values()
            self.pages.setCurrentWidget(self.chooser)
            self._said("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.keyboard and event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Hide):
            self._keep_field_in_sight()
        return False

    def _keep_field_in_sight(self) -> None:
        """The keyboard covers part of the list: the field it types into scrolls into the rest."""
        page = self.current_group()
        if page is None:
            return
        shown = self.keyboard.isVisible()
        page.room_for_keyboard(self.keyboard.height() + 16 if shown else 0)
        field = self.keyboard.target
        if not shown or field is None:
            return
        viewport = page.scroll.viewport()
        top = viewport.mapTo(self, QPoint(0, 0)).y()
        keys = self.keyboard.geometry()
        if keys.top() > top:  # the keyboard is over the lower part: the field goes above it
            page.show_above(field, 0, min(viewport.height(), keys.top() - top))
        else:
            page.show_above(field, max(0, keys.bottom() - top), viewport.height())

    def current_group(self) -> GroupPage | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, GroupPage) else None

    # --- values
    def refresh(self) -> None:
        """Each time staff mode shows the screen: what is set now, from the groups."""
        self.reset()

    def reset(self) -> None:
        self.show_values()
        self.pages.setCurrentWidget(self.chooser)
        self._said("")

    def show_values(self) -> None:
        editors = [e for page in self.groups.values() for e in page.editors]
        stored = self._room.stored([e.setting.key for e in editors])
        for editor in editors:
            editor.show_text(stored[editor.setting.key])
            editor.mark(False)

    def _save(self) -> None:
        page = self.current_group()
        if page is None:
            return
        self.keyboard.close_keyboard()
        for editor in page.editors:
            editor.mark(False)
        try:
            self._room.change({e.setting.key: e.text() for e in page.editors})
        except catalog.InvalidSetting as error:
            wrong = next((e for e in page.editors if e.setting.key == error.key), None)
            if wrong is not None:
                wrong.mark(True)
                page.scroll.ensureWidgetVisible(wrong)
            self._said(problem_text(error))
            return
        except Exception as error:  # noqa: BLE001 (a locked or full disk: said in words, logged by problem_text)
            self._said(problem_text(error))
            return
        self.show_values()
        self._said(self.tr("Tallennettu."))
        self.changed.emit()

    def _pin_chosen(self, pin: str | None) -> None:
        if pin is None:  # "Pidä nykyinen PIN"
            self.pages.setCurrentWidget(self.chooser)
            self._said("")
            return
        try:
            self._room.set_pin(pin)
        except Exception as error:  # noqa: BLE001 (as above)
            self._said(problem_text(error))
            return
        self.pages.setCurrentWidget(self.chooser)
        self._said(self.tr("PIN vaihdettu."))
        self.changed.emit()

    def _said(self, text: str) -> None:
        self.problem.setText(text)
        self.retranslate()

    def retranslate(self) -> None:
        names = dict(catalog.GROUPS)
        translate = QCoreApplication.translate
        for code, button in self.group_buttons.items():
            button.setText(self.tr("Oma PIN") if code == PIN else translate(catalog.CONTEXT, names[code]))
        page = self.pages.currentWidget()
        where = ""
        if isinstance(page, GroupPage):
            where = translate(catalog.CONTEXT, names[page.group])
        elif page is self.pin:
            where = self.tr("Oma PIN")
        self.title.setText(f"{self.tr('Asetukset')}: {where}" if where else self.tr("Asetukset"))
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.save.setText(self.tr("Tallenna"))
        self.save.setVisible(isinstance(page, GroupPage))
        scanner = self.groups["scanner"].scanner_button
        scanner.setText(self.tr("Skannerin testi ›"))
        self.groups["network"].offsite_button.setText(self.tr("Etäkopiot ›"))
        for group in self.groups.values():
            group.restart_hint.setText(self.tr("↻ = tulee voimaan, kun kioski käynnistetään seuraavan kerran."))
