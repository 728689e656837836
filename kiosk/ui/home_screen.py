"""The screen everyone sees first: where am I, what time is it, show your card or find your name."""

from __future__ import annotations

# Ours first, and wrapping (no Qt) first of those: after PySide6 is imported, every module an import
# statement names is read whole once (kiosk/app.py says why); home is on the way to the first frame.
from kiosk.ui.wrapping import wrapped
from kiosk.ui.formatting import clock_text, date_text, day_text  # noqa: I001 (the first to import Qt)
from kiosk.ui.screen import Screen
from kiosk.ui.toggle import ToggleButton

from PySide6.QtCore import QLocale, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class LongPressLabel(QLabel):
    """The room's name: held down for a moment, it opens the staff PIN. Discreet on purpose."""

    long_pressed = Signal()

    def __init__(self, text: str, hold_ms: int, **kwargs):
        super().__init__(text, **kwargs)
        self._hold = QTimer(self, singleShot=True, interval=hold_ms)
        self._hold.timeout.connect(self.long_pressed)

    def mousePressEvent(self, event) -> None:
        self._hold.start()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        self._hold.stop()
        event.accept()


def _forget_heights(layout: QLayout) -> None:
    """After a text changed: Qt's rows remember their height at a width until the screen's layout is
    next activated, and the clock is fitted before that (resized(), from the layout's setGeometry).
    The lunch's row, measured while its text was broken for a narrow screen, was 240 px too high at
    the first fit at 1280x800 and put the small clock up."""
    layout.invalidate()
    for index in range(layout.count()):
        inner = layout.itemAt(index).layout()
        if inner is not None:
            _forget_heights(inner)


class _FittingLayout(QVBoxLayout):
    """Home's layout: it fits home to a new size before laying it out, as a resize event would have
    (no Qt event may reach Python before home is painted: kiosk/ui/screen.py)."""

    def __init__(self, home: HomeScreen):
        super().__init__(home)
        self._home = home
        self._fitted: tuple[int, int] | None = None

    def setGeometry(self, rect) -> None:
        size = (rect.width(), rect.height())
        if size != self._fitted:
            self._fitted = size
            self._home.resized(*size)
        super().setGeometry(rect)


