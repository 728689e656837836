"""Read aloud: the kiosk speaks its screen (EN 301 549, closed functionality).

``ReadAloud`` speaks a text in the visitor's language through Qt's text-to-speech; ``screen_text``
says what a person would read on a screen now. Nothing here has words of its own to translate.

The engine lives in a thread of its own. Creating Qt's speech-dispatcher engine lists every voice
of every synthesizer and takes 1.5-2.4 s here (it holds Python's GIL while it does, so a Python
call from another thread would stall the GUI just the same); a speech-dispatcher whose audio output
failed can hang a client for good. So the engine is loaded and driven only by queued calls into
that thread, which run there without Python: the screens never wait for speech, and a speech
system that hangs leaves the kiosk working, silent.

Everything fails soft: no engine plug-in, a plug-in whose library is missing (speechd needs
libspeechd.so.2), an engine in error, an engine without voices, an engine that stops answering
(speech-dispatcher with no working audio output: "speaking" for ever); ``available()`` is then
False, ``say()`` does nothing, and the reason is one line in the log.
"""

from __future__ import annotations

import atexit
import logging
import re
import threading
import time
import unicodedata

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMetaObject,
    QObject,
    QPoint,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.language import locale_for

log = logging.getLogger(__name__)

# Qt's own test engine: fixed fake voices, says nothing. Only ever used when asked for by name.
MOCK = "mock"
# When no engine is named, the platform's own first; any other real engine after these.
PREFERRED = ("winrt", "sapi", "darwin", "macos", "android", "speechd", "flite", "wasm")
# Engine plug-ins that load only when a library of the system is there. Loading such a plug-in
# without it makes Qt log a critical error, so its library is looked for first.
LIBRARIES = {"speechd": "libspeechd.so.2", "flite": "libflite.so.1"}
# On-screen keyboard keys and number-pad buttons (kiosk.ui.keyboard, kiosk.ui.steps.number_pad,
# kiosk.ui.pin_pad): a person does not read the keys out.
KEYS = frozenset({"key"})
# Parameters for an engine, by name (Qt passes them to the engine plug-in); none are needed today.
ENGINE_PARAMS: dict[str, dict] = {}
NO_ANSWER_MS = 10_000  # to load an engine
ANSWER_MS = 5_000  # to start or stop speaking
STOP_WAIT_MS = 2_000
_SENTENCE_END = (".", "!", "?", ":", ";", "…")


def engine_candidates(engine: str | None, installed: list[str]) -> list[str]:
    """The engines to try, in order: the one named (when installed), or every real one."""
    if engine is not None:
        return [engine] if engine in installed else []
    real = [name for name in installed if name != MOCK]
    return sorted(real, key=lambda name: (PREFERRED.index(name) if name in PREFERRED else len(PREFERRED), name))


def choose_locale(code: str, locales: list[QLocale], default: QLocale | None) -> QLocale | None:
    """The engine locale to speak language ``code`` in: the kiosk's own (sv_FI for "sv"), another
    of the same language (sv_SE), or else ``default``. ``locales`` sorted, so the choice is stable."""
    try:
        wanted = locale_for(code)
    except KeyError:
        return default
    same_language = [locale for locale in locales if locale.language() == wanted.language()]
    for locale in same_language:
        if locale.territory() == wanted.territory():
            return locale
    return same_language[0] if same_language else default


def _library_missing(engine: str) -> bool:
    library = LIBRARIES.get(engine)
    if library is None:
        return False
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        log.info("read aloud: engine %r needs %s, which this system does not have", engine, library)
        return True
    return False


