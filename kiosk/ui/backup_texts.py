"""Why a backup failed, in the attendant's words: the closing checklist and staff home say it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.backup import Failure

# Written out in full at each call: pyside6-lupdate finds only literal translate("context", "text") calls.
translate = QCoreApplication.translate


def failure_text(failure: Failure | None) -> str:
    texts = {
        Failure.FOLDER: translate("backup_texts", "Varmuuskopiokansioon ei voi kirjoittaa: onko muistitikku tai verkkokansio paikallaan?"),
        Failure.DISK_FULL: translate("backup_texts", "Varmuuskopiokansion levy on täynnä."),
        Failure.DATABASE: translate("backup_texts", "Tietokantaa ei voitu lukea."),
        Failure.COPY: translate("backup_texts", "Kopio ei läpäissyt tarkistusta."),
    }
    return texts.get(failure, texts[Failure.COPY])
