"""Finland's municipalities, for the home-municipality question (list in assets/)."""

from __future__ import annotations

from functools import cache

from kiosk import names
from kiosk.paths import ASSETS


@cache
def all_names() -> tuple[str, ...]:
    path = ASSETS / "municipalities.txt"
    if not path.exists():
        return ()
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def starting_with(typed: str, limit: int = 6) -> list[str]:
    """Municipalities whose name starts with what was typed, accents and case aside."""
    prefix = names.fold(typed.strip())
    if not prefix:
        return []
    return [m for m in all_names() if names.fold(m).startswith(prefix)][:limit]
