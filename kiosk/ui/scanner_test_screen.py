"""Skannerin testi: scan anything and see exactly what arrived — the characters, the keys around
them, the pace, the suffix — and whether the kiosk reads it as one of our cards. It writes nothing
but the two scanner settings an attendant changes here (the pace and the prefix)."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk import scanner_settings
from kiosk.codes import Code, Kind, ScanProblem
from kiosk.scan_trace import Key, Trace, pace, reading
from kiosk.ui.problem_texts import told
from kiosk.ui.scanner import MODIFIER_KEYS
from kiosk.ui.screen import Screen
from kiosk.ui.setup_pages import Stepper
from kiosk.ui.steps import big_button

ARRIVAL_PAUSE_MS = 700  # a pause this long ends one arrival of keys: longer than any scanner's gap
_NAMES = {Qt.Key.Key_Return: "Enter", Qt.Key.Key_Enter: "Enter", Qt.Key.Key_Tab: "Tab", Qt.Key.Key_Shift: "Shift",
          Qt.Key.Key_CapsLock: "Caps Lock", Qt.Key.Key_AltGr: "AltGr", Qt.Key.Key_Alt: "Alt", Qt.Key.Key_Control: "Ctrl",
          Qt.Key.Key_Meta: "Meta", Qt.Key.Key_NumLock: "Num Lock"}
_SHOWN = {"\r": "⏎", "\n": "⏎", "\t": "⇥", " ": "␣"}


def key_name(key: int, text: str, modifiers) -> str:
    if text in ("\n", "\r") and modifiers & Qt.KeyboardModifier.ControlModifier and key not in _NAMES:
        return "Ctrl+J" if text == "\n" else "Ctrl+M"
    if key in _NAMES:
        return _NAMES[key]
    return QKeySequence(key).toString() or text or f"0x{key:x}"


class _Recorder(QObject):
    """Every key press while the page shows, before the scan filter sees it; passes them all on."""

    def __init__(self, keys: list[Key], arrived, parent: QObject):
        super().__init__(parent)
        self._keys, self._arrived = keys, arrived
        self._last = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            # A key no widget takes (Shift) is offered to each parent in turn, and a window hands
            # its keys to the focus widget: one key press, counted once.
            same = (event.key(), event.timestamp() or shiboken6.getCppPointer(event)[0])
            if same == self._last:
                return False
            self._last = same
            stamp = event.timestamp() or time.monotonic() * 1000
            text = "" if event.key() in MODIFIER_KEYS else event.text()
            self._keys.append(Key(key_name(event.key(), text, event.modifiers()), text, float(stamp)))
            self._arrived()
        return False


class ScannerTestScreen(Screen):
    settings_changed = Signal(object)  # the ScannerSetup now in force

    def __init__(self, settings: scanner_settings.ScannerSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanner_test")
        self._settings = settings
        self._setup = scanner_settings.ScannerSetup()
        self._keys: list[Key] = []
        self._taken: list[str] = []  # what the scan filter read as scans during this arrival
        self.trace: Trace | None = None
        self._recorder = _Recorder(self._keys, self._arrived, self)
        self._pause = QTimer(self, singleShot=True, interval=ARRIVAL_PAUSE_MS)
        self._pause.timeout.connect(self.show_arrival)
        self.explain = QLabel(objectName="hint", wordWrap=True)
        self.characters = QLabel(objectName="scan_characters", wordWrap=True)
        self.characters.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.details = QLabel(objectName="scan_details", wordWrap=True)
        self.verdict = QLabel(objectName="scan_verdict", wordWrap=True)
        self.gap_label = QLabel(objectName="scan_details", wordWrap=True)
        self.gap = Stepper(lambda ms: self.tr("{ms} ms").format(ms=ms), scanner_settings.GAP_STEP_MS,
                           scanner_settings.LOWEST_GAP_MS, scanner_settings.HIGHEST_GAP_MS)
        self.gap.minus.clicked.connect(self._save_gap)
        self.gap.plus.clicked.connect(self._save_gap)
        self.prefix_label = QLabel(objectName="scan_details", wordWrap=True)
        self.use_prefix = big_button(kind="secondary")
        self.use_prefix.clicked.connect(self._use_prefix)
        self.clear_prefix = big_button(kind="secondary")
        self.clear_prefix.clicked.connect(lambda: self._save(prefix=""))
        self.message = QLabel(objectName="hint", wordWrap=True)
        gap_row = QHBoxLayout()
        gap_row.addWidget(self.gap_label, 1)
        gap_row.addWidget(self.gap, 1)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_label, 1)
        prefix_row.addWidget(self.use_prefix)
        prefix_row.addWidget(self.clear_prefix)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(self.header())
        layout.addWidget(self.explain)
        layout.addWidget(self.characters)
        layout.addWidget(self.details)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        layout.addLayout(gap_row)
        layout.addLayout(prefix_row)
        layout.addWidget(self.message)
        self.retranslate()

    # --- what arrives
    def showEvent(self, event) -> None:
        QApplication.instance().installEventFilter(self._recorder)  # after the scan filter: sees keys first
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        QApplication.instance().removeEventFilter(self._recorder)
        super().hideEvent(event)

    def take_scan(self, code: str) -> None:
        """The scan filter read a scan: here it is shown, never acted on."""
        self._taken.append(code)
        if not self._pause.isActive():
            self.show_arrival()

    def _arrived(self) -> None:
        self._pause.start()

    def show_arrival(self) -> None:
        self._pause.stop()
        if not self._keys and not self._taken:
            return
        self.trace = Trace(tuple(self._keys))
        taken, self._taken = list(self._taken), []
        self._keys.clear()
        self._render(self.trace, taken)

    def _render(self, trace: Trace, taken: list[str]) -> None:
        shown = "".join(_SHOWN.get(key.text, key.text) for key in trace.keys if key.text)
        self.characters.setText(shown or self.tr("(ei merkkejä)"))
        parts = [self.tr("{n} merkkiä").format(n=len(trace.characters))]
        parts.append(self.tr("loppumerkki {suffix}").format(suffix=trace.suffix) if trace.suffix
                     else self.tr("ei loppumerkkiä"))
        for name, count in sorted(trace.modifiers.items()):
            parts.append(self.tr("{key} painettu {n} kertaa").format(key=name, n=count))
        speed = pace(trace)
        if speed is not None:
            parts.append(self.tr("merkkien väli {fastest}–{slowest} ms (mediaani {median} ms)").format(
                fastest=round(speed.fastest_ms), slowest=round(speed.slowest_ms), median=round(speed.median_ms)))
        self.details.setText(" · ".join(parts))
        self.verdict.setText(self._verdict(trace, taken, speed))
        found = trace.prefix_before_code()
        self.use_prefix.setVisible(bool(found) and found != self._setup.prefix)
        self.use_prefix.setText(self.tr("Ohita etuliite {prefix}").format(prefix=found))
        self._found_prefix = found

    def _verdict(self, trace: Trace, taken: list[str], speed) -> str:
        if not taken:
            if speed is not None and speed.slowest_ms > self._setup.gap_ms:
                return self.tr("✗ Kioski ei lukenut tätä skannaukseksi: merkkien väli oli jopa {slowest} ms, "
                               "asetus sallii {gap} ms. Nosta merkkiväliä alla.").format(
                    slowest=round(speed.slowest_ms), gap=self._setup.gap_ms)
            return self.tr("✗ Kioski ei lukenut tätä skannaukseksi (liian lyhyt, tai näppäimistöltä kirjoitettu).")
        read = reading(taken[-1], self._setup.prefix)
        if isinstance(read, Code):
            what = self.tr("henkilökortti") if read.kind is Kind.PERSON else self.tr("lainattavan tavaran tarra")
            return self.tr("✓ Kioski lukee tämän: {what}. Skanneri toimii.").format(what=what)
        if read is ScanProblem.GARBLED:
            return self.tr("✗ Työhuoneen koodi, mutta se tuli perille vaurioituneena. Tarkista skannerin "
                           "näppäimistöasettelu (US tai FI) ja etuliite.")
        return self.tr("Luettiin skannaukseksi, mutta se ei ole työhuoneen kortti (esimerkiksi bussikortti tai "
                       "tuotteen viivakoodi). Kokeile jollakin työhuoneen kortilla.")

    # --- the two settings
    def refresh(self) -> None:
        self._setup = self._settings.load()
        self.gap.set(self._setup.gap_ms)
        self._show_prefix()
        self.message.clear()

    def _show_prefix(self) -> None:
        prefix = self._setup.prefix
        self.prefix_label.setText(self.tr("Etuliite, joka ohitetaan: {prefix}").format(prefix=prefix) if prefix
                                  else self.tr("Etuliite: ei ole"))
        self.clear_prefix.setVisible(bool(prefix))

    def _save_gap(self) -> None:
        self._save(gap_ms=self.gap.value)

    def _use_prefix(self) -> None:
        self._save(prefix=self._found_prefix)
        self.use_prefix.hide()

    def _save(self, **changed) -> None:
        wanted = scanner_settings.ScannerSetup(**{**self._setup.__dict__, **changed})
        self.message.clear()
        with told(self.message.setText):
            self._setup = self._settings.save(wanted)
            self.settings_changed.emit(self._setup)
        self.gap.set(self._setup.gap_ms)
        self._show_prefix()

    def reset(self) -> None:
        self._keys.clear()
        self._taken.clear()
        self.trace = None
        self.characters.setText("")
        self.details.setText("")
        self.verdict.setText("")
        self.use_prefix.hide()
        self._found_prefix = ""

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Takaisin"))
        self.title.setText(self.tr("Skannerin testi"))
        self.explain.setText(self.tr("Skannaa mikä tahansa koodi. Näet tarkalleen, mitä skanneri lähetti ja "
                                     "lukeeko kioski sen kortiksi. Mitään ei kirjata."))
        self.gap_label.setText(self.tr("Suurin väli kahden merkin välillä (hitaat ja Bluetooth-skannerit tarvitsevat enemmän)"))
        self.gap.minus.setAccessibleName(self.tr("Lyhyempi merkkiväli"))
        self.gap.plus.setAccessibleName(self.tr("Pidempi merkkiväli"))
        self.clear_prefix.setText(self.tr("Poista etuliite"))
        self.characters.setAccessibleName(self.tr("Vastaanotetut merkit"))
        self._show_prefix()
        if self.trace is None:
            self.reset()
