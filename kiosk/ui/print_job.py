"""Printing off the GUI thread: the door keeps answering scans while the print server thinks
(issue 20: a server that accepted the connection and never answered froze the screen for 30 s).

The job runs on a daemon thread (like the start's integrity check: quitting never waits for a
print server) and hands its outcome back through a queued signal, so the screen hears of it on
the GUI thread. The words for each outcome are here too, so both printing screens say the same.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk import printing

log = logging.getLogger(__name__)


class PrintJob(QObject):
    finished = Signal(object)  # a kiosk.printing outcome, on the GUI thread, ``running`` already False
    # From the print thread, queued to the GUI thread. Not ``finished`` itself: each queued
    # connection is its own event, so a screen could see the job over before hearing its outcome.
    _ended = Signal(object)

    def __init__(self, printer, parent: QObject | None = None):
        """``printer()`` names the chosen printer (StaffService.printer; empty: the system's
        default); it is asked on the GUI thread, as the database is used only there."""
        super().__init__(parent)
        self._printer = printer
        self.running = False
        self._ended.connect(self._end)

    def start(self, path: Path) -> None:
        """Print ``path`` in the background; ``finished`` says how it went."""
        self.running = True
        threading.Thread(target=self._run, args=(path, self._printer()), name="print", daemon=True).start()

    def _run(self, path: Path, printer: str) -> None:
        try:
            outcome = printing.send_to_printer(path, printer, printing.TIME_LIMIT)
        except Exception as error:  # noqa: BLE001 (ours: logged with its traceback, said as a failure)
            log.exception("printing %s failed", path)
            outcome = printing.Failed(str(error))
        self._ended.emit(outcome)  # from this thread: Qt queues it to the screen's thread

    def _end(self, outcome) -> None:
        self.running = False
        self.finished.emit(outcome)

    def text(self, outcome, path: Path) -> str:
        """What happened, in the attendant's language, with where the file is when it did not print."""
        saved = self.tr("Tiedosto on tallennettu: {path}").format(path=path)
        match outcome:
            case printing.Printed(printer=""):
                return self.tr("Lähetetty tulostimelle.")
            case printing.Printed(printer=printer):
                return self.tr("Lähetetty tulostimelle {printer}.").format(printer=printer)
            case printing.Held(printer=printer):
                return self.tr("Jonossa, tulostin on pysäytetty ({printer}).").format(printer=printer) + " " + saved
            case printing.Refused(printer=printer):
                return self.tr("Tulostin hylkää työt ({printer}).").format(printer=printer) + " " + saved
            case printing.NoDefault():
                return self.tr("Ei oletustulostinta — valitse tulostin asetuksista.") + " " + saved
            case printing.TimedOut(seconds=seconds):
                return self.tr("Tulostuspalvelin ei vastannut {n} sekunnissa.").format(n=round(seconds)) + " " + saved
            case printing.Failed(detail=detail):
                return self.tr("Tulostus ei onnistunut: {detail}").format(detail=detail) + " " + saved
        return self.tr("Tulostinta ei löytynyt.") + " " + saved
