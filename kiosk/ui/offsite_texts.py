"""What went wrong with the off-site copy, in the attendant's words, with what to do: the off-site
screen says it after "Testaa yhteys" and after a push."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.offsite import Trouble

# Written out in full at each call: pyside6-lupdate finds only literal translate("context", "text") calls.
translate = QCoreApplication.translate


def trouble_text(trouble: Trouble | None) -> str:
    texts = {
        Trouble.WRONG_PASSWORD: translate("offsite_texts", "Palvelin ei hyväksynyt käyttäjää tai salasanaa. Tarkista ne."),
        Trouble.UNKNOWN_HOST: translate("offsite_texts", "Palvelimen osoitetta ei löydy. Tarkista osoite."),
        Trouble.NO_NETWORK: translate("offsite_texts", "Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys; kioski yrittää myöhemmin uudelleen."),
        Trouble.BUCKET_MISSING: translate("offsite_texts", "Ämpäriä ei ole palvelimella. Tarkista ämpärin nimi (kioski ei tee ämpäriä itse)."),
    }
    return texts.get(trouble) or translate("offsite_texts", "Yhteys ei toiminut. Tarkista asetukset; tarkempi syy on lokissa.")
