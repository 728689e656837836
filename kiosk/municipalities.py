"""Finland's municipalities with Statistics Finland's codes, for the home-municipality question.

The lists are in assets/ with their sources (assets/municipalities-sources.md): the 308
municipalities of 2025 (code, Finnish and Swedish name) and the mergers since 2020. A person's
municipality is kept by code, which stays when names change; the Finnish name is what is shown.
Pure data and rules: the database layer's migration 0013 uses it too.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from kiosk import names
from kiosk.paths import ASSETS


@dataclass(frozen=True)
class Municipality:
    code: str  # three digits, e.g. "091"
    name: str  # Finnish
    name_sv: str


@cache
def _all() -> tuple[Municipality, ...]:
    path = ASSETS / "municipalities.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(Municipality(r["code"], r["name_fi"], r["name_sv"]) for r in csv.DictReader(f, delimiter=";"))


@cache
def _by_code() -> dict[str, Municipality]:
    return {m.code: m for m in _all()}


@cache
def _index() -> dict[str, Municipality]:
    """Folded name -> municipality, for every name taken: Finnish, Swedish, and a merged one's
    old name (which finds the municipality it became part of)."""
    found = {names.fold(old): _by_code()[code] for old, code in merged().items()}
    for m in _all():
        found[names.fold(m.name_sv)] = m
    for m in _all():
        found[names.fold(m.name)] = m  # the Finnish name wins where a Swedish one is spelt alike
    return found


def all_names() -> tuple[str, ...]:
    """The Finnish names, as the list has them."""
    return tuple(m.name for m in _all())


def merged() -> dict[str, str]:
    """A merged municipality's old name -> the code of the one it became part of."""
    path = ASSETS / "municipality-mergers.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {r["old_name"]: r["new_code"] for r in csv.DictReader(f, delimiter=";") if r["new_code"] in _by_code()}


def accepted_names() -> tuple[str, ...]:
    """Every name taken: the Finnish and Swedish names and the merged municipalities' old ones."""
    return tuple(dict.fromkeys((*all_names(), *(m.name_sv for m in _all()), *merged())))


def find(name: str | None) -> Municipality | None:
    """The municipality a name means (accents, case and spacing aside), or None."""
    if not name:
        return None
    return _index().get(names.fold(" ".join(name.split())))


def code_for(name: str | None) -> str | None:
    found = find(name)
    return found.code if found else None


def name_for(code: str | None) -> str | None:
    found = _by_code().get(code or "")
    return found.name if found else None


def starting_with(typed: str, limit: int = 6) -> list[str]:
    """Municipalities whose name starts with what was typed, accents and case aside."""
    prefix = names.fold(typed.strip())
    if not prefix:
        return []
    return [m for m in all_names() if names.fold(m).startswith(prefix)][:limit]
