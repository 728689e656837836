"""The off-site copy in staff mode (from Asetukset › Kioski): the remote (kind, address, user,
password, folder), "Testaa yhteys", how often, the last good copy and its age, "Tee kopio nyt".

rclone talks to the network, which may take seconds or hang: the test and the push run on threads
of their own (the test with a time limit per step), and this screen only looks every 200 ms whether
they are done; the door, the scanner and the back button never wait for them.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk import offsite
from kiosk.background_work import in_background
from kiosk.closing import ClosingService
from kiosk.printing import Printed, send_to_printer
from kiosk.ui.field_keyboard import FieldKeyboard
from kiosk.ui.formatting import clock_text, date_text, duration_text
from kiosk.ui.offsite_texts import trouble_text
from kiosk.ui.problem_texts import told
from kiosk.ui.screen import Screen
from kiosk.ui.setup_pages import Stepper
from kiosk.ui.steps import big_button
from kiosk.ui.toggle import ToggleButton

log = logging.getLogger(__name__)
KINDS = (("s3", "S3"), ("webdav", "WebDAV"), ("sftp", "SFTP"))
TEST_LIMIT = 20  # seconds for each of the test's rclone steps: a hung server must not keep staff waiting
SYMBOLS = ":/@_+="  # what addresses, S3 keys and app passwords have that names do not ("-" and "." are there)


class ExactKeyboard(FieldKeyboard):
    """The attendant's keyboard for addresses, users and passwords: letters typed as keyed (small,
    or capitals with ⇧), and the symbols they use most beside a shorter space bar: no row more, so
    it covers no more of the screen than the other staff screens' keyboard."""

    @property
    def board(self):
        made = self._board is not None
        board = FieldKeyboard.board.fget(self)
        if not made:
            grid = board.layout()
            row = grid.getItemPosition(grid.indexOf(board.space))[0]
            grid.removeWidget(board.space)
            grid.addWidget(board.space, row, 6, 1, 8)
            self.shift = ToggleButton("⇧", objectName="key")
            self.shift.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.shift.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.shift.setMinimumSize(56, 56)
            grid.addWidget(self.shift, row, 0, 1, 2)
            for column, symbol in zip((2, 4, 14, 16, 18, 20), SYMBOLS):
                key = QPushButton(symbol.replace("&", "&&"), board, objectName="key")
                key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                key.setMinimumSize(56, 56)
                key.clicked.connect(lambda _=False, s=symbol: self._type(s))
                board.keys[symbol] = key
                grid.addWidget(key, row, column, 1, 2)
        return board

    def _capital(self, field, before: str) -> bool:
        return self.shift.isChecked()

    def open_for(self, field) -> None:
        """Up for ``field`` as a tap on it brings it (for the screenshots, which tap faster than the
        tap guard lets a finger)."""
        self.target = field
        self.board  # noqa: B018 (made now)
        self._place(field)
        self.show()
        self.raise_()


