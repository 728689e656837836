"""The stylesheet's colour pairs: every text colour on its background reaches WCAG AA (4.5:1)."""

import re

from kiosk.paths import ASSETS

PAGE = {"color": "#1f2a30", "background": "#f6f4ef"}  # the screens' own text and background
BUTTON = {"color": "#1d5c63", "background": "#ffffff"}  # QPushButton's


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules():
    text = re.sub(r"/\*.*?\*/", "", (ASSETS / "style.qss").read_text(encoding="utf-8"), flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        props = dict(re.findall(r"(?<![-\w])(color|background)\s*:\s*(#[0-9a-fA-F]{6})", body))
        if props:
            for one in selector.split(","):
                yield one.strip(), props


def test_every_text_colour_on_its_background_reaches_4_5_to_1():
    weak = []
    declared = {}
    for selector, props in rules():
        declared.setdefault(selector, {}).update(props)
    for selector, props in declared.items():
        if ":disabled" in selector or selector == "QWidget#saver":
            continue  # WCAG 1.4.3 exempts inactive controls; the saver's labels are checked on it below
        base = dict(BUTTON if "QPushButton" in selector else PAGE)
        if "saver" in selector:
            base.update(declared["QWidget#saver"])  # the saver's labels sit on its dark page
        base.update(declared.get(selector.split(":")[0], {}))  # a state keeps what it does not change
        colour, background = props.get("color", base["color"]), props.get("background", base["background"])
        if contrast(colour, background) < 4.5:
            weak.append(f"{selector}: {colour} on {background} = {contrast(colour, background):.2f}")
    assert not weak, weak


def test_the_check_itself_tells_good_from_bad():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#ffffff") < 4.5 < contrast("#595959", "#ffffff")
