from datetime import datetime, timedelta

import pytest

from kiosk import codes, privacy
from kiosk.clock import HELSINKI
from kiosk.db import settings
from kiosk.errors import Invalid, InvalidInput
from kiosk.lending import LendingService, Lent, Refusal, Refused, Returned


@pytest.fixture
def lending(db, clock):
    return LendingService(db, clock)


def category(lending, name):
    return next(cid for cid, cname, _ in lending.categories() if cname == name)


@pytest.fixture
def laptop(lending):
    return lending.add_item(category(lending, "Kannettava tietokone"), "Laptop 3")


@pytest.fixture
def bernina(lending):
    return lending.add_item(category(lending, "Ompelukone"), "Bernina 1")


def loans(db):
    return db.value("SELECT count(*) FROM loans")


def test_lend_by_label_scan_due_at_closing_time_and_return(lending, laptop, people, clock, db):
    aino = people.add("Aino", "Virtanen")
    assert codes.parse_scan(laptop.code).kind is codes.Kind.ITEM
    lent = lending.lend(aino.id, item_code=laptop.code.lower())
    assert isinstance(lent, Lent) and lent.item == "Laptop 3" and lent.first_name == "Aino"
    assert lent.due == datetime(2026, 11, 24, 16, 0, tzinfo=HELSINKI)
    assert lending.item(laptop.id).status == "on_loan"
    clock.advance(hours=3)
    back = lending.give_back(item_code=laptop.code)
    assert back == Returned("Laptop 3", "Aino", late=False, out_of_service=False)
    assert lending.item(laptop.id).status == "available"


@pytest.mark.parametrize("setup, reason", [
    ("on_loan", Refusal.ON_LOAN), ("out_of_service", Refusal.OUT_OF_SERVICE), ("retired", Refusal.RETIRED),
])
def test_refusals_write_nothing(lending, laptop, people, db, setup, reason):
    aino, eino = people.add("Aino", "V"), people.add("Eino", "Ä")
    if setup == "on_loan":
        lending.lend(eino.id, item_id=laptop.id)
    elif setup == "out_of_service":
        lending.put_out_of_service(laptop.id, "näyttö rikki")
    else:
        lending.retire(laptop.id)
    before = loans(db)
    assert lending.lend(aino.id, item_id=laptop.id) == Refused(reason, "Laptop 3")
    assert loans(db) == before


def test_unknown_codes_people_and_erased_people_are_refused(lending, laptop, people, db, clock):
    aino = people.add("Aino", "V")
    assert lending.lend(aino.id, item_code="garbage") == Refused(Refusal.UNKNOWN_ITEM)
    assert lending.lend(aino.id, item_code=aino.card_code) == Refused(Refusal.UNKNOWN_ITEM)  # a person's card
    assert lending.lend(aino.id, item_code=codes.new_code(codes.Kind.ITEM)) == Refused(Refusal.UNKNOWN_ITEM)
    assert lending.lend(999, item_id=laptop.id) == Refused(Refusal.UNKNOWN_PERSON, "Laptop 3")
    privacy.erase(db, clock, aino.id)
    assert lending.lend(aino.id, item_id=laptop.id) == Refused(Refusal.ERASED_PERSON, "Laptop 3")
    assert loans(db) == 0


def test_returning_what_is_not_out_is_refused_but_a_loan_always_comes_back(lending, laptop, people, db, clock):
    aino = people.add("Aino", "V")
    assert lending.give_back(item_id=laptop.id) == Refused(Refusal.NOT_ON_LOAN, "Laptop 3")
    lending.lend(aino.id, item_id=laptop.id)
    lending.put_out_of_service(laptop.id, "found broken on the shelf")
    lending.retire(laptop.id)
    privacy.erase(db, clock, aino.id)
    assert isinstance(lending.give_back(item_id=laptop.id), Returned)


def test_overdue_borrower_is_refused_unless_the_attendant_overrides(lending, laptop, bernina, people, clock, db):
    aino = people.add("Aino", "V")
    lending.lend(aino.id, item_id=laptop.id)
    clock.advance(days=1)
    assert [loan.item for loan in lending.overdue()] == ["Laptop 3"]
    assert lending.lend(aino.id, item_id=bernina.id) == Refused(Refusal.HAS_OVERDUE, "Bernina 1")
    assert isinstance(lending.lend(aino.id, item_id=bernina.id, override_overdue=True), Lent)
    assert db.value("SELECT overridden FROM loans WHERE item_id = ?", (bernina.id,)) == 1
    settings.put(db, "refuse_loans_when_overdue", "0")
    lending.give_back(item_id=bernina.id)
    assert isinstance(lending.lend(aino.id, item_id=bernina.id), Lent)


