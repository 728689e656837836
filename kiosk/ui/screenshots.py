"""Every screen as a PNG at 1280x800 and 800x1280, offscreen, on a copy of the database.

The copy keeps the check-ins made for the pictures out of the room's real file.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

SIZES = ((1280, 800), (800, 1280))


def _copy(source: Path, target: Path) -> None:
    if not source.exists():
        return
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def render_all(db_path: Path, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk import demo
    from kiosk.app import application, main_window
    from kiosk.clock import HELSINKI, FixedClock, SystemClock, local
    from kiosk.db import bulk, open_database

    app = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "screenshots.sqlite"
        _copy(db_path, copy)
        db = open_database(copy)
        clock = FixedClock(SystemClock().now())
        if bulk.is_empty(db):
            # Fresh demo data at a busy late morning, so the pictures look like a day in the room.
            clock.set(datetime.combine(local(clock.now()).date(), time(11, 0), HELSINKI))
            demo.fill(db, clock)
        for width, height in SIZES:
            window = main_window(db, clock)
            window.resize(width, height)
            window.show()
            for name in _walk(window, clock):
                app.processEvents()
                path = out_dir / f"{name}-{width}x{height}.png"
                window.grab().save(str(path))
                written.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()
        db.close()
    return written


def _walk(window, clock) -> Iterator[str]:
    """Go through the screens as a visitor would, naming each picture."""
    window.go_home()
    yield "home"
    window.show_screen(window.name_search)
    yield "name-empty"
    for letter in "AI":
        window.name_search.keyboard.keys[letter].click()
    yield "name-matches"
    matches = [b for b in window.name_search.match_buttons if b.isVisible()]
    if matches:
        matches[0].click()
        yield "checked-in" if "Tervetuloa" in window.result.title.text() else "checked-out"
        window.go_home()
        clock.advance(minutes=75)  # a while later, the same visitor again
        window.show_screen(window.name_search)
        for letter in "AI":
            window.name_search.keyboard.keys[letter].click()
        matches[0].click()
        yield "checked-in" if "Tervetuloa" in window.result.title.text() else "checked-out"
    window.scanner.scanned.emit("TH1P0000000000000000000000")
    yield "card-garbled"
    window.scanner.scanned.emit("6414893001234")
    yield "card-not-ours"
    from kiosk import codes

    window.scanner.scanned.emit(codes.new_code(codes.Kind.PERSON))
    yield "card-unknown"
    window.go_home()
    window.show_present()
    yield "present"
    window.go_home()

