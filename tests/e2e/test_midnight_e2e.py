"""The real clock across midnight: the kiosk process runs on a wall clock that libfaketime starts
at 23:59:45 on New Year's Eve (Helsinki), and the monotonic clock its timers use is left alone.
A visit begun before midnight and a scan after it: the scan begins the new day's visit; it is not
taken for the check-out of yesterday's (README: a visit belongs to the day it began on)."""

import os
import time

import pytest

from tests.e2e.harness import exported
from tests.helpers import FAKETIME


@pytest.mark.skipif(not os.path.exists(FAKETIME) and not os.environ.get("CI"), reason="needs faketime (scripts/setup.sh)")
def test_a_scan_after_midnight_begins_the_new_days_visit(xserver, room, cards, start_kiosk, tmp_path):
    kiosk = start_kiosk(xserver, room, env={"LD_PRELOAD": str(FAKETIME), "FAKETIME": "@2026-12-31 23:59:45",
                                            "FAKETIME_DONT_FAKE_MONOTONIC": "1", "TZ": "Europe/Helsinki"})
    kiosk.ready()
    person = cards[6]
    mark = kiosk.mark()
    kiosk.scan(person["card_code"])
    before = kiosk.wait_for("confirmed in", after=mark)
    assert before.split()[3].startswith("2026-12-31T21:59:")  # 23:59:xx in Helsinki, in UTC
    # Past midnight (the wall clock began 15 s before it) and past the 5-second double-scan guard
    # of the first scan, whose time is the kiosk's monotonic clock, the same as ours (a loaded
    # machine can take seconds to start, and a scan within the guard is the same scan).
    first_at = float(before.split()[-1])
    time.sleep(max(0.0, kiosk.started_at + 17 - time.monotonic(), first_at + 5.5 - time.monotonic()))
    mark = kiosk.mark()
    kiosk.scan(person["card_code"])
    after = kiosk.wait_for("confirmed", after=mark)
    assert after.startswith("confirmed in") and after.split()[3].startswith("2026-12-31T22:00:"), after
    _, visits = exported(room, tmp_path / "after")
    mine = sorted((v["check_in"] for v in visits if v["person_id"] == person["id"]))
    assert mine[-2].startswith("2026-12-31 23:59") and mine[-1].startswith("2027-01-01 00:00")
