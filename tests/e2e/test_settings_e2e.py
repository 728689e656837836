"""Staff mode → Asetukset through a real X server (issue 20): the attendant taps the group, the
"+" beside a setting's label twice and "Tallenna", at a person's pace at places read from the
screen; the room's template made by the real `kiosk settings export` then holds the new value."""

import json
import subprocess
import sys

from tests.e2e.test_touch_e2e import wait_widgets


def saved(widgets) -> bool:
    return any(h.text == "Tallennettu." for h in widgets.get("hint", []))


def test_a_time_tapped_up_on_the_settings_screen_is_in_the_rooms_template(xserver, room, start_kiosk, tmp_path):
    kiosk = start_kiosk(xserver, room)
    kiosk.ready()
    kiosk.enter_staff()
    kiosk.tap(kiosk.button("Asetukset", screen="present"))
    kiosk.wait_for("screen settings")
    kiosk.tap(kiosk.button("Ovella", screen="settings"))
    widgets = wait_widgets(kiosk, "settings", lambda w: any(b.text == "Tallenna" for b in w.get("primary", [])))
    label = next(h for h in widgets["hint"] if h.text.startswith("Näkymä palaa alkuun"))
    plus = min((b for b in widgets["key"] if b.text == "+" and b.y > label.y), key=lambda b: b.y)  # its own stepper
    for _ in range(2):
        kiosk.tap(plus)
    widgets = wait_widgets(kiosk, "settings", lambda w: any(s.text == "55 s" for s in w.get("stepper", [])))
    assert any(s.text == "55 s" for s in widgets.get("stepper", [])), widgets.get("stepper")
    kiosk.tap(next(b for b in widgets["primary"] if b.text == "Tallenna"))
    assert saved(wait_widgets(kiosk, "settings", saved))
    template = tmp_path / "pohja.json"
    done = subprocess.run([sys.executable, "-m", "kiosk", "settings", "export", "--db", str(room), "--out", str(template)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(template.read_text(encoding="utf-8"))["settings"]["idle_seconds"] == "55"
