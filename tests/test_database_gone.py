"""The kiosk confirms a check-in only when it is durable in the file at its path (issue 15, fault 3:
with the database's folder deleted under it, the kiosk confirmed 551 check-ins into the deleted file
in 4 seconds). The real kiosk process, fed scans as a scanner types them, has its folder moved away
or deleted mid-stream: it stops confirming, and writes nothing anywhere else."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from kiosk.db import open_database
from kiosk.errors import KioskError, Problem


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_the_kiosk_stops_confirming_when_its_folder_goes(tmp_path, clock, how):
    from kiosk.people import PeopleService

    room = tmp_path / "room"
    room.mkdir()
    db_path = room / "kiosk.sqlite"
    db = open_database(db_path)
    people = PeopleService(db, clock)
    cards = [people.add(f"Kävijä{i}", "K").card_code for i in range(1500)]
    db.close()
    script = tmp_path / "scans.txt"
    script.write_text("\n".join(cards), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_SCAN_SCRIPT=str(script))
    process = subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(db_path), "--windowed"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    confirmed: list[tuple[float, int, str]] = []

    def read() -> None:
        for line in process.stdout:
            if line.startswith("confirmed in "):
                _, _, person, at = line.split()
                confirmed.append((time.monotonic(), int(person), at))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while len(confirmed) < 20:
            assert time.monotonic() < deadline and process.poll() is None, "no scans confirmed"
            time.sleep(0.01)
        moved_to = tmp_path / "moved"
        if how == "moved":
            os.rename(room, moved_to)
        else:
            shutil.rmtree(room)
        gone_at = time.monotonic()
        time.sleep(3)  # the feeder goes on scanning: hundreds of scans in this time
        assert process.poll() is None
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(5)
    after = [c for c in confirmed if c[0] > gone_at]
    assert len(after) <= 1, f"{len(after)} check-ins confirmed after the database's folder went"
    assert not room.exists(), "the kiosk made a new folder or file at the path"
    if how == "moved":
        # Everything it confirmed is in the file (now elsewhere), and nothing more is.
        conn = sqlite3.connect(moved_to / "kiosk.sqlite")
        stored = {tuple(r) for r in conn.execute("SELECT person_id, check_in_at FROM visits")}
        conn.close()
        assert {(p, at) for _, p, at in confirmed} <= stored
        assert len(stored) <= len(confirmed) + 1


def test_a_replaced_file_is_noticed_before_anything_is_written(tmp_path, clock):
    from kiosk.people import PeopleService

    path = tmp_path / "kiosk.sqlite"
    db = open_database(path)
    people = PeopleService(db, clock)
    people.add("Aino", "Virtanen")
    other = tmp_path / "other.sqlite"
    open_database(other).close()
    os.replace(other, path)  # someone copies another file over it
    with pytest.raises(KioskError) as error:
        people.add("Eino", "Äijälä")
    assert error.value.problem is Problem.DATABASE_GONE
    assert not db.still_at_path()
    db.close()
    again = open_database(path)
    assert again.value("SELECT count(*) FROM people") == 0  # nothing went into the new file either
    again.close()
