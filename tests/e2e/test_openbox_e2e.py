"""The kiosk under a window manager (issue 15, fault 9): with openbox's own settings Super+D hides it,
and the kiosk takes the screen back within a second or two; with packaging/linux/openbox/rc.xml (docs/install.md) no desktop key hides it, the kiosk
keeps the keyboard, and a scan after the keys checks in. The real kiosk, full screen, on Xvfb."""

import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.harness import XServer

RC = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "openbox" / "rc.xml"


@pytest.fixture
def openbox_with(request):
    """An X server with openbox under the settings given (None: openbox's own)."""
    server = XServer()
    rc = request.param
    wm = subprocess.Popen(["openbox", "--sm-disable", *(["--config-file", str(rc)] if rc else [])], env=server.env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while "window id" not in subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=server.env,
                                            capture_output=True, text=True).stdout:
        assert time.monotonic() < deadline, "openbox did not start"
        time.sleep(0.05)
    yield server
    wm.terminate()
    wm.wait(5)
    server.stop()


def gone(kiosk, seconds=5) -> bool:
    deadline = time.monotonic() + seconds
    while kiosk.visible():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def back(kiosk, seconds=5) -> bool:
    deadline = time.monotonic() + seconds
    while not kiosk.visible():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("openbox_with", [None], indirect=True)
def test_under_openboxs_own_settings_super_d_hides_the_kiosk_for_a_moment_only(openbox_with, room, cards, start_kiosk):
    kiosk = start_kiosk(openbox_with, room)
    kiosk.ready()
    window = openbox_with.xdotool("search", "--onlyvisible", "--pid", str(kiosk.process.pid)).split()
    errors_before = len(kiosk.errors)
    openbox_with.xdotool("key", "super+d")
    # openbox's "show desktop" hid it: seen by X, or said by the kiosk as it takes the screen back.
    # Its 1 s timer can come a few milliseconds after the key, shorter than one look with xdotool
    # on a loaded machine (CI missed it once in four runs).
    assert gone(kiosk) or any("takes the screen back" in line for line in kiosk.errors[errors_before:])
    assert back(kiosk, seconds=3)  # the kiosk takes the screen back (MainWindow.keep_in_front)
    deadline = time.monotonic() + 3
    while openbox_with.xdotool("getwindowfocus").split() != window:
        assert time.monotonic() < deadline, "the kiosk came back without the keyboard"
        time.sleep(0.05)
    mark = kiosk.mark()
    kiosk.scan(cards[1]["card_code"])
    assert kiosk.wait_for("confirmed in", after=mark).split()[2] == cards[1]["id"]


@pytest.mark.parametrize("openbox_with", [RC], indirect=True)
def test_with_the_kiosks_openbox_settings_no_desktop_key_hides_it(openbox_with, room, cards, start_kiosk):
    kiosk = start_kiosk(openbox_with, room)
    kiosk.ready()
    window = openbox_with.xdotool("search", "--onlyvisible", "--pid", str(kiosk.process.pid)).split()
    for keys in ("super+d", "alt+Tab", "alt+F4", "ctrl+alt+Left", "super+e"):
        openbox_with.xdotool("key", keys)
        assert not gone(kiosk, seconds=0.5), f"{keys} hid the kiosk"
    assert kiosk.alive()
    assert openbox_with.xdotool("getwindowfocus").split() == window  # the keyboard is still the kiosk's
    mark = kiosk.mark()
    kiosk.scan(cards[0]["card_code"])
    assert kiosk.wait_for("confirmed in", after=mark).split()[2] == cards[0]["id"]
