"""The one window: a stack of screens. Only this class navigates between them.

The home screen is built first and shown; ``attach()`` builds the rest right after, so that the
kiosk is on screen in about the time of a bare Qt window (the name screen alone, with its 33
keys, costs 16 ms to build and its imports another 30).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.ui.home_screen import HomeScreen  # before Qt, as in home_screen.py

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from kiosk.ui.window_settings import Registration, Timings
    from kiosk.checkin import CheckinService
    from kiosk.closing import ClosingService
    from kiosk.lending import LendingService
    from kiosk.lunch import LunchService
    from kiosk.people import PeopleService
    from kiosk.room_setup import RoomSettings
    from kiosk.staff import StaffService
    from kiosk.staff_access import StaffAccess

log = logging.getLogger(__name__)


class Screens(QStackedWidget):
    """The screens, one at a time. Only the one shown may ask for room: Qt's stack asks for the
    largest of all, so a hidden screen still laid out for the other orientation (it gets no resize
    events) made the window wider than the screen ("Tuletko: …?" on the confirmation, 897 of 800 px)."""

    def __init__(self):
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint().expandedTo(shown.minimumSize()) if shown is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()


class MainWindow(QMainWindow):
    def __init__(self, clock, room_name: str, timings: Timings | None = None):
        """``timings`` None: the room's times come with attach() (the first frame reads no settings)."""
        super().__init__()
        self._clock = clock
        self.setObjectName("kiosk")
        self.setWindowTitle(room_name)
        self._timings = timings
        self._watchers: tuple = ()
        self._reading = False  # the visitor turned read-aloud on (use_speech)
        self.speech = None
        self.staff_mode = False
        self.locked_down = False  # set by the kiosk at start-up; a test window can be closed
        self._quitting = False
        self.stack = Screens()
        self.setCentralWidget(self.stack)
        # Built in its place: a screen moved into the window afterwards has every widget's style
        # worked out again (~4 ms of the cold start for home, issue 23).
        hold = {} if timings is None else {"long_press_ms": timings.long_press_ms}
        self.home = HomeScreen(clock, room_name, parent=self.stack, **hold)
        self.stack.addWidget(self.home)
        # The door may be scanned the instant the kiosk appears, before attach() has built the
        # rest and the scan filter (whose Qt key tables cost 18 ms of a cold start to import).
        # Keys that early are held and handed to the filter once it listens.
        self._early_keys = _EarlyKeys(self)
        self._scan_prefix = ""
        self._watchers = (self._early_keys,)

    def attach(self, checkin: CheckinService, people: PeopleService, staff: StaffService, lending: LendingService,
               lunch: LunchService, access: StaffAccess, closing: ClosingService, room: RoomSettings,
               registration: Registration | None = None, self_service_lending: bool = False,
               print_lunch_list=lambda day: None, languages=None, camera: str = "none", scanner=None,
               attendance=None, activities=None, timings: Timings | None = None) -> None:
        """Build every screen but home and start listening for scans; ``timings``: the room's times,
        for a window built without them."""
        from kiosk.checkin import CheckedIn
        from kiosk.errors import KioskError
        from kiosk.ui.anonymous_screen import AnonymousScreen
        from kiosk.ui.attendance_screen import AttendanceScreen
        from kiosk.ui.closing_screen import ClosingScreen
        from kiosk.ui.pin_screen import PinScreen
        from kiosk.ui.screensaver import ScreenSaver
        from kiosk.ui.settings_screen import SettingsScreen
        from kiosk.ui.setup_screen import SetupScreen
        from kiosk.ui.staff_accounts_screen import StaffAccountsScreen
        from kiosk.ui.still_there import StillThere
        from kiosk.ui.visits_screen import VisitsScreen
        from kiosk.ui.window_settings import Registration, Timings
        from kiosk.ui.idle import IdleWatch
        from kiosk.ui.lending_screen import LendingScreen
        from kiosk.ui.lunch_list_screen import LunchListScreen
        from kiosk.ui.looks import Looks
        from kiosk.ui.lunch_screen import LunchScreen
        from kiosk.ui.name_screen import NameScreen
        from kiosk.ui.offsite_screen import OffsiteScreen
        from kiosk.ui.people_screen import PeopleScreen
        from kiosk.ui.present_screen import PresentScreen
        from kiosk.ui.registration_screen import RegistrationScreen
        from kiosk.ui.report_screen import ReportScreen
        from kiosk.ui.result_screen import Declined, ResultScreen
        from kiosk.ui.scanner import ScanFilter
        from kiosk.ui.scanner_test_screen import ScannerTestScreen
        from kiosk.ui.self_lend_screen import SelfLendScreen
        from kiosk.ui.situation_check_screen import SituationCheckScreen

        self._timings = self._timings or timings or Timings()  # a window's own times, given when it was built, win
        registration = registration or Registration()
        self._known_faults = KioskError
        self._checked_in = CheckedIn
        self._checkin = checkin
        self.name_search = NameScreen(people)
        self.result = ResultScreen(self._timings.result_ms)
        self.present = PresentScreen(checkin, closing)
        self.registration = RegistrationScreen(
            people, checkin, self._clock, registration.questions, registration.home_municipality,
            registration.privacy_notices or {}
        )
        settled = room.load()
        self.registration.privacy.set_controller(settled.organisation_name)
        # The first frame may show the name the kiosk kept at its last start (kiosk/app.py
        # remember_room_name); from now on the name as the settings read it.
        self.home.room.setText(settled.room_name)
        self.setWindowTitle(settled.room_name)
        self.anonymous = AnonymousScreen()
        self._people = people
        self._situation_months = registration.situation_check_months if "situation" in registration.questions else 0
        self.situation_check = SituationCheckScreen()
        self._checked_in_outcome = None  # the check-in the situation question comes before
        self.people = PeopleScreen(people, staff, lending)
        self.lending = LendingScreen(lending, people)
        self.self_lend = SelfLendScreen(lending, people)
        self._lunch = lunch
        self.lunch = LunchScreen(lunch, people)
        self.lunch_list = LunchListScreen(lunch, print_lunch_list, staff.printer)
        self.report = ReportScreen(staff)
        self._room = room
        self._access = access
        self.pin = PinScreen(access, self._clock)
        self.staff_accounts = StaffAccountsScreen(access)
        self.first_setup = SetupScreen(room)
        self.settings = SettingsScreen(room)
        self.closing = ClosingScreen(closing)
        self.visits = VisitsScreen(closing, self._clock)
        self.attendance = AttendanceScreen(attendance, self._clock) if attendance is not None else None
        self.present.attendance_button.setVisible(attendance is not None)
        self._build_activities(activities)
        optional = (self.attendance,) if self.attendance is not None else ()  # a window built without the service
        self.saver = ScreenSaver(self._clock)
        self.still_there = StillThere(self._timings.still_there_ms)
        self.scanner_test = ScannerTestScreen(scanner)
        self.offsite = OffsiteScreen(closing)
        for screen in (self.still_there, self.name_search, self.result, self.present, self.registration, self.anonymous,
                       self.situation_check, self.people,
                       self.lending, self.self_lend, self.lunch, self.lunch_list, self.report, self.pin,
                       self.first_setup, self.settings, self.closing, self.visits, self.saver, self.scanner_test,
                       self.offsite, self.staff_accounts, *optional, *self._activity_screens):
            self.stack.addWidget(screen)
        # Staff mode: everything an attendant sees is behind the PIN, and leaving it locks it.
        self._staff_screens = (self.present, self.people, self.lending, self.lunch_list, self.report, self.settings,
                               self.closing, self.visits, self.scanner_test, self.offsite, self.staff_accounts, *optional,
                               *self._activity_screens[1:])
        # The coordinator manages accounts, settings and reports; an attendant runs the day (issue 20).
        self._coordinator_screens = (self.report, self.settings, self.scanner_test, self.offsite, self.staff_accounts)
        self._after_pin: QWidget | None = None
        self.home.staff.connect(self.show_present)
        self.pin.back.connect(self.go_home)
        self.pin.granted.connect(self._unlocked)
        self.first_setup.saved.connect(self._set_up)
        self.settings.changed.connect(self._settings_saved)
        self.settings.scanner_test.connect(lambda: self.show_staff(self.scanner_test))
        self.scanner_test.back.connect(lambda: (self.show_staff(self.settings), self.settings.open_group("scanner")))
        self.settings.offsite.connect(lambda: self.show_staff(self.offsite))
        self.offsite.back.connect(lambda: (self.show_staff(self.settings), self.settings.open_group("network")))
        self.scanner_test.settings_changed.connect(self._use_scanner_setup)
        for screen, signal in ((self.report, self.present.show_report), (self.lunch_list, self.present.show_lunch_list),
                               (self.closing, self.present.show_closing), (self.visits, self.present.show_visits),
                               (self.settings, self.present.show_settings),
                               (self.staff_accounts, self.present.show_staff_accounts),
                               *((screen, self.present.show_attendance) for screen in optional)):
            signal.connect(lambda s=screen: self.show_staff(s))
            screen.back.connect(self.show_present)
        self.present.lock.connect(self.go_home)
        self.present.quit_kiosk.connect(self.quit_kiosk)
        self.saver.woken.connect(self.go_home)
        # The name search serves two purposes: checking in, or saying who signs up for lunch.
        self._name_for_lunch = False
        self.home.lunch.connect(lambda: self.show_screen(self.lunch))
        self.lunch.back.connect(self.go_home)
        self.lunch.find_by_name.connect(self._find_name_for_lunch)
        self.lunch.outcome.connect(self._show_result)
        self.result.lunch_wanted.connect(lambda person_id: self.result.lunch_answer(self._lunch.sign_up_as_before(person_id)))
        self.result.undo_wanted.connect(lambda outcome: self._act(self._checkin.undo, outcome))
        self._show_next_lunch()
        self.home.borrow_button.setVisible(self_service_lending)
        self.home.borrow.connect(lambda: self.show_screen(self.self_lend))
        self.self_lend.back.connect(self.go_home)
        self.self_lend.outcome.connect(self._show_result)
        self.present.show_people.connect(lambda: self.show_staff(self.people))
        self.present.show_lending.connect(lambda: self.show_staff(self.lending))
        self.people.back.connect(self.show_present)
        self.lending.back.connect(self.show_present)

        self.home.register.connect(lambda: self.show_screen(self.registration))
        self.home.anonymous.connect(lambda: self.show_screen(self.anonymous))
        self.registration.back.connect(self.go_home)
        self.registration.done.connect(self.go_home)
        self.registration.existing_chosen.connect(lambda person_id: self._act(self._checkin.toggle, person_id))
        self.registration.declined.connect(lambda: self._show_result(Declined()))
        self.registration.failed.connect(self._show_result)
        self.anonymous.back.connect(self.go_home)
        self.situation_check.answered.connect(self._situation_answered)
        self.situation_check.skipped.connect(lambda: self._show_result(self._checked_in_outcome, asked=True))
        self.anonymous.chosen.connect(lambda situation: self._act(self._checkin.anonymous, situation))

        self.home.find_by_name.connect(lambda: self.show_screen(self.name_search))
        self.name_search.back.connect(self.go_home)
        self.name_search.person_chosen.connect(self._name_chosen)
        self.result.done.connect(self.go_home)
        self.result.find_by_name.connect(lambda: self.show_screen(self.name_search))
        self.present.back.connect(self.go_home)

        # A visitor's language and look last for their visit: back to the room's at idle and when it
        # ends, not on every Back (a visitor who chose English and stepped back keeps English).
        self.languages = languages
        if languages is not None:
            self.home.language_chosen.connect(languages.use)
        self.looks = Looks([self.home, self.name_search, self.result, self.registration, self.anonymous,
                            self.self_lend, self.lunch, self.still_there, self.situation_check,
                            *self._activity_screens[:1]])
        self._connect_activities()
        self.home.larger_text_chosen.connect(self._larger_text)
        self.home.contrast_chosen.connect(self.looks.set_contrast)
        for visit_over in (self.result.done, self.registration.done, self.saver.woken):
            visit_over.connect(self._visit_over)
        if camera != "none":
            from kiosk.ui.camera import CameraPreview

            self.use_camera(CameraPreview(camera))

        self.idle = IdleWatch(self._timings.idle_ms, self)
        self.idle.idle.connect(self._idle)
        self._left_alone: QWidget | None = None  # the screen "Oletko vielä siellä?" covers
        self.still_there.here.connect(self._still_here)
        self.still_there.timed_out.connect(self._gone)
        self.saver_idle = IdleWatch(self._timings.saver_ms, self)
        self.saver_idle.idle.connect(self._dim)
        self.scanner = ScanFilter(self, max_gap_ms=self._timings.scan_gap_ms)
        self.scanner.scanned.connect(self._scanned)
        if scanner is not None:
            self._use_scanner_setup(scanner.load())
        was_watching = self.isVisible()
        if was_watching:
            self._watch(False)
        from kiosk.ui.tap_guard import TapGuard

        self.tap_guard = TapGuard(self, self._timings.tap_guard_ms)
        self._watchers = (self.scanner, self.idle, self.saver_idle, self.tap_guard)
        from kiosk.ui.finger_scroll import FingerScrolling

        self._finger_scrolling = FingerScrolling(self.stack)  # every list, text and preview follows a finger
        if was_watching:
            self._watch(True)
        self.installEventFilter(_ShownOrHidden(self))  # from now on its watchers follow the window's showing
        from kiosk.ui.screen import LanguageWatch

        self.home.installEventFilter(LanguageWatch(self))
        self.home.retranslate()  # the room's language was chosen before the watch was there
        self._early_keys.hand_to_the_scanner()

    def _idle(self) -> None:
        """A screen left alone: where someone was doing something, ask first (WCAG 2.2.1)."""
        screen = self.current()
        if screen is self.still_there:
            return  # it counts down by itself
        if screen in (self.home, self.result, self.saver, self.pin):
            self._gone()  # nothing of theirs to lose: a confirmation, or the PIN's dots
            return
        self._left_alone = screen
        # An attendant's screen left alone locks now: whoever taps next gives the PIN (issue 15).
        self.staff_mode = False
        self._access.sign_out()
        self.still_there.ask()
        self.stack.setCurrentWidget(self.still_there)
        self.idle.stop()

    def _still_here(self) -> None:
        screen, self._left_alone = self._left_alone, None
        if screen in self._staff_screens:
            self.show_staff(screen)  # through the PIN, back to what was on it
            return
        self.show_screen(screen or self.home)

    def _gone(self) -> None:
        self._left_alone = None
        self._visit_over()
        self.go_home()

    def _larger_text(self, on: bool) -> None:
        self.looks.set_larger(on)
        self.home.fit()

    def _visit_over(self) -> None:
        """The next visitor finds the room's own language and look."""
        if self.languages is not None:
            self.languages.reset()
        self.home.forget_choices()
        self.looks.reset()
        if self._reading:
            self._reading = False
            self.speech.stop()
        self.home.fit()

    def use_camera(self, preview) -> None:
        """The camera's small preview on the home screen; a card it reads is a scan."""
        self.camera = preview
        self.home.show_camera(preview)
        preview.code_read.connect(self._camera_read)
        preview.start()

    # --- read aloud: the visitor's toggle on home; then every visitor screen and confirmation is said
    def use_speech(self, speech) -> None:
        """The read-aloud (kiosk/ui/speech.py ReadAloud); its button shows once a voice is found."""
        self.speech = speech
        self._reading = False
        self._say_pending = False
        speech.availability_changed.connect(self._voice_found)
        self._voice_found(speech.available())
        self.home.read_aloud_chosen.connect(self._read_aloud)
        self.stack.currentChanged.connect(lambda _index: self._say_screen())
        self.result.rendered.connect(lambda _outcome: self._say_screen())

    def _voice_found(self, available: bool) -> None:
        self.home.show_read_aloud(available)
        if not available:
            self._reading = False

    def _read_aloud(self, on: bool) -> None:
        self._reading = on
        if on:
            self._say_screen()
        else:
            self.speech.stop()

    def _say_screen(self) -> None:
        """Say what the visitor's screen shows, once it has painted its texts."""
        if self._reading and not self._say_pending:
            self._say_pending = True  # a confirmation both renders and comes on screen: said once
            QTimer.singleShot(0, self._say_now)

    def _say_now(self) -> None:
        from kiosk.ui.speech import screen_text

        self._say_pending = False
        if self._reading and self.current() in self.looks.screens():
            code = self.languages.current if self.languages is not None and self.languages.current else "fi"
            self.speech.say(screen_text(self.current()), code)

    def _camera_read(self, code: str) -> None:
        # Only where a visitor stands in front of it: home, or the dimmed screen saver.
        if self.current() in (self.home, self.saver):
            self._scanned(code)

    # Scans and touches are watched application-wide while the window is on screen, and only then.
    def keep_in_front(self, every_ms: int = 1000) -> None:
        """A locked-down kiosk comes back when a desktop key (Super+D, "show desktop") or another
        window hides it: a hidden kiosk takes no scans. docs/install.md sets up a window manager
        without such keys; this is for the one that has them."""
        self._front = QTimer(self, interval=every_ms)
        self._front.timeout.connect(self._to_front)
        self._front.start()

    def _to_front(self) -> None:
        if self.isActiveWindow() and not self.isMinimized():
            return
        log.warning("the kiosk was hidden or lost the keyboard; it takes the screen back")
        from PySide6.QtCore import Qt

        # Mapped anew: a window manager's "show desktop" unmaps the frame and ignores a raise or an
        # activation request (focus-stealing prevention), but gives a newly mapped window the screen.
        self.hide()
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.show()
        self.raise_()
        self.activateWindow()

    def painted(self) -> None:
        """Home is on screen (kiosk/app.py when_painted): keys are held by a filter on the window
        from now on until the scanner listens. Not from show(): no Qt event may reach Python before
        home is painted (kiosk/ui/screen.py). A key that comes sooner (a scan the instant the window
        has the keyboard, in the same turn of the event loop as its first paint) is held by
        keyPressEvent, but for the keys a focused button takes itself (Tab, Space): a scanner ends
        its code with Enter, which the button leaves to the window."""
        if self._watchers == (self._early_keys,) and self.isVisible():
            self._watch(True)

    def _watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if self._watchers == (self._early_keys,):
            # Before attach, only keys are wanted, and they reach the window's own QWindow first.
            # A filter on the whole application would also be shown Qt's private objects (a style
            # animation's QAnimationTimer), whose first one makes PySide build some 160 enum classes
            # looking for its type: 20 ms before home is painted (issue 23).
            app = self.windowHandle() or app
        for watcher in self._watchers:
            app.installEventFilter(watcher) if on else app.removeEventFilter(watcher)
        if len(self._watchers) > 1:
            # A hidden window neither takes scans nor goes home by itself.
            for watch in (self.idle, self.saver_idle):
                watch.restart() if on else watch.stop()

    # --- activities (issue 21): "Tänään" for visitors, "Toiminnot" for the attendant
    def _build_activities(self, activities) -> None:
        self._activities = activities
        self._name_for_today = False
        self._activity_screens: tuple = ()
        self.present.activities_button.setVisible(activities is not None)
        if activities is None:  # a window built without the service
            return
        from kiosk.ui.activities_screen import ActivitiesScreen
        from kiosk.ui.today_screen import TodayScreen

        self.today = TodayScreen(activities, self._people)
        self.activities_screen = ActivitiesScreen(activities, self._people)
        self._activity_screens = (self.today, self.activities_screen)

    def _connect_activities(self) -> None:
        if self._activities is None:
            return
        self.home.today.connect(lambda: self.show_screen(self.today))
        self.today.back.connect(self.go_home)
        self.today.find_by_name.connect(self._find_name_for_today)
        self.today.outcome.connect(self._show_result)
        self.result.activity_wanted.connect(
            lambda person_id, activity_id, day: self.result.activity_answer(self._activities.attend(person_id, activity_id, day)))
        self.present.show_activities.connect(lambda: self.show_staff(self.activities_screen))
        self.activities_screen.back.connect(self.show_present)
        self._show_programme()

    def _find_name_for_today(self) -> None:
        self._name_for_today = True
        self.show_screen(self.name_search)

    def _show_programme(self) -> None:
        """"Tänään" on home while the room has a programme (it says so when today has nothing)."""
        try:
            self.home.show_today(self._activities is not None and bool(self._activities.activities()))
        except self._known_faults:
            self.home.show_today(False)

    def _activity_offer(self, outcome):
        if self._activities is None or not isinstance(outcome, self._checked_in):
            return None
        try:
            return self._activities.going_on(outcome.person_id)
        except self._known_faults:
            return None

    def _find_name_for_lunch(self) -> None:
        self._name_for_lunch = True
        self.show_screen(self.name_search)

    def _name_chosen(self, person_id: int) -> None:
        if self._name_for_today:
            self._name_for_today = False
            self.name_search.reset()
            self.show_screen(self.today)
            self.today.identified(person_id)
        elif self._name_for_lunch:
            self._name_for_lunch = False
            self.name_search.reset()
            self.show_screen(self.lunch)
            self.lunch.identified(person_id)
        else:
            self._act(self._checkin.toggle, person_id)

    def _show_next_lunch(self) -> None:
        try:
            self.home.show_lunch(self._lunch.next_lunch())
        except self._known_faults:
            self.home.show_lunch(None)

    def _use_scanner_setup(self, setup) -> None:
        self.scanner.set_gap(setup.gap_ms)
        self._scan_prefix = setup.prefix

    def _scanned(self, code: str) -> None:
        """A scan checks in or out, except on a screen that takes scans itself (lending, the
        scanner test)."""
        from kiosk.codes import without_prefix

        screen = self.current()
        if screen is self.scanner_test:
            screen.take_scan(code)  # exactly as it came, prefix and all
        elif hasattr(screen, "take_scan"):
            screen.take_scan(without_prefix(code, self._scan_prefix))
        else:
            self._act(self._checkin.scan, without_prefix(code, self._scan_prefix))

    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        staff = screen in self._staff_screens or screen is self.first_setup
        self.idle.set_timeout(self._timings.staff_idle_ms if staff else self._timings.idle_ms)
        self.idle.restart()

    # --- staff mode
    def show_staff(self, screen: QWidget) -> None:
        """An attendant's screen, after the PIN unless staff mode is on (or the room not set up)."""
        if self.needs_setup():
            self.first_start()
            return
        if not self.staff_mode:
            self._after_pin = screen
            self.pin.refresh()
            self.show_screen(self.pin)
            return
        if screen in self._coordinator_screens and not self._access.session.is_coordinator():
            screen = self.present  # an attendant's tap, or a way back, to a coordinator's screen
        try:
            if hasattr(screen, "refresh"):
                screen.refresh()
        except self._known_faults as error:
            self._show_result(error)
            return
        self.show_screen(screen)

    def show_present(self) -> None:
        self.show_staff(self.present)

    def _unlocked(self) -> None:
        self.staff_mode = True
        self.present.show_coordinator_tools(self._access.session.is_coordinator())
        target, self._after_pin = self._after_pin or self.present, None
        self.show_staff(target)

    def needs_setup(self) -> bool:
        return self._room.needs_setup()

    def first_start(self) -> None:
        """The room's setup, shown at start while the room has none: there is no staff mode
        without a PIN. Left alone for the staff idle time it goes home; holding the room's name
        brings it back."""
        self.show_screen(self.first_setup)

    def _set_up(self) -> None:
        self._take_up_room()
        self.go_home()

    def _settings_saved(self) -> None:
        """Staff saved settings: the times, the scanner's prefix and self-service lending are taken
        up at once; the language, camera, read-aloud and registration's questions at the next start."""
        from kiosk.ui.window_settings import Timings

        self._take_up_room()
        self.use_timings(Timings.from_settings(self._room.value))
        self._scan_prefix = self._room.value("scanner_prefix")
        self.home.borrow_button.setVisible(self._room.value("self_service_lending"))

    def use_timings(self, timings: Timings) -> None:
        self._timings = timings
        self.result.set_show_ms(timings.result_ms)
        self.still_there.set_countdown_ms(timings.still_there_ms)
        self.saver_idle.set_timeout(timings.saver_ms)
        self.scanner.set_gap(timings.scan_gap_ms)
        self.tap_guard.set_guard_ms(timings.tap_guard_ms)
        self.idle.set_timeout(timings.staff_idle_ms if self.current() in self._staff_screens else timings.idle_ms)

    def _take_up_room(self) -> None:
        """What the window shows of the room's settings, taken up as soon as they are saved."""
        room = self._room.load()
        self.home.room.setText(room.room_name)
        self.registration.privacy.set_controller(room.organisation_name)
        self.setWindowTitle(room.room_name)
        self.saver_idle.set_timeout(room.screensaver_minutes * 60_000)

    def _dim(self) -> None:
        """The screen saver, over a visitor screen only; a touch or scan wakes the kiosk."""
        screen = self.current()
        if screen not in self._staff_screens and screen not in (self.first_setup, self.pin):
            self.stack.setCurrentWidget(self.saver)  # no idle restart: it would wake the saver

    # --- lock-down: only staff mode quits
    def quit_kiosk(self) -> None:
        if self.staff_mode or not self.locked_down:
            self._quitting = True
            self.close()  # the last window closed ends the kiosk's event loop

    def closeEvent(self, event) -> None:
        if self.locked_down and not self._quitting:
            event.ignore()  # Alt+F4, the window manager's close, a stray close(): the kiosk stays
            return
        super().closeEvent(event)

    def _held_early(self, event) -> bool:
        """Before attach and before the early keys' filter (see painted()): held all the same."""
        if self._watchers == (self._early_keys,):
            self._early_keys.hold(self.windowHandle(), event)
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if self._held_early(event):
            return
        # Escape never leaves full screen nor closes anything; Alt+F4 comes as a close event.
        if self.locked_down and event.key() == 0x01000000:  # Qt.Key_Escape, without importing Qt
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if not self._held_early(event):
            super().keyReleaseEvent(event)

    def go_home(self) -> None:
        """Back to the start, with no trace of the last visitor on any screen; staff mode locks."""
        self.staff_mode = False
        if hasattr(self, "_access"):  # attached
            self._access.sign_out()
        self._after_pin = None
        for i in range(self.stack.count()):
            self.stack.widget(i).reset()
        self._name_for_lunch = False
        self._name_for_today = False
        if len(self._watchers) > 1:  # attached
            self._show_next_lunch()
            self._show_programme()
        self.stack.setCurrentWidget(self.home)

    def show_problem(self, error) -> None:
        """A fault of the world found in the background (a damaged file): said on screen."""
        self._show_result(error)

    def show_fault(self) -> None:
        """After an unexpected error: a calm message, then home by itself."""
        self.staff_mode = False
        if hasattr(self, "_access"):
            self._access.sign_out()
        self._show_result(None)

    def _act(self, action, argument) -> None:
        try:
            outcome = action(argument)
        except self._known_faults as error:
            log.warning("could not record: %s", error)
            outcome = error
        except Exception:
            log.exception("check-in failed")
            outcome = None
        self._show_result(outcome)

    def _situation_answered(self, person_id: int, situation) -> None:
        try:
            self._people.confirm_situation(person_id, situation)
        except self._known_faults as error:
            log.warning("situation not recorded: %s", error)  # the check-in itself is recorded
        self._show_result(self._checked_in_outcome, asked=True)

    def _situation_to_confirm(self, outcome):
        """A returning visitor's old situation answer, asked once on check-in; else None."""
        if not isinstance(outcome, self._checked_in) or outcome.repeated or not self._situation_months:
            return None
        try:
            return self._people.situation_due(outcome.person_id, self._situation_months)
        except self._known_faults:
            return None

    def _show_result(self, outcome, asked: bool = False) -> None:
        due = None if asked else self._situation_to_confirm(outcome)
        if due is not None:
            self._checked_in_outcome = outcome
            for screen in (self.name_search, self.registration, self.anonymous):
                screen.reset()
            self.situation_check.ask(due)
            self.show_screen(self.situation_check)
            return
        self._checked_in_outcome = None
        for screen in (self.name_search, self.registration, self.anonymous, self.self_lend, self.lunch, self.situation_check,
                       *self._activity_screens[:1]):
            screen.reset()
        offer = None
        if isinstance(outcome, self._checked_in):
            try:
                offer = self._lunch.offer_for(outcome.person_id)
            except self._known_faults:
                offer = None
        self.result.show_result(outcome, lunch_offer=offer, activity_offer=self._activity_offer(outcome))
        self.show_screen(self.result)


class _ShownOrHidden(QObject):
    """The window's watchers (scanner, idle, tap guard) on while it is shown, off while hidden: a
    filter that attach() installs, not showEvent(), which would be called before home is painted."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self._window and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._window._watch(event.type() == QEvent.Type.Show)
        return False


class _EarlyKeys(QObject):
    """Key events that come before the scan filter exists: held, then sent on through it, time
    stamps and all, so a card scanned on the first frame is read as if the filter had been there."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._held: list[tuple[QObject, QEvent]] = []
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if self._done or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        self.hold(obj, event)
        return True

    def hold(self, obj: QObject, event: QEvent) -> None:
        self._held.append((obj, event.clone()))

    def hand_to_the_scanner(self) -> None:
        import shiboken6

        self._done = True
        held, self._held = self._held, []
        for obj, event in held:
            if shiboken6.isValid(obj):
                QCoreApplication.sendEvent(obj, event)
