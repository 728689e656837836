"""Read aloud: Qt's mock engine (fake voices en_GB, en_US, nb_NO, nn_NO and fi_FI; 100 ms a word,
says nothing) stands in for a real one; screen_text reads small widget trees laid out by hand."""

import logging

import pytest
from PySide6.QtCore import Q_ARG, QLocale, QMetaObject
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QWidget
from shiboken6 import Shiboken

from kiosk.ui import speech
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.speech import ReadAloud, choose_locale, engine_candidates, screen_text
from kiosk.ui.steps import number_pad

LONG = " ".join(["sana"] * 60)  # six seconds of the mock engine's speech


@pytest.fixture
def make_voice(qapp):
    made = []

    def make(engine="mock"):
        voice = ReadAloud(engine)
        made.append(voice)
        return voice

    yield make
    for voice in made:
        voice.close()


@pytest.fixture
def voice(make_voice, qtbot):
    voice = make_voice("mock")
    with qtbot.waitSignal(voice.availability_changed, timeout=5000) as ready:
        pass
    assert ready.args == [True]
    return voice


def engine_locale(voice: ReadAloud) -> str:
    return voice._tts.locale().name()


# -- the engine --------------------------------------------------------------------------------


def test_the_mock_engine_has_voices(voice):
    assert voice.available()
    assert voice.engine() == "mock"
    assert not voice.speaking()


def test_finnish_is_said_in_the_finnish_voice(voice, qtbot):
    assert voice.voice_locale("fi") == "fi_FI"
    voice.say("Tervetuloa työhuoneelle", "fi")
    qtbot.waitUntil(voice.speaking, timeout=2000)
    assert engine_locale(voice) == "fi_FI"
    assert voice._tts.voice().name() in ("Kari", "Anneli")


def test_english_without_en_FI_takes_another_english_voice(voice, qtbot):
    assert voice.voice_locale("en") == "en_GB"  # en_GB and en_US: the first by name


def test_swedish_without_a_swedish_voice_falls_back_to_the_default_voice(voice, qtbot, caplog):
    caplog.set_level(logging.WARNING, speech.__name__)
    voice.say("Hei", "fi")
    qtbot.waitUntil(lambda: engine_locale(voice) == "fi_FI", timeout=2000)
    assert voice.voice_locale("sv") == "en_GB"  # the engine's default
    voice.say("Välkommen", "sv")
    qtbot.waitUntil(lambda: engine_locale(voice) == "en_GB", timeout=2000)
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=2000)
    assert voice.available()
    assert caplog.records == []


def test_speaking_then_ready_again(voice, qtbot):
    changes = []
    voice.speaking_changed.connect(changes.append)
    voice.say("yksi kaksi kolme", "fi")  # 300 ms
    qtbot.waitUntil(voice.speaking, timeout=2000)
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=3000)
    assert changes == [True, False]


def test_stop_stops_at_once(voice, qtbot):
    voice.say(LONG, "fi")
    qtbot.waitUntil(voice.speaking, timeout=2000)
    voice.stop()
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=1000)
    qtbot.wait(300)
    assert not voice.speaking()


def test_say_stops_what_is_being_said(voice, qtbot):
    voice.say(LONG, "fi")
    qtbot.waitUntil(voice.speaking, timeout=2000)
    voice.say("Hei", "en")  # one word: 100 ms, where the long text would go on for 6 s
    qtbot.waitUntil(lambda: engine_locale(voice) == "en_GB", timeout=2000)
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=2000)


def test_an_engine_that_stops_answering_counts_as_silent_until_it_answers_again(voice, qtbot, monkeypatch, caplog):
    # As speech-dispatcher does when its audio output failed: the text never starts, nor ends.
    monkeypatch.setattr(speech, "ANSWER_MS", 200)
    voice._say_requested.disconnect(voice._tts.say)  # the engine never hears it
    with qtbot.waitSignal(voice.availability_changed, timeout=2000) as learned:
        voice.say("Hei", "fi")
    assert learned.args == [False]
    assert not voice.available() and not voice.speaking()
    assert "has not answered" in caplog.text
    with qtbot.waitSignal(voice.availability_changed, timeout=2000) as learned:
        QMetaObject.invokeMethod(voice._tts, "say", Q_ARG(str, "Hei"))  # it speaks again
    assert learned.args == [True]


def test_an_engine_that_answers_in_time_stays_available(voice, qtbot, monkeypatch):
    monkeypatch.setattr(speech, "ANSWER_MS", 200)
    with qtbot.assertNotEmitted(voice.availability_changed, wait=600):
        voice.say(LONG, "fi")
        qtbot.waitUntil(voice.speaking, timeout=2000)
        voice.stop()
        voice.say("", "fi")
    assert voice.available()