class HomeScreen(Screen):
    find_by_name = Signal()
    register = Signal()
    anonymous = Signal()
    borrow = Signal()
    lunch = Signal()
    today = Signal()
    staff = Signal()
    language_chosen = Signal(str)
    larger_text_chosen = Signal(bool)
    contrast_chosen = Signal(bool)
    read_aloud_chosen = Signal(bool)

    def __init__(self, clock, room_name: str, long_press_ms: int = 1500, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home")
        self._clock = clock

        # Wraps: beside the one-line clock a long name would otherwise widen a portrait window (sv
        # with the bilingual help: 803 px of 800).
        self.room = LongPressLabel(room_name, long_press_ms, objectName="room", parent=self, wordWrap=True)
        self.room.long_pressed.connect(self.staff)
        self.time = QLabel(objectName="clock", parent=self)
        self.date = QLabel(objectName="date", parent=self)
        # The time and date on one line beside the room's name, when the big clock leaves too little
        # room below (larger text, bilingual help on a landscape screen).
        self.clock_line = QLabel(objectName="room", parent=self)
        self.clock_line.hide()
        top = QHBoxLayout()
        top.addWidget(self.room, 1)
        top.addWidget(self.clock_line)

        clock_box = QVBoxLayout()
        clock_box.addWidget(self.time)
        clock_box.addWidget(self.date)

        self.welcome = QLabel(objectName="title", parent=self, wordWrap=True)
        self.scan_hint = QLabel(objectName="lead", parent=self, wordWrap=True)
        self.by_name = QPushButton(objectName="primary", parent=self)
        self.by_name.setMinimumHeight(96)
        self.by_name.clicked.connect(self.find_by_name)
        self.new_visitor = QPushButton(objectName="secondary", parent=self)
        self.new_visitor.setMinimumHeight(80)
        self.new_visitor.clicked.connect(self.register)
        self.no_name = QPushButton(objectName="secondary", parent=self)
        self.no_name.setMinimumHeight(80)
        self.no_name.clicked.connect(self.anonymous)
        self.borrow_button = QPushButton(objectName="secondary", parent=self)
        self.borrow_button.setMinimumHeight(80)
        self.borrow_button.clicked.connect(self.borrow)
        self.borrow_button.hide()  # shown when the room lets visitors borrow laptops themselves
        self.lunch_button = QPushButton(objectName="lunch_home", parent=self)
        self.lunch_button.setMinimumHeight(80)
        self.lunch_button.clicked.connect(self.lunch)
        self.lunch_button.hide()  # shown once the next lunch is known
        self._next_lunch = None
        self._lunch_text = ""
        # Side by side on a landscape screen, one above the other on a portrait one.
        others = self.others = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        others.addWidget(self.new_visitor)
        others.addWidget(self.no_name)
        others.addWidget(self.borrow_button)
        self._today = None  # "Tänään": today_button

        languages = QHBoxLayout()
        languages.addStretch(1)
        self.language_buttons = {}
        for code, name in LANGUAGES:
            # The language in use is pressed, with a tick: seen without telling colours apart.
            button = ToggleButton(name, objectName="language", parent=self)
            button.setMinimumSize(120, 56)
            button.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            self.language_buttons[code] = button
            languages.addWidget(button)
        # Always here, for this visit only: the visitor who needs them finds them before anything else.
        self.larger_text = ToggleButton(objectName="language", parent=self)
        self.larger_text.toggled.connect(self.larger_text_chosen)
        self.high_contrast = ToggleButton(objectName="language", parent=self)
        self.high_contrast.toggled.connect(self.contrast_chosen)
        self.read_aloud_button = ToggleButton(objectName="language", parent=self)
        self.read_aloud_button.toggled.connect(self.read_aloud_chosen)
        self.read_aloud_button.hide()  # shown when the machine has a voice
        # Its place is kept while it is hidden: found 3 s after start, it would shift the row under a finger.
        policy = self.read_aloud_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.read_aloud_button.setSizePolicy(policy)
        languages.addStretch(1)
        looks = QHBoxLayout()
        looks.addStretch(1)
        for button in (self.larger_text, self.high_contrast, self.read_aloud_button):
            button.setMinimumSize(120, 56)
            button.toggled.connect(lambda _on: self.fit())  # the tick widens it
            looks.addWidget(button)
        looks.addStretch(1)
        # One row when it fits the screen's width, two when not (portrait, larger text).
        settings = self._settings = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        settings.addLayout(languages)
        settings.addLayout(looks)

        layout = self._layout = _FittingLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.addLayout(top)
        layout.addLayout(clock_box)
        layout.addStretch(1)
        layout.addWidget(self.welcome)
        layout.addWidget(self.scan_hint)
        layout.addStretch(1)
        layout.addWidget(self.by_name)
        lunch_row = self._lunch_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one above the other on a portrait screen
        lunch_row.addWidget(self.lunch_button, 3)
        layout.addLayout(lunch_row)
        layout.addLayout(others)
        layout.addSpacing(12)
        layout.addLayout(settings)

        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.retranslate()

    # Qt's own: no Qt event may reach Python before home is painted (kiosk/ui/screen.py). The window
    # retranslates home on a language change (LanguageWatch), and its layout fits it to a new size.
    changeEvent = QWidget.changeEvent

    @property
    def today_button(self):
        """Today's courses and groups (issue 21), beside the lunch (a quarter of the row): shown
        while the room has a programme at all, which changes seldom, so nothing re-flows between
        visitors. Made the first time it is asked for: a WrappingButton takes its events in Python."""
        if self._today is None:
            from kiosk.ui.wrapping_button import WrappingButton

            button = self._today = WrappingButton(self.tr("Tänään"), objectName="secondary", parent=self)
            button.setMinimumHeight(80)
            button.clicked.connect(self.today)
            button.hide()
            self._lunch_row.addWidget(button, 1)
        return self._today

    def resized(self, width: int, height: int) -> None:
        portrait = height > width
        self.others.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._lunch_row.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.fit(width, height)

    def fit(self, width: int | None = None, height: int | None = None) -> None:
        """The languages and the looks on one row or two, as the buttons' widths allow; the lunch's
        lines and the clock to fit."""
        width = self.width() if width is None else width
        buttons = [*self.language_buttons.values(), self.larger_text, self.high_contrast, self.read_aloud_button]
        needed = sum(b.sizeHint().width() + 8 for b in buttons) + 32  # read aloud's kept place too
        margins = self._layout.contentsMargins()
        one_row = needed <= width - margins.left() - margins.right()
        self._settings.setDirection(QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom)
        self._fit_lunch(width)
        self._fit_clock(width, self.height() if height is None else height)

    def _fit_clock(self, width: int, height: int) -> None:
        """The big clock when everything fits below it; the one-line clock when not."""
        needed = self._layout.totalHeightForWidth(width) if self._layout.hasHeightForWidth() else 0
        if self.clock_line.isVisibleTo(self):  # as it would be with the big clock
            needed += self.time.sizeHint().height() + self.date.sizeHint().height() + 2 * self._layout.spacing()
        small = needed > height
        if small != self.clock_line.isVisibleTo(self):
            self._small_clock(small)

    def _small_clock(self, small: bool) -> None:
        self.clock_line.setVisible(small)
        self.time.setVisible(not small)
        self.date.setVisible(not small)

    def _fit_lunch(self, width: int | None = None) -> None:
        """The lunch's lines, broken at their " · " where one is wider than the button."""
        margins = self._layout.contentsMargins()
        room = (self.width() if width is None else width) - margins.left() - margins.right() - 60
        if self._has_today() and self._lunch_row.direction() == QBoxLayout.Direction.LeftToRight:
            room = room * 3 // 4 - 12  # "Tänään" takes a quarter of the row
        lines = wrapped(self._lunch_text, self.lunch_button.fontMetrics(), room)
        if lines != self.lunch_button.text():
            self.lunch_button.setText(lines)
            _forget_heights(self._lunch_row)

    def _choose_language(self, code: str) -> None:
        self.language_chosen.emit(code)
        self._mark_language()  # also when it was the language already (no language change comes)

    def _mark_language(self) -> None:
        # As kiosk.ui.language.current_code(), without importing that module (and its translators)
        # into the cold start: formatting's QLocale is loaded already.
        current = QLocale().name().split("_")[0]
        current = current if current in self.language_buttons else "fi"
        for code, button in self.language_buttons.items():
            button.setChecked(code == current)

    def show_read_aloud(self, available: bool) -> None:
        self.read_aloud_button.setVisible(available)
        self.fit()

    def show_camera(self, preview: QWidget) -> None:
        """The camera's preview under the scan hint (it shows itself once frames come)."""
        self._layout.insertWidget(self._layout.indexOf(self.scan_hint) + 1, preview, 0)

    def show_lunch(self, info) -> None:
        """The next lunch's day, menu and seats left on the button; hidden when there is none."""
        self._next_lunch = info
        self.lunch_button.setVisible(info is not None)
        self.retranslate()

    def _has_today(self) -> bool:
        return self._today is not None and self._today.isVisibleTo(self)

    def show_today(self, has_programme: bool) -> None:
        if has_programme != self._has_today():
            self.today_button.setVisible(has_programme)
            _forget_heights(self._lunch_row)
            self._fit_lunch()

    def tick(self) -> None:
        now = self._clock.now()
        self.time.setText(clock_text(now))
        self.date.setText(date_text(now))
        self.clock_line.setText(f"{clock_text(now)}  {date_text(now)}")

    def reset(self) -> None:
        self.tick()  # the visitor's choices stay until their visit is over (forget_choices)

    def forget_choices(self) -> None:
        for toggle in (self.larger_text, self.high_contrast, self.read_aloud_button):
            toggle.blockSignals(True)  # the window puts the look back itself
            toggle.setChecked(False)
            toggle.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Tervetuloa työhuoneeseen!"))
        self.scan_hint.setText(self.tr("Näytä korttisi lukijalle, niin kirjaan sinut sisään tai ulos."))
        self.by_name.setText(self.tr("Sisään tai ulos nimellä"))
        self.new_visitor.setText(self.tr("Olen täällä ensimmäistä kertaa"))
        self.no_name.setText(self.tr("Käyn ilman nimeä"))
        self.borrow_button.setText(self.tr("Lainaa laite"))
        if self._today is not None:
            self._today.setText(self.tr("Tänään"))
        info = self._next_lunch
        if info is not None:
            menu = info.menu if len(info.menu) <= 40 else info.menu[:39] + "…"
            second = " · ".join(part for part in (menu, info.price) if part)
            self._lunch_text = (
                self.tr("Lounas {day} klo {time} · vapaita paikkoja {seats}").format(
                    day=day_text(info.day), time=clock_text(info.starts), seats=info.seats_left)
                + (f"\n{second}" if second else ""))
            # Shortened on screen, whole for a screen reader (issue 20).
            whole = " · ".join(part for part in (info.menu, info.price) if part)
            self.lunch_button.setAccessibleName(self._lunch_text.split("\n")[0] + (f" · {whole}" if whole else ""))
            self._fit_lunch()
        self.room.setAccessibleDescription(self.tr("Henkilökunta: pidä painettuna"))
        self._mark_language()
        for toggle, text in ((self.larger_text, self.tr("Suurempi teksti")),
                             (self.high_contrast, self.tr("Suuri kontrasti")),
                             (self.read_aloud_button, self.tr("Lue ääneen"))):
            toggle.setText(text)
            toggle.setAccessibleName(text)
        if self.isVisible():
            _forget_heights(self._layout)
            self.fit()  # the texts' new lengths (the first showing fits it in resized)
        self.tick()
