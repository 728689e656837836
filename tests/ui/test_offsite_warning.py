"""Staff home and the closing checklist warn when the room's off-site copy is more than two days
old (or was never made), and stay quiet when no remote is set or the copy is fresh."""

from datetime import timedelta

from kiosk.db import settings
from tests.helpers import enter_staff
from tests.ui.test_backup_failure import rows


def test_no_remote_no_warning(window, db):
    enter_staff(window)
    assert not window.present.backup_warning.isVisible()
    window.present.closing_button.click()
    assert not any("Etäkopio" in r for r in rows(window.closing))


def test_a_remote_without_a_fresh_copy_is_warned_of_until_one_is_made(window, db, clock):
    settings.put_many(db, {"offsite_kind": "webdav", "offsite_url": "http://127.0.0.1:9", "offsite_key": "K"})
    settings.put(db, "offsite_last_ok_at", (clock.now() - timedelta(days=3)).isoformat())
    enter_staff(window)
    assert window.present.backup_warning.isVisible()
    assert window.present.backup_warning.text() == "Etäkopio on yli kaksi päivää vanha. Katso Sulkeminen."
    window.present.closing_button.click()
    listed = rows(window.closing)
    assert "Etäkopio: yli kaksi päivää vanha" in listed
    assert any("Viimeisin etäkopio" in r and "21.11." in r for r in listed), listed
    settings.put(db, "offsite_last_ok_at", (clock.now() - timedelta(hours=20)).isoformat())
    window.closing.back_button.click()
    assert not window.present.backup_warning.isVisible()
