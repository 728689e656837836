"""The accessibility audit of every screen (EN 301 549 / WCAG 2.2 AA, the kiosk's own rules), at
1280x800 and 800x1280, in the room's look and in larger text:

- every control a finger can touch is at least 56x56 px;
- on the visitor's screens no text is smaller than 18 pt;
- the visitor's main action (the filled button) sits in the lower two thirds, within reach from a
  wheelchair;
- every control has a name a screen reader or the read-aloud can say (its text or accessible name);
- a button that stays pressed says so with a tick, not with its colour alone.
"""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from kiosk.ui.screenshots import SIZES, walk
from tests.helpers import demo_window

STAFF = ("present", "people", "lending", "lunch-list", "report", "staff-pin", "staff-accounts", "closing", "visits",
         "attendance", "settings",
         "first-start", "screen-saver")  # the attendant's screens (and the saver: it only shows the time)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QListWidget)


def visible(window, kinds):
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible() and w.window() is window]


def audit(window, name: str) -> list[str]:
    problems = []
    visitor = not name.startswith(STAFF)
    for control in visible(window, CONTROLS):
        what = f"{type(control).__name__} {control.objectName()!r} {getattr(control, 'text', lambda: '')()!r}"
        if control.width() < 56 or control.height() < 56:
            if not isinstance(control, QAbstractButton) or control.objectName() != "qt_clear_button" and \
                    control.parent().objectName() != "qt_scrollarea_viewport":
                problems.append(f"{what}: {control.width()}x{control.height()} px, less than 56x56")
        # What a screen reader says: the accessible name, a button's text, or a field's label (its buddy).
        spoken = QAccessible.queryAccessibleInterface(control).text(QAccessible.Text.Name)
        if not spoken.strip():
            problems.append(f"{what}: no text nor accessible name")
        if isinstance(control, QAbstractButton) and control.isCheckable() and control.isChecked() \
                and not control.text().startswith("✓"):
            problems.append(f"{what}: pressed, told by its colour alone")
    if visitor:
        for widget in visible(window, (QLabel, QAbstractButton, QLineEdit)):
            size = widget.font().pointSizeF()
            text = widget.text() if hasattr(widget, "text") else ""
            if text and size < 18:
                problems.append(f"{type(widget).__name__} {text[:30]!r}: {size:g} pt, less than 18")
        for button in visible(window, QAbstractButton):
            if button.objectName() == "primary":
                top = button.mapTo(window, button.rect().topLeft()).y()
                if top < window.height() / 3:
                    problems.append(f"main action {button.text()!r} at {top} px: above the lower two thirds")
    return problems


@pytest.mark.parametrize("larger", [False, True], ids=["room", "larger-text"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_passes_the_audit(qtbot, tmp_path, clock, size, larger):
    window, db, at = demo_window(qtbot, tmp_path / "audit.sqlite", clock.now(), size)
    window.home.larger_text.setChecked(larger)
    problems, seen = [], 0
    for name in walk(window, at):
        QApplication.processEvents()
        seen += 1
        problems += [f"{name}: {p}" for p in audit(window, name)]
    window.close()
    db.close()
    assert seen > 40
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_audit_finds_what_it_looks_for(qtbot):
    """A small screen with one of each fault: the audit names every one."""
    from PySide6.QtWidgets import QPushButton, QToolButton, QVBoxLayout

    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    tiny = QToolButton(text="x")  # the stylesheet makes every QPushButton 56 px at least
    tiny.setFixedSize(40, 40)
    nameless = QLineEdit()
    nameless.setMinimumHeight(60)
    pressed = QPushButton("Kasvis")
    pressed.setCheckable(True)
    pressed.setChecked(True)
    pressed.setMinimumSize(100, 60)
    small = QLabel("pieni")
    small.setStyleSheet("font-size: 12pt")
    high = QPushButton("Tallenna", objectName="primary")
    high.setMinimumSize(100, 60)
    for widget in (high, tiny, nameless, pressed, small):
        layout.addWidget(widget)
    layout.addStretch(1)
    screen.resize(400, 900)
    screen.show()
    qtbot.waitExposed(screen)
    found = "\n".join(audit(screen, "home"))
    assert "40x40 px" in found
    assert "QLineEdit '' '': no text nor accessible name" in found
    assert "'Kasvis': pressed, told by its colour alone" in found
    assert "'pieni': 12 pt" in found
    assert "main action 'Tallenna'" in found
