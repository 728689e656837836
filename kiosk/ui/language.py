"""The visitor's language: Finnish (the source of every string), Swedish or English.

``Languages.use("sv")`` puts the Swedish catalogue (assets/i18n/kiosk_sv.qm) and Qt's own Swedish
strings (qtbase_sv.qm, for standard dialogs and widgets) on the application in place of the
previous language's, and makes Finland-Swedish the default locale, so that dates, times and
numbers follow. Every screen re-translates itself on the ``LanguageChange`` event this causes
(see ``Screen.changeEvent``); ``use()`` delivers that event before it returns, so the screen has
changed when the tap is over. ``reset()`` goes back to the room's default language, at idle.

The locales are all Finland's: fi_FI, sv_FI and en_FI. A visitor reading English here lives among
Finnish clocks, timetables and price tags, so en_FI keeps the English words (Thursday, November)
with Finland's 24-hour "11.30", day-first dates and "3,50 €" instead of en_GB's "11:30" and
"1,234.5".
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.paths import ASSETS

log = logging.getLogger(__name__)

CODES = ("fi", "sv", "en")
_LOCALES = {
    "fi": (QLocale.Language.Finnish, QLocale.Country.Finland),
    "sv": (QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": (QLocale.Language.English, QLocale.Country.Finland),
}
TRANSLATIONS = ASSETS / "i18n"


def locale_for(code: str) -> QLocale:
    language, country = _LOCALES[code]
    return QLocale(language, country)


def current_code() -> str:
    """The language of the default locale as one of CODES ("fi" when it is none of them)."""
    code = QLocale().name().split("_")[0]
    return code if code in CODES else "fi"


def privacy_notices(folder: Path = ASSETS / "privacy") -> dict[str, str]:
    """The privacy notice in each language there is a file for (fi.txt, sv.txt, en.txt)."""
    notices = {}
    for code in CODES:
        path = folder / f"{code}.txt"
        if path.exists():
            notices[code] = path.read_text(encoding="utf-8")
    return notices


# Where a visitor reads: with bilingual help these show Finnish with the translation under it.
VISITOR_CONTEXTS = frozenset({
    "HomeScreen", "NameScreen", "ResultScreen", "RegistrationScreen", "NameStep", "YearStep", "MunicipalityStep",
    "PrivacyStep", "CardStep", "DuplicateStep", "AnonymousScreen", "LunchScreen", "SelfLendScreen", "ScreenSaver",
    "StillThere", "answers", "CameraPreview",
})


class BilingualTranslator(QTranslator):
    """For learners of Finnish: on the visitor's screens, each text in Finnish with the chosen
    language's under it ("Tervetuloa työhuoneeseen!\nWelcome to the workroom!"); the attendant's
    screens in the chosen language only. Placeholders appear in both lines and are filled in both."""

    def __init__(self, catalogue: QTranslator, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue

    def translate(self, context, source, disambiguation=None, n=-1):
        translation = self._catalogue.translate(context, source, disambiguation, n)
        if translation and context in VISITOR_CONTEXTS and translation != source:
            return f"{source}\n{translation}"
        return translation or None

    def isEmpty(self) -> bool:
        return self._catalogue.isEmpty()


class Languages:
    """Which language the kiosk speaks now; one per application."""

    def __init__(self, default: str = "fi", app: QCoreApplication | None = None, folder: Path = TRANSLATIONS,
                 bilingual: bool = False):
        if default not in CODES:
            log.warning("unknown default language %r; Finnish instead", default)
            default = "fi"
        self.default = default
        self.bilingual = bilingual  # the room's setting: Finnish with the visitor's language under it
        self._app = app or QCoreApplication.instance()
        self._folder = folder
        self._loaded: dict[tuple[str, bool], list[QTranslator]] = {}
        self._installed: list[QTranslator] = []
        self.current: str | None = None
        self.use(default)

    def use(self, code: str) -> None:
        """Speak this language from now on ("fi", "sv" or "en"); the screens change at once."""
        if code not in CODES:
            raise ValueError(f"unknown language {code!r}; one of {', '.join(CODES)}")
        if code == self.current:
            return
        QLocale.setDefault(locale_for(code))
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = self._translators(code)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.current = code
        # Each window, and so each widget in it, says its new language (QWidget.locale, and the
        # LocaleChange event), which a screen reader reads with the new names (issue 20).
        self._tell_windows(code)
        # Installing and removing translators posts LanguageChange; one more makes sure the dates
        # change even when no catalogue did. Qt folds them into one, delivered here and now.
        QCoreApplication.postEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _tell_windows(self, code: str) -> None:
        if isinstance(self._app, QApplication):
            for window in QApplication.topLevelWidgets():
                window.setLocale(locale_for(code))

    def reset(self) -> None:
        """Back to the room's own language (on every return home after idle)."""
        self.use(self.default)

    def close(self) -> None:
        """Take this object's translators off the application and make Finnish the locale again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.current = None
        QLocale.setDefault(locale_for("fi"))
        self._tell_windows("fi")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _translators(self, code: str) -> list[QTranslator]:
        key = (code, self.bilingual)
        if key not in self._loaded:
            self._loaded[key] = [t for t in (self._qt_translator(code), self._kiosk_translator(code)) if t]
        return self._loaded[key]

    def _kiosk_translator(self, code: str) -> QTranslator | None:
        if code == "fi":
            return None  # Finnish is the source language: the strings in the code are Finnish
        translator = QTranslator(self._app)
        if translator.load(str(self._folder / f"kiosk_{code}.qm")):
            return BilingualTranslator(translator, self._app) if self.bilingual else translator
        log.warning("no translations for %r in %s: the kiosk stays in Finnish", code, self._folder)
        return None

    def _qt_translator(self, code: str) -> QTranslator | None:
        """Qt's own strings (buttons of standard dialogs, context menus) where Qt has them."""
        if code == "en":
            return None  # Qt's own strings are English
        translator = QTranslator(self._app)
        for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(self._folder)):
            if translator.load(f"qtbase_{code}", folder):
                return translator
        return None