def test_an_engine_that_becomes_ready_later_is_announced_then(make_voice, qtbot, monkeypatch):
    # The mock's delayed start begins in Error state without an error reason, and is Ready later.
    monkeypatch.setitem(speech.ENGINE_PARAMS, "mock", {"delayedInitialization": True})
    voice = make_voice("mock")
    with qtbot.waitSignal(voice.availability_changed, timeout=5000) as ready:
        pass
    assert ready.args == [True]
    voice.say("Hei", "fi")
    qtbot.waitUntil(voice.speaking, timeout=2000)


def test_an_unknown_engine_is_silent(make_voice, qtbot):
    voice = make_voice("no-such-engine")
    with qtbot.waitSignal(voice.availability_changed, timeout=2000) as learned:
        pass
    assert learned.args == [False]
    assert not voice.available()
    voice.say("Hei", "fi")
    voice.stop()
    qtbot.wait(100)
    assert not voice.speaking()
    assert voice.engine() == "" and voice.voice_locale("fi") == ""


def test_an_engine_whose_library_is_missing_is_silent_and_says_why(make_voice, qtbot, monkeypatch, caplog):
    caplog.set_level(logging.INFO, speech.__name__)
    monkeypatch.setitem(speech.LIBRARIES, "mock", "libno-such-speech.so.9")
    voice = make_voice("mock")
    with qtbot.waitSignal(voice.availability_changed, timeout=2000) as learned:
        pass
    assert learned.args == [False]
    voice.say("Hei", "fi")
    assert not voice.speaking()
    assert "libno-such-speech.so.9" in caplog.text


def test_saying_before_the_engine_is_ready_does_nothing(make_voice, qtbot):
    voice = make_voice("mock")
    voice.say(LONG, "fi")  # the engine has not answered yet
    qtbot.waitUntil(voice.available, timeout=2000)
    qtbot.wait(100)
    assert not voice.speaking()


def test_a_language_is_said_in_its_finnish_locale_else_in_another_else_in_the_default():
    locales = [QLocale(name) for name in ("en_GB", "en_US", "fi_FI", "sv_FI", "sv_SE")]
    default = QLocale("en_US")

    def chosen(code, names=None):
        return choose_locale(code, [QLocale(n) for n in names] if names else locales, default).name()

    assert chosen("sv") == "sv_FI"
    assert chosen("sv", ["sv_AX", "sv_FI", "sv_SE"]) == "sv_FI"
    assert chosen("sv", ["sv_SE", "fi_FI"]) == "sv_SE"
    assert chosen("fi") == "fi_FI"
    assert chosen("en") == "en_GB"  # no en_FI: the first English one
    assert chosen("en", ["fi_FI", "nb_NO"]) == "en_US"  # no English at all: the default
    assert chosen("xx") == "en_US"


def test_the_default_engine_is_never_the_mock():
    assert engine_candidates(None, ["mock", "speechd"]) == ["speechd"]
    assert engine_candidates(None, ["mock"]) == []
    assert engine_candidates(None, []) == []
    assert engine_candidates(None, ["speechd", "zzz", "sapi", "mock", "winrt"]) == ["winrt", "sapi", "speechd", "zzz"]
    assert engine_candidates("mock", ["speechd", "mock"]) == ["mock"]
    assert engine_candidates("flite", ["speechd", "mock"]) == []


def test_close_ends_the_engine_and_its_thread(voice, qtbot):
    voice.say(LONG, "fi")
    qtbot.waitUntil(voice.speaking, timeout=2000)
    tts, engine_thread = voice._tts, voice._engine_thread
    voice.close()
    assert not engine_thread.thread.is_alive()
    assert not Shiboken.isValid(tts)  # deleted, in its own thread
    assert engine_thread not in speech._live
    assert not voice.available() and not voice.speaking()
    voice.say("Hei", "fi")


def test_an_engine_goes_with_the_object_that_owns_it(qapp, qtbot):
    owner = QWidget()
    voice = ReadAloud("mock", parent=owner)
    qtbot.waitUntil(voice.available, timeout=2000)
    voice.say(LONG, "fi")
    qtbot.waitUntil(voice.speaking, timeout=2000)
    engine_thread = voice._engine_thread
    owner.deleteLater()
    qtbot.waitUntil(lambda: engine_thread not in speech._live, timeout=3000)
    assert not engine_thread.thread.is_alive()


