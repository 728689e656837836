"""What happened, in big friendly words, gone by itself after a few seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk import activities, checkin, lending, lunch
from kiosk.codes import ScanProblem
from kiosk.errors import KioskError, Problem
from kiosk.ui.announce import announce
from kiosk.ui.formatting import clock_text, day_text, duration_text
from kiosk.ui.screen import Screen
from kiosk.ui.wrapping_button import WrappingButton


class Declined:
    """The privacy notice was not accepted: nothing was registered."""


class ResultScreen(Screen):
    done = Signal()
    find_by_name = Signal()
    lunch_wanted = Signal(int)  # a person id: sign me up for the offered lunch
    # A person id, an activity's and the offered session's day: "Tuletko: Ompeluseura?" tapped (the
    # day it was offered for, also when the tap comes after midnight).
    activity_wanted = Signal(int, int, object)
    undo_wanted = Signal(object)  # the check-in or check-out on screen was not theirs: take it back
    rendered = Signal(object)  # the outcome now on screen (the durability test listens)

    def __init__(self, show_ms: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("result")
        # A plain QWidget subclass paints no stylesheet background (the tone colour) without this.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._shown: object | None = None
        self._offer = None
        self.title = QLabel(objectName="title", wordWrap=True)
        # The focus moves to the title when it shows, and it is announced (issue 20): a screen
        # reader says "Tervetuloa, Aino!" without the visitor having to find it.
        self.title.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.detail = QLabel(objectName="lead", wordWrap=True)
        self.ok = QPushButton(objectName="primary")
        self.ok.setMinimumSize(240, 88)
        self.ok.clicked.connect(self.done)
        self.by_name = QPushButton(objectName="secondary")
        self.by_name.setMinimumSize(240, 88)
        self.by_name.clicked.connect(self.find_by_name)
        # "Et ollut sinä? Peru": the wrong name was tapped; only while this confirmation shows.
        self.undo = WrappingButton(objectName="secondary")
        self.undo.setMinimumSize(240, 88)
        self.undo.clicked.connect(self._undo)
        self.lunch = WrappingButton(objectName="secondary")  # two lines in larger text
        self.lunch.clicked.connect(lambda: self.lunch_wanted.emit(self._shown.person_id))
        self.lunch_done = QLabel(objectName="lead", wordWrap=True)
        # "Tuletko: Ompeluseura?" while a session is on. Tapped, it stays where it is with a tick
        # and takes no more taps: the buttons beside it must not move under the finger.
        self._activity_offer = None
        self.activity = WrappingButton(objectName="primary")
        self.activity.setMinimumSize(240, 88)
        self.activity.clicked.connect(self._activity_tapped)
        # In a row on a landscape screen, one above the other on a portrait one (resizeEvent).
        buttons = self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addStretch(1)
        buttons.addWidget(self.activity)
        buttons.addWidget(self.lunch)
        buttons.addWidget(self.by_name)
        buttons.addWidget(self.ok)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.lunch_done)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        undo_row = QHBoxLayout()  # a row of its own: apart from OK, and the row above keeps its room
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo)
        undo_row.addStretch(1)
        layout.addLayout(undo_row)
        layout.addStretch(1)

        self._timer = QTimer(self, singleShot=True, interval=show_ms)
        self._timer.timeout.connect(self.done)
        self.retranslate()

    def set_show_ms(self, show_ms: int) -> None:
        """The room's setting ``confirmation_seconds`` changed in staff mode."""
        self._timer.setInterval(show_ms)

    def resizeEvent(self, event) -> None:
        self._follow(event.size())
        super().resizeEvent(event)

    def _follow(self, size) -> None:
        portrait = size.height() > size.width()
        self._buttons.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)

    def show_result(self, result: object, lunch_offer=None, activity_offer=None) -> None:
        """``lunch_offer`` is the open lunch to offer in one tap after a check-in, ``activity_offer``
        the session on now (kiosk.activities.Session) to say "I am here" to in one tap."""
        self._shown = result
        self._offer = lunch_offer
        self._activity_offer = activity_offer
        # A hidden page gets no resize events: its buttons' row may still lie as it did on the other
        # orientation, and "Tuletko: …?" beside them would widen the whole window (897 px of 800).
        self._follow(self.window().size())
        self.activity.setEnabled(True)
        self.lunch_done.clear()
        self._render()
        self._timer.start()
        self.rendered.emit(result)
        self._announce()  # a new confirmation over one already showing

    def _undo(self) -> None:
        outcome, self._shown = self._shown, None  # one tap takes it back once
        self.undo.hide()
        if isinstance(outcome, (checkin.CheckedIn, checkin.CheckedOut)):
            self.undo_wanted.emit(outcome)

    def lunch_answer(self, outcome) -> None:
        """The one-tap sign-up happened: say so here, without leaving the confirmation."""
        self._offer = None
        self.lunch.hide()
        if isinstance(outcome, lunch.SignedUp):
            self.lunch_done.setText(self.tr("✓ Ilmoittauduttu lounaalle {day}").format(day=day_text(outcome.lunch.day)))
        else:
            self.lunch_done.setText(self.tr("Lounaalle ilmoittautuminen ei onnistunut: kysy tilavastaavalta."))
        self._timer.start()
        announce(self.lunch_done, self.lunch_done.text())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._announce()

    def _announce(self) -> None:
        if not self.isVisible() or not self.title.text():
            return
        said = " ".join(part for part in (self.title.text(), self.detail.text(), self.lunch_done.text()) if part)
        self.title.setAccessibleName(self.title.text())
        self.title.setAccessibleDescription(" ".join(part for part in (self.detail.text(), self.lunch_done.text()) if part))
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.title, said)

    def _activity_tapped(self) -> None:
        if self._activity_offer is not None and self.activity.isEnabled():
            self.activity_wanted.emit(self._shown.person_id, self._activity_offer.activity.id, self._activity_offer.day)

    def activity_answer(self, outcome) -> None:
        """The tap on "Tuletko" was recorded (or not): said on the button itself, which stays put."""
        self.activity.setEnabled(False)
        if isinstance(outcome, activities.Attended):
            self.activity.setText(self.tr("✓ Olet mukana: {name}").format(name=outcome.session.activity.name))
        else:
            self.activity.setText(self.tr("Ei onnistunut: kysy tilavastaavalta"))
        self._timer.start()

    def hideEvent(self, event) -> None:
        # Left for the name search: the confirmation's timer must not send the visitor home.
        self._timer.stop()
        super().hideEvent(event)

    def reset(self) -> None:
        self._timer.stop()
        self._shown = None
        self._offer = None
        self._activity_offer = None
        self.lunch.hide()
        self.activity.hide()
        self.undo.hide()
        self.lunch_done.clear()
        self.title.clear()
        self.detail.clear()
        self.setProperty("tone", "")

    def _render(self) -> None:
        result = self._shown
        tone = "good"
        offer_name_search = False
        if isinstance(result, checkin.CheckedIn):
            title = self.tr("Tervetuloa, {name}!").format(name=result.first_name)
            detail = self.tr("Kirjauduit sisään klo {time}.\nTyöhuoneessa nyt: {count}").format(
                time=clock_text(result.at), count=result.present
            )
        elif isinstance(result, checkin.CheckedOut):
            title = self.tr("Näkemiin, {name}!").format(name=result.first_name)
            detail = self.tr("Kirjauduit ulos klo {time}.\nOlit täällä {stayed}.").format(
                time=clock_text(result.at), stayed=duration_text(result.stayed)
            )
            if result.items_out:
                tone = "warn"
                detail += "\n\n" + self.tr("Muista palauttaa lainasi tilavastaavalle: {items}").format(
                    items=", ".join(result.items_out)
                )
        elif isinstance(result, checkin.Undone):
            tone = "warn"
            if not result.done:
                title = self.tr("Ei voitu perua")
                detail = self.tr("Kysy tilavastaavalta, hän korjaa käynnin.")
            elif result.was_check_in:
                title = self.tr("Peruttu: {name} ei kirjautunut sisään").format(name=result.first_name)
                detail = self.tr("Etsi oma nimesi tai näytä korttisi.")
                offer_name_search = True
            else:
                title = self.tr("Peruttu: {name} on yhä sisällä").format(name=result.first_name)
                detail = self.tr("Etsi oma nimesi tai näytä korttisi.")
                offer_name_search = True
        elif isinstance(result, checkin.AnonymousVisit):
            title = self.tr("Kiitos, tervetuloa!")
            detail = self.tr("Käyntisi on kirjattu klo {time}, ilman nimeä.").format(time=clock_text(result.at))
        elif isinstance(result, checkin.ReplacedCard):
            tone, offer_name_search = "warn", True
            title = self.tr("Tämä kortti on korvattu uudella")
            detail = self.tr("Käytä uutta korttiasi tai etsi nimesi. Tilavastaava auttaa.")
        elif isinstance(result, checkin.UnknownCard):
            tone, offer_name_search = "warn", True
            title = self.tr("Korttia ei tunnistettu")
            detail = self.tr("Etsi nimesi, tai kysy tilavastaavalta uusi kortti.")
        elif isinstance(result, checkin.NotACard):
            tone, offer_name_search = "warn", True
            if result.problem is ScanProblem.GARBLED:
                title = self.tr("Koodi ei lukeutunut kunnolla")
                detail = self.tr("Näytä kortti lukijalle uudelleen, vähän kauempaa.")
            else:
                title = self.tr("Tämä ei ole työhuoneen kortti")
                detail = self.tr("Näytä työhuoneen QR-kortti tai etsi nimesi.")
        elif isinstance(result, lunch.SignedUp):
            title = self.tr("Nähdään lounaalla, {name}!").format(name=result.first_name)
            detail = self.tr("{day} klo {time}").format(day=day_text(result.lunch.day), time=clock_text(result.lunch.starts))
            if result.guests:
                detail += " " + self.tr("Vieraasi on mukana.")
            if result.already:
                detail = self.tr("Olit jo ilmoittautunut.") + " " + detail
        elif isinstance(result, lunch.SignUpCancelled):
            title = self.tr("Ilmoittautuminen peruttu")
            detail = self.tr("{name}, paikkasi lounaalla {day} on vapautettu.").format(name=result.first_name, day=day_text(result.lunch.day))
        elif isinstance(result, lunch.LunchRefused):
            tone = "warn"
            title = self.tr("Lounaalle ilmoittautuminen ei onnistunut")
            reasons = {
                lunch.LunchRefusal.FULL: self.tr("Lounas on täynnä. Kysy tilavastaavalta, hän auttaa."),
                lunch.LunchRefusal.CLOSED: self.tr("Ilmoittautumisaika on päättynyt. Kysy tilavastaavalta, hän auttaa."),
                lunch.LunchRefusal.CANCELLED: self.tr("Tämä lounas on peruttu."),
            }
            detail = reasons.get(result.reason, self.tr("Kysy tilavastaavalta, hän auttaa."))
        elif isinstance(result, activities.Attended):
            title = self.tr("Tervetuloa mukaan, {name}!").format(name=result.first_name)
            detail = self.tr("{activity} klo {time}").format(activity=result.session.activity.name,
                                                           time=clock_text(result.session.starts))
            if result.already:
                detail = self.tr("Olit jo merkitty paikalle.") + " " + detail
        elif isinstance(result, activities.SignedUpFor):
            title = self.tr("Nähdään, {name}!").format(name=result.first_name)
            detail = self.tr("{activity} klo {time}").format(activity=result.session.activity.name,
                                                           time=clock_text(result.session.starts))
            if result.already:
                detail = self.tr("Olit jo ilmoittautunut.") + " " + detail
        elif isinstance(result, activities.SignUpWithdrawn):
            title = self.tr("Ilmoittautuminen peruttu")
            detail = self.tr("{name}, paikkasi on vapautettu: {activity}").format(
                name=result.first_name, activity=result.session.activity.name)
        elif isinstance(result, activities.ActivityRefused):
            tone = "warn"
            title = self.tr("Ei onnistunut")
            reasons = {
                activities.Refusal.FULL: self.tr("Kaikki paikat on varattu. Kysy tilavastaavalta, hän auttaa."),
                activities.Refusal.CANCELLED: self.tr("Tämä kerta on peruttu."),
                activities.Refusal.OVER: self.tr("Tämä kerta on jo päättynyt."),
            }
            detail = reasons.get(result.reason, self.tr("Kysy tilavastaavalta, hän auttaa."))
        elif isinstance(result, lending.Lent):
            title = self.tr("{item} on lainassa sinulla").format(item=result.item)
            detail = self.tr("Palauta se tilavastaavalle {when} mennessä. Kiitos, {name}!").format(
                when=clock_text(result.due), name=result.first_name)
        elif isinstance(result, lending.Refused):
            tone = "warn"
            title = self.tr("Lainaus ei onnistunut")
            if result.reason is lending.Refusal.HAS_OVERDUE:
                detail = self.tr("Sinulla on palauttamaton laina. Palauta se ensin tai kysy tilavastaavalta.")
            else:
                detail = self.tr("Kysy tilavastaavalta, hän auttaa.")
        elif isinstance(result, Declined):
            tone, offer_name_search = "warn", False
            title = self.tr("Selvä, ei rekisteröintiä")
            detail = self.tr("Voit silti käydä täällä: valitse aloitusnäytöltä ”Käyn ilman nimeä”.")
        elif isinstance(result, KioskError):
            tone = "warn"
            title = self.tr("Nyt ei onnistunut")
            detail = self._problem_text(result.problem)
        else:
            tone = "warn"
            title = self.tr("Jokin meni vikaan")
            detail = self.tr("Mitään ei menetetty. Yritä uudelleen tai kysy tilavastaavalta.")
        self.title.setText(title)
        self.detail.setText(detail)
        self.by_name.setVisible(offer_name_search)
        self.undo.setVisible(isinstance(result, (checkin.CheckedIn, checkin.CheckedOut)))
        self.lunch.setVisible(self._offer is not None)
        self.activity.setVisible(self._activity_offer is not None)
        if self._activity_offer is not None and self.activity.isEnabled():
            # As wide as the longer of its two texts from the start: the answer, said on the button,
            # must not push OK aside under the finger.
            name = self._activity_offer.activity.name
            widths = []
            for text in (self.tr("✓ Olet mukana: {name}").format(name=name), self.tr("Tuletko: {name}?").format(name=name)):
                self.activity.setText(text)
                widths.append(self.activity.sizeHint().width())
            self.activity.setMinimumWidth(min(max(widths), 640))
        if self._offer is not None:
            self.lunch.setText(self.tr("Ilmoittaudu lounaalle {day}").format(day=day_text(self._offer.day)))
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)

    def _problem_text(self, problem: Problem) -> str:
        if problem is Problem.DATABASE_LOCKED:
            return self.tr("Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä.")
        if problem is Problem.DISK_FULL:
            return self.tr("Laitteen muisti on täynnä. Kerro tilavastaavalle.")
        if problem is Problem.DATABASE_GONE:
            return self.tr("Kioski ei juuri nyt voi kirjata käyntejä. Kerro tilavastaavalle.")
        return self.tr("Tietoja ei voitu tallentaa. Kerro tilavastaavalle.")

    def retranslate(self) -> None:
        self.ok.setText(self.tr("OK"))
        self.by_name.setText(self.tr("Etsi nimellä"))
        self.undo.setText(self.tr("Et ollut sinä? Peru"))
        if self._shown is not None:
            self._render()
