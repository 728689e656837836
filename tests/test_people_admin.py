import pytest

from kiosk.checkin import CheckedIn, ReplacedCard
from kiosk.db import audit
from kiosk.errors import Invalid, InvalidInput
from kiosk.profile import Profile


def test_register_with_answers_and_privacy_acceptance(people, db, clock):
    aino = people.add("Aino", "Virtanen", Profile(gender="woman", birth_year=1990, situation="unemployed_long",
                                                  municipality="Lapinjärvi"), privacy_accepted=True)
    row = db.row("SELECT gender, birth_year, situation, municipality, coalesce((SELECT group_concat(role) FROM role_periods r WHERE r.person_id = people.id), 'visitor') AS role, privacy_accepted_at FROM people WHERE id = ?", (aino.id,))
    assert tuple(row) == ("woman", 1990, "unemployed_long", "Lapinjärvi", "visitor", "2026-11-24T08:00:00Z")


@pytest.mark.parametrize(("first_name", "profile", "invalid"), [
    ("Aino", Profile(gender="female"), Invalid.ANSWER), ("Aino", Profile(birth_year=1850), Invalid.BIRTH_YEAR),
    ("Aino", Profile(birth_year=2030), Invalid.BIRTH_YEAR), ("Aino", Profile(situation="retired"), Invalid.ANSWER),
    ("Aino", Profile(education="phd"), Invalid.ANSWER), ("  ", Profile(), Invalid.FIRST_NAME_MISSING)])
def test_wrong_answers_write_nothing_and_say_what_is_wrong(people, db, first_name, profile, invalid):
    with pytest.raises(InvalidInput) as refused:
        people.add(first_name, "Virtanen", profile)
    assert refused.value.invalid is invalid and isinstance(refused.value, ValueError)
    assert db.value("SELECT count(*) FROM people") == 0


def test_is_this_you_finds_the_same_name_accents_aside(people):
    aino = people.add("Äino", "Virtanen")
    people.add("Aino", "Korhonen")
    people.add("Ainomaija", "Virta")
    assert [m.person_id for m in people.possible_duplicates("aino", "virt")] == [aino.id]
    assert [m.person_id for m in people.possible_duplicates("Aino", "")] != []
    assert people.possible_duplicates("Eino", "Virtanen") == ()


def test_reissued_card_replaces_the_old_one(people, checkin, db, clock):
    aino = people.add("Aino", "Virtanen")
    new = people.reissue_card(aino.id)
    assert new.card_code != aino.card_code
    assert checkin.scan(aino.card_code) == ReplacedCard()
    assert isinstance(checkin.scan(new.card_code), CheckedIn)
    assert [e["action"] for e in audit.entries(db, aino.id)] == ["reissue_card"]


def test_merge_moves_visits_and_cards_to_the_kept_record(people, checkin, db, clock):
    kept = people.add("Aino", "Virtanen")
    double = people.add("Aino", "Virtanen")
    checkin.scan(kept.card_code)
    clock.advance(days=1)
    checkin.scan(double.card_code)
    moved = people.merge(kept.id, double.id)
    assert moved == {"visits": 1, "cards": 1}
    assert db.value("SELECT count(*) FROM visits WHERE person_id = ?", (kept.id,)) == 2
    assert db.value("SELECT count(*) FROM people") == 1
    clock.advance(hours=1)
    assert checkin.scan(double.card_code).person_id == kept.id  # the other card still works
    with pytest.raises(ValueError):
        people.merge(kept.id, kept.id)


def test_edit_changes_name_and_answers_and_logs_fields_not_values(people, db):
    aino = people.add("Aino", "Virtanen")
    people.edit(aino.id, "Aino-Maria", "Virtanen", gender="woman", notes="kummi torstaisin")
    assert [m.shown_name for m in people.search("maria").matches] == ["Aino-Maria V."]
    entry = audit.entries(db, aino.id)[-1]
    assert entry["action"] == "edit" and "kummi" not in entry["detail"] and "gender" in entry["detail"]
    with pytest.raises(ValueError):
        people.edit(aino.id, "Aino", "V", gender="boss")
    with pytest.raises(ValueError):  # a role is a dated period now (kiosk/periods.py), not a field
        people.edit(aino.id, "Aino", "V", role="volunteer")


def test_erased_or_unknown_ids_are_refused(people):
    with pytest.raises(ValueError):
        people.reissue_card(999)
