"""The printer choice on the settings screen (issue 20): the queue's name in a field, and "Hae
tulostimet" lists the queues there are (``lpstat -e``) as buttons that fill it in. The list is
asked on a thread of its own: a print server that does not answer must not freeze the door."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from kiosk import printing
from kiosk.ui.setting_editors import TextEditor

SHOWN = 6  # queues as buttons; a room has one or two


class _Found(QObject):
    queues = Signal(list)


class PrinterEditor(TextEditor):
    def __init__(self, setting, parent=None):
        super().__init__(setting, parent)
        self.find = QPushButton(objectName="secondary")
        self.find.setMinimumHeight(56)
        self.find.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.find.clicked.connect(self.look_up)
        self.found = QLabel(objectName="hint", wordWrap=True)
        self.queue_buttons: list[QPushButton] = []
        self._grid = QGridLayout()
        self._grid.addWidget(self.find, 0, 0, 1, 2)
        self.layout_.addLayout(self._grid)
        self.layout_.addWidget(self.found)
        self._answers = _Found(self)
        self._answers.queues.connect(self._show_queues)  # queued: emitted on the look-up's thread

    def look_up(self) -> None:
        self.find.setEnabled(False)
        self.found.setText(self.tr("Haetaan tulostimia…"))
        threading.Thread(target=lambda: self._answers.queues.emit(printing.printers()), name="lpstat",
                         daemon=True).start()

    def _show_queues(self, queues: list) -> None:
        self.find.setEnabled(True)
        for button in self.queue_buttons:
            button.deleteLater()
        self.queue_buttons = []
        for i, queue in enumerate(queues[:SHOWN]):
            button = QPushButton(queue, objectName="choice")
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, q=queue: self.field.setText(q))
            self._grid.addWidget(button, 1 + i // 2, i % 2)
            self.queue_buttons.append(button)
        self.found.setText(self.tr("Tulostimet: napauta yhtä.") if queues
                           else self.tr("Tulostimia ei löytynyt (CUPS ei vastannut tai jonoja ei ole)."))

    def retranslate(self, wrong: bool = False) -> None:
        super().retranslate(wrong)
        self.find.setText(self.tr("Hae tulostimet"))
