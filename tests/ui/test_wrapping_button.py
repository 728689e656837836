"""The room a wrapping button leaves around its text is the style's, found without asking QStyle
in Python (whose 600 enum members cost the cold start 5-10 ms, issue 23)."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from kiosk.lending import LendingService
from kiosk.ui.looks import Look
from kiosk.ui.wrapping_button import WrappingButton


def style_chrome(button: WrappingButton) -> tuple[int, int]:
    """What the style adds around a content rectangle (the way the button asked before), and the
    icon beside the text where the button has one."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = ""
    full = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(100, 100), button)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    return full.width() - 100 + 8 + icon, full.height() - 100


@pytest.mark.parametrize("look", [Look(), Look(larger=True), Look(contrast=True)])
def test_every_wrapping_button_leaves_the_styles_room_around_its_text(window, db, clock, look):
    lending = LendingService(db, clock)
    lending.add_item(lending.categories()[0][0], "Läppäri 3")
    window.lending.refresh()
    window.looks.use(look)
    buttons = window.findChildren(WrappingButton)
    assert len(buttons) > 100
    for button in buttons:
        button.ensurePolished()
        button._chrome_size = None
        assert button._chrome() == style_chrome(button), (button.objectName(), button.label())
    assert any(not b.icon().isNull() for b in buttons)  # an item's button, with its icon


def test_a_hidden_button_keeps_its_label_whole_and_breaks_it_when_shown(qtbot):
    """Measured only on screen (issue 23: a hidden one measured itself at each style change before
    the first frame); its lines are there before it is first painted."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet("QPushButton { font-size: 22pt; }")
    layout = QVBoxLayout(holder)
    label = "Olen täällä ensimmäistä kertaa tänään"
    button = WrappingButton(label)
    layout.addWidget(button)
    button.hide()
    holder.resize(300, 400)
    holder.show()
    assert button.text() == label  # whole, as a test or the probe finds it
    painted = []
    button.paintEvent = lambda event: (painted.append(button.text()), WrappingButton.paintEvent(button, event))
    button.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert "\n" in painted[0] and painted[0].replace("\n", " ") == label
    assert button.accessibleName() == label
