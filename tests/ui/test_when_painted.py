"""kiosk/app.py when_painted: the start's "home is on screen" moment (issue 23). A zero timer after
show() runs before the window's first paint; this waits for the window to be exposed."""

from PySide6.QtWidgets import QLabel

from kiosk.app import when_painted


def test_it_waits_for_the_first_paint(qtbot):
    label = QLabel("Tervetuloa")
    qtbot.addWidget(label)
    seen = []
    painted = []
    label.paintEvent = lambda event: (painted.append(True), QLabel.paintEvent(label, event))
    label.show()
    when_painted(label, lambda: seen.append((label.windowHandle().isExposed(), bool(painted))))
    assert seen == []  # not before the event loop has run
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(True, True)]


def test_a_window_never_exposed_gets_its_turn_all_the_same(qtbot):
    label = QLabel("Tervetuloa")
    qtbot.addWidget(label)  # never shown: a window manager that never maps it
    seen = []
    when_painted(label, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [True]
