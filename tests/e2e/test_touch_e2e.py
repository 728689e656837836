"""A finger on the real kiosk (issue 16), through a real X server: taps at a person's pace at the
places the kiosk showed before the tap, double taps, a drag, the attendant's on-screen keyboard,
and the window's size after larger text."""

import sqlite3
import time

from kiosk.clock import SystemClock
from kiosk.db import open_database
from kiosk.people import PeopleService
from tests.e2e.harness import clear_of_day_change, exported

PACE_S = 0.35  # H, E, I as the issue tapped them


def add_people(room, *names):
    db = open_database(room)
    people = PeopleService(db, SystemClock())
    added = [people.add(first, last) for first, last in names]
    db.close()
    return added


def key(kiosk, screen, letter):
    return next(w for w in kiosk.widgets(screen)["key"] if w.text == letter)


def click_at(kiosk, point, repeat: int = 1, gap_ms: int = 120) -> None:
    """A bare press and release at ``point`` (``repeat`` 2: a double tap, ``gap_ms`` apart)."""
    kiosk.x.xdotool("mousemove", str(point[0]), str(point[1]), "sleep", "0.05",
                    "click", "--repeat", str(repeat), "--delay", str(gap_ms), "1")


def wait_widgets(kiosk, screen, test, timeout=5):
    deadline = time.monotonic() + timeout
    while True:
        widgets = kiosk.widgets(screen)
        if test(widgets) or time.monotonic() > deadline:
            return widgets
        time.sleep(0.1)


def start_registration(kiosk, first_name):
    kiosk.tap(kiosk.button("Olen täällä ensimmäistä kertaa"))
    kiosk.wait_for("screen registration")
    for letter in first_name:
        kiosk.tap(key(kiosk, "registration", letter))


def field_text(widgets):
    return next((w.text for w in widgets.get("search", [])), None)


def test_h_e_i_at_a_persons_pace_types_hei_and_the_keyboard_stays(xserver, room, start_kiosk):
    heikki, _ = add_people(room, ("Heikki", "Berg"), ("Helmi", "Aalto"))
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    kiosk.tap(kiosk.button("Sisään tai ulos nimellä"))
    kiosk.wait_for("screen name_search")
    before = kiosk.widgets("name_search")
    places = {letter: key(kiosk, "name_search", letter).centre for letter in "HEI"}  # seen before the taps
    kiosk.looked()
    mark = kiosk.mark()
    for letter in "HEI":  # the matches come after E; the I must land on the I key, not on a name
        click_at(kiosk, places[letter])
        time.sleep(PACE_S)
    after = wait_widgets(kiosk, "name_search", lambda w: field_text(w) == "Hei")
    assert field_text(after) == "Hei", after.get("search")
    assert kiosk.said("confirmed", after=mark) == []
    assert [(w.x, w.y, w.width, w.height) for w in after["key"]] == [(w.x, w.y, w.width, w.height) for w in before["key"]]
    match = next(w for w in after["match"] if w.text.startswith("Heikki B"))
    kiosk.tap(match)
    assert kiosk.wait_for("confirmed in", after=mark).split()[2] == str(heikki.id)


def test_a_double_tap_on_next_does_not_skip_is_this_you(xserver, room, start_kiosk, tmp_path):
    add_people(room, ("Aino", "Virtanen"))
    people_before, _ = exported(room, tmp_path / "before")
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    start_registration(kiosk, "AINO")
    fields = kiosk.widgets("registration")["search"]
    kiosk.tap(fields[1])  # the last name
    kiosk.tap(key(kiosk, "registration", "V"))
    kiosk.looked()
    click_at(kiosk, kiosk.button("Seuraava", screen="registration").centre, repeat=2)
    widgets = wait_widgets(kiosk, "registration", lambda w: any(l.text.startswith("Täällä on jo") for l in w.get("lead", [])))
    assert any(label.text.startswith("Täällä on jo samanniminen") for label in widgets.get("lead", [])), widgets
    time.sleep(1)
    people_after, _ = exported(room, tmp_path / "after")
    assert len(people_after) == len(people_before)


