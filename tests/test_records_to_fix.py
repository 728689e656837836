"""The coordinator's to-do list: everyone whose record needs something, with what it needs."""

import uuid
from datetime import date, datetime

from kiosk import privacy
from kiosk.clock import HELSINKI
from kiosk.db.timestamps import to_text
from kiosk.profile import Profile
from kiosk.statistics import NO_CODE, RecordToFix, esf_table, esf_todo, records_to_fix

TODAY = date(2026, 11, 24)  # the clock fixture's day


def seen(db, person_id, when):
    with db.transaction() as conn:
        conn.execute("INSERT INTO visits (uuid, person_id, check_in_at, source) VALUES (?, ?, ?, 'scan')",
                     (str(uuid.uuid4()), person_id, to_text(when)))
        conn.execute("UPDATE people SET last_visit_at = ? WHERE id = ?", (to_text(when), person_id))


def participant(people, first, last="", municipality="Loviisa", **esf):
    person = people.add(first, last, Profile(municipality=municipality))
    people.edit(person.id, first, last, esf_participant=1, municipality=municipality, **esf)
    return person.id


def test_each_reminder_and_who_has_none(db, clock, people):
    waiting = participant(people, "Waiting")
    gone = participant(people, "Gone", eura_start_on="2026-03-02")
    seen(db, gone, datetime(2026, 9, 1, 10, tzinfo=HELSINKI))  # 12 weeks ago
    here = participant(people, "Here", eura_start_on="2026-03-02")
    seen(db, here, datetime(2026, 11, 20, 10, tzinfo=HELSINKI))
    no_result = participant(people, "Noresult", eura_start_on="2026-03-02", eura_exit_on="2026-11-02")
    follow = participant(people, "Follow", eura_start_on="2026-03-02", eura_exit_on="2026-04-30", eura_exit_result="in_work")
    both = participant(people, "Both", eura_start_on="2026-03-02", eura_exit_on="2026-04-30")
    done = participant(people, "Done", eura_start_on="2026-03-02", eura_exit_on="2026-04-30", eura_exit_result="in_work",
                       followup_done_on="2026-11-02")
    atlantis = people.add("Atlantis", "A", Profile(municipality="Atlantis")).id  # an old free-text answer
    mixed = participant(people, "Mixed", municipality="Lovissa")
    fine = people.add("Fine", "F", Profile(municipality="Porvoo")).id
    told_none = people.add("Told", "None").id  # no municipality told: nothing to fix
    erased = people.add("Erased", "E", Profile(municipality="Atlantis")).id
    privacy.erase(db, clock, erased)

    listed = {r.person_id: r for r in records_to_fix(db, TODAY)}
    assert {pid: r.reminders for pid, r in listed.items()} == {
        waiting: ("start_missing",), gone: ("exit_due",), no_result: ("result_missing",), follow: ("follow_up_due",),
        both: ("result_missing", "follow_up_due"), atlantis: (NO_CODE,), mixed: ("start_missing", NO_CODE)}
    for absent in (here, done, fine, told_none, erased):
        assert absent not in listed
    assert listed[atlantis] == RecordToFix(atlantis, "Atlantis", "A", (NO_CODE,), "Atlantis")
    assert listed[mixed].municipality == "Lovissa" and listed[waiting].municipality is None
    # The record, the list and the report's counts say the same: one rule.
    cycle = esf_table(db, date(2026, 1, 1), date(2026, 11, 1), date(2026, 12, 1), TODAY).cycle
    for name in ("start_missing", "exit_due", "result_missing", "follow_up_due"):
        assert set(getattr(cycle, name)) == {pid for pid, r in listed.items() if name in r.reminders}
    for pid, r in listed.items():
        assert esf_todo(db, TODAY, pid) == tuple(x for x in r.reminders if x != NO_CODE)
    assert esf_todo(db, TODAY, fine) == ()


def test_the_list_is_in_finnish_name_order(db, people):
    for first, last in (("Örjan", "Ö"), ("Zacharias", "Z"), ("Äijä", "Ä"), ("Åke", "Å"), ("Aino", "Virtanen"),
                        ("Aino", "Ahonen"), ("Oskari", "O")):
        people.add(first, last, Profile(municipality="Atlantis"))
    listed = [(r.first_name, r.last_name) for r in records_to_fix(db, TODAY)]
    assert listed == [("Aino", "Ahonen"), ("Aino", "Virtanen"), ("Oskari", "O"), ("Zacharias", "Z"), ("Åke", "Å"),
                      ("Äijä", "Ä"), ("Örjan", "Ö")]


def test_the_service_gives_the_list_as_of_its_clock(db, people):
    aino = people.add("Aino", "Virtanen", Profile(municipality="Atlantis"))
    assert [r.person_id for r in people.records_to_fix()] == [aino.id]
    people.edit(aino.id, "Aino", "Virtanen", municipality="Lovisa")
    assert people.records_to_fix() == ()