def test_problem_on_return_keeps_the_item_out_until_fixed_and_history_shows_all(lending, bernina, people, clock):
    aino = people.add("Aino", "V")
    lending.lend(aino.id, item_id=bernina.id)
    clock.advance(hours=2)
    back = lending.give_back(item_id=bernina.id, problem="neula katkesi")
    assert back.out_of_service and lending.item(bernina.id).status == "out_of_service"
    assert lending.lend(aino.id, item_id=bernina.id) == Refused(Refusal.OUT_OF_SERVICE, "Bernina 1")
    clock.advance(days=1)
    lending.mark_fixed(bernina.id, "uusi neula")
    assert lending.item(bernina.id).status == "available"
    kinds = [kind for _, kind, _ in lending.history(bernina.id)]  # newest first; the return and its problem share a time
    assert kinds[0] == "fixed" and set(kinds[1:3]) == {"returned", "problem"} and kinds[3] == "lent" and len(kinds) == 4


def test_forgotten_loan_recorded_afterwards_with_its_real_start(lending, laptop, people, clock, db):
    aino = people.add("Aino", "V")
    started = clock.now() - timedelta(hours=2)
    lent = lending.lend(aino.id, item_id=laptop.id, started=started)
    assert isinstance(lent, Lent)
    row = db.row("SELECT lent_at, recorded_at FROM loans")
    assert (row["lent_at"], row["recorded_at"]) == ("2026-11-24T06:00:00Z", "2026-11-24T08:00:00Z")
    assert lending.open_loans(aino.id)[0].since == started


def test_longer_loan_to_a_chosen_date_and_a_due_time_in_the_past_is_refused(lending, laptop, bernina, people, clock, db):
    aino = people.add("Aino", "V")
    due = datetime(2026, 12, 1, 16, tzinfo=HELSINKI)
    assert lending.lend(aino.id, item_id=laptop.id, due=due).due == due
    past = clock.now() - timedelta(hours=1)
    assert lending.lend(aino.id, item_id=bernina.id, due=past) == Refused(Refusal.DUE_BEFORE_LENT, "Bernina 1")
    assert loans(db) == 1


def test_self_service_kiosk_lends_only_self_service_categories(lending, laptop, bernina, people):
    aino = people.add("Aino", "V")
    assert lending.lend(aino.id, item_id=bernina.id, self_service=True) == Refused(Refusal.NOT_SELF_SERVICE, "Bernina 1")
    assert isinstance(lending.lend(aino.id, item_id=laptop.id, self_service=True), Lent)


def test_hours_on_loan_across_midnight_and_dst_are_real_hours(lending, laptop, bernina, people, clock):
    aino = people.add("Aino", "V")
    # Across the night clocks go back (25 October 2026): 20:00 to 08:00 local is 13 real hours.
    clock.set(datetime(2026, 10, 24, 20, tzinfo=HELSINKI))
    lending.lend(aino.id, item_id=laptop.id, due=datetime(2026, 10, 25, 10, tzinfo=HELSINKI))
    clock.set(datetime(2026, 10, 25, 8, tzinfo=HELSINKI))
    lending.give_back(item_id=laptop.id)
    # Across the night clocks go forward (29 March 2026): 20:00 to 08:00 local is 11 real hours.
    clock.set(datetime(2026, 3, 28, 20, tzinfo=HELSINKI))
    lending.lend(aino.id, item_id=bernina.id, due=datetime(2026, 3, 29, 10, tzinfo=HELSINKI))
    clock.set(datetime(2026, 3, 29, 8, tzinfo=HELSINKI))
    lending.give_back(item_id=bernina.id)
    october = lending.figures(datetime(2026, 10, 1, tzinfo=HELSINKI), datetime(2026, 11, 1, tzinfo=HELSINKI))
    march = lending.figures(datetime(2026, 3, 1, tzinfo=HELSINKI), datetime(2026, 4, 1, tzinfo=HELSINKI))
    assert october.hours_by_category == {"Kannettava tietokone": 13.0}
    assert march.hours_by_category == {"Ompelukone": 11.0}
    assert (october.loans_by_category, october.distinct_borrowers, october.overdue_returns) == ({"Kannettava tietokone": 1}, 1, 0)
    # A loan across a month's end counts its hours in each month, and the loan in the month it began.
    clock.set(datetime(2026, 10, 31, 22, tzinfo=HELSINKI))
    lending.lend(aino.id, item_id=laptop.id, due=datetime(2026, 11, 1, 1, tzinfo=HELSINKI))
    clock.set(datetime(2026, 11, 1, 2, tzinfo=HELSINKI))
    lending.give_back(item_id=laptop.id)
    october = lending.figures(datetime(2026, 10, 1, tzinfo=HELSINKI), datetime(2026, 11, 1, tzinfo=HELSINKI))
    november = lending.figures(datetime(2026, 11, 1, tzinfo=HELSINKI), datetime(2026, 12, 1, tzinfo=HELSINKI))
    assert october.hours_by_category == {"Kannettava tietokone": 15.0} and october.loans_by_category == {"Kannettava tietokone": 2}
    assert november.hours_by_category == {"Kannettava tietokone": 2.0} and november.loans_by_category == {}
    assert november.overdue_returns == 1


