"""Pictures for the equipment's categories, chosen by the category's name (staff may rename them)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kiosk.names import fold
from kiosk.paths import ASSETS

_KEYWORDS = (
    ("saum", "overlock"), ("overlock", "overlock"), ("ompelu", "sewing"), ("sewing", "sewing"),
    ("kannettava", "laptop"), ("lappari", "laptop"), ("laptop", "laptop"), ("tietokone", "laptop"),
    ("tabletti", "tablet"), ("tablet", "tablet"), ("ipad", "tablet"),
)


def picture_for(category: str) -> str:
    name = fold(category)
    return next((icon for word, icon in _KEYWORDS if word in name), "other")


def category_icon(category: str) -> QIcon:
    return QIcon(str(ASSETS / "icons" / f"{picture_for(category)}.svg"))
