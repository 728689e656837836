"""What went wrong, said to the attendant in their language with what to do next.

A staff screen never shows an exception's own text (English, for developers): a fault of the world
(``KioskError``) and a value a service refused (``InvalidInput``) each have a sentence here. The
exception's text goes to the log, where whoever looks after the kiosk can read it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from kiosk.errors import Invalid, InvalidInput, KioskError, Problem

log = logging.getLogger(__name__)

# Written out in full at each call: pyside6-lupdate finds only literal translate("context", "text") calls.
translate = QCoreApplication.translate


def problem_text(error: Exception) -> str:
    """The sentence for ``error``, built on each call so that a language change shows at once."""
    if isinstance(error, KioskError):
        texts = {
            Problem.DATABASE_LOCKED: translate("problem_texts", "Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä."),
            Problem.DISK_FULL: translate("problem_texts", "Levy on täynnä. Vapauta tilaa levyltä ja yritä uudelleen."),
            Problem.READ_ONLY: translate("problem_texts", "Tietokantaan ei voi kirjoittaa. Tarkista tietokantatiedoston käyttöoikeudet tai levy."),
            Problem.DATABASE_CORRUPT: translate("problem_texts", "Tietokanta on vioittunut. Palauta viimeisin varmuuskopio komennolla kiosk restore."),
            Problem.DATABASE_NEWER: translate("problem_texts", "Tietokanta on uudemmasta versiosta. Päivitä kioski uusimpaan versioon."),
            Problem.DATABASE_GONE: translate("problem_texts", "Tietokantatiedosto on poistettu tai vaihdettu. Mitään ei tallennettu. Tarkista tiedosto ja käynnistä kioski uudelleen."),
        }
        found = texts.get(error.problem)
    elif isinstance(error, InvalidInput):
        texts = {
            Invalid.FIRST_NAME_MISSING: translate("problem_texts", "Kirjoita etunimi ja tallenna uudelleen."),
            Invalid.BIRTH_YEAR: translate("problem_texts", "Tarkista syntymävuosi tai jätä se tyhjäksi."),
            Invalid.ANSWER: translate("problem_texts", "Tarkista valinnat ja tallenna uudelleen."),
            Invalid.ITEM_NAME_MISSING: translate("problem_texts", "Anna tavaralle nimi."),
            Invalid.VISIT_ENDS_BEFORE_START: translate("problem_texts", "Tarkista ajat: ulos ei voi olla ennen sisään."),
            Invalid.VISIT_IN_FUTURE: translate("problem_texts", "Tarkista ajat: käynti ei voi olla tulevaisuudessa."),
            Invalid.ROOM_NAME_MISSING: translate("problem_texts", "Anna työhuoneelle nimi."),
            Invalid.PIN_FORMAT: translate("problem_texts", "PIN on 4–8 numeroa."),
            Invalid.SCANNER_GAP: translate("problem_texts", "Merkkiväli on 20–500 ms."),
            Invalid.SCANNER_PREFIX: translate("problem_texts", "Etuliite on enintään 12 merkkiä ilman välilyöntejä."),
            Invalid.DAY: translate("problem_texts", "Tarkista päivämäärät: muodossa 2026-11-24 tai tyhjä."),
            Invalid.PERIOD_DATES: translate("problem_texts", "Tarkista päivät: alku muodossa 2026-11-24, loppu tyhjä tai aikaisintaan alkupäivänä."),
            Invalid.PERIOD_VALUES: translate("problem_texts", "Tarkista viikonpäivät (1 = maanantai … 7 = sunnuntai, esim. 1,2,4) ja tunnit päivässä (0–24)."),
            Invalid.PERIOD_OVERLAP: translate("problem_texts", "Henkilöllä on jo saman roolin jakso osittain samoille päiville."),
            Invalid.SETTING: setting_text(error),
            Invalid.STAFF_NAME_MISSING: translate("problem_texts", "Kirjoita nimi."),
            Invalid.STAFF_NAME_TAKEN: translate("problem_texts", "Tällä nimellä on jo tili. Lisää nimeen esimerkiksi sukunimen alkukirjain."),
            Invalid.LAST_COORDINATOR: translate("problem_texts", "Viimeistä koordinaattoria ei voi poistaa käytöstä: lisää ensin toinen koordinaattori."),
        }
        found = texts.get(error.invalid)
    else:
        found = None
    if found is None:
        # No words for it: a fault of ours, most likely. The traceback is for the developers.
        log.error("shown to the attendant as 'something went wrong'", exc_info=error)
        return translate("problem_texts", "Jokin meni vikaan. Yritä uudelleen.")
    log.warning("shown to the attendant: %s", error)
    return found


def setting_text(error: InvalidInput) -> str:
    """What is wrong with a value typed or chosen for a room setting, naming the setting."""
    from kiosk import settings_catalog as catalog

    setting = getattr(error, "setting", None)
    reason = getattr(error, "reason", "")
    if setting is None:
        return translate("problem_texts", "Tarkista asetuksen arvo.")
    lowest, highest = setting.lowest, setting.highest
    texts = {
        catalog.NOT_A_NUMBER: translate("problem_texts", "anna kokonaisluku {lowest}–{highest}."),
        catalog.OUT_OF_RANGE: translate("problem_texts", "anna luku väliltä {lowest}–{highest}."),
        catalog.TOO_LONG: translate("problem_texts", "enintään {length} merkkiä."),
        catalog.NOT_A_CHOICE: translate("problem_texts", "valitse jokin vaihtoehdoista."),
        catalog.NOT_A_TIME: translate("problem_texts", "anna kellonaika muodossa 14:00."),
        catalog.NOT_A_DATE: translate("problem_texts", "anna päivä muodossa 2026-11-24 tai jätä tyhjäksi."),
        catalog.MISSING: translate("problem_texts", "ei voi olla tyhjä."),
        catalog.NOT_IN_FORM: translate("problem_texts", "tarkista muoto."),
        catalog.NOT_A_WEEK: translate("problem_texts", "tarkista ajat: sulkeutuu vasta aukeamisen jälkeen."),
        catalog.NOT_TEXT: translate("problem_texts", "ohjausmerkkejä ei voi käyttää."),
    }
    what = texts.get(reason, translate("problem_texts", "tarkista arvo."))
    label = translate(catalog.CONTEXT, setting.label) if setting.label else setting.key
    return f"{label}: " + what.format(lowest=lowest, highest=highest, length=setting.max_length)


@contextmanager
def told(say: Callable[[str], None]) -> Iterator[None]:
    """Run a staff screen's action; a fault of the world or a refused value stops it, and ``say``
    tells the attendant in words. Put the action's confirmation inside the block too:

        with told(self._say):
            self._lending.edit_item(...)
            self._say(self.tr("Tallennettu."))
    """
    try:
        yield
    except (KioskError, ValueError) as error:
        say(problem_text(error))
