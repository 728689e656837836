"""Named staff accounts (issue 20): each PIN a salted slow hash, never the PIN itself; five wrong
tries lock that account, and only that one; every audit entry names the account; the coordinator
manages accounts, an attendant cannot; the single PIN of before becomes the first coordinator."""

import sqlite3
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.db import audit, open_database
from kiosk.db import migrations as kiosk_migrations
from kiosk.errors import InvalidInput
from kiosk.people import PeopleService
from kiosk import staff_access
from kiosk.staff_access import Granted, LockedOut, StaffAccess, StaffSession, Wrong, hash_pin, pin_matches, valid_pin


@pytest.fixture(autouse=True)
def quick_scrypt(request, monkeypatch):
    """The same scrypt at 1/16 of the cost (the cost is stored with each hash and read back from it),
    so that the dozens of hashes here take milliseconds; the stored-format test keeps the real one."""
    if request.node.name != "test_each_pin_is_stored_only_as_a_salted_scrypt_hash":
        monkeypatch.setattr(staff_access, "N", 2**10)


@pytest.fixture
def access(db, clock):
    """A room with its coordinator Aino (signed in) and the attendant Eino."""
    access = StaffAccess(db, clock)
    aino = access.first_coordinator("Aino Virtanen", "2468")
    assert isinstance(access.check(aino.id, "2468"), Granted)
    access.add("Eino Äijälä", "1357", "attendant")
    access.sign_out()
    return access


def account(access, name):
    return next(a for a in access.accounts() if a.name == name)


def test_each_pin_is_stored_only_as_a_salted_scrypt_hash(db, access):
    stored = dict(db.rows("SELECT name, pin_hash FROM staff_accounts"))
    assert all(h.startswith("scrypt$16384$8$1$") for h in stored.values())
    assert "2468" not in str(stored) and "1357" not in str(stored)
    assert [a.name for a in access.accounts()] == ["Aino Virtanen", "Eino Äijälä"]


def test_two_accounts_sign_in_each_with_their_own_pin_and_the_audit_names_them(db, clock, access):
    aino, eino = account(access, "Aino Virtanen"), account(access, "Eino Äijälä")
    assert access.check(eino.id, "2468") == Wrong(4)  # Aino's PIN is not Eino's
    assert isinstance(access.check(eino.id, "1357"), Granted)
    people = PeopleService(db, clock, access.session)
    person = people.add("Marja", "Koski")
    people.edit(person.id, "Marja", "Koskinen")
    access.sign_out()
    assert isinstance(access.check(aino.id, "2468"), Granted)
    people.reissue_card(person.id)
    actors = [(e["actor"], e["action"]) for e in audit.entries(db) if e["person_id"] == person.id]
    assert actors == [(f"Eino Äijälä (#{eino.id})", "edit"), (f"Aino Virtanen (#{aino.id})", "reissue_card")]
    assert "staff" not in {actor for actor, _ in actors}


def test_five_wrong_tries_lock_that_account_only_and_outlive_a_restart(db_path, db, clock, access):
    aino, eino = account(access, "Aino Virtanen"), account(access, "Eino Äijälä")
    assert [access.check(eino.id, "0000") for _ in range(4)] == [Wrong(4), Wrong(3), Wrong(2), Wrong(1)]
    locked = access.check(eino.id, "1111")
    assert isinstance(locked, LockedOut) and locked.until == clock.now() + timedelta(minutes=5)
    assert isinstance(access.check(aino.id, "2468"), Granted)  # Aino is not locked out by Eino's tries
    db.close()
    db = open_database(db_path)  # the kiosk restarted: Eino still locked, even with the right PIN
    again = StaffAccess(db, clock)
    assert again.check(eino.id, "1357") == locked
    wrong = [e["detail"] for e in audit.entries(db) if e["action"] == "staff_pin_wrong"]
    assert len(wrong) == 5 and all(d.startswith(f"#{eino.id} Eino Äijälä: try ") for d in wrong)
    assert "entry locked until" in wrong[-1] and "0000" not in str(wrong)
    clock.advance(minutes=5)
    assert isinstance(again.check(eino.id, "1357"), Granted)
    assert again.check(eino.id, "0000") == Wrong(4)  # the count starts over
    db.close()


def test_a_coordinators_new_pin_lifts_a_lock(access):
    aino, eino = account(access, "Aino Virtanen"), account(access, "Eino Äijälä")
    for _ in range(5):
        access.check(eino.id, "0000")
    access.check(aino.id, "2468")
    access.reset_pin(eino.id, "9753")
    assert isinstance(access.check(eino.id, "9753"), Granted)


