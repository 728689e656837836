from datetime import date

from kiosk.people import SHOWN_MATCHES


def shown(result):
    return [m.shown_name for m in result.matches]


def test_two_letters_find_accented_and_plain_names(people):
    people.add("Aino", "Virtanen")
    people.add("Eino", "Äijälä")
    people.add("Matti", "Mäkelä")
    assert sorted(shown(people.search("ai"))) == ["Aino V.", "Eino Ä."]
    assert shown(people.search("äiJ")) == ["Eino Ä."]


def test_one_letter_is_not_enough(people):
    people.add("Aino", "Virtanen")
    result = people.search("a")
    assert result.too_short and result.matches == ()


def test_first_and_last_name_with_a_space(people):
    people.add("Aino", "Virtanen")
    people.add("Aino", "Korhonen")
    assert shown(people.search("aino v")) == ["Aino V."]
    assert shown(people.search("vir aino")) == ["Aino V."]


def test_never_the_whole_list(people):
    for i in range(SHOWN_MATCHES + 3):
        people.add("Anna", f"Lehtonen{i}")
    result = people.search("an")
    assert len(result.matches) == SHOWN_MATCHES and result.more


def test_same_shown_name_told_apart_by_first_visit_month(people, checkin, clock):
    first = people.add("Aino", "Virtanen")
    checkin.toggle(first.id)
    clock.set(clock.now().replace(year=2027, month=2))
    second = people.add("Aino", "Vainio")
    matches = {m.person_id: m for m in people.search("aino").matches}
    assert matches[first.id].since == date(2026, 11, 1)
    assert matches[second.id].since == date(2027, 2, 1)
    assert matches[first.id].shown_name == matches[second.id].shown_name == "Aino V."


def test_same_name_same_month_gets_a_number(people):
    people.add("Aino", "Virtanen")
    people.add("Aino", "Vainio")
    assert sorted(m.ordinal for m in people.search("aino").matches) == [1, 2]


def test_names_with_symbols_do_not_break_search(people):
    people.add("O'Brien", "D'Arcy-Smith")
    assert shown(people.search("o'br")) == ["O'Brien D."]
    assert shown(people.search("%")) == []
    assert shown(people.search("__")) == []


def test_matches_come_in_the_order_of_names_whoever_came_last(people, checkin, clock):
    anni = people.add("Anni", "Berg")
    anna = people.add("Anna", "Aalto")
    anja = people.add("Anja", "Creutz")
    before = [m.person_id for m in people.search("an").matches]
    checkin.toggle(anni.id)
    clock.advance(minutes=1)
    checkin.toggle(anja.id)
    assert [m.person_id for m in people.search("an").matches] == before == [anja.id, anna.id, anni.id]

