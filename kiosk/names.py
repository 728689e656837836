"""How names are matched and shown: accent- and case-insensitive, first name plus last initial."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ı": "i"})
_WORD_SPLIT = re.compile(r"[\s\-'’‐.,]+")


MAX_LENGTH = 80
# Control, format (a right-to-left override could disguise a name), surrogate, private and
# unassigned characters: none belongs in a name, and a NUL or a lone surrogate cannot be stored.
_UNPRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn"}
_ZWJ = "\u200d"  # kept: it joins the parts of an emoji a person may well put in their name


def clean(text: str) -> str:
    """A name as it is stored: printable characters only, runs of white space as one space."""
    kept = "".join(ch for ch in text if ch == _ZWJ or unicodedata.category(ch) not in _UNPRINTABLE or ch.isspace())
    return " ".join(kept.split())[:MAX_LENGTH].strip()


def fold(text: str) -> str:
    """'Äijälä' -> 'aijala': what a visitor can type on any keyboard finds the name."""
    # Decompose before and after casefolding: 'ℌ' only becomes 'H' in NFKD, and only then folds.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_SPECIAL)


def words(text: str) -> list[str]:
    """The searchable words of a name: 'Anna-Liisa Öhman' -> ['anna', 'liisa', 'ohman']."""
    return [w for w in _WORD_SPLIT.split(fold(text)) if w]


def shown_name(first_name: str, last_name: str) -> str:
    """What the public screen shows: 'Aino V.', never the whole last name."""
    initial = last_name.strip()[:1].upper()
    return f"{first_name.strip()} {initial}." if initial else first_name.strip()
