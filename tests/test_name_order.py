"""The name search's order kept in the index (issue 23): each name word carries its person's ICU
sort key, so the first matches of a prefix come from one index range. It must give what sorting
every match the Finnish way would give, keep that order while the typed text grows, and follow a
renamed person (issue 16: nothing moves while a name is typed)."""

import random

from kiosk.collation import name_key
from kiosk.db import people as people_table
from kiosk.names import words

FIRSTS = ("Aino", "aino", "Åsa", "Ärje", "Örjan", "Eino", "Elli", "Matti", "Mai", "Maj-Britt", "Zacharias", "Ilmari")
LASTS = ("Virtanen", "Äijälä", "Åberg", "Mäkelä", "Öberg", "Ma", "Korhonen", "", "Zetterberg")


def every_match_sorted(db, prefixes):
    """What the search gives, worked out the slow way: every person whose words match, sorted."""
    found = []
    for row in db.rows("SELECT id, first_name, last_name FROM people WHERE erased_at IS NULL"):
        mine = words(f"{row['first_name']} {row['last_name']}")
        if all(any(w.startswith(p) for w in mine) for p in prefixes):
            found.append((name_key(row["first_name"]), name_key(row["last_name"]), row["id"]))
    return [person_id for *_, person_id in sorted(found)]


def test_the_index_gives_the_finnish_order_of_every_match(db, people):
    rng = random.Random(3)
    for _ in range(120):
        people.add(rng.choice(FIRSTS), rng.choice(LASTS))
    for text in ("a", "ai", "ma", "ä", "o", "ö", "z", "ma v", "ai ä", "e", "maj b", "aino v"):
        prefixes = words(text)
        shown = [r["id"] for r in people_table.search(db, prefixes, 7)]
        assert shown == every_match_sorted(db, prefixes)[:7], text


def test_matches_keep_their_order_while_the_text_grows_and_a_rename_moves_a_person(db, people):
    for first, last in (("Maija", "Öberg"), ("Mai", "Virtanen"), ("Matti", "Äijälä"), ("Mai", "Åberg"), ("Maj-Britt", "Ma")):
        people.add(first, last)
    before = None
    for text in ("ma", "mai", "mai ", "mai v"):
        order = [r["id"] for r in people_table.search(db, words(text), 30)]
        if before is not None:
            assert [i for i in before if i in order] == order, text  # those left, in the order they had
        before = order
    mai = people_table.search(db, ["mai", "v"], 7)[0]
    people.edit(mai["id"], "Zaida", "Virtanen")
    assert [r["first_name"] for r in people_table.search(db, ["v"], 7)][-1] == "Zaida"
