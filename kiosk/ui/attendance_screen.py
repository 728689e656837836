"""Läsnäolo: this fortnight's planned days of the work-trial and rehabilitative participants, for
the attendant. Absences without a reason come first; a reason is two taps (the day, the reason);
a day can be marked closed for the whole room. The service audit-logs every change."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from kiosk import attendance as att
from kiosk.attendance import AttendanceService, Day, Participation
from kiosk.clock import HELSINKI, local
from kiosk.collation import name_key
from kiosk.names import shown_name
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.formatting import date_text
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button

REASON_ORDER = ("illness", "illness_certified", "child_ill", "job_interview", "public_office", "other")


def fortnight_of(day: date) -> date:
    """The Monday a fortnight ending this week starts on (the notice goes every two weeks)."""
    return day - timedelta(days=day.weekday() + 7)


class AttendanceScreen(Screen):
    def __init__(self, attendance: AttendanceService, clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendance")
        self._attendance, self._clock = attendance, clock
        self._first = fortnight_of(local(clock.now()).date())
        self._rows: list[tuple[Participation, Day]] = []
        self.earlier, self.later = big_button("‹", "key"), big_button("›", "key")
        self.earlier.clicked.connect(lambda: self._show(self._first - timedelta(days=14)))
        self.later.clicked.connect(lambda: self._show(self._first + timedelta(days=14)))
        self.range_label = QLabel(objectName="hint", wordWrap=True)
        days = QHBoxLayout()
        days.addWidget(self.earlier)
        days.addWidget(self.range_label, 1)
        days.addWidget(self.later)
        self.list = QListWidget(objectName="present_list")
        self.list.currentRowChanged.connect(self._chosen)
        self.reason_buttons = {}
        reasons = self._reasons = QGridLayout()
        for code in REASON_ORDER:
            button = big_button(kind="secondary")
            button.clicked.connect(lambda _=False, c=code: self._give(c))
            self.reason_buttons[code] = button
        self._columns = 0
        self._lay_out_reasons(3)
        self.note = QLineEdit(objectName="search")
        self.note.setMinimumHeight(64)  # a finger's target, as the other staff fields
        self.closed = big_button(kind="secondary")
        self.closed.clicked.connect(self._mark_closed)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.closed)
        # Warnings in a short list of their own: a room with many participants scrolls it, and the
        # days above keep their room.
        self.warnings = QListWidget(objectName="present_list")
        self.warnings.setMaximumHeight(130)
        for listing in (self.list, self.warnings):
            listing.setWordWrap(True)
        self.message = QLabel(objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(self.header())
        layout.addLayout(days)
        layout.addWidget(self.list, 1)
        layout.addLayout(reasons)
        layout.addLayout(row)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        self.keyboard = FieldKeyboard([self.note], self)  # the note on a touch-only tablet, over the list
        self.retranslate()

    def _lay_out_reasons(self, columns: int) -> None:
        """Three reasons a row on a landscape screen, two on a portrait one: "Luottamustehtävä" fits."""
        if columns != self._columns:
            self._columns = columns
            for i, button in enumerate(self.reason_buttons.values()):
                self._reasons.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        self._lay_out_reasons(2 if event.size().height() > event.size().width() else 3)
        super().resizeEvent(event)

    def refresh(self) -> None:
        self._show(self._first)

    def _show(self, first: date) -> None:
        self._first = min(first, fortnight_of(local(self._clock.now()).date()))
        last = self._first + timedelta(days=13)
        self.range_label.setText(f"{self._short(self._first)} – {self._short(last)}{last.year}")
        found = self._attendance.participations(self._first, last)
        rows = [(p, d) for p in found for d in p.days]
        # Absences without a reason first; then each participant's days in order.
        rows.sort(key=lambda r: (not (r[1].status == att.ABSENT and r[1].reason is None), name_key(r[0].last_name),
                                 name_key(r[0].first_name), r[0].person_id, r[1].day))
        self._rows = rows
        self.list.clear()
        for p, d in rows:
            self.list.addItem(f"{shown_name(p.first_name, p.last_name)} · {self._short(d.day)} · {self._status(d)}")
        self.warnings.clear()
        self.warnings.addItems([self._warning(p, w) for p in found for w in p.warnings])
        self.warnings.setVisible(self.warnings.count() > 0)
        if not rows:
            self.list.addItem(self.tr("Ei työkokeilijoita eikä kuntouttavan työtoiminnan osallistujia näinä päivinä."))
        self._chosen(-1)

    def _short(self, day: date) -> str:
        """'ti 17.11.': a row fits a portrait screen; the fortnight above says the year."""
        return f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}.{day.month}."

    def _day(self, day: date) -> str:
        return date_text(datetime.combine(day, time(12), HELSINKI))

    def _reason_text(self, code: str) -> str:
        return {"illness": self.tr("Oma sairaus"), "illness_certified": self.tr("Sairaus, todistus"),
                "child_ill": self.tr("Lapsen sairaus"), "job_interview": self.tr("Työhaastattelu"),
                "public_office": self.tr("Luottamustehtävä"), "other": self.tr("Muu syy")}[code]

    def _status(self, d: Day) -> str:
        if d.status == att.PRESENT:
            return self.tr("läsnä {hours} h").format(hours=f"{d.hours:.1f}")
        if d.status == att.FIX_TIMES:
            return self.tr("käynti jäi auki: korjaa ajat (Käynnit)")
        if d.status == att.IN_ROOM:
            return self.tr("paikalla nyt")
        if d.status == att.NOT_ARRANGED:
            return self.tr("ei järjestetty: {reason}").format(reason=d.closed_reason or self.tr("tila suljettu"))
        if d.status == att.UPCOMING:
            return self.tr("tulossa")
        if d.reason is None:
            return self.tr("poissa: syy puuttuu")
        paid = "" if d.excused else self.tr(" (ei etuutta)")
        return self.tr("poissa: {reason}").format(reason=self._reason_text(d.reason)) + paid

    def _warning(self, p: Participation, w: att.Warning) -> str:
        name = shown_name(p.first_name, p.last_name)
        day = self._short(w.day) if w.day else ""
        text = {
            "short_day": self.tr("alle 4 tuntia"), "long_day": self.tr("yli 8 tuntia"),
            "too_many_days": self.tr("enemmän päiviä viikossa kuin sovittu"),
            "unexcused_streak": self.tr("{n} poissaoloa peräkkäin ilman hyväksyttävää syytä").format(n=int(w.value)),
            "fix_times": self.tr("käynnin ajat korjattava"),
            "certificate_needed": self.tr("sairaus yli 3 päivää: lääkärintodistus"),
            "no_weekdays": self.tr("sovitut viikonpäivät puuttuvat"),
            "agreed_too_many": self.tr("sovittuja päiviä enemmän kuin laki sallii"),
        }[w.kind]
        return f"⚠ {name}{' · ' + day if day else ''}: {text}"

    def _selected(self) -> tuple[Participation, Day] | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _chosen(self, row: int) -> None:
        picked = self._rows[row] if 0 <= row < len(self._rows) else None
        can_give = picked is not None and picked[1].status in (att.ABSENT, att.UPCOMING)
        for button in self.reason_buttons.values():
            button.setEnabled(can_give)
        self.closed.setEnabled(picked is not None and picked[1].status != att.NOT_ARRANGED)

    def _give(self, code: str) -> None:
        picked = self._selected()
        if picked is None:
            return
        p, d = picked
        with told(self.message.setText):
            self._attendance.record_absence(p.person_id, d.day, code, self.note.text())
            self.message.setText(self.tr("Tallennettu: {name}, {day}: {reason}").format(
                name=shown_name(p.first_name, p.last_name), day=self._day(d.day), reason=self._reason_text(code)))
            self.note.clear()
            self.refresh()

    def _mark_closed(self) -> None:
        picked = self._selected()
        if picked is None:
            return
        day = picked[1].day
        with told(self.message.setText):
            self._attendance.mark_closed(day, self.note.text())
            self.message.setText(self.tr("Tila merkitty suljetuksi: {day}").format(day=self._day(day)))
            self.note.clear()
            self.refresh()

    def reset(self) -> None:
        self.keyboard.close_keyboard()
        self._first = fortnight_of(local(self._clock.now()).date())
        self.list.clear()
        self.warnings.clear()
        self._rows = []
        self.message.setText("")
        self.note.clear()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Läsnäolo"))
        self.earlier.setAccessibleName(self.tr("Edelliset kaksi viikkoa"))
        self.later.setAccessibleName(self.tr("Seuraavat kaksi viikkoa"))
        for code, button in self.reason_buttons.items():
            button.setText(self._reason_text(code))
        self.note.setPlaceholderText(self.tr("Lisätieto tai suljetun päivän syy"))
        self.note.setAccessibleName(self.tr("Lisätieto tai suljetun päivän syy"))
        self.closed.setText(self.tr("Tila suljettu tänä päivänä"))
        self.list.setAccessibleName(self.tr("Suunnitellut päivät"))
        self.warnings.setAccessibleName(self.tr("Huomiot"))
        if self.isVisible():
            self.refresh()
