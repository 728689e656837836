"""The monthly report for the coordinator: choose the month, write the month's notes, preview the
PDF inside the app, print it or keep the file."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff import StaffService
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.print_job import PrintJob
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.steps import big_button

LANGUAGES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))


class ReportScreen(Screen):
    def __init__(self, staff: StaffService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report")
        self._staff = staff
        self._year, self._month = staff.last_month()
        self._path = None
        self.printing = PrintJob(staff.printer, self)
        self.printing.finished.connect(self._printed)
        header = self.header()
        self.earlier, self.later = big_button("◀"), big_button("▶")
        self.earlier.clicked.connect(lambda: self._step(-1))
        self.later.clicked.connect(lambda: self._step(1))
        self.month = QLabel(objectName="heading")
        self.language = QComboBox(objectName="field")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        months = QHBoxLayout()
        for widget in (self.earlier, self.month, self.later, self.language):
            months.addWidget(widget)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(140)
        self.preview_button, self.print_button = big_button(kind="primary"), big_button()
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self._print)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.print_button)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(months)
        layout.addWidget(self.notes)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.keyboard = FieldKeyboard([self.notes], self)  # the month's notes on a touch-only tablet
        self.retranslate()
        self._load_notes()

    def _step(self, direction: int) -> None:
        with told(self.message.setText):  # the notes not saved, the month stays: nothing typed is lost
            self._save_notes()
            index = self._year * 12 + self._month - 1 + direction
            self._year, self._month = divmod(index, 12)
            self._month += 1
            self._load_notes()

    def _load_notes(self) -> None:
        self.notes.setPlainText(self._staff.report_notes(self._year, self._month))
        self.document.close()
        self._path = None
        self.print_button.setEnabled(False)
        self.retranslate()

    def _save_notes(self) -> None:
        self._staff.save_report_notes(self._year, self._month, self.notes.toPlainText().strip())

    def preview(self) -> None:
        with told(self.message.setText):
            self._save_notes()
            self._path = self._staff.report_pdf(self._year, self._month, self.language.currentData())
            self.document.load(str(self._path))
            self.print_button.setEnabled(True)
            self.message.setText(self.tr("Raportti: {path} ({pages} sivua)").format(path=self._path, pages=self.document.pageCount()))

    def _print(self) -> None:
        if self._path is None:
            return
        # Off the GUI thread: a print server that does not answer must not freeze the door.
        self.print_button.setEnabled(False)
        self.message.setText(self.tr("Tulostetaan…"))
        self._printing_path = self._path
        self.printing.start(self._path)

    def _printed(self, outcome) -> None:
        self.print_button.setEnabled(self._path is not None)
        self.message.setText(self.printing.text(outcome, self._printing_path))

    def reset(self) -> None:
        self.keyboard.close_keyboard()
        self._year, self._month = self._staff.last_month()
        self.document.close()
        self._path = None
        self.message.clear()

    def showEvent(self, event) -> None:
        self._load_notes()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Kuukausiraportti"))
        month_name = QLocale().standaloneMonthName(self._month)
        self.month.setText(f"{month_name} {self._year}")
        self.notes.setPlaceholderText(self.tr("Kuukauden tapahtumat, kurssit ja huomiot raporttiin"))
        self.notes.setAccessibleName(self.notes.placeholderText())  # the hint is gone once notes are written
        self.preview_button.setText(self.tr("Esikatsele"))
        self.print_button.setText(self.tr("Tulosta"))
        self.earlier.setAccessibleName(self.tr("Edellinen kuukausi"))
        self.later.setAccessibleName(self.tr("Seuraava kuukausi"))