# -- what the screen says ----------------------------------------------------------------------


def place(widget, parent, x, y, w=150, h=40):
    widget.setParent(parent)
    widget.setGeometry(x, y, w, h)
    return widget


@pytest.fixture
def screen(qapp, qtbot):
    root = QWidget()
    root.resize(800, 900)
    qtbot.addWidget(root)
    return root


def test_labels_then_buttons_each_in_reading_order(screen):
    place(QPushButton("Jatka"), screen, 400, 500)
    place(QPushButton("Takaisin"), screen, 10, 500)  # same row, further left: first
    back = place(QPushButton(), screen, 10, 5)  # an icon, named for a screen reader
    back.setAccessibleName("Edellinen")
    place(QLabel("oikea"), screen, 400, 100)
    place(QLabel("vasen"), screen, 10, 100)
    place(QLabel("Otsikko"), screen, 200, 10)
    place(QLabel("Lopuksi alhaalla"), screen, 10, 800)
    assert screen_text(screen) == "Otsikko. vasen. oikea. Lopuksi alhaalla. Edellinen. Takaisin. Jatka"


def test_rich_text_lines_and_punctuation_become_plain_sentences(screen):
    place(QLabel("Tervetuloa!"), screen, 10, 10)
    place(QLabel("<b>Näytä</b> korttisi <i>lukijalle</i>"), screen, 10, 60)
    place(QLabel("Rivi yksi\nRivi   kaksi\n\n"), screen, 10, 110, h=80)
    place(QLabel("Ensin<br>sitten"), screen, 10, 200)
    place(QPushButton("&Valmis"), screen, 10, 300)
    place(QPushButton("‹ Takaisin"), screen, 10, 350)
    place(QPushButton("Seuraava ›"), screen, 10, 400)
    place(QPushButton("✓ Lainaa 3 €"), screen, 10, 450)
    place(QPushButton("→ +5 °"), screen, 10, 500)
    assert screen_text(screen) == (
        "Tervetuloa! Näytä korttisi lukijalle. Rivi yksi. Rivi kaksi. Ensin. sitten. Valmis. Takaisin. Seuraava."
        " Lainaa 3 €. +5 °"
    )


def test_hidden_widgets_pictures_keys_and_symbols_are_not_read(screen):
    place(QLabel("Näkyy"), screen, 10, 10)
    place(QLabel("Piilossa"), screen, 10, 60).hide()
    hidden_box = place(QWidget(), screen, 10, 100, 400, 100)
    place(QLabel("Piilotetun sisällä"), hidden_box, 0, 0)
    place(QPushButton("Myös piilossa"), hidden_box, 0, 50)
    hidden_box.hide()
    picture = place(QLabel(), screen, 10, 200)
    picture.setPixmap(QPixmap(20, 20))
    picture.setAccessibleName("Logo")
    place(QLabel("– – – –"), screen, 10, 250)  # the PIN's dots: nothing to say
    keyboard = place(OnScreenKeyboard(), screen, 10, 300, 700, 300)
    pad_box = place(QWidget(), screen, 10, 620, 300, 250)
    pad, digits = number_pad(lambda digit: None)
    pad_box.setLayout(pad)
    place(QPushButton("OK", objectName="primary"), screen, 400, 850)
    text = screen_text(screen)
    assert text == "Näkyy. OK"
    assert keyboard.keys["A"].isVisibleTo(screen) and digits["5"].isVisibleTo(screen)  # there, but not read


def test_the_same_sentence_twice_in_a_row_is_said_once(screen):
    place(QLabel("Valmis"), screen, 10, 10)
    place(QLabel("Valmis"), screen, 10, 60)
    place(QLabel("Hei"), screen, 10, 110)
    place(QLabel("Valmis"), screen, 10, 160)
    place(QPushButton("Valmis"), screen, 10, 210)  # the last label's text again
    assert screen_text(screen) == "Valmis. Hei. Valmis"


def test_only_the_page_on_show_is_read(screen):
    pages = place(QStackedWidget(), screen, 0, 0, 800, 900)
    first, second = QWidget(), QWidget()
    place(QLabel("Ensimmäinen sivu"), first, 10, 10)
    place(QLabel("Toinen sivu"), second, 10, 10)
    pages.addWidget(first)
    pages.addWidget(second)
    pages.setCurrentWidget(second)
    assert screen_text(screen) == "Toinen sivu"
    assert screen_text(pages) == "Toinen sivu"


def test_nothing_to_read_is_an_empty_text(screen):
    assert screen_text(screen) == ""
