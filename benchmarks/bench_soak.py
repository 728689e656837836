"""Memory over a long day, and the month's report: figures, not a test.

    .venv/bin/python benchmarks/bench_soak.py [--scans 10000] [--hours 24]

* RSS growth over ``--scans`` check-ins and check-outs through the real window (offscreen), each a
  scanner's burst as the operating system delivers it (kiosk.ui.scanner.keystrokes), after a
  warm-up; target < 5 MB.
* RSS growth over ``--hours`` simulated hours of an idle kiosk: the home clock's every second, the
  screen saver and its drift, "Oletko vielä siellä?" asking and timing out, and the minute's
  closing-time run, all driven by a clock that advances without waiting; target < 5 MB.
* The monthly report's PDF for a month of about 10,000 visits (target < 0.5 s), beside a bare
  reportlab document of the same number of table rows.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import demo  # noqa: E402
from kiosk.app import application, main_window  # noqa: E402
from kiosk.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.db import open_database  # noqa: E402
from kiosk.ui.window_settings import Timings  # noqa: E402
from kiosk.ui.scanner import keystrokes, stamped  # noqa: E402

RSS_TARGET_MB = 5
REPORT_TARGET_S = 0.5


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def run_the_loop(app) -> None:
    """What the kiosk's event loop does between visitors. processEvents() alone never deletes what
    a screen let go with deleteLater() (Qt runs DeferredDelete only from an event loop), so
    without this a soak grew by every widget the screens rebuilt: 40 KB a scan, none of it the
    kiosk's."""
    app.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settled_rss(app) -> float:
    for _ in range(3):
        run_the_loop(app)
        gc.collect()
    return rss_mb()


def burst(window, code: str, at: list[int]) -> None:
    target = QApplication.focusWidget() or window
    for kind, key, modifiers, text in keystrokes(code):
        at[0] += 1
        QApplication.sendEvent(target, stamped(kind, key, modifiers, text, at[0]))


def soak_scans(app, folder: Path, scans: int) -> tuple[float, float, int]:
    clock = FixedClock(datetime(2026, 3, 11, 9, 0, tzinfo=HELSINKI))
    db = open_database(folder / "scans.sqlite")
    demo.fill(db, clock, people=600, months=1, seed=3)
    codes = [row[0] for row in db.rows("SELECT code FROM cards WHERE replaced_at IS NULL")]
    window = main_window(db, clock, Timings(idle_ms=3_600_000, result_ms=3_600_000))
    window.resize(1280, 800)
    window.show()
    at = [0]
    confirmed = 0

    def scan(i: int) -> None:
        nonlocal confirmed
        window.go_home()
        clock.advance(seconds=6)  # past the double-scan guard: every scan a real check-in or out
        burst(window, codes[i % len(codes)], at)
        confirmed += window.result.title.text().startswith(("Tervetuloa", "Näkemiin"))
        if i % 200 == 0:
            run_the_loop(app)

    for i in range(500):  # warm-up: font and style caches, the first of each screen
        scan(i)
    before = settled_rss(app)
    confirmed = 0
    for i in range(scans):
        scan(500 + i)
    after = settled_rss(app)
    window.close()
    db.close()
    return before, after, confirmed


def soak_idle(app, folder: Path, hours: int) -> tuple[float, float]:
    from kiosk.checkin import CheckinService
    from kiosk.closing import ClosingService
    from kiosk.lending import LendingService
    from kiosk.lunch import LunchService

    clock = FixedClock(datetime(2026, 3, 11, 7, 0, tzinfo=HELSINKI))
    db = open_database(folder / "idle.sqlite")
    demo.fill(db, clock, people=120, months=1, seed=4)
    window = main_window(db, clock, Timings(idle_ms=3_600_000, result_ms=3_600_000))
    window.resize(1280, 800)
    window.show()
    closing = ClosingService(db, clock, CheckinService(db, clock), LendingService(db, clock), LunchService(db, clock))

    def one_hour() -> None:
        for second in range(0, 3600, 5):
            clock.advance(seconds=5)
            window.home.tick()
            if second % 30 == 0:
                window._dim()  # the screen saver comes, drifts, and is woken
                window.saver._move()
                window.go_home()
            if second % 300 == 0:  # someone walked off from the name search
                window.show_screen(window.name_search)
                window._idle()
                window.still_there.timed_out.emit()
            if second % 60 == 0:
                closing.tick()
        run_the_loop(app)

    one_hour()  # warm-up
    before = settled_rss(app)
    for _ in range(hours):
        one_hour()
    after = settled_rss(app)
    window.close()
    db.close()
    return before, after


def report_time(folder: Path) -> tuple[float, int, float]:
    """The report benchmark's month (benchmarks/bench_report.py), median of 5 builds."""
    from bench_report import bare_reportlab, busy_database, report_times, visits_in

    db, clock = busy_database(folder)
    seconds = report_times(db, clock, folder, 2026, 3, 5)["report"]
    visits = visits_in(db, 2026, 3)
    db.close()
    return seconds, visits, bare_reportlab(folder)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=10_000)
    parser.add_argument("--hours", type=int, default=24)
    args = parser.parse_args()
    app = application()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        folder = Path(tmp)
        start = time.monotonic()
        before, after, confirmed = soak_scans(app, folder, args.scans)
        print(f"scans: {args.scans} ({confirmed} confirmed) in {time.monotonic() - start:.0f} s: "
              f"RSS {before:.1f} -> {after:.1f} MB")
        rows.append((f"RSS growth over {args.scans} scans", after - before, f"< {RSS_TARGET_MB} MB",
                     after - before < RSS_TARGET_MB))
        start = time.monotonic()
        before, after = soak_idle(app, folder, args.hours)
        print(f"idle: {args.hours} simulated hours in {time.monotonic() - start:.0f} s: RSS {before:.1f} -> {after:.1f} MB")
        rows.append((f"RSS growth over {args.hours} idle hours", after - before, f"< {RSS_TARGET_MB} MB",
                     after - before < RSS_TARGET_MB))
        seconds, visits, bare = report_time(folder)
        print(f"report: a month of {visits} visits, median of 5: {seconds:.3f} s "
              f"(bare reportlab table of the first 400 rows: {bare:.3f} s)")
        rows.append((f"report PDF, {visits}-visit month (s)", seconds, f"< {REPORT_TARGET_S} s",
                     seconds < REPORT_TARGET_S))
    print()
    for name, value, target, ok in rows:
        print(f"{name:<44} {value:9.3f}  {target:<10} {'PASS' if ok else 'FAIL'}")
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
