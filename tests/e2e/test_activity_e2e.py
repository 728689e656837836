"""Issue 21 through the operating system: the real kiosk on Xvfb, a card scanned as a USB scanner
types it, "Tuletko: Ompeluseura?" tapped by a finger at the place the kiosk showed, and the
attendance read back through `kiosk activities --csv` as the instructor gets it."""

import csv
import time
from datetime import timedelta

from kiosk.activities import ActivityService, Draft
from kiosk.clock import SystemClock, local
from kiosk.db import open_database
from tests.e2e.harness import PERSON_PACE_S, clear_of_day_change, kiosk_cli


def test_a_card_then_one_tap_records_the_activity(xserver, room, cards, start_kiosk, tmp_path):
    # The session made for the test's day, and the check-in that offers it, on one Helsinki day:
    # the kiosk offers today's sessions only.
    clear_of_day_change(room)
    db = open_database(room)
    clock = SystemClock()
    now = local(clock.now())
    # On now, whatever the time the test runs (the demo's own sessions may be on too).
    starts = max(now - timedelta(minutes=10), now.replace(hour=0, minute=0))
    ActivityService(db, clock).save(Draft("Ompeluseura E2E", "group", first_on=starts.date(),
                                          at_time=f"{starts:%H:%M}", minutes=120))
    db.close()
    visitor = cards[0]
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    mark = kiosk.mark()
    kiosk.scan(visitor["card_code"])
    kiosk.wait_for("confirmed in", after=mark)
    deadline = time.monotonic() + 5
    while True:
        offers = [w for w in kiosk.widgets("result").get("WrappingButton", []) + kiosk.widgets("result").get("primary", [])
                  if w.text.startswith("Tuletko:")]
        if offers or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert offers, kiosk.widgets("result")
    offered = offers[0].text.removeprefix("Tuletko: ").removesuffix("?")
    time.sleep(PERSON_PACE_S)  # a person reads, then taps
    kiosk.tap(offers[0])
    deadline = time.monotonic() + 5
    while not any(w.text.startswith("✓ Olet mukana") for w in kiosk.widgets("result").get("primary", [])):
        assert time.monotonic() < deadline, kiosk.widgets("result")
        time.sleep(0.1)
    out = tmp_path / "csv"
    kiosk_cli("activities", "--db", str(room), "--month", f"{now:%Y-%m}", "--out", str(tmp_path / "p.pdf"),
              "--csv", str(out))
    with open(out / f"roster-{now:%Y-%m}.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter=";") if r["toiminto"] == offered and r["tuli"] == "1"]
    assert visitor["first_name"] in [r["nimi"].rsplit(" ", 1)[0] for r in rows]
