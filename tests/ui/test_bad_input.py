"""Whatever lands in a text field (emoji, right-to-left text, control characters, very long
input, a scanner's burst into the wrong field) gives no crash and no half-written record."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kiosk.people import PeopleService
from tests.helpers import enter_staff

PIECES = ["😀", "👩‍👩‍👧", "مرحبا", "שלום", "\u202e", "\u200b", "\x00", "\t", "\n", "'", '"', "<b>", "%s", "Å", "{}", "{n}"]
NASTY = st.lists(
    st.one_of(st.text(st.characters(codec="utf-8"), max_size=20), st.sampled_from(PIECES)),  # control characters too
    max_size=40,
).map("".join)
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def every_text_field(window):
    return [w for w in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit)]


@SLOW
@given(text=NASTY)
def test_any_text_in_every_field_of_every_screen_is_taken_calmly(window, db, text):
    # pytest-qt fails the test on any exception raised inside a Qt slot or event handler.
    enter_staff(window)
    fields = every_text_field(window)
    assert len(fields) >= 8
    for field in fields:
        if isinstance(field, QLineEdit):
            field.setText(text)
            field.returnPressed.emit()
            field.editingFinished.emit()
        else:
            field.setPlainText(text)
    window.go_home()
    assert db.value("PRAGMA integrity_check") == "ok"


@SLOW
@given(text=NASTY)
def test_name_search_shows_at_most_six_names_for_any_text(window, people, text):
    if not people.search("aino").matches:
        people.add("Aino", "Virtanen")
    window.home.by_name.click()
    window.name_search.field.setText(text)
    assert sum(b.isVisible() for b in window.name_search.match_buttons) <= 6
    window.go_home()


@pytest.fixture(scope="module")
def one_database(tmp_path_factory):
    """One file for every example: opening a new one (all migrations) per example took most of the time."""
    from kiosk.db import open_database

    db = open_database(tmp_path_factory.mktemp("p") / "k.sqlite")
    yield db
    db.close()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=NASTY, last=NASTY)
def test_a_person_is_written_whole_or_not_at_all(one_database, first, last):
    from kiosk.clock import FixedClock
    from tests.conftest import TUESDAY_10

    db = one_database
    before = db.value("SELECT count(*) FROM people"), db.value("SELECT count(*) FROM cards")
    try:
        person = PeopleService(db, FixedClock(TUESDAY_10)).add(first, last)
    except ValueError:
        person = None
    people, cards = db.value("SELECT count(*) FROM people"), db.value("SELECT count(*) FROM cards")
    assert (people - before[0], cards - before[1]) == ((1, 1) if person else (0, 0))