class OffsiteScreen(Screen):
    def __init__(self, closing: ClosingService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("offsite")
        self._closing = closing
        self._testing: Future | None = None
        self._printing: Future | None = None  # the recovery sheet on its way to the printer
        self._sheet = None
        self._tested: tuple | None = None  # the values of the last test that passed
        self._watch = QTimer(self, interval=200)
        self._watch.timeout.connect(self._look)
        self.kinds = {code: ToggleButton(name, objectName="compact") for code, name in KINDS}
        kinds = QHBoxLayout()
        for code, button in self.kinds.items():
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            kinds.addWidget(button)
        self.labels = {name: QLabel(objectName="form", wordWrap=True) for name in ("kind", "url", "user", "secret", "path")}
        self.url, self.user, self.secret, self.path = (QLineEdit(objectName="field") for _ in range(4))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.url, self.user, self.secret, self.path):
            field.textChanged.connect(self._changed)
        self.every_label = QLabel(objectName="form", wordWrap=True)
        self.every = Stepper(self._every_text, 1, 0, 24)
        self.last = QLabel(objectName="form", wordWrap=True)
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.test, self.save, self.push = (big_button(kind="secondary") for _ in range(3))
        self.test.clicked.connect(self._test)
        self.save.clicked.connect(self._save)
        self.push.clicked.connect(self._push)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.addWidget(self.labels["kind"], 0, 0)
        form.addLayout(kinds, 0, 1)
        for row, (name, field) in enumerate((("url", self.url), ("user", self.user), ("secret", self.secret),
                                             ("path", self.path)), start=1):
            form.addWidget(self.labels[name], row, 0)
            form.addWidget(field, row, 1)
        form.addWidget(self.every_label, 5, 0)
        form.addWidget(self.every, 5, 1)
        actions = QHBoxLayout()
        for button in (self.test, self.save, self.push):
            actions.addWidget(button, 1)  # equal widths: a short word keeps room for its padding
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(self.header())
        layout.addLayout(form)
        layout.addWidget(self.last)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.keyboard = ExactKeyboard([self.url, self.user, self.secret, self.path], self)
        self._kind = "webdav"
        self._show_state()
        self.retranslate()

    # --- what is set
    def refresh(self) -> None:
        """The remote as saved; the password field empty (a stored one is kept unless typed over)."""
        with told(self.message.setText):
            self._closing.record_offsite()  # a push that finished meanwhile
            saved = self._closing.offsite_settings()
            self._choose(saved["kind"] or "webdav")
            self.url.setText(saved["url"])
            self.user.setText(saved["user"])
            self.path.setText(saved["path"])
            self.secret.clear()
            self.every.set(self._closing.every_hours())
            self._tested = None
            self.message.clear()
            self._show_state()

    def _choose(self, kind: str) -> None:
        self._kind = kind
        for code, button in self.kinds.items():
            button.setChecked(code == kind)
        self._changed()
        self.retranslate()

    def _values(self) -> tuple:
        return (self._kind, self.url.text().strip(), self.user.text().strip(), self.path.text().strip().strip("/"),
                self.secret.text() or None, self.every.value)

    def _changed(self, *_) -> None:
        self.save.setEnabled(self._tested is not None and self._tested[:5] == self._values()[:5])

    # --- Testaa yhteys
    def _test(self) -> None:
        if self._testing is not None:
            return
        kind, url, user, path, secret, _ = values = self._values()
        if not url:
            self.message.setText(self.tr("Anna palvelimen osoite."))
            return
        target = self._closing.typed_target(kind, url, user, path, secret)
        self._testing = in_background(offsite.test_connection, target, TEST_LIMIT)
        self._testing.values = values
        self.test.setEnabled(False)
        self.message.setText(self.tr("Testataan yhteyttä…"))
        self._watch.start()

    def _tested_now(self, done: Future) -> None:
        self._testing = None
        self.test.setEnabled(True)
        try:
            count = done.result()
        except offsite.OffsiteError as error:
            log.warning("off-site connection test failed: %s", error)  # rclone's words (never the password)
            self._tested = None
            self.message.setText(trouble_text(error.trouble))
        else:
            self._tested = done.values
            self.message.setText(self.tr("Yhteys toimii. Kopioita tallessa: {n}. Tallenna asetukset.").format(n=count))
        self._changed()

    # --- Tallenna
    def _save(self) -> None:
        kind, url, user, path, secret, every = self._values()
        with told(self.message.setText):
            saved = self._closing.save_offsite(kind, url, user, path, secret, every)
            self.secret.clear()
            self._tested = None
            self.message.setText(self.tr("Tallennettu. Etäkopio tehdään joka päivä sulkemisen jälkeen."))
            if saved.sheet is not None:  # a new key: without its sheet nobody could open the copies
                self._sheet = saved.sheet
                self._printing = in_background(send_to_printer, saved.sheet)
                self._watch.start()
            self._show_state()
        self._changed()

    # --- Tee kopio nyt
    def _push(self) -> None:
        with told(self.message.setText):
            if self._closing.push_now():
                self.message.setText(self.tr("Kopiota tehdään. Voit jatkaa muuta työtä."))
                self._watch.start()
            elif self._closing.pushing():
                self.message.setText(self.tr("Kopiota tehdään jo."))
            else:
                self.message.setText(self.tr("Tallenna ensin etäkopion paikka."))
        self._show_state()

    def _look(self) -> None:
        if self._testing is not None and self._testing.done():
            self._tested_now(self._testing)
        if self._printing is not None and self._printing.done():
            printed = not self._printing.exception() and isinstance(self._printing.result(), Printed)
            self._printing = None
            self.message.setText((self.tr("Palautusavain tulostettiin.") if printed else
                                  self.tr("Palautusavainta ei voitu tulostaa.")) + " " +
                                 self.tr("Tulosta se tiedostosta {file}, säilytä lukitussa laatikossa ja poista tiedosto. "
                                         "Ilman sitä kopioita ei voi avata.").format(file=self._sheet))
        result = self._closing.record_offsite()
        if result is not None:
            self.message.setText(self.tr("Etäkopio tehty.") if result[0] else self._failed_text())
            self._show_state()
        if self._testing is None and self._printing is None and not self._closing.pushing():
            self._watch.stop()

    def _failed_text(self) -> str:
        return self.tr("Etäkopio epäonnistui: {reason}").format(reason=trouble_text(self._state["trouble"]))

    def _show_state(self) -> None:
        """What the database and the pushing thread say now; kept for re-translating (a language
        change must not read the database: the screen may outlive it)."""
        closing = self._closing
        self._state = {"last": closing.last_offsite(), "trouble": closing.offsite_trouble(), "now": closing.now(),
                       "configured": closing.configured(), "stored": closing.secret_stored(), "pushing": closing.pushing()}
        self._render_state()

    def _render_state(self) -> None:
        state = self._state
        last = state["last"]
        if last is None:
            text = self.tr("Viimeisin onnistunut etäkopio: ei vielä yhtään.")
        else:
            span = state["now"] - last
            age = self.tr("{n} päivää").format(n=span.days) if span.days >= 2 else duration_text(span)
            text = self.tr("Viimeisin onnistunut etäkopio: {when} ({age} sitten).").format(
                when=f"{date_text(last)} {clock_text(last)}", age=age)
        if state["trouble"] is not None:
            text += " " + self._failed_text()
        if state["configured"] and not state["stored"]:
            text += " " + self.tr("Salasanaa ei ole tallennettu tälle koneelle: kirjoita se ja tallenna.")
        self.last.setText(text)
        self.secret.setPlaceholderText(self.tr("tallessa; kirjoita vain vaihtaaksesi") if state["stored"] else "")
        self.push.setEnabled(state["configured"] and not state["pushing"])

    def _every_text(self, hours: int) -> str:
        return self.tr("vain päivittäin") if hours == 0 else self.tr("{n} h välein").format(n=hours)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Etäkopiot"))
        self.back_button.setText(self.tr("‹ Takaisin"))
        s3 = self._kind == "s3"
        for name, text in (("kind", self.tr("Tallennuspaikka")), ("url", self.tr("Palvelimen osoite")),
                           ("user", self.tr("Access key") if s3 else self.tr("Käyttäjä")),
                           ("secret", self.tr("Secret key") if s3 else self.tr("Salasana")),
                           ("path", self.tr("Ämpäri/kansio") if s3 else self.tr("Kansio"))):
            self.labels[name].setText(text)
        for name, field in (("url", self.url), ("user", self.user), ("secret", self.secret), ("path", self.path)):
            field.setAccessibleName(self.labels[name].text())
        self.url.setPlaceholderText("https://s3.example.fi" if s3 else "host:22" if self._kind == "sftp" else "https://pilvi.example.fi/remote.php/dav/files/huone")
        self.every_label.setText(self.tr("Kopio myös"))
        self.every.set(self.every.value)
        self.test.setText(self.tr("Testaa yhteys"))
        self.save.setText(self.tr("Tallenna"))
        self.push.setText(self.tr("Tee kopio nyt"))
        self._render_state()
