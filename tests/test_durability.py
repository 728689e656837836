"""Nothing confirmed is lost: the real kiosk process checks people in through the scanner's path
and is killed (SIGKILL) at random moments; every check-in the screen confirmed must be in the
database afterwards, and the file must pass integrity_check.

CI kills it 30 times (about a minute on two cores); `scripts/stress.sh` sets KIOSK_DURABILITY_KILLS=1000.
"""

import os
import random
import select
import signal
import subprocess
import sys
import time

from kiosk.db import open_database

KILLS = int(os.environ.get("KIOSK_DURABILITY_KILLS", "30"))
SCANS_PER_RUN = 6


def scanning_from(process, timeout: float) -> None:
    """Until the kiosk says it has begun feeding its scans (kiosk/ui/scan_feeder.py), on stderr."""
    deadline = time.monotonic() + timeout
    seen = ""
    while "feeding" not in seen and time.monotonic() < deadline and process.poll() is None:
        ready, _, _ = select.select([process.stderr], [], [], 0.1)
        if ready:
            seen += os.read(process.stderr.fileno(), 65536).decode(errors="replace")


def test_every_confirmed_check_in_survives_a_kill(tmp_path, people, db, db_path):
    rng = random.Random(7)
    cards = [people.add(f"Kävijä{i}", "K").card_code for i in range(KILLS * SCANS_PER_RUN)]
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    confirmed: list[tuple[int, str]] = []
    runs_with_confirmations = 0
    for run in range(KILLS):
        script = tmp_path / f"scans-{run}.txt"
        script.write_text("\n".join(cards[run * SCANS_PER_RUN:(run + 1) * SCANS_PER_RUN]), encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--db", str(db_path), "--windowed"],
            env=dict(env, KIOSK_SCAN_SCRIPT=str(script)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        # Every other kill at a random moment from the start (starting up, scanning or idle); the
        # others counted from when the scans begin, so that on a busy machine, whose start-up
        # takes seconds, kills still land while scanning.
        if run % 2:
            scanning_from(process, timeout=60)
        try:
            process.wait(timeout=rng.uniform(0.1, 0.8) if run % 2 else rng.uniform(0.4, 1.4))
        except subprocess.TimeoutExpired:
            pass
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate(timeout=30)
        lines = [line.split() for line in output.splitlines() if line.startswith("confirmed ")]
        runs_with_confirmations += bool(lines)
        confirmed += [(int(person_id), at) for _, kind, person_id, at in lines if kind == "in"]
    database = open_database(db_path)
    try:
        assert database.value("PRAGMA integrity_check") == "ok"
        stored = {(row[0], row[1]) for row in database.rows("SELECT person_id, check_in_at FROM visits")}
    finally:
        database.close()
    missing = [c for c in confirmed if c not in stored]
    assert missing == [], f"{len(missing)} confirmed check-ins lost"
    # The kills must land while scanning too, not only before the first scan.
    assert runs_with_confirmations >= KILLS // 4 and len(confirmed) >= KILLS // 2
    print(f"\n{KILLS} kills, {len(confirmed)} confirmed check-ins, all stored")
