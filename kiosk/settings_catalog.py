"""Every room setting, declared once (issue 20): its key, type, default, allowed values, group on
the settings screen and label. Every reader in the kiosk goes through ``get`` here (typed, with the
one default); every writer through ``put`` or ``change`` (validated; ``change`` audit-logged with
the key). The settings screen, the README table (``kiosk settings table``) and the settings
template (``kiosk settings export`` / ``import``) are made from this list.
tests/test_settings_catalog.py fails on a raw key read anywhere else. Vorta's store/settings.py
is the model.

Plain Python, no Qt. Labels are Finnish, the source language; the screen translates them in the
context "Settings" (``QT_TRANSLATE_NOOP`` below is only the marker pyside6-lupdate looks for:
scripts/translations.sh reads this file too). ``doc`` is the README's English line.

A new setting: add one ``_declare`` call in its group, run ``kiosk settings table`` into the
README's table, translate its label (scripts/translations.sh).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Mapping

from kiosk.errors import Invalid, InvalidInput
from kiosk.profile import QUESTIONS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


CONTEXT = "Settings"

# (code, label): the settings screen's groups, in this order.
GROUPS = (
    ("room", QT_TRANSLATE_NOOP("Settings", "Työhuone")),
    ("hours", QT_TRANSLATE_NOOP("Settings", "Aukioloajat")),
    ("door", QT_TRANSLATE_NOOP("Settings", "Ovella")),
    ("registration", QT_TRANSLATE_NOOP("Settings", "Rekisteröityminen")),
    ("lunch", QT_TRANSLATE_NOOP("Settings", "Lounas")),
    ("lending", QT_TRANSLATE_NOOP("Settings", "Lainaus")),
    ("reports", QT_TRANSLATE_NOOP("Settings", "Raportit")),
    ("scanner", QT_TRANSLATE_NOOP("Settings", "Skanneri ja kamera")),
    ("network", QT_TRANSLATE_NOOP("Settings", "Varmuuskopiot ja verkko")),
    ("accessibility", QT_TRANSLATE_NOOP("Settings", "Saavutettavuus")),
)
GROUP_CODES = tuple(code for code, _ in GROUPS)

# Kinds of value, each with its parser below.
INT, BOOL, TEXT, CHOICE, TIME, DATE, LIST, WEEK = "int", "bool", "text", "choice", "time", "date", "list", "week"
RAW = "raw"  # kept by the kiosk itself: any text (an error message may have lines)

WEEKDAYS = ("0", "1", "2", "3", "4", "5", "6")  # Monday 0, as date.weekday()


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str
    default: str  # as stored: the typed default is parse(default)
    group: str
    label: str  # Finnish; shown through QCoreApplication.translate(CONTEXT, label)
    doc: str  # English, the README's "meaning"
    lowest: int | None = None  # INT
    highest: int | None = None
    step: int = 1
    unit: str = ""  # INT: "s", "min", "ms" or "months", shown after the value
    optional: bool = False  # INT, DATE: empty is allowed and reads as None
    choices: tuple[str, ...] = ()  # CHOICE, LIST (a LIST without choices takes free items)
    choice_labels: tuple[str, ...] = ()  # Finnish, one a choice, for the screen (weekdays: the locale's names)
    max_length: int = 200  # TEXT, LIST items
    pattern: str = ""  # TEXT: a regular expression the whole value matches (empty always allowed)
    required: bool = False  # TEXT: not empty
    truth: tuple[str, str] = ("1", "0")  # BOOL: stored for on, off (older keys say on/off)
    secret: bool = False  # a PIN hash, a password, a key: its value is never written in the audit log
    exportable: bool = True  # in the settings template: never a secret, a PIN, personal data or state
    on_screen: bool = True  # on the settings screen (others: set by their own screen or command)
    restart: bool = False  # read when the kiosk starts: a change is taken up at the next start
    default_doc: str = ""  # README's default when the stored default needs words

    def parse(self, text: str):
        """The typed value of a stored or typed text; InvalidSetting says what is wrong."""
        return _PARSERS[self.kind](self, text)

    def format(self, value) -> str:
        """The stored text of a typed value (validated by parsing it back)."""
        text = _FORMATTERS.get(self.kind, _plain)(self, value)
        self.parse(text)
        return text

    @property
    def typed_default(self):
        return self.parse(self.default)


class InvalidSetting(InvalidInput):
    """A value a setting does not take; ``reason`` and the setting let a screen say it in words."""

    def __init__(self, setting: Setting | None, key: str, reason: str, value: str = ""):
        super().__init__(Invalid.SETTING, f"{key}: {reason} ({value!r})")
        self.setting, self.key, self.reason, self.value = setting, key, reason, value


# reasons
NOT_A_NUMBER, OUT_OF_RANGE, TOO_LONG, NOT_A_CHOICE, NOT_A_TIME, NOT_A_DATE = (
    "not_a_number", "out_of_range", "too_long", "not_a_choice", "not_a_time", "not_a_date")
MISSING, NOT_IN_FORM, NOT_A_WEEK, UNKNOWN_KEY, NOT_EXPORTABLE, NOT_TEXT = (
    "missing", "not_in_form", "not_a_week", "unknown_key", "not_exportable", "not_text")


def _int(s: Setting, text: str) -> int | None:
    text = text.strip()
    if not text and s.optional:
        return None
    if not re.fullmatch(r"-?[0-9]+", text):
        raise InvalidSetting(s, s.key, NOT_A_NUMBER, text)
    value = int(text)
    if (s.lowest is not None and value < s.lowest) or (s.highest is not None and value > s.highest):
        raise InvalidSetting(s, s.key, OUT_OF_RANGE, text)
    return value


def _bool(s: Setting, text: str) -> bool:
    if text.strip() not in s.truth:
        raise InvalidSetting(s, s.key, NOT_A_CHOICE, text)
    return text.strip() == s.truth[0]


def _text(s: Setting, text: str) -> str:
    if not _printable(text):
        raise InvalidSetting(s, s.key, NOT_TEXT, text)
    text = text.strip()
    if len(text) > s.max_length:
        raise InvalidSetting(s, s.key, TOO_LONG, text)
    if s.required and not text:
        raise InvalidSetting(s, s.key, MISSING, text)
    if s.pattern and text and not re.fullmatch(s.pattern, text):
        raise InvalidSetting(s, s.key, NOT_IN_FORM, text)
    return text


def _printable(text: str) -> bool:
    return all(ch.isprintable() for ch in text)


def _choice(s: Setting, text: str) -> str:
    if text.strip() not in s.choices:
        raise InvalidSetting(s, s.key, NOT_A_CHOICE, text)
    return text.strip()


def _time(s: Setting, text: str) -> time:
    if not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", text.strip()) or int(text.strip()[:2]) > 23:
        raise InvalidSetting(s, s.key, NOT_A_TIME, text)
    return time.fromisoformat(text.strip())


def _date(s: Setting, text: str) -> date | None:
    text = text.strip()
    if not text and s.optional:
        return None
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidSetting(s, s.key, NOT_A_DATE, text) from None


def _list(s: Setting, text: str) -> tuple[str, ...]:
    if not _printable(text):
        raise InvalidSetting(s, s.key, NOT_TEXT, text)
    items = [item.strip() for item in text.split(",") if item.strip()]
    if s.choices:
        wrong = [item for item in items if item not in s.choices]
        if wrong:
            raise InvalidSetting(s, s.key, NOT_A_CHOICE, ",".join(wrong))
        return tuple(c for c in s.choices if c in items)  # the declared order, each once
    if any(len(item) > s.max_length for item in items):
        raise InvalidSetting(s, s.key, TOO_LONG, text)
    return tuple(items)


def _week(s: Setting, text: str):
    from kiosk import opening_hours

    try:
        return opening_hours.parse(text)
    except ValueError:
        raise InvalidSetting(s, s.key, NOT_A_WEEK, text) from None


_PARSERS = {RAW: lambda s, text: text, INT: _int, BOOL: _bool, TEXT: _text, CHOICE: _choice, TIME: _time, DATE: _date, LIST: _list, WEEK: _week}


def _plain(s: Setting, value) -> str:
    return "" if value is None else str(value).strip()


def _format_week(s: Setting, value) -> str:
    from kiosk import opening_hours

    return value if isinstance(value, str) else opening_hours.format_week(value)


_FORMATTERS = {
    BOOL: lambda s, v: v if isinstance(v, str) else s.truth[0] if v else s.truth[1],
    TIME: lambda s, v: v if isinstance(v, str) else f"{v:%H:%M}",
    DATE: lambda s, v: "" if v is None else v if isinstance(v, str) else v.isoformat(),
    LIST: lambda s, v: v if isinstance(v, str) else ",".join(str(i).strip() for i in v),
    WEEK: _format_week,
}

CATALOG: dict[str, Setting] = {}


def _declare(key: str, kind: str, default: str, group: str, label: str, doc: str, **more) -> None:
    assert key not in CATALOG and group in GROUP_CODES, key
    # Its default is parsed by tests/test_settings_catalog.py, not here: parsing all of them on
    # every start cost the kiosk 4 ms before home is painted (issue 23).
    CATALOG[key] = Setting(key, kind, default, group, label, doc, **more)


def _state(key: str, group: str, doc: str, secret: bool = False) -> None:
    """Kept by the kiosk itself (or set by its own command): never on the screen, never in a template."""
    _declare(key, RAW, "", group, "", doc, exportable=False, on_screen=False,
             secret=secret, default_doc="(none)")


# --- Room
_declare("room_name", TEXT, "Yhteinen työhuone", "room", QT_TRANSLATE_NOOP("Settings", "Työhuoneen nimi (näkyy aloitusnäytöllä ja korteissa)"),
         "shown on the home screen and the cards", max_length=80, required=True, exportable=False)
_declare("organisation_name", TEXT, "", "room", QT_TRANSLATE_NOOP("Settings", "Ylläpitäjä, esimerkiksi yhdistys tai kunta"),
         "the organiser: the report's header, the privacy notice's controller, the absence notice", max_length=120)
_declare("language", CHOICE, "fi", "room", QT_TRANSLATE_NOOP("Settings", "Kioskin oma kieli"),
         "the room's own language, `fi`, `sv` or `en`; a visitor's choice lasts their visit", choices=("fi", "sv", "en"),
         choice_labels=(QT_TRANSLATE_NOOP("Settings", "Suomi"), QT_TRANSLATE_NOOP("Settings", "Svenska"),
                        QT_TRANSLATE_NOOP("Settings", "English")), restart=True)
_declare("logo_path", TEXT, "", "room", QT_TRANSLATE_NOOP("Settings", "Korttien logo (kuvatiedosto tietokannan kansiossa)"),
         "an image for the cards instead of the room name (relative to the database's folder)", max_length=300)
_declare("municipality_code", TEXT, "", "room", QT_TRANSLATE_NOOP("Settings", "Kuntanumero (kolme numeroa)"),
         "the room's municipality code (three digits), for the exchange file", pattern=r"[0-9]{3}", max_length=3)
_declare("seats", INT, "", "room", QT_TRANSLATE_NOOP("Settings", "Työpisteitä"),
         "work places in the room, for the exchange file", lowest=1, highest=500, optional=True)
_state("room_id", "room", "the room's random id, made with the database")

# --- Opening hours
_declare("opening_hours", WEEK, "0=09:00-16:00;1=09:00-16:00;2=09:00-16:00;3=09:00-16:00;4=09:00-16:00", "hours",
         QT_TRANSLATE_NOOP("Settings", "Aukioloajat viikonpäivittäin"),
         "per weekday, `0=09:00-16:00;1=...` (0 = Monday; a missing day is closed): loans fall due and open visits close "
         "at closing time", default_doc="Mon–Fri 9–16")

# --- Door
_declare("idle_seconds", INT, "45", "door", QT_TRANSLATE_NOOP("Settings", "Näkymä palaa alkuun, kun kukaan ei koske"),
         "when a visitor's screen goes home untouched", lowest=10, highest=600, step=5, unit="s")
_declare("confirmation_seconds", INT, "6", "door", QT_TRANSLATE_NOOP("Settings", "Vahvistus näkyy"),
         "how long a confirmation shows before going home", lowest=2, highest=60, unit="s")
_declare("still_there_seconds", INT, "20", "door", QT_TRANSLATE_NOOP("Settings", "”Oletko vielä siellä?” odottaa"),
         "how long \"Oletko vielä siellä?\" counts down before going home", lowest=5, highest=120, step=5, unit="s")
_declare("staff_idle_seconds", INT, "180", "door", QT_TRANSLATE_NOOP("Settings", "Henkilökunnan tila lukittuu"),
         "staff mode locks after this long untouched", lowest=30, highest=3600, step=30, unit="s")
_declare("screensaver_minutes", INT, "10", "door", QT_TRANSLATE_NOOP("Settings", "Näytönsäästäjä, kun kukaan ei ole koskenut näyttöön"),
         "the screen saver comes after this long untouched", lowest=1, highest=240, step=5, unit="min")
_declare("tap_guard_ms", INT, "300", "door", QT_TRANSLATE_NOOP("Settings", "Juuri ilmestynyt painike ei ota napautusta"),
         "a control that just appeared or moved ignores taps this long (a double tap acts once)",
         lowest=0, highest=1000, step=50, unit="ms")
_state("staff_pin_hash", "door", "the single staff PIN of before named accounts: migration 0010 makes it the first coordinator's account and removes it", secret=True)

# --- Registration
_declare("registration_questions", LIST, ",".join(QUESTIONS), "registration",
         QT_TRANSLATE_NOOP("Settings", "Kysytyt vapaaehtoiset kysymykset"),
         "the optional questions the registration asks",
         choices=QUESTIONS, default_doc="all",
         choice_labels=(QT_TRANSLATE_NOOP("Settings", "Sukupuoli"), QT_TRANSLATE_NOOP("Settings", "Syntymävuosi"),
                        QT_TRANSLATE_NOOP("Settings", "Tilanne"), QT_TRANSLATE_NOOP("Settings", "Koulutus"),
                        QT_TRANSLATE_NOOP("Settings", "Kansalaisuus"), QT_TRANSLATE_NOOP("Settings", "Kotikunta"),
                        QT_TRANSLATE_NOOP("Settings", "Äidinkieli")), restart=True)
_declare("room_municipality", TEXT, "", "registration", QT_TRANSLATE_NOOP("Settings", "Kotikunnan pikavastaus"),
         "the one-tap answer to \"home municipality\"", max_length=60, restart=True)
_declare("situation_check_months", INT, "6", "registration", QT_TRANSLATE_NOOP("Settings", "Kysy ”Onko tilanteesi yhä tämä?”, kun vastaus on näin vanha"),
         "ask a returning visitor \"Onko tilanteesi yhä tämä?\" on check-in when their situation answer is this many months "
         "old (0: never; only where `situation` is asked)", lowest=0, highest=120, unit="months", restart=True)
_declare("retention_months", INT, "24", "registration", QT_TRANSLATE_NOOP("Settings", "Tiedot poistetaan, kun käynnistä on kulunut"),
         "people with no visit for this long are erased (see Privacy)", lowest=1, highest=120, unit="months")
_declare("keep_for_audit_until", DATE, "", "registration", QT_TRANSLATE_NOOP("Settings", "Säilytä tarkastusta varten asti (VVVV-KK-PP)"),
         "nobody is erased for retention before this day, YYYY-MM-DD (from the funding decision)", optional=True)

# --- Lunch
_declare("lunch_weekdays", LIST, "3", "lunch", QT_TRANSLATE_NOOP("Settings", "Lounaspäivät"),
         "lunch days, 0 = Monday … 6 = Sunday, comma-separated", choices=WEEKDAYS, default_doc="3 (Thursday)")
_declare("lunch_time", TIME, "11:30", "lunch", QT_TRANSLATE_NOOP("Settings", "Lounasaika"), "the usual lunch's time")
_declare("lunch_seats", INT, "20", "lunch", QT_TRANSLATE_NOOP("Settings", "Lounaspaikkoja"),
         "the usual lunch's seats (one lunch's can be changed on the lunch list)", lowest=1, highest=500)
_declare("lunch_menu", TEXT, "", "lunch", QT_TRANSLATE_NOOP("Settings", "Tavallinen ruokalista"),
         "the usual menu (one lunch's can be changed on the lunch list)", max_length=120)
_declare("lunch_price", TEXT, "", "lunch", QT_TRANSLATE_NOOP("Settings", "Hinta, esimerkiksi 3 €"), "the lunch's price as shown",
         max_length=30)
_declare("lunch_close_days_before", INT, "1", "lunch", QT_TRANSLATE_NOOP("Settings", "Ilmoittautuminen sulkeutuu päivää ennen"),
         "sign-up closes this many days before the lunch", lowest=0, highest=14)
_declare("lunch_close_time", TIME, "14:00", "lunch", QT_TRANSLATE_NOOP("Settings", "Ilmoittautuminen sulkeutuu kello"),
         "sign-up closes at this time of that day")

# --- Lending
_declare("self_service_lending", BOOL, "0", "lending", QT_TRANSLATE_NOOP("Settings", "Kävijät voivat lainata itsepalvelutavaroita kioskilla"),
         "visitors may borrow self-service items at the kiosk (1)")
_declare("refuse_loans_when_overdue", BOOL, "1", "lending", QT_TRANSLATE_NOOP("Settings", "Ei uutta lainaa, jos jokin laina on myöhässä"),
         "refuse a loan to someone with an overdue item (1)")

# --- Reports
_declare("project_name", TEXT, "", "reports", QT_TRANSLATE_NOOP("Settings", "Hankkeen nimi"), "the report's header", max_length=120)
_declare("project_code", TEXT, "", "reports", QT_TRANSLATE_NOOP("Settings", "Hankekoodi"), "the report's header", max_length=40)
_declare("funders", TEXT, "", "reports", QT_TRANSLATE_NOOP("Settings", "Rahoittajat"), "the report's header", max_length=160)
_declare("funder_logos", LIST, "", "reports", QT_TRANSLATE_NOOP("Settings", "Rahoittajien logot (kuvatiedostot pilkuin erotettuina)"),
         "image files for the report's header, comma-separated (placeholders: `assets/logos/funder-esf-placeholder.png`, "
         "`assets/logos/funder-municipality-placeholder.png`)", max_length=300, default_doc="(none)")
_declare("project_start", DATE, "", "reports", QT_TRANSLATE_NOOP("Settings", "Hankkeen alkupäivä (VVVV-KK-PP)"),
         "the project's first day, YYYY-MM-DD: \"project to date\" figures and the ESF+ cumulative column", optional=True,
         default_doc="(none: the year's start)")
_declare("target_visits_per_month", INT, "", "reports", QT_TRANSLATE_NOOP("Settings", "Tavoite: käyntejä kuukaudessa"),
         "target printed beside the actual figure", lowest=0, highest=100_000, step=10, optional=True)
_declare("target_new_visitors_per_month", INT, "", "reports", QT_TRANSLATE_NOOP("Settings", "Tavoite: uusia kävijöitä kuukaudessa"),
         "target printed beside the actual figure", lowest=0, highest=10_000, optional=True)
_declare("suppress_small_numbers", BOOL, "1", "reports", QT_TRANSLATE_NOOP("Settings", "Julkinen raportti näyttää luvut 1–4 muodossa ”<5”"),
         "print counts 1–4 as \"<5\" in the public report (1)")
_declare("absence_streak_warning", INT, "3", "reports", QT_TRANSLATE_NOOP("Settings", "Varoitus, kun peräkkäisiä selvittämättömiä poissaoloja on"),
         "unexcused absences in a row that put a warning on a work-trial or rehabilitative participant's attendance card",
         lowest=1, highest=30)

# --- Scanner and camera
_declare("scanner_gap_ms", INT, "100", "scanner", QT_TRANSLATE_NOOP("Settings", "Skannerin pisin tauko merkkien välillä"),
         "the longest pause between a scan's characters (also on Skannerin testi)", lowest=20, highest=500, step=20, unit="ms")
_declare("scanner_prefix", TEXT, "", "scanner", QT_TRANSLATE_NOOP("Settings", "Skannerin etuliite, joka ohitetaan"),
         "characters the scanner sends before each code (also on Skannerin testi)", max_length=12, pattern=r"\S{1,12}",
         default_doc="(none)")
_declare("camera", CHOICE, "front", "scanner", QT_TRANSLATE_NOOP("Settings", "Kamera QR-korttien lukemiseen"),
         "`front`, `back` or `none`", choices=("front", "back", "none"),
         choice_labels=(QT_TRANSLATE_NOOP("Settings", "Etukamera"), QT_TRANSLATE_NOOP("Settings", "Takakamera"),
                        QT_TRANSLATE_NOOP("Settings", "Ei kameraa")), restart=True)

# --- Backup and network
_declare("backup_folder", TEXT, "", "network", QT_TRANSLATE_NOOP("Settings", "Päivittäisen varmuuskopion kansio (tyhjä: backups tietokannan vieressä)"),
         "the daily backup's folder", max_length=300, exportable=False, default_doc="(backups/ beside the database)")
_declare("network_folder", TEXT, "", "network", QT_TRANSLATE_NOOP("Settings", "Verkoston kansio kuukauden vaihtotiedostolle"),
         "where last month's exchange file goes by itself after month end: a folder, or `offsite:FOLDER` for that "
         "folder on the room's off-site remote (uploaded unencrypted on a thread)", max_length=300, exportable=False)
_declare("network_joint_controller", BOOL, "0", "network", QT_TRANSLATE_NOOP("Settings", "Yhteisrekisterinpitäjä: vaihtotiedostoon avainnetut pseudonyymit"),
         "`1` under a joint-controller agreement: the exchange file carries keyed pseudonyms made with `network_secret`")
_state("network_secret", "network", "the network's secret for the pseudonyms (never in a template)", secret=True)
_state("network_sent_month", "network", "the last month whose exchange file went to `network_folder`")
for _key in ("kind", "url", "user", "path", "key"):
    _state(f"offsite_{_key}", "network", "the off-site remote and the recovery key (set in staff mode or with "
           "`kiosk offsite-setup`; handed to rclone in its environment, never logged); the remote's password is not a "
           "setting: it is kept in `<database>.offsite-secret` (see \"Nothing lost\")", secret=True)
_state("offsite_secret", "network", "where the first version kept the remote's password: moved out of the database "
       "(into `<db>.offsite-secret`) at the next start", secret=True)
_declare("offsite_every_hours", INT, "0", "network", "", "an off-site copy also every N hours while the kiosk runs "
         "(0: only after the daily backup; set with the off-site remote)", lowest=0, highest=168, unit="h",
         exportable=False, on_screen=False)
_state("offsite_last_ok_at", "network", "the last successful off-site copy")
_state("offsite_last_error", "network", "the last off-site failure's reason")
_state("closing_done_on", "network", "the last day whose closing run (open visits closed, backup) was done")

_declare("printer", TEXT, "", "reports", QT_TRANSLATE_NOOP("Settings", "Tulostin (tyhjä: järjestelmän oletustulostin)"),
         "the CUPS queue the lunch list and the report go to (on the settings screen, \"Hae tulostimet\" lists them "
         "with `lpstat -e`)", max_length=200, exportable=False, default_doc="(the default)")

# --- Accessibility
_declare("bilingual_help", BOOL, "off", "accessibility", QT_TRANSLATE_NOOP("Settings", "Kävijän näkymät suomeksi ja valitulla kielellä"),
         "`on`: visitor screens in Finnish with the chosen language under it", truth=("on", "off"), restart=True)
_declare("read_aloud", BOOL, "on", "accessibility", QT_TRANSLATE_NOOP("Settings", "Lue ääneen -painike, kun ääni on saatavilla"),
         "`off` leaves the read-aloud button out even where a voice exists", truth=("on", "off"), restart=True)

# The report's notes of each month, written on the report screen: one key a month.
REPORT_NOTES = Setting("report_notes_YYYY-MM", TEXT, "", "reports", "", "the month's notes in the report (written on the "
                       "report screen)", max_length=4000, exportable=False, on_screen=False, default_doc="(none)")
_NOTES_KEY = re.compile(r"report_notes_[0-9]{4}-[0-9]{2}")


def report_notes_key(year: int, month: int) -> str:
    return f"report_notes_{year:04d}-{month:02d}"


def find(key: str) -> Setting:
    """The declaration of a key; InvalidSetting for a key that is not one."""
    if key in CATALOG:
        return CATALOG[key]
    if _NOTES_KEY.fullmatch(key):
        return REPORT_NOTES
    raise InvalidSetting(None, key, UNKNOWN_KEY)


def on_screen(group: str | None = None) -> list[Setting]:
    return [s for s in CATALOG.values() if s.on_screen and (group is None or s.group == group)]


# --- reading and writing: the only place that calls kiosk.db.settings

def stored(db, key: str) -> str:
    """The text stored for a declared key (its default when none is stored)."""
    from kiosk.db import settings as table

    return table.get(db, key, find(key).default)


def get(db, key: str):
    """The typed value of a setting; a stored value the setting does not take (a hand edit gone
    wrong) reads as the default, so that it never stops the door."""
    setting = find(key)
    try:
        return setting.parse(stored(db, key))
    except InvalidSetting:
        import logging

        logging.getLogger(__name__).warning("setting %s has a value it does not take; the default is used", key)
        return setting.typed_default


def is_set(db, key: str) -> bool:
    from kiosk.db import settings as table

    find(key)
    return table.get(db, key, "") != ""


def remove(db, key: str) -> None:
    from kiosk.db import settings as table

    find(key)
    table.remove(db, key)


def remove_in(conn, key: str) -> None:
    """A setting taken out inside the caller's transaction."""
    from kiosk.db import settings as table

    find(key)
    table.remove_in(conn, key)


def put_in(conn, values: Mapping[str, object]) -> None:
    """Settings written inside the caller's transaction (checked first), unaudited."""
    from kiosk.db import settings as table

    for key, text in validated(values).items():
        table.put_in(conn, key, text)


def validated(values: Mapping[str, object]) -> dict[str, str]:
    """Each value as its stored text, all checked before anything is written."""
    return {key: find(key).format(value) for key, value in values.items()}


def put(db, values: Mapping[str, object]) -> None:
    """Settings the kiosk keeps by itself (or a command sets), in one transaction, unaudited."""
    from kiosk.db import settings as table

    table.put_many(db, validated(values))


def change(db, values: Mapping[str, object], at, actor: str = "staff") -> dict[str, str]:
    """Settings a person changed, validated whole before anything is written, then in one
    transaction, each with an audit entry naming the key; the stored texts are returned."""
    from kiosk.db import settings as table

    texts = validated(values)
    table.change(db, texts, at, actor, hidden={key for key in texts if find(key).secret})
    return texts