class ReadAloud(QObject):
    """Speaks texts in the visitor's language; silent where the system has no voice."""

    availability_changed = Signal(bool)  # once we learn whether a voice exists, and on any change
    speaking_changed = Signal(bool)
    _stop_requested = Signal()
    _locale_requested = Signal(QLocale)
    _say_requested = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._available = False
        self._known = False
        self._speaking = False
        self._locales: list[QLocale] = []
        self._default_locale: QLocale | None = None
        self._locale: QLocale | None = None
        self._tts = None
        self._engine_thread: _EngineThread | None = None
        self._engine = ""
        self._waiting_for_ready = False
        self._asked_at = 0.0
        self._answers = 0  # state changes the engine has told
        self._unanswered = False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._candidates = [
                name for name in engine_candidates(engine, list(QTextToSpeech.availableEngines()))
                if not _library_missing(name)
            ]
        except Exception:
            log.warning("read aloud: no text-to-speech module", exc_info=True)
            self._candidates = []
        if not self._candidates:
            log.info("read aloud: no text-to-speech engine %s", f"named {engine!r}" if engine else "on this system")
            QTimer.singleShot(0, self, lambda: self._learn(False))
            return
        try:
            self._start()
        except Exception:
            log.warning("read aloud: could not start the text-to-speech engine", exc_info=True)
            self._candidates = []
            QTimer.singleShot(0, self, lambda: self._learn(False))

    # -- the API -------------------------------------------------------------------------------

    def available(self) -> bool:
        """An engine is ready and has at least one voice."""
        return self._available and self._tts is not None

    def say(self, text: str, code: str) -> None:
        """Stop what is being said and say ``text`` in the voice of language ``code`` ("fi", "sv", "en").

        The engine's own voice for the language where it has one, otherwise its default voice."""
        if not self.available():
            return
        try:
            self._stop_requested.emit()
            locale = self._choose_locale(code)
            if locale is not None and locale != self._locale:
                self._locale = locale
                self._locale_requested.emit(locale)
            if text.strip():
                self._say_requested.emit(text)
                self._expect_answer()
            elif self._speaking:
                self._expect_answer()
        except Exception:
            log.warning("read aloud: could not say a text", exc_info=True)

    def stop(self) -> None:
        if self.available():
            self._stop_requested.emit()
            if self._speaking:
                self._expect_answer()

    def speaking(self) -> bool:
        """The engine last told us it is speaking."""
        return self._speaking and self.available()

    def voice_locale(self, code: str) -> str:
        """The engine locale ``say(text, code)`` speaks in ("fi_FI"), or "" without a voice."""
        if not self.available():
            return ""
        locale = self._choose_locale(code)
        return locale.name() if locale is not None else ""

    def engine(self) -> str:
        """The engine that speaks ("speechd", "mock"), or "" while there is none."""
        return self._engine if self.available() else ""

    def close(self) -> None:
        """Stop speaking and end the engine's thread (also done on quit and when this object goes)."""
        if self._engine_thread is not None:
            self._engine_thread.end()
        self._tts = None
        self._engine_thread = None
        self._candidates = []
        self._unanswered = False
        self._set_speaking(False)
        self._learn(False)

    # -- the engine's thread -------------------------------------------------------------------

    def _start(self) -> None:
        # Every connection between this object and the engine crosses threads, so Qt queues it.
        # (No Qt.ConnectionType here: the Qt namespace costs 25 ms to import.)
        engine_thread = _EngineThread()
        tts = engine_thread.tts
        self._stop_requested.connect(tts.stop)
        self._locale_requested.connect(tts.setLocale)
        self._say_requested.connect(tts.say)
        tts.engineChanged.connect(self._engine_changed)
        tts.stateChanged.connect(self._state_changed)
        self._tts, self._engine_thread = tts, engine_thread
        # When this object goes, its engine and thread go too (the lambda holds no reference to self).
        self.destroyed.connect(lambda *_: engine_thread.end())
        self._next_engine()
        QTimer.singleShot(NO_ANSWER_MS, self, self._no_answer)

    def _next_engine(self) -> None:
        from PySide6.QtCore import Q_ARG

        if self._candidates:
            name = self._candidates.pop(0)
            self._engine = name
            self._waiting_for_ready = False
            self._asked_at = time.perf_counter()
            params = ENGINE_PARAMS.get(name)
            if params:
                QMetaObject.invokeMethod(self._tts, "setEngine", Q_ARG(str, name), Q_ARG("QVariantMap", params))
            else:
                QMetaObject.invokeMethod(self._tts, "setEngine", Q_ARG(str, name))
        else:
            self._learn(False)

    @Slot(str)
    def _engine_changed(self, name: str) -> None:
        if self._tts is None or (self._known and self._available):
            return
        if not name:
            self._failed("did not load")
        elif self._is_ready():
            self._inspect()
        elif self._has_failed():
            self._failed(f"failed: {self._tts.errorString()}")
        else:
            self._waiting_for_ready = True  # some engines become ready later

    @Slot(object)
    def _state_changed(self, state) -> None:
        if self._tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._answers += 1
        self._set_speaking(state == QTextToSpeech.State.Speaking)
        if self._unanswered:
            self._unanswered = False
            log.info("read aloud: engine %r answers again", self._engine)
            self._learn(True)
        if self._waiting_for_ready and state == QTextToSpeech.State.Ready:
            self._waiting_for_ready = False
            self._inspect()
        elif self._waiting_for_ready and self._has_failed():
            self._waiting_for_ready = False
            self._failed(f"failed: {self._tts.errorString()}")
        elif state == QTextToSpeech.State.Error and self._available:
            # A text it could not say (no audio device, say); the next one may go better.
            log.warning("read aloud: engine %r: %s", self._engine, self._tts.errorString())

    # Read in this thread, the GUI's, once the engine has told its state, and before it is asked
    # to speak: the engine is idle in its own thread then.
    def _is_ready(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() == QTextToSpeech.State.Ready

    def _has_failed(self) -> bool:
        """In error for a reason. An engine still starting up is in Error state without one."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        return (
            self._tts.state() == QTextToSpeech.State.Error
            and self._tts.errorReason() != QTextToSpeech.ErrorReason.NoError
        )

    def _inspect(self) -> None:
        locales = list(self._tts.availableLocales())
        voices = list(self._tts.availableVoices())
        ms = (time.perf_counter() - self._asked_at) * 1000
        if not locales or not voices:
            self._failed(f"has no voices ({len(locales)} languages)")
            return
        self._locales = sorted(locales, key=QLocale.name)
        self._default_locale = self._tts.locale()
        self._locale = self._default_locale
        log.info(
            "read aloud: engine %r ready in %.0f ms: %d languages, default voice %r (%s)",
            self._engine, ms, len(locales), self._tts.voice().name(), self._default_locale.name(),
        )
        self._learn(True)

    def _failed(self, why: str) -> None:
        log.warning("read aloud: engine %r %s", self._engine, why)
        if self._candidates:
            self._next_engine()
        else:
            self._learn(False)

    def _no_answer(self) -> None:
        if not self._known and self._tts is not None:
            log.warning(
                "read aloud: engine %r has not answered in %d s; the kiosk stays silent",
                self._engine, NO_ANSWER_MS // 1000,
            )

    def _expect_answer(self) -> None:
        """A speech system whose audio failed can stop answering: speaking for ever, or never
        starting. Unless the engine tells a new state soon, it counts as unavailable until it does."""
        answers = self._answers
        QTimer.singleShot(ANSWER_MS, self, lambda: self._check_answer(answers))

    def _check_answer(self, answers: int) -> None:
        if self._answers == answers and self.available():
            log.warning("read aloud: engine %r has not answered in %d s; silent until it does",
                        self._engine, ANSWER_MS // 1000)
            self._unanswered = True
            self._learn(False)

    def _learn(self, available: bool) -> None:
        changed = not self._known or available != self._available
        self._known, self._available = True, available
        if changed:
            self.availability_changed.emit(available)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    def _choose_locale(self, code: str) -> QLocale | None:
        return choose_locale(code, self._locales, self._default_locale)


class _EngineThread:
    """A thread that runs a Qt event loop and holds an engine, made there without one ("none").

    The engine itself is loaded later by a queued call (``setEngine``) that runs in this thread
    without Python. The thread is a daemon Python thread, not a QThread, and the engine and the
    loop belong to the thread's event dispatcher, not to Python: a thread stuck in a speech system
    that does not answer is then simply left behind at exit, where a QThread still running would
    abort the program and PySide would delete the stuck engine from the main thread, and hang."""

    def __init__(self):
        self.tts = self.loop = None
        self.stopping = False
        made = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(made,), name="read-aloud", daemon=True)
        self.thread.start()
        if not made.wait(STOP_WAIT_MS / 1000) or self.tts is None:
            raise RuntimeError("the read-aloud thread did not start")
        _live.add(self)
        _hook_exit()

    def _run(self, made: threading.Event) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop
        from PySide6.QtTextToSpeech import QTextToSpeech

        try:
            loop = QEventLoop()  # makes this thread's event dispatcher
            dispatcher = QAbstractEventDispatcher.instance()
            loop.setParent(dispatcher)
            self.tts, self.loop = QTextToSpeech("none", dispatcher), loop
        finally:
            made.set()
        loop.exec()
        from shiboken6 import Shiboken

        Shiboken.delete(self.tts)  # here, in its own thread

    def end(self) -> None:
        if self not in _live:
            return
        first = not self.stopping
        try:
            if first:
                self.stopping = True
                QMetaObject.invokeMethod(self.tts, "stop")
                QMetaObject.invokeMethod(self.loop, "quit")
            self.thread.join(STOP_WAIT_MS / 1000 if first else 0)
        except Exception:
            log.warning("read aloud: could not end the speech engine", exc_info=True)
        if not self.thread.is_alive():
            _live.discard(self)
        elif first:
            log.warning("read aloud: the speech engine does not answer; its thread is left behind")


_live: set[_EngineThread] = set()
_exit_hooked = False


def _end_all() -> None:
    for engine in list(_live):
        engine.end()


def _hook_exit() -> None:
    global _exit_hooked
    if _exit_hooked:
        return
    _exit_hooked = True
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_end_all)
    atexit.register(_end_all)


# -- what the screen says ----------------------------------------------------------------------


def screen_text(widget: QWidget) -> str:
    """What a person would read on ``widget`` now, as sentences to speak.

    The visible labels' texts, then the visible buttons' texts (a button's accessible name where it
    shows no words: an icon, an arrow), each in reading order: top to bottom, then left to right.
    Keyboard keys and number-pad digits are left out; so are pictures, texts of symbols only (the
    PIN's dots) and the signs around a text (the arrow of "‹ Takaisin"). Lines become sentences,
    and a sentence said twice in a row is said once."""
    labels = [w for w in widget.findChildren(QLabel) if _shown(w, widget) and not _is_picture(w)]
    buttons = [w for w in widget.findChildren(QPushButton) if _shown(w, widget) and w.objectName() not in KEYS]
    pieces: list[str] = []
    for label in _reading_order(labels, widget):
        pieces += _lines(_label_text(label)) or _lines(label.accessibleName())
    for button in _reading_order(buttons, widget):
        pieces += _lines(_without_mnemonics(button.text())) or _lines(button.accessibleName())
    sentences: list[str] = []
    for piece in pieces:
        if not sentences or sentences[-1] != piece:
            sentences.append(piece)
    ended = [s if s.endswith(_SENTENCE_END) else s + "." for s in sentences[:-1]]
    return " ".join(ended + sentences[-1:])


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root)


def _is_picture(label: QLabel) -> bool:
    return not label.pixmap().isNull() or label.movie() is not None


def _reading_order(widgets: list, root: QWidget) -> list:
    def position(w):
        point = w.mapTo(root, QPoint(0, 0))
        return point.y(), point.x()

    return sorted(widgets, key=position)


def _label_text(label: QLabel) -> str:
    text = label.text()
    from PySide6.QtGui import Qt, QTextDocument

    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich or label.textFormat() == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        if rich:
            document.setHtml(text)
        else:
            document.setMarkdown(text)
        text = document.toPlainText()
    return text


def _without_mnemonics(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # "&Jatka" shows as "Jatka", "&&" as "&"


def _lines(text: str) -> list[str]:
    """The text's lines that have words or numbers in them, spaces tidied, and without the signs
    around them that a voice would spell out ("‹ Takaisin", "Seuraava ›", "✓ Lainaa")."""
    lines = (_unadorned(" ".join(line.split())) for line in text.splitlines())
    return [line for line in lines if any(ch.isalnum() for ch in line)]


def _unadorned(line: str) -> str:
    def sign(ch: str) -> bool:
        # Pictures (✓ ⌫ ★), arrows (→ ←), the angle quotes of ‹ Takaisin ›; not € + ° or %.
        category = unicodedata.category(ch)
        return (
            category in ("Pi", "Pf")
            or (category == "So" and ch != "°")
            or (category == "Sm" and "ARROW" in unicodedata.name(ch, ""))
        )

    start, end = 0, len(line)
    while start < end and (sign(line[start]) or line[start].isspace()):
        start += 1
    while end > start and (sign(line[end - 1]) or line[end - 1].isspace()):
        end -= 1
    return line[start:end]