def test_only_a_coordinator_manages_accounts(access):
    eino = account(access, "Eino Äijälä")
    access.check(eino.id, "1357")  # the attendant signed in
    with pytest.raises(PermissionError):
        access.add("Marja", "1111", "attendant")
    with pytest.raises(PermissionError):
        access.reset_pin(eino.id, "1111")
    with pytest.raises(PermissionError):
        access.set_disabled(account(access, "Aino Virtanen").id, True)
    access.sign_out()
    with pytest.raises(PermissionError):
        access.add("Marja", "1111", "attendant")  # no one signed in
    with pytest.raises(PermissionError):
        access.first_coordinator("Marja", "1111")  # the room has its coordinator


def test_a_disabled_account_cannot_sign_in_and_the_last_coordinator_stays(access):
    aino, eino = account(access, "Aino Virtanen"), account(access, "Eino Äijälä")
    access.check(aino.id, "2468")
    access.set_disabled(eino.id, True)
    assert [a.name for a in access.accounts()] == ["Aino Virtanen"]
    assert not isinstance(access.check(eino.id, "1357"), Granted)
    with pytest.raises(InvalidInput):
        access.set_disabled(aino.id, True)
    with pytest.raises(InvalidInput):
        access.add("Aino Virtanen", "1111", "attendant")  # two enabled accounts never share a name
    access.set_disabled(eino.id, False)
    assert isinstance(access.check(eino.id, "1357"), Granted)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４", "12 4"])
def test_a_pin_is_four_to_eight_ascii_digits(db, clock, pin):
    with pytest.raises(ValueError):
        StaffAccess(db, clock).first_coordinator("Aino", pin)


@given(st.text(max_size=20), st.text(max_size=80))
def test_any_text_against_any_stored_value_is_an_answer_not_a_crash(pin, stored):
    assert pin_matches(pin, stored) is False or valid_pin(pin)


def test_the_single_pin_of_before_becomes_the_first_coordinator(db_path, clock):
    """An upgrade from schema 9: the PIN, its wrong tries and its lock move to the account."""
    conn = sqlite3.connect(db_path)
    # Schema 9, the last before this session's migrations (0011 is defined before 0010 in the file).
    kiosk_migrations.apply(conn, stop_before="0011_activities")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [
        ("staff_pin_hash", hash_pin("2468")), ("staff_pin_wrong_tries", "3"), ("staff_pin_locked_until", "")])
    conn.commit()
    conn.close()
    db = open_database(db_path)
    access = StaffAccess(db, clock)
    [coordinator] = access.accounts()
    assert (coordinator.name, coordinator.role) == ("Koordinaattori", "coordinator") and access.is_set_up()
    assert db.value("SELECT count(*) FROM settings WHERE key LIKE 'staff_pin%'") == 0
    assert access.check(coordinator.id, "0000") == Wrong(1)  # its three wrong tries came along
    assert isinstance(access.check(coordinator.id, "2468"), Granted)
    assert [e["action"] for e in audit.entries(db)][0] == "staff_account_from_pin"
    db.close()


def test_a_room_without_a_pin_upgrades_to_no_accounts(db, clock):
    assert not StaffAccess(db, clock).is_set_up() and StaffAccess(db, clock).accounts() == []


def test_a_service_without_a_session_says_staff():
    assert StaffSession().actor() == "staff"


def test_kiosk_init_makes_the_first_coordinator_with_a_pin_from_standard_input(tmp_path, clock):
    """As a setup script runs it: the PIN twice on standard input, never on the command line."""
    import subprocess
    import sys

    path = tmp_path / "new.sqlite"
    done = subprocess.run([sys.executable, "-m", "kiosk", "init", "--db", str(path), "--room", "Kalliola",
                           "--coordinator", "Aino Virtanen"], input="2468\n2468\n", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "coordinator 'Aino Virtanen'" in done.stdout
    db = open_database(path)
    access = StaffAccess(db, clock)
    [aino] = access.accounts()
    assert aino.coordinator and isinstance(access.check(aino.id, "2468"), Granted)
    db.close()
    again = subprocess.run([sys.executable, "-m", "kiosk", "init", "--db", str(tmp_path / "b.sqlite"),
                            "--coordinator", "Aino"], input="2468\n2469\n", capture_output=True, text=True)
    assert again.returncode == 1 and "differ" in again.stderr and not (tmp_path / "b.sqlite").exists()


def test_a_file_made_before_0010_landed_gets_it_at_the_current_version(db_path, clock):
    """0011 and 0012 landed first: a file made then has the current user_version without accounts."""
    db = open_database(db_path)
    db.conn.execute("DROP TABLE staff_accounts")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_staff_accounts'")
    db.close()
    db = open_database(db_path)
    assert StaffAccess(db, clock).accounts() == [] and not StaffAccess(db, clock).is_set_up()
    db.close()
