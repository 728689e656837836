"""When the kiosk cannot start on its database: what is wrong, in plain words, and what to do.

Shown instead of crashing (and instead of a crash loop under a service manager that restarts it).
"Yritä uudelleen" tries again; the attendant can restore a backup meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.errors import Problem


class ProblemScreen(QWidget):
    retry = Signal()

    def __init__(self, problem: Problem | None, db_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problem")
        self.title = QLabel(objectName="title", wordWrap=True)
        self.detail = QLabel(objectName="lead", wordWrap=True)
        self.retry_button = QPushButton(objectName="primary")
        self.retry_button.setMinimumHeight(88)
        self.retry_button.clicked.connect(self.retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.retry_button)
        self.show_problem(problem, db_path)

    def show_problem(self, problem: Problem | None, db_path: str) -> None:
        restore = self.tr("Palauta varmuuskopio: kiosk restore VARMUUSKOPIO --db {path} --force").format(path=db_path)
        texts = {
            Problem.DATABASE_LOCKED: (self.tr("Kioski on jo käynnissä"),
                                      self.tr("Toinen kioski käyttää samaa tietokantaa ({path}). Sulje se ensin.").format(path=db_path)),
            Problem.DATABASE_NEWER: (self.tr("Tietokanta on uudemmasta versiosta"),
                                     self.tr("Päivitä kioski uusimpaan versioon. Tietokantaa ei muutettu.")),
            Problem.DATABASE_CORRUPT: (self.tr("Tietokanta on vioittunut"), restore),
            Problem.READ_ONLY: (self.tr("Tietokantaan ei voi kirjoittaa"),
                                self.tr("Tarkista tiedoston {path} käyttöoikeudet tai levy.").format(path=db_path)),
            Problem.DISK_FULL: (self.tr("Levy on täynnä"), self.tr("Vapauta tilaa levyltä ja yritä uudelleen.")),
        }
        title, detail = texts.get(problem, (self.tr("Kioski ei käynnistynyt"), restore))
        self.title.setText(title)
        self.detail.setText(detail + "\n\n" + self.tr("Kerro tilavastaavalle. Mitään tallennettua ei ole menetetty."))
        self.retry_button.setText(self.tr("Yritä uudelleen"))
