"""Staff mode "Toiminnot": a day's sessions and, for the one chosen, its roster (who signed up, who
came: tick), walk-ins, a headcount without names, the volunteer mentors and their hours, a note,
guidance given (who, how long, the topic: never what was said), cancelling a session; and the
activities themselves made and edited (kiosk/ui/activity_editor.py). Text fields bring up the
on-screen keyboard on a tap."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.activities import ActivityService, Roster
from kiosk.people import PeopleService
from kiosk.ui.activity_editor import ActivityEditor
from kiosk.ui.activity_words import topic_names
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.formatting import clock_text, day_text
from kiosk.ui.list_rows import add_row
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button


class ActivitiesScreen(Screen):
    def __init__(self, activities: ActivityService, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activities")
        self._activities, self._people = activities, people
        self._day: date | None = None
        self._armed = False
        self._roster: Roster | None = None
        header = self.header()
        self.earlier, self.later = big_button("◀"), big_button("▶")
        self.earlier.clicked.connect(lambda: self._step(-1))
        self.later.clicked.connect(lambda: self._step(1))
        self.new = big_button(kind="primary")
        self.new.clicked.connect(lambda: self._edit(None))
        for button in (self.earlier, self.later):
            header.addWidget(button)

        self.pages = QStackedWidget()
        self.day_page = QWidget()
        self.editor = ActivityEditor(activities)
        self.editor.done.connect(self._edited)
        self.pages.addWidget(self.day_page)
        self.pages.addWidget(self.editor)

        self.info = QLabel(objectName="lead", wordWrap=True)
        self.sessions = QListWidget(objectName="loans")
        self.sessions.setMaximumHeight(170)
        self.sessions.currentRowChanged.connect(lambda _row: self._show_roster())
        self.counts = QLabel(objectName="heading", wordWrap=True)
        self.rows = QListWidget(objectName="loans")
        self.rows.itemChanged.connect(self._ticked)
        self.walk_in_name = QLineEdit(objectName="field")
        self.add_walk_in = big_button()
        self.add_walk_in.clicked.connect(self._walk_in)
        self.headcount = QLineEdit(objectName="field")
        self.save_headcount = big_button()
        self.save_headcount.clicked.connect(self._save_headcount)
        self.note = QLineEdit(objectName="field")
        self.note.setMaxLength(200)
        self.save_note = big_button()
        self.save_note.clicked.connect(self._save_note)
        self.mentor = QComboBox(objectName="field")
        self.mentor.setMinimumHeight(56)
        self.mentor_hours = QLineEdit(objectName="field")
        self.add_mentor = big_button()
        self.add_mentor.clicked.connect(self._save_mentor)
        self.guidance_name = QLineEdit(objectName="field")
        self.guidance_minutes = QLineEdit(objectName="field")
        self.topic = QComboBox(objectName="field")
        self.topic.setMinimumHeight(56)
        self.add_guidance = big_button()
        self.add_guidance.clicked.connect(self._save_guidance)
        self.edit, self.cancel = big_button(), big_button(kind="danger")
        self.edit.clicked.connect(lambda: self._edit(self._roster.session.activity.id if self._roster else None))
        self.cancel.clicked.connect(self._cancel)
        self.message = QLabel(objectName="hint", wordWrap=True)
        # The attendant's controls a little lower than a visitor's (56 px, still a finger's): a
        # landscape screen holds the roster, five rows of controls and the session's buttons.
        for button in (self.add_walk_in, self.save_headcount, self.save_note, self.add_mentor, self.add_guidance,
                       self.edit, self.cancel, self.earlier, self.later, self.new):
            button.setMinimumHeight(56)
        for field in (self.walk_in_name, self.headcount, self.note, self.mentor_hours, self.guidance_name,
                      self.guidance_minutes):
            field.setMinimumHeight(56)
        self.sessions.setMinimumHeight(76)
        self.rows.setMinimumHeight(100)

        # Four groups of controls: two to a row on a landscape screen, one on a portrait one.
        self._groups = [self._group(*widgets) for widgets in (
            ((self.walk_in_name, 3), (self.add_walk_in, 2)), ((self.headcount, 3), (self.save_headcount, 2)),
            ((self.note, 3), (self.save_note, 2)), ((self.mentor, 3), (self.mentor_hours, 1), (self.add_mentor, 2)))]
        # A guidance session records who was helped in the walk-in's place (it adds them as come).
        self.guidance_row = self._group((self.guidance_name, 3), (self.guidance_minutes, 1), (self.topic, 2),
                                        (self.add_guidance, 2))
        controls = self._controls = QGridLayout()
        self._columns = 0
        self._lay_out(2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new, 1)
        bottom.addWidget(self.edit, 1)
        bottom.addWidget(self.cancel, 1)
        day = QVBoxLayout(self.day_page)
        day.setContentsMargins(0, 0, 0, 0)
        day.addWidget(self.info)
        day.addWidget(self.sessions)
        day.addWidget(self.counts)
        day.addWidget(self.rows, 1)
        day.addLayout(controls)
        day.addLayout(bottom)
        day.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        fields = [self.walk_in_name, self.headcount, self.note, self.mentor_hours, self.guidance_name,
                  self.guidance_minutes]
        self.keyboard = FieldKeyboard(fields, self, names=(self.walk_in_name, self.guidance_name))
        self.retranslate()

    @staticmethod
    def _group(*widgets) -> QWidget:
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in widgets:
            row.addWidget(widget, stretch)
        return group

    def _lay_out(self, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            for i, group in enumerate(self._groups):
                self._controls.addWidget(group, i // columns, i % columns)
            self._controls.addWidget(self.guidance_row, 0, 0)

    def resizeEvent(self, event) -> None:
        self._lay_out(1 if event.size().height() > event.size().width() else 2)
        super().resizeEvent(event)

    # --- the day and its sessions
    def showEvent(self, event) -> None:
        if self._day is None:
            self._day = self._activities.today()
        self.refresh()
        super().showEvent(event)

    def _step(self, days: int) -> None:
        self._day = (self._day or self._activities.today()) + timedelta(days=days)
        self._armed = False
        self.pages.setCurrentWidget(self.day_page)
        self.refresh()

    def refresh(self) -> None:
        day = self._day or self._activities.today()
        keep = self.sessions.currentRow()
        self._sessions = self._activities.sessions_on(day)
        self.info.setText(self.tr("{day}: {n} toimintaa").format(day=day_text(day), n=len(self._sessions)))
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in self._sessions:
            line = f"{clock_text(s.starts)}–{clock_text(s.ends)} {s.activity.name}"
            if s.activity.place:
                line += f" · {s.activity.place}"
            if s.cancelled:
                line += self.tr(" · PERUTTU")
            self.sessions.addItem(line)
        self.sessions.setCurrentRow(min(max(keep, 0), len(self._sessions) - 1) if self._sessions else -1)
        self.sessions.blockSignals(False)
        self.mentor.clear()
        for person_id, name in self._activities.volunteers_on(day):
            self.mentor.addItem(name, person_id)
        self._show_roster()

    def _session(self):
        row = self.sessions.currentRow()
        return self._sessions[row] if 0 <= row < len(self._sessions) else None

    def _show_roster(self) -> None:
        session = self._session()
        self._roster = self._activities.roster(session.activity.id, session.day) if session else None
        self.rows.blockSignals(True)
        self.rows.clear()
        for widget in (self.rows, self.walk_in_name, self.add_walk_in, self.headcount, self.save_headcount,
                       self.note, self.save_note, self.edit, self.cancel, self.mentor, self.mentor_hours,
                       self.add_mentor):
            widget.setEnabled(self._roster is not None)
        guidance = self._roster is not None and self._roster.session.activity.kind == "guidance"
        self.guidance_row.setVisible(guidance)
        self._groups[0].setVisible(not guidance)
        if self._roster is None:
            self.counts.setText(self.tr("Ei toimintaa tänä päivänä. Lisää uusi: ”Uusi toiminto”."))
            self.rows.blockSignals(False)
            return
        r = self._roster
        parts = [self.tr("Ilmoittautuneita {n}").format(n=r.signed_up), self.tr("tulleita {n}").format(n=r.came)]
        if r.session.activity.seats:
            parts.append(self.tr("paikkoja {n}").format(n=r.session.activity.seats))
        if r.session.headcount is not None:
            parts.append(self.tr("henkilömäärä {n}").format(n=r.session.headcount))
        self.counts.setText(" · ".join(parts))
        for row in r.rows:
            text = row.name + (self.tr(" (paikan päällä)") if row.walk_in else "")
            if row.signed_up:
                text += self.tr(" — ilmoittautunut")
            item = add_row(self.rows, text, row.attendance_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.came else Qt.CheckState.Unchecked)
        for mentor in r.mentors:
            item = add_row(self.rows, self.tr("Vapaaehtoinen: {name}, {hours} h").format(
                name=mentor.name, hours=f"{mentor.hours:g}".replace(".", ",")))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        topics = topic_names()
        for g in r.guidance:
            item = add_row(self.rows, self.tr("Ohjaus: {name}, {topic}, {minutes} min").format(
                name=g.name, topic=topics[g.topic], minutes=g.minutes))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.headcount.setText("" if r.session.headcount is None else str(r.session.headcount))
        self.note.setText(r.session.note)
        self.cancel.setText(self.tr("Palauta tämä kerta") if r.session.cancelled else self.tr("Peru tämä kerta"))
        self.rows.blockSignals(False)

    # --- the attendant's actions
    def _ticked(self, item: QListWidgetItem) -> None:
        self._say("")
        with told(self._say):
            self._activities.tick(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
        self._show_roster()  # also when it failed: the tick shows what was saved

    def _walk_in(self) -> None:
        name = self.walk_in_name.text().strip()
        if self._roster and name:
            with told(self._say):
                self._activities.walk_in(self._roster.session.activity.id, self._roster.session.day, name)
                self.walk_in_name.setText("")
                self._say("")
                self._show_roster()

    def _save_headcount(self) -> None:
        text = self.headcount.text().strip()
        if not (text.isascii() and text.isdigit() or not text):
            self._say(self.tr("Henkilömäärä numeroina, esim. 23."))
            return
        with told(self._say):
            self._activities.set_headcount(self._roster.session.activity.id, self._roster.session.day,
                                           int(text) if text else None)
            self._say(self.tr("Tallennettu."))
            self._show_roster()

    def _save_note(self) -> None:
        with told(self._say):
            self._activities.set_note(self._roster.session.activity.id, self._roster.session.day, self.note.text())
            self._say(self.tr("Tallennettu."))

    def _save_mentor(self) -> None:
        person_id = self.mentor.currentData()
        try:
            hours = float(self.mentor_hours.text().strip().replace(",", "."))
        except ValueError:
            hours = 0.0
        if person_id is None or not 0 < hours <= 24:
            self._say(self.tr("Valitse vapaaehtoinen ja kirjoita tunnit, esim. 2,5."))
            return
        with told(self._say):
            self._activities.set_mentor(self._roster.session.activity.id, self._roster.session.day, person_id, hours)
            self.mentor_hours.setText("")
            self._say(self.tr("Tallennettu."))
            self._show_roster()

    def _save_guidance(self) -> None:
        text = self.guidance_minutes.text().strip()
        name = self.guidance_name.text().strip()
        if not name or not (text.isascii() and text.isdigit() and 1 <= int(text) <= 600):
            self._say(self.tr("Kirjoita nimi ja kesto minuutteina, esim. 30."))
            return
        with told(self._say):
            self._activities.record_guidance(self._roster.session.activity.id, self._roster.session.day, int(text),
                                             self.topic.currentData(), name=name)
            self.guidance_name.setText("")
            self.guidance_minutes.setText("")
            self._say(self.tr("Ohjaus kirjattu."))
            self._show_roster()

    def _cancel(self) -> None:
        session = self._roster.session if self._roster else None
        if session is None:
            return
        if not session.cancelled and not self._armed:
            self._armed = True
            self._say(self.tr("Perutaanko tämä kerta? Napauta uudelleen vahvistaaksesi."))
            return
        self._armed = False
        with told(self._say):
            self._activities.cancel_session(session.activity.id, session.day, not session.cancelled)
            self._say(self.tr("Kerta palautettu.") if session.cancelled else self.tr("Kerta peruttu."))
            self.refresh()

    def _edit(self, activity_id: int | None) -> None:
        self.keyboard.close_keyboard()
        self.editor.start(activity_id, self._day or self._activities.today())
        self.pages.setCurrentWidget(self.editor)

    def _edited(self, saved: bool) -> None:
        self.pages.setCurrentWidget(self.day_page)
        if saved:
            self._say(self.tr("Toiminto tallennettu."))
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def reset(self) -> None:
        self._day = None
        self._roster = None
        self._armed = False
        self.message.clear()
        self.pages.setCurrentWidget(self.day_page)
        self.keyboard.close_keyboard()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Toiminnot"))
        self.new.setText(self.tr("Uusi toiminto"))
        self.earlier.setAccessibleName(self.tr("Edellinen päivä"))
        self.later.setAccessibleName(self.tr("Seuraava päivä"))
        self.walk_in_name.setPlaceholderText(self.tr("Paikan päällä: nimi"))
        self.add_walk_in.setText(self.tr("Lisää"))
        self.headcount.setPlaceholderText(self.tr("Henkilömäärä (myös nimettömät)"))
        self.save_headcount.setText(self.tr("Tallenna määrä"))
        self.note.setPlaceholderText(self.tr("Muistiinpano"))
        self.save_note.setText(self.tr("Tallenna"))
        self.mentor.setAccessibleName(self.tr("Vapaaehtoinen"))
        self.mentor_hours.setPlaceholderText(self.tr("Tunnit"))
        self.add_mentor.setText(self.tr("Kirjaa tunnit"))
        self.guidance_name.setPlaceholderText(self.tr("Ohjattu: nimi"))
        self.guidance_minutes.setPlaceholderText(self.tr("Kesto"))
        self.add_guidance.setText(self.tr("Kirjaa ohjaus"))
        self.topic.clear()
        for code, name in topic_names().items():
            self.topic.addItem(name, code)
        for field in (self.walk_in_name, self.headcount, self.note, self.mentor_hours, self.guidance_name,
                      self.guidance_minutes):
            field.setAccessibleName(field.placeholderText())
        self.topic.setAccessibleName(self.tr("Aihe"))
        self.rows.setAccessibleName(self.tr("Osallistujat"))
        self.sessions.setAccessibleName(self.tr("Päivän toiminnot"))
        self.edit.setText(self.tr("Muokkaa toimintoa"))
        if self._roster is not None and self.isVisible():
            self._show_roster()
        else:
            self.cancel.setText(self.tr("Peru tämä kerta"))
