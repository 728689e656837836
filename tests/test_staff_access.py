"""The staff PIN: a salted slow hash, never the PIN itself; five wrong tries lock entry."""

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.db import settings
from kiosk.staff_access import Granted, LockedOut, StaffAccess, Wrong, pin_matches, valid_pin


def test_pin_is_stored_only_as_a_salted_scrypt_hash(db, clock):
    access = StaffAccess(db, clock)
    assert not access.is_set_up()
    access.set_pin("2468")
    stored = settings.get(db, "staff_pin_hash")
    assert stored.startswith("scrypt$16384$8$1$") and "2468" not in stored
    again = StaffAccess(db, clock)
    again.set_pin("2468")
    assert settings.get(db, "staff_pin_hash") != stored  # a new salt each time
    assert isinstance(again.check("2468"), Granted)


def test_five_wrong_tries_lock_entry_for_five_minutes_even_with_the_right_pin(db, clock):
    access = StaffAccess(db, clock)
    access.set_pin("2468")
    assert [access.check("0000") for _ in range(4)] == [Wrong(4), Wrong(3), Wrong(2), Wrong(1)]
    locked = access.check("1111")
    assert isinstance(locked, LockedOut) and locked.until == clock.now() + timedelta(minutes=5)
    clock.advance(minutes=4, seconds=59)
    assert isinstance(access.check("2468"), LockedOut)
    clock.advance(seconds=1)
    assert isinstance(access.check("2468"), Granted)
    assert access.check("0000") == Wrong(4)  # the count starts over


def test_a_right_pin_resets_the_count(db, clock):
    access = StaffAccess(db, clock)
    access.set_pin("123456")
    for _ in range(4):
        access.check("000000")
    assert isinstance(access.check("123456"), Granted)
    assert access.check("000000") == Wrong(4)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４", "12 4"])
def test_a_pin_is_four_to_eight_ascii_digits(db, clock, pin):
    with pytest.raises(ValueError):
        StaffAccess(db, clock).set_pin(pin)


@given(st.text(max_size=20), st.text(max_size=80))
def test_any_text_against_any_stored_value_is_an_answer_not_a_crash(pin, stored):
    assert pin_matches(pin, stored) is False or valid_pin(pin)


def test_the_lockout_outlives_a_restart_and_each_wrong_try_is_audit_logged(db_path, db, clock):
    from kiosk.db import audit, open_database

    StaffAccess(db, clock).set_pin("2468")
    for _ in range(3):
        StaffAccess(db, clock).check("0000")  # a new StaffAccess: as after a restart
    db.close()
    db = open_database(db_path)
    access = StaffAccess(db, clock)
    assert access.check("0000") == Wrong(1)
    locked = access.check("0000")
    assert isinstance(locked, LockedOut)
    db.close()
    db = open_database(db_path)  # the kiosk restarted: still locked, even for the right PIN
    assert StaffAccess(db, clock).check("2468") == locked
    log = [(e["actor"], e["action"], e["detail"]) for e in audit.entries(db)]
    assert [a for _, a, _ in log] == ["staff_pin_wrong"] * 5
    assert log[0] == ("door", "staff_pin_wrong", "try 1") and "entry locked until" in log[-1][2]
    assert "0000" not in str(log)
    clock.advance(minutes=5)
    assert isinstance(StaffAccess(db, clock).check("2468"), Granted)
    db.close()
