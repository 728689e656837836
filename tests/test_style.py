"""The stylesheet's colour pairs: every text colour on its background reaches WCAG AA (4.5:1), and
in the visitor's high-contrast look AAA (7:1). Larger text makes every size 1.5 times, to a cap."""

import re

import pytest

from kiosk.ui.looks import HIGH_CONTRAST, LARGEST_PT, Look, base_stylesheet, stylesheet

PAGE = {"color": "#1f2a30", "background": "#f6f4ef"}  # the screens' own text and background
BUTTON = {"color": "#1d5c63", "background": "#ffffff"}  # QPushButton's


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(sheet: str):
    text = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        props = dict(re.findall(r"(?<![-\w])(color|background)\s*:\s*(#[0-9a-fA-F]{6})", body))
        if props:
            for one in selector.split(","):
                yield one.strip(), props


@pytest.mark.parametrize("look, least", [(Look(), 4.5), (Look(contrast=True), 7.0),
                                         (Look(larger=True, contrast=True), 7.0)], ids=["room", "high-contrast", "both"])
def test_every_text_colour_on_its_background_is_readable(look, least):
    weak = []
    declared = {}
    page, button = PAGE, BUTTON
    if look.contrast:
        page = {k: HIGH_CONTRAST[v] for k, v in PAGE.items()}
        button = {k: HIGH_CONTRAST[v] for k, v in BUTTON.items()}
    for selector, props in rules(stylesheet(look)):
        declared.setdefault(selector, {}).update(props)
    for selector, props in declared.items():
        if ":disabled" in selector or selector == "QWidget#saver" or selector.startswith("QScrollBar"):
            continue  # WCAG 1.4.3 exempts inactive controls; the saver's labels are checked on it below;
            # a scroll bar has no text (its handle on its groove: the test below)
        base = dict(button if "QPushButton" in selector else page)
        if "saver" in selector:
            base.update(declared["QWidget#saver"])  # the saver's labels sit on its dark page
        base.update(declared.get(selector.split(":")[0], {}))  # a state keeps what it does not change
        colour, background = props.get("color", base["color"]), props.get("background", base["background"])
        if contrast(colour, background) < least:
            weak.append(f"{selector}: {colour} on {background} = {contrast(colour, background):.2f}")
    assert not weak, weak


@pytest.mark.parametrize("look", [Look(), Look(contrast=True)], ids=["room", "high-contrast"])
def test_the_scroll_bars_handle_stands_out_from_its_groove(look):
    """WCAG 1.4.11: a control's parts at least 3:1 against what is next to them (issue 16)."""
    declared = {}
    for selector, props in rules(stylesheet(look)):
        declared.setdefault(selector, {}).update(props)
    handle, groove = declared["QScrollBar::handle:vertical"], declared["QScrollBar:vertical"]
    assert contrast(handle["background"], groove["background"]) >= 3.0


def test_the_check_itself_tells_good_from_bad():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#ffffff") < 4.5 < contrast("#595959", "#ffffff")


def test_high_contrast_replaces_every_colour_of_the_stylesheet():
    colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", re.sub(r"/\*.*?\*/", "", base_stylesheet(), flags=re.S))}
    assert colours <= set(HIGH_CONTRAST), colours - set(HIGH_CONTRAST)  # a new colour needs its counterpart
    sheet = stylesheet(Look(contrast=True))
    assert not {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)} & (colours - set(HIGH_CONTRAST.values()))


def test_larger_text_is_half_as_large_again_up_to_the_cap():
    sizes = lambda sheet: [float(n) for n in re.findall(r"font-size:\s*(\d+(?:\.\d+)?)pt", sheet)]  # noqa: E731
    plain, larger = sizes(base_stylesheet()), sizes(stylesheet(Look(larger=True)))
    assert len(plain) == len(larger) > 20
    grown = [(a, b) for a, b in zip(plain, larger) if b != a]
    assert all(b == min(round(a * 1.5), LARGEST_PT) for a, b in grown)
    assert (20.0, 30.0) in grown and (18.0, 27.0) in grown  # the visitor's body text
    assert (48.0, 48.0) in zip(plain, larger)  # the clock is large enough already
