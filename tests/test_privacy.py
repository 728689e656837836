import json
from datetime import datetime

import pytest

from kiosk import privacy
from kiosk.checkin import UnknownCard
from kiosk.clock import HELSINKI
from kiosk.db import audit, settings
from kiosk.profile import Profile
from kiosk.statistics import month_figures


def visit(checkin, clock, person, when):
    clock.set(when)
    checkin.toggle(person.id)
    clock.advance(hours=3)
    checkin.toggle(person.id)


def test_erase_changes_no_figure_of_any_month(people, checkin, clock, db):
    # Born 1997: 18-29 in 2026, 30-54 from 2027, so the band must be kept per year.
    aino = people.add("Aino", "Virtanen", Profile(gender="woman", birth_year=1997, situation="student",
                                                  education="higher", citizenship="fi", municipality="Loviisa",
                                                  mother_tongue="sv"))
    eino = people.add("Eino", "Äijälä", Profile(birth_year=1950))
    for when in (datetime(2026, 10, 5, 10, tzinfo=HELSINKI), datetime(2026, 12, 31, 10, tzinfo=HELSINKI),
                 datetime(2027, 1, 4, 10, tzinfo=HELSINKI)):
        visit(checkin, clock, aino, when)
        visit(checkin, clock, eino, when.replace(hour=12))
    checkin.anonymous("pensioner")
    months = [(2026, 10), (2026, 12), (2027, 1)]
    before = [month_figures(db, y, m) for y, m in months]
    clock.set(datetime(2027, 6, 1, 12, tzinfo=HELSINKI))
    erased = privacy.erase(db, clock, aino.id)
    assert [month_figures(db, y, m) for y, m in months] == before
    assert before[1].breakdowns["age_band"] == {"18_29": 1, "65_plus": 1}
    assert before[2].breakdowns["age_band"] == {"30_54": 1, "65_plus": 1}
    row = db.row("SELECT first_name, last_name, birth_year, pseudonym FROM people WHERE id = ?", (aino.id,))
    assert tuple(row) == (f"#{erased.pseudonym}", "", None, erased.pseudonym)


def test_erased_person_is_gone_from_search_and_their_card_stops_working(people, checkin, db, clock):
    aino = people.add("Aino", "Virtanen")
    privacy.erase(db, clock, aino.id)
    assert people.search("aino").matches == ()
    assert checkin.scan(aino.card_code) == UnknownCard()
    assert [e["action"] for e in audit.entries(db, aino.id)] == ["erase"]
    assert "Virtanen" not in json.dumps([dict(e) for e in audit.entries(db)])
    with pytest.raises(ValueError):
        privacy.erase(db, clock, aino.id)


def test_retention_erases_people_unseen_for_the_set_months(people, checkin, clock, db):
    old = people.add("Aino", "Virtanen")
    visit(checkin, clock, old, datetime(2024, 1, 10, 10, tzinfo=HELSINKI))
    recent = people.add("Eino", "Äijälä")
    visit(checkin, clock, recent, datetime(2026, 6, 10, 10, tzinfo=HELSINKI))
    clock.set(datetime(2026, 11, 24, 10, tzinfo=HELSINKI))
    assert privacy.apply_retention(db, clock).erased == 1
    assert db.value("SELECT erased_at IS NOT NULL FROM people WHERE id = ?", (old.id,)) == 1
    assert db.value("SELECT erased_at IS NULL FROM people WHERE id = ?", (recent.id,)) == 1
    settings.put(db, "retention_months", "3")
    assert privacy.apply_retention(db, clock).erased == 1


def test_retention_waits_for_the_audit_date(people, checkin, clock, db):
    old = people.add("Aino", "Virtanen")
    visit(checkin, clock, old, datetime(2023, 1, 10, 10, tzinfo=HELSINKI))
    settings.put(db, "keep_for_audit_until", "2027-12-31")
    clock.set(datetime(2026, 11, 24, 10, tzinfo=HELSINKI))
    run = privacy.apply_retention(db, clock)
    assert run.erased == 0 and run.kept_until.isoformat() == "2027-12-31"
    clock.set(datetime(2028, 1, 1, 10, tzinfo=HELSINKI))
    assert privacy.apply_retention(db, clock).erased == 1


def test_subject_access_export_holds_the_persons_data_and_visits(people, checkin, clock, db):
    aino = people.add("Åsa", "Öberg", Profile(gender="woman"))
    visit(checkin, clock, aino, datetime(2026, 11, 2, 10, tzinfo=HELSINKI))
    people.reissue_card(aino.id)
    data = json.loads(privacy.subject_access(db, aino.id))
    assert data["first_name"] == "Åsa" and data["gender"] == "woman"
    assert len(data["visits"]) == 1 and data["audit_log"][0]["action"] == "reissue_card"
    assert {"question": "gender", "value": "woman", "given_on": "2026-11-24", "source": "registration"} in data["answers"]
    assert data["role_periods"] == []


def test_anonymous_visit_counts_as_a_visit_not_a_person(checkin, db, clock):
    checkin.anonymous()
    checkin.anonymous("unemployed_long")
    figures = month_figures(db, 2026, 11)
    assert (figures.visits, figures.anonymous_visits, figures.distinct_visitors) == (2, 2, 0)
    assert checkin.present_count() == 0
    with pytest.raises(ValueError):
        checkin.anonymous("astronaut")