def test_lending_by_name_on_the_screen_keyboard_and_a_double_tap_lends_one_item(xserver, room, start_kiosk):
    kalle, = add_people(room, ("Kalle", "Koe"))
    # A loan is due "today": by closing time, after it by the day's end (kiosk/lending.py due_today);
    # the flow stays on one side of closing time and of midnight.
    clear_of_day_change(room)
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    kiosk.enter_staff()
    kiosk.tap(kiosk.button("Lainaus", screen="present"))
    kiosk.wait_for("screen lending")
    kiosk.tap(kiosk.widgets("lending")["search"][0])  # a touch-only tablet: the keyboard comes up
    widgets = wait_widgets(kiosk, "lending", lambda w: "key" in w)
    assert "key" in widgets, widgets
    for letter in "KAL":
        kiosk.tap(key(kiosk, "lending", letter))
    widgets = wait_widgets(kiosk, "lending", lambda w: any(m.text == "Kalle Koe" for m in w.get("match", [])))
    kiosk.tap(next(m for m in widgets["match"] if m.text == "Kalle Koe"))
    widgets = wait_widgets(kiosk, "lending", lambda w: any(h.text.startswith("Kävijä: Kalle Koe") for h in w.get("heading", [])))
    item = next(w for w in widgets["item"] if w.text.startswith("Läppäri 3"))
    kiosk.looked()
    click_at(kiosk, item.centre, repeat=2)  # the grid re-flows after the first: another item slides in
    time.sleep(1)
    db = sqlite3.connect(f"file:{room}?mode=ro", uri=True)
    try:
        lent = [row[0] for row in db.execute("SELECT i.name FROM loans l JOIN items i ON i.id = l.item_id "
                                             "WHERE l.person_id = ?", (kalle.id,))]
    finally:
        db.close()
    assert lent == ["Läppäri 3"]


def test_a_drag_scrolls_the_privacy_notice(xserver, room, start_kiosk):
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    start_registration(kiosk, "EERO")
    kiosk.tap(kiosk.button("Seuraava", screen="registration"))
    for _ in range(7):  # every question: rather not say
        widgets = kiosk.widgets("registration")
        skip = next(w for w in widgets.get("secondary", []) if w.text.startswith("En halua sanoa"))
        kiosk.tap(skip)
    notice = wait_widgets(kiosk, "registration", lambda w: "notice" in w)["notice"][0]
    x, y = notice.x + notice.width // 2, notice.y + 500
    kiosk.looked()
    kiosk.x.xdotool("mousemove", str(x), str(y), "mousedown", "1")
    for step in range(1, 16):  # a finger drawn up 300 px in a quarter of a second
        kiosk.x.xdotool("mousemove", str(x), str(y - 20 * step), "sleep", "0.016")
    kiosk.x.xdotool("mouseup", "1")
    time.sleep(1.5)  # it glides on, then stops
    moved = wait_widgets(kiosk, "registration", lambda w: w["notice"][0].y < notice.y - 40)["notice"][0]
    assert moved.y < notice.y - 40, (notice, moved)  # its last paragraph comes up (landscape: 66 px to the end)


def test_larger_text_in_english_and_ju_keep_the_window_1280x800(xserver, room, start_kiosk):
    add_people(room, ("Juho", "Virtanen"), ("Juho", "Vainio"), ("Julia", "Berg"))
    kiosk = start_kiosk(xserver, room, windowed=True)
    kiosk.ready()
    kiosk.tap(kiosk.button("English"))
    kiosk.tap(kiosk.button("Larger text"))
    kiosk.tap(kiosk.button("In or out by name"))
    kiosk.wait_for("screen name_search")
    for letter in "JU":
        kiosk.tap(key(kiosk, "name_search", letter))
    wait_widgets(kiosk, "name_search", lambda w: bool(w.get("match")))
    window = kiosk.x.xdotool("search", "--onlyvisible", "--pid", str(kiosk.process.pid)).split()[0]
    geometry = kiosk.x.xdotool("getwindowgeometry", window)
    assert "Geometry: 1280x800" in geometry, geometry
