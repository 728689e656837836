"""Every screen in Finnish, Swedish and English, landscape and portrait: no text is cut, and what is
on screen really is in the chosen language (the translations reach every screen at run time)."""

import re
import string
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
)

from kiosk.app import application
from kiosk.errors import Problem
from kiosk.paths import ASSETS
from kiosk.ui.language import CODES, Languages, current_code, privacy_notices
from kiosk.ui.problem_screen import ProblemScreen
from kiosk.ui.screenshots import SIZES, walk
from kiosk.ui.steps import PrivacyStep
from tests.helpers import demo_window

HOME_BY_NAME = {"fi": "Sisään tai ulos nimellä", "sv": "In eller ut med namn", "en": "In or out by name"}


@pytest.fixture
def languages(qapp):
    application()
    chosen = Languages()
    yield chosen
    chosen.close()  # the next test finds the application as it was: Finnish, no translators


def cut_texts(window) -> list[str]:
    """Every visible label and button whose text does not fit it, described."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                problems.append(f"label {label.text()!r}: needs {needed} px high, has {label.height()}")
            room = label.contentsRect().width() - 2 * max(label.indent(), 0)
            # A file path is one long word in any language (the attendant's messages say where a file went).
            for word in (w for w in label.text().split() if "/" not in w and "\\" not in w):
                if label.fontMetrics().horizontalAdvance(word) > room:
                    problems.append(f"label {label.text()!r}: the word {word!r} is wider than {room} px")
        elif label.sizeHint().width() > label.width():
            problems.append(f"label {label.text()!r}: needs {label.sizeHint().width()} px wide, has {label.width()}")
    for button in window.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        room = contents.width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
        metrics = button.fontMetrics()
        lines = button.text().split("\n")
        for line in lines:
            if metrics.horizontalAdvance(line) > room:
                problems.append(f"button {line!r}: needs {metrics.horizontalAdvance(line)} px, has {room}")
        if len(lines) * metrics.height() > button.height():
            problems.append(f"button {button.text()!r}: {len(lines)} lines do not fit {button.height()} px")
    return problems


def visible_texts(window) -> list[str]:
    """What a visitor reads on screen, but the language buttons (each in its own language) and the
    equipment's buttons (names and categories are the room's own words)."""
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
    texts += [w.text() for w in window.findChildren(QPushButton)
              if w.isVisible() and w.text() and w.objectName() not in ("language", "item")]
    return texts


def finnish_patterns() -> list[re.Pattern]:
    """The Finnish source strings that have a different translation, as patterns for a whole text
    on screen ({placeholders} match anything), to tell untranslated text on screen."""
    patterns = set()
    for language in ("sv", "en"):
        root = ET.parse(ASSETS / "i18n" / f"kiosk_{language}.ts").getroot()
        for message in root.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            words = "".join(text for text, _, _, _ in string.Formatter().parse(source))
            # Not the ones that are little but placeholders ("{weekday} {day}.{month}.").
            if sum(ch.isalpha() for ch in words) >= 2 and source != translation:
                parts = [re.escape(text) + (".+?" if field is not None else "")
                         for text, field, _, _ in string.Formatter().parse(source)]
                patterns.add("".join(parts))
    return [re.compile(p, re.DOTALL) for p in sorted(patterns)]


def untranslated(texts: list[str], patterns: list[re.Pattern]) -> list[str]:
    found = []
    for text in texts:
        for piece in {text, *text.split("\n"), *text.split("\n\n")}:
            if any(p.fullmatch(piece) for p in patterns):
                found.append(piece)
    return found


@pytest.mark.parametrize("look", ["plain", "larger-contrast", "bilingual"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_and_speaks_each_language(qtbot, tmp_path, clock, languages, size, look):
    """Each language on a window of its own with the same demo data, so each sees the same screens.
    The window is built in Finnish and then switched, as a visitor's tap on the home screen does;
    then, as the visitor's taps again, larger text and high contrast; or the room's bilingual help."""
    app = QApplication.instance()
    finnish = finnish_patterns()
    problems, seen = [], {}
    languages.bilingual = look == "bilingual"
    for code in CODES if look != "bilingual" else ("sv", "en"):
        languages.use("fi")  # a window is built in Finnish (one built in another takes its minimum size)
        window, db, at = demo_window(qtbot, tmp_path / f"{code}-{size[0]}.sqlite", clock.now(), size)
        languages.use(code)
        assert languages.current == code and current_code() == code
        # The screen on show changed at once, before anything else happened.
        if look == "bilingual":
            assert window.home.by_name.text() == f"{HOME_BY_NAME['fi']}\n{HOME_BY_NAME[code]}"
        else:
            assert window.home.by_name.text() == HOME_BY_NAME[code]
        if look == "larger-contrast":
            window.home.larger_text.click()
            window.home.high_contrast.click()
        for name in walk(window, at):
            app.processEvents()
            where = f"{code} {size[0]}x{size[1]} {name}"
            if (window.width(), window.height()) != size:
                problems.append(f"{where}: the window grew to {window.width()}x{window.height()}")
            problems += [f"{where}: {p}" for p in cut_texts(window)]
            texts = visible_texts(window)
            seen.setdefault(name, {})[code] = texts
            if code != "fi" and look != "bilingual":
                problems += [f"{where}: still in Finnish: {t!r}" for t in untranslated(texts, finnish)]
        window.close()
        db.close()
    assert len(seen) >= 30, sorted(seen)
    for name, by_code in seen.items() if look != "bilingual" else ():
        for code in ("sv", "en"):
            if by_code.get("fi") and by_code.get(code) == by_code["fi"]:
                problems.append(f"{code} {size[0]}x{size[1]} {name}: the same texts as in Finnish")
    assert not problems, "\n".join(problems)


def test_the_problem_screen_fits_in_each_language(qtbot, languages):
    for code in CODES:
        languages.use(code)
        for width, height in SIZES:
            for problem in (*Problem, None):
                screen = ProblemScreen(problem, "/srv/tyohuone/kiosk.sqlite")
                qtbot.addWidget(screen)
                screen.resize(width, height)
                screen.show()
                qtbot.waitExposed(screen)
                assert (screen.width(), screen.height()) == (width, height)
                assert not cut_texts(screen), (code, problem, cut_texts(screen))
                screen.close()
    assert screen.retry_button.text() == "Try again"


def test_the_privacy_notice_follows_the_language(qtbot, languages, people, checkin, clock):
    from kiosk.ui.registration_screen import RegistrationScreen

    notices = privacy_notices()
    assert set(notices) == set(CODES)
    registration = RegistrationScreen(people, checkin, clock, privacy_notice=notices)
    qtbot.addWidget(registration)
    for code in CODES:
        languages.use(code)
        assert registration.privacy.text.text() == notices[code]
    finnish_only = PrivacyStep(notices["fi"])
    qtbot.addWidget(finnish_only)
    assert finnish_only.text.text() == notices["fi"]  # a room's own notice in Finnish only: shown to all


def test_dates_times_and_numbers_follow_the_language(languages):
    from datetime import date, datetime

    from PySide6.QtCore import QLocale

    from kiosk.clock import HELSINKI
    from kiosk.ui.formatting import clock_text, date_text, day_text

    at = datetime(2026, 11, 26, 11, 30, tzinfo=HELSINKI)
    expected = {
        "fi": ("11.30", "torstai 26.11.2026", "torstai 26.11."),
        "sv": ("11.30", "torsdag 26.11.2026", "torsdag 26.11."),
        "en": ("11.30", "Thursday 26/11/2026", "Thursday 26/11"),
    }
    for code, (time_shown, date_shown, day_shown) in expected.items():
        languages.use(code)
        assert (clock_text(at), date_text(at), day_text(date(2026, 11, 26))) == (time_shown, date_shown, day_shown)
        assert QLocale().toString(3.5, "f", 2) == "3,50"


def test_back_to_the_rooms_language_and_qts_own_strings(languages):
    from PySide6.QtCore import QCoreApplication

    languages.use("en")
    languages.reset()
    assert languages.current == "fi"
    # Qt's own strings (standard dialogs) are translated too, where Qt has the language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Peru"
    languages.use("sv")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    languages.use("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    with pytest.raises(ValueError):
        languages.use("de")
    swedish_room = Languages(default="sv")
    assert swedish_room.current == "sv"
    swedish_room.use("en")
    swedish_room.reset()
    assert swedish_room.current == "sv"
    swedish_room.close()


def test_a_language_change_reaches_screens_built_before_it(qtbot, languages):
    """Screens built in Finnish re-translate on the LanguageChange event that use() delivers."""
    from kiosk.ui.anonymous_screen import AnonymousScreen

    screen = AnonymousScreen()
    qtbot.addWidget(screen)
    assert screen.back_button.text() == "‹ Takaisin"
    changes = []
    screen.installEventFilter(filter_ := _Recorder(changes))
    languages.use("sv")
    assert screen.back_button.text() == "‹ Tillbaka"
    assert changes.count(QEvent.Type.LanguageChange) == 1  # once, however many catalogues changed
    languages.use("sv")
    assert changes.count(QEvent.Type.LanguageChange) == 1  # the same language again: nothing to do
    screen.removeEventFilter(filter_)


class _Recorder(QObject):
    def __init__(self, seen: list):
        super().__init__()
        self.seen = seen

    def eventFilter(self, obj, event) -> bool:
        self.seen.append(event.type())
        return False
