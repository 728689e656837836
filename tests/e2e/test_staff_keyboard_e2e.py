"""The attendant's on-screen keyboard on the people screen (issue 16's rest), through a real X
server: a tap on the search field brings the keyboard, taps on its keys find the person, a tap on
a field of the record (in a scroll area that follows a finger) brings it again and fills that
field, and "Tallenna" keeps what was typed. Taps at a person's pace, at places read from the screen."""

import sqlite3

from tests.e2e.test_touch_e2e import add_people, key, wait_widgets


def text_of(widgets, name, index=0):
    found = widgets.get(name, [])
    return found[index].text if len(found) > index else None


def test_a_tap_on_a_people_field_brings_the_keyboard_and_its_keys_fill_the_field(xserver, room, start_kiosk):
    kalle, = add_people(room, ("Kalle", "Koe"))
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    kiosk.enter_staff()
    kiosk.tap(kiosk.button("Henkilöt", screen="present"))
    kiosk.wait_for("screen people")
    assert "key" not in kiosk.widgets("people")  # no keyboard until a field is tapped
    search = kiosk.widgets("people")["search"][0]
    kiosk.tap(search)
    assert "key" in wait_widgets(kiosk, "people", lambda w: "key" in w)
    for letter in "KAL":
        kiosk.tap(key(kiosk, "people", letter))
    assert text_of(wait_widgets(kiosk, "people", lambda w: text_of(w, "search") == "Kal"), "search") == "Kal"
    # The first name found: in the list under the field and, for a coordinator, its "Korjattavaa".
    above = [w for w in kiosk.widgets("people").get("choice", []) if w.text.startswith("Korjattavaa")] or [search]
    kiosk.tap((search.x + 40, above[0].y + above[0].height + 30))
    widgets = wait_widgets(kiosk, "people", lambda w: text_of(w, "field", 1) == "Koe")
    last = widgets["field"][1]  # first name, last name, birth year, ...
    assert (text_of(widgets, "field", 0), last.text) == ("Kalle", "Koe")
    kiosk.tap((last.x + last.width - 10, last.centre[1]))  # at the end of the name
    widgets = wait_widgets(kiosk, "people", lambda w: "key" in w)
    keyboard_top = min(k.y for k in widgets["key"])
    assert keyboard_top > last.y + last.height or max(k.y + k.height for k in widgets["key"]) < last.y  # not over it
    for letter in "-LA":
        kiosk.tap(key(kiosk, "people", letter))
    widgets = wait_widgets(kiosk, "people", lambda w: text_of(w, "field", 1) == "Koe-La")
    assert text_of(widgets, "field", 1) == "Koe-La"  # a name: the part after "-" with its capital
    kiosk.tap(kiosk.button("Valmis", screen="people"))  # the keyboard goes: it covered the buttons
    wait_widgets(kiosk, "people", lambda w: "key" not in w)
    kiosk.tap(next(b for b in kiosk.widgets("people")["primary"] if b.text == "Tallenna"))  # not "Tallenna jakso"
    saved = wait_widgets(kiosk, "people", lambda w: any(h.text == "Tallennettu." for h in w.get("hint", [])))
    assert any(h.text == "Tallennettu." for h in saved.get("hint", [])), saved.get("hint")
    db = sqlite3.connect(f"file:{room}?mode=ro", uri=True)
    try:
        assert db.execute("SELECT last_name FROM people WHERE id = ?", (kalle.id,)).fetchone() == ("Koe-La",)
    finally:
        db.close()
