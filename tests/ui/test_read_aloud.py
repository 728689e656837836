"""Read aloud on the kiosk: the home screen's button appears only with a voice; turned on, it says
the screen at once, each visitor screen as it comes, and the confirmation, in the visitor's
language; the next visitor finds it off. The voice here records what it is asked to say (the
engine itself is tested with Qt's mock engine in test_speech.py)."""

from PySide6.QtCore import QObject, Qt, Signal

from tests.helpers import focus_target, scan


class RecordingVoice(QObject):
    availability_changed = Signal(bool)

    def __init__(self, available=True):
        super().__init__()
        self._available = available
        self.said: list[tuple[str, str]] = []
        self.stopped = 0

    def available(self) -> bool:
        return self._available

    def say(self, text: str, code: str) -> None:
        self.said.append((text, code))

    def stop(self) -> None:
        self.stopped += 1


def test_no_voice_no_button(window):
    window.use_speech(RecordingVoice(available=False))
    assert window.home.read_aloud_button.isHidden()


def test_the_button_appears_when_a_voice_is_found_later(window):
    voice = RecordingVoice(available=False)
    window.use_speech(voice)
    voice._available = True
    voice.availability_changed.emit(True)
    assert not window.home.read_aloud_button.isHidden()


def test_read_aloud_says_the_screen_then_the_confirmation(qtbot, window, people):
    aino = people.add("Aino", "Virtanen")
    voice = RecordingVoice()
    window.use_speech(voice)
    qtbot.mouseClick(window.home.read_aloud_button, Qt.MouseButton.LeftButton)
    assert window.home.read_aloud_button.text() == "✓ Lue ääneen"
    qtbot.waitUntil(lambda: len(voice.said) == 1)
    text, code = voice.said[0]
    assert code == "fi"
    assert "Tervetuloa työhuoneeseen!" in text and "Sisään tai ulos nimellä" in text
    assert text.index("Tervetuloa") < text.index("Sisään tai ulos nimellä")  # in reading order

    scan(focus_target(window), aino.card_code)
    assert window.current() is window.result
    qtbot.waitUntil(lambda: len(voice.said) == 2)
    assert voice.said[1][0].startswith("Tervetuloa, Aino!")  # the confirmation, said once
    qtbot.wait(50)
    assert len(voice.said) == 2

    qtbot.mouseClick(window.result.ok, Qt.MouseButton.LeftButton)  # the visit is over
    assert not window.home.read_aloud_button.isChecked() and voice.stopped >= 1
    window.show_screen(window.name_search)
    qtbot.wait(50)
    assert len(voice.said) == 2  # off for the next visitor


def test_read_aloud_speaks_the_visitors_language(qtbot, make_window):
    from kiosk.ui.language import Languages

    languages = Languages()
    try:
        window = make_window()
        window.languages = languages
        window.home.language_chosen.connect(languages.use)
        voice = RecordingVoice()
        window.use_speech(voice)
        qtbot.mouseClick(window.home.language_buttons["sv"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.home.read_aloud_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(voice.said) == 1)
        assert voice.said[0][1] == "sv" and "Välkommen till arbetsrummet!" in voice.said[0][0]
        qtbot.mouseClick(window.home.by_name, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(voice.said) == 2)
        assert voice.said[1][1] == "sv" and "Sök ditt namn" in voice.said[1][0]
    finally:
        languages.close()


def test_attendant_screens_are_not_said(qtbot, window):
    from tests.helpers import enter_staff

    voice = RecordingVoice()
    window.use_speech(voice)
    qtbot.mouseClick(window.home.read_aloud_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(voice.said) == 1)
    enter_staff(window)
    qtbot.wait(50)
    assert len(voice.said) == 1