def test_open_loans_of_a_person_for_the_check_out_reminder(lending, laptop, bernina, people):
    aino, eino = people.add("Aino", "Virtanen"), people.add("Eino", "Äijälä")
    lending.lend(aino.id, item_id=laptop.id)
    lending.lend(eino.id, item_id=bernina.id)
    assert [(loan.item, loan.borrower) for loan in lending.open_loans(aino.id)] == [("Laptop 3", "Aino V.")]


def test_catalogue_edit_categories_items_and_retired_items_keep_their_history(lending, laptop, people, clock):
    aino = people.add("Aino", "V")
    lending.lend(aino.id, item_id=laptop.id)
    clock.advance(hours=1)
    lending.give_back(item_id=laptop.id)
    projector = lending.add_category("Projektori", self_service=False)
    lending.edit_category(projector, "Videotykki", self_service=True)
    assert (projector, "Videotykki", True) in lending.categories()
    lending.edit_item(laptop.id, category_id=projector, name="Tykki 1", notes="HDMI-kaapeli laatikossa")
    item = lending.item(laptop.id)
    assert (item.name, item.category, item.notes, item.self_service) == ("Tykki 1", "Videotykki", "HDMI-kaapeli laatikossa", True)
    with pytest.raises(InvalidInput) as refused:
        lending.edit_item(laptop.id, category_id=projector, name="  ")
    assert refused.value.invalid is Invalid.ITEM_NAME_MISSING
    with pytest.raises(InvalidInput):  # refused before the table's CHECK would fail
        lending.add_item(projector, " ")
    assert [i.name for i in lending.items(retired_too=True)] == ["Tykki 1"]
    clock.advance(days=1)
    lending.retire(laptop.id, "rikki")
    assert laptop.id not in [i.id for i in lending.items()]
    assert lending.item(laptop.id).status == "retired"
    assert [i.status for i in lending.items(retired_too=True) if i.id == laptop.id] == ["retired"]
    assert [kind for _, kind, _ in lending.history(laptop.id)][0] == "retired"


def test_a_persons_loans_newest_first(lending, laptop, bernina, people, clock):
    aino = people.add("Aino", "V")
    lending.lend(aino.id, item_id=laptop.id)
    clock.advance(hours=1)
    lending.give_back(item_id=laptop.id, problem="akku loppu")
    lending.mark_fixed(laptop.id)
    clock.advance(hours=1)
    lending.lend(aino.id, item_id=bernina.id)
    history = lending.person_history(aino.id)
    assert [(h.item, h.returned is None, h.problem) for h in history] == [("Bernina 1", True, None), ("Laptop 3", False, "akku loppu")]


def test_a_loan_made_after_closing_time_is_due_at_the_end_of_the_day(lending, laptop, people, clock):
    aino = people.add("Aino", "V")
    clock.advance(hours=10)  # Tuesday 20:00 in Helsinki: the room closed at 16
    lent = lending.lend(aino.id, item_id=laptop.id)
    assert isinstance(lent, Lent) and lent.due == datetime(2026, 11, 24, 23, 59, 59, 999999, tzinfo=HELSINKI)
    assert lending.due_today() == lent.due
    clock.advance(days=1, hours=-10)  # Wednesday 8:00: before closing, "today" is closing time again
    assert lending.due_today() == lending.closing_time_today()


def test_a_loan_in_the_days_last_minute_is_lent_and_due_that_day(lending, laptop, people, clock, db):
    aino = people.add("Aino", "V")
    clock.advance(hours=13, minutes=59, seconds=59.5)  # Tuesday 23:59:59.5 in Helsinki (from 10:00)
    lent = lending.lend(aino.id, item_id=laptop.id)
    assert isinstance(lent, Lent), lent  # was refused as due (23:59) before it was lent
    assert db.value("SELECT due_at FROM loans") == "2026-11-24T21:59:59Z"
    clock.advance(minutes=1)  # Wednesday 0:00:59: it is overdue
    assert [loan.item for loan in lending.overdue()] == ["Laptop 3"]
