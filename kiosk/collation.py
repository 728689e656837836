"""Names in the Finnish (and Swedish) alphabetical order: ... X, Y, Z, Å, Ä, Ö (issue 20).

Python's own ``sorted`` puts 'Åke' and 'Örn' after 'Zacharias' only by accident of code points
(and 'Ä' before 'Å', which is wrong), and folding them to a/o puts them among the A's and O's,
which is how an English list reads, not a Finnish one. ICU's collator for ``fi`` knows the order
from Unicode's CLDR data, so no table of ours says it. ``locale.strxfrm`` would do the same only
on machines where the fi_FI locale is generated, which a room's PC or CI may not have.

PyICU comes from the ``pyicu-wheels`` package: the same PyICU built into wheels with ICU inside
(PyICU itself publishes only a source archive that needs ICU's headers and a C++ compiler).
"""

from __future__ import annotations

import threading

import icu

_each_thread = threading.local()  # a collator is not to be shared between threads (ICU's advice)


def _collator() -> icu.Collator:
    collator = getattr(_each_thread, "collator", None)
    if collator is None:
        collator = _each_thread.collator = icu.Collator.createInstance(icu.Locale("fi_FI"))
    return collator


def name_key(text: str) -> bytes:
    """The key that sorts names the Finnish way: ``sorted(names, key=name_key)``."""
    return _collator().getSortKey(text or "")


def compare(first: str, second: str) -> int:
    """-1, 0 or 1: for SQLite's ``create_collation`` (``ORDER BY first_name COLLATE fi``)."""
    return _collator().compare(first or "", second or "")


def person_key(first_name: str, last_name: str) -> bytes:
    """One key for a person's place in a list of names (first name, then last name, the Finnish
    way), stored beside their name words so the name search sorts in SQLite with no call back into
    Python (kiosk/db/people.py). ICU's keys end with their only zero byte, so comparing the joined
    keys byte by byte compares the first names first and the last names only where those are equal."""
    return name_key(first_name) + name_key(last_name)
