"""The big clock on a landscape screen in the plain look (issue 23): home built in its place in the
window was resized before its fonts were applied, and fitted the big clock away at 1280x800."""

from tests.helpers import demo_window


def test_home_at_1280x800_shows_the_big_clock(qtbot, tmp_path, clock):
    window, db, _ = demo_window(qtbot, tmp_path / "demo.sqlite", clock.now(), (1280, 800))
    window.go_home()
    qtbot.wait(10)
    assert window.home.time.isVisible() and window.home.date.isVisible()
    assert not window.home.clock_line.isVisible()
    db.close()
