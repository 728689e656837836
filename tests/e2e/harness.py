"""The real kiosk process on a real X server, driven the way a person and a device drive it.

Xvfb with a Finnish keyboard layout (setxkbmap fi: å ä ö are real keys), optionally openbox as a
window manager; the kiosk started as `python -m kiosk` with QT_QPA_PLATFORM=xcb; xdotool types
(with the Shift presses a USB scanner sends around capitals) and clicks; `import` takes
screenshots; the database is read back through `kiosk export`. The kiosk prints what it shows
(kiosk/ui/probe.py, KIOSK_E2E_EVENTS=1): screens, painted confirmations, and where its buttons are.
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("Xvfb", "xdotool", "import", "openbox", "setxkbmap")
PERSON_PACE_S = 0.3  # a finger: taps 250-350 ms apart


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XServer:
    """Xvfb on a free display, 1280x800, Finnish layout; ``wm=True`` adds openbox."""

    def __init__(self, size=(1280, 800), wm: bool = False):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp",
             "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.env = dict(os.environ, DISPLAY=self.display)
        self.env.pop("QT_QPA_PLATFORM", None)
        subprocess.run(["setxkbmap", "fi"], env=self.env, check=True)
        self.wm = None
        if wm:
            self.wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:  # openbox owns the WM selection once it runs
                out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env,
                                     capture_output=True, text=True).stdout
                if "window id" in out:
                    break
                time.sleep(0.05)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True, text=True).stdout

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True)
        return path

    def stop(self) -> None:
        for process in (self.wm, self.process):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()


@dataclass(frozen=True)
class Widget:
    name: str
    x: int
    y: int
    width: int
    height: int
    text: str

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


class Kiosk:
    """The kiosk process on ``xserver``, full screen as in a room, on the database ``db``."""

    def __init__(self, xserver: XServer, db: Path, windowed: bool = False, env: dict | None = None):
        self.x, self.db = xserver, db
        self.lines: list[str] = []
        self._lock = threading.Condition()
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(self.command(windowed), env=dict(xserver.env, KIOSK_E2E_EVENTS="1", QT_QPA_PLATFORM="xcb",
                                                       **(env or {})),
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        self.errors: list[str] = []
        threading.Thread(target=self._read_errors, daemon=True).start()

    def command(self, windowed: bool) -> list[str]:
        return [sys.executable, "-m", "kiosk", "--db", str(self.db)] + (["--windowed"] if windowed else [])

    def _read(self, stream) -> None:
        for line in stream:
            with self._lock:
                self.lines.append(line.rstrip("\n"))
                self._lock.notify_all()

    def _read_errors(self) -> None:
        for line in self.process.stderr:
            self.errors.append(line.rstrip("\n"))

    # --- waiting for what the kiosk says
    def wait_for(self, prefix: str | tuple[str, ...], after: int = 0, timeout: float = 15) -> str:
        """The first line from index ``after`` on that starts with ``prefix`` (or one of them)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for line in self.lines[after:]:
                    if line.startswith(prefix):
                        return line
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None and not self._lock.wait(0.2):
                    raise AssertionError(f"the kiosk never said {prefix!r}; it said: {self.lines[-15:]}\n"
                                         f"stderr: {self.errors[-15:]}")
                self._lock.wait(min(left, 0.2))

    def mark(self) -> int:
        with self._lock:
            return len(self.lines)

    def said(self, prefix: str, after: int = 0) -> list[str]:
        with self._lock:
            return [line for line in self.lines[after:] if line.startswith(prefix)]

    def window_visible(self, timeout: float = 20) -> float:
        """Blocks until X shows the kiosk's window; returns the monotonic time it was seen."""
        deadline = time.monotonic() + timeout
        while not self.visible():
            if time.monotonic() > deadline or not self.alive():
                raise AssertionError(f"the kiosk's window never showed: {self.errors[-10:]}")
            time.sleep(0.01)
        return time.monotonic()

    def visible(self) -> bool:
        # Not `search --sync`: under a window manager windows come and go while it looks, and a
        # BadWindow ends it with exit 1.
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
                               env=self.x.env, capture_output=True, text=True)
        return bool(found.stdout.strip())

    def ready(self) -> None:
        """On screen with every screen built (the probe says 'attached')."""
        self.window_visible()
        self.wait_for("attached")
        self.widgets()

    def widgets(self, screen: str | None = None, timeout: float = 10) -> dict[str, list[Widget]]:
        """The latest layout the kiosk printed (of ``screen`` if given): widgets by name."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                starts = [i for i, line in enumerate(self.lines) if line.startswith("widgets ")]
                ends = [i for i, line in enumerate(self.lines) if line == "widgets-end"]
            for start in reversed(starts):
                end = next((e for e in ends if e > start), None)
                if end is None:
                    continue
                name = self.lines[start].split()[1] if len(self.lines[start].split()) > 2 else ""
                if screen is not None and name != screen:
                    break
                found: dict[str, list[Widget]] = {}
                for line in self.lines[start + 1:end]:
                    _, wname, x, y, w, h, *text = line.split(" ")
                    found.setdefault(wname, []).append(Widget(wname, int(x), int(y), int(w), int(h), " ".join(text)))
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no layout of {screen!r}: {self.lines[-10:]}")
            time.sleep(0.05)

    def button(self, text: str, screen: str | None = None, timeout: float = 10) -> Widget:
        """The widget whose text begins with ``text``, as soon as the kiosk has shown it: after a
        tap the next layout may still be on its way (a loaded machine's language switch)."""
        deadline = time.monotonic() + timeout
        while True:
            for widgets in self.widgets(screen).values():
                for widget in widgets:
                    if widget.text == text or widget.text.startswith(text):
                        return widget
            if time.monotonic() > deadline:
                raise AssertionError(f"no button {text!r} on {screen}: {self.widgets(screen)}")
            time.sleep(0.1)

    # --- a device and a person
    def scan(self, code: str, delay_ms: int = 4, suffix: str = "Return") -> float:
        """A USB scanner in keyboard mode: xdotool types each capital with Shift around it, as the
        scanner's firmware does, then the suffix. Returns the monotonic time the typing began."""
        begun = time.monotonic()
        self.x.xdotool("type", "--delay", str(delay_ms), code)
        if suffix:
            # A call of its own: chained after `type` in one xdotool call, Return arrives as a letter.
            self.x.xdotool("key", suffix)
        return begun

    def type(self, text: str, delay_ms: int = 120) -> None:
        """A person at a physical keyboard (Finnish layout: å ä ö are keys of their own)."""
        self.x.xdotool("type", "--delay", str(delay_ms), text)

    def key(self, *keys: str) -> None:
        self.x.xdotool("key", *keys)

    def tap(self, widget: Widget | tuple[int, int]) -> None:
        """A finger: to the place, a moment, press and release; then a person's pause. A person
        sees a screen before tapping it: not sooner than a pause after the kiosk last said where
        its buttons are (the kiosk ignores a tap on a button that moved just now, Timings.tap_guard_ms)."""
        self.looked()
        x, y = widget.centre if isinstance(widget, Widget) else widget
        self.x.xdotool("mousemove", str(x), str(y), "sleep", "0.05", "click", "1")
        time.sleep(PERSON_PACE_S)

    def looked(self) -> None:
        """Wait until PERSON_PACE_S has passed since the latest layout the kiosk printed."""
        with self._lock:
            last = next((line for line in reversed(self.lines) if line.startswith("widgets ")), None)
        if last is not None:
            left = float(last.split()[-1]) + PERSON_PACE_S - time.monotonic()
            if left > 0:
                time.sleep(left)

    def enter_staff(self, pin: str = "1234", name: str = "Kaisa Mäkelä") -> None:
        """The attendant's way in: hold the room's name, tap one's name where the room has more
        than one account, the PIN on the pad (the demo's coordinator's is 1234)."""
        mark = self.mark()
        self.long_press(self.widgets("home")["room"][0])
        self.wait_for("screen pin", after=mark)
        if any(w.text == name for widgets in self.widgets("pin").values() for w in widgets):
            self.tap(self.button(name, screen="pin"))
        for digit in pin:
            self.tap(self.button(digit, screen="pin"))
        self.tap(self.button("OK", screen="pin"))
        self.wait_for("screen present", after=mark)

    def long_press(self, widget: Widget, seconds: float = 1.8) -> None:
        x, y = widget.centre
        self.x.xdotool("mousemove", str(x), str(y), "mousedown", "1", "sleep", str(seconds), "mouseup", "1")

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()  # a locked-down kiosk ignores closing; SIGTERM ends Qt's loop
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.kill()


def clear_of_day_change(db: Path, within_s: float = 120) -> None:
    """For a flow that must stay within one of the room's days (a check-in and its check-out, an
    activity offered and tapped, a loan due "today"): the kiosk runs on the real wall clock, so if
    Helsinki midnight or the room's closing time today (when the kiosk closes the visits left open)
    comes within ``within_s``, wait until just past it. A scan after the change is, rightly, another
    day's visit (tests/e2e/test_midnight_e2e.py tests that on purpose)."""
    from datetime import datetime, timedelta

    from kiosk import opening_hours
    from kiosk.clock import HELSINKI, SystemClock, local
    from kiosk.db import open_database

    while True:
        now = local(SystemClock().now())
        database = open_database(db)
        try:
            closes = opening_hours.closing_at(database, now.date())
        finally:
            database.close()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), HELSINKI)
        coming = [change for change in (closes, midnight)
                  if change is not None and now < change <= now + timedelta(seconds=within_s)]
        if not coming:
            return
        time.sleep((min(coming) - now).total_seconds() + 2)


def kiosk_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=True, timeout=120)


def exported(db: Path, out: Path) -> tuple[list[dict], list[dict]]:
    """people.csv and visits.csv through `kiosk export`, as a coordinator gets them."""
    kiosk_cli("export", "--db", str(db), "--out", str(out))
    rows = []
    for name in ("people.csv", "visits.csv"):
        text = (out / name).read_text(encoding="utf-8-sig")
        delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
        rows.append(list(csv.DictReader(text.splitlines(), delimiter=delimiter)))
    return rows[0], rows[1]
