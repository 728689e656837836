"""A backup that fails is said in place, with its reason, and staff mode stays (issue 15, fault 4:
"Varmuuskopioi nyt" into a folder that cannot be written showed the generic fault screen and ended
staff mode; the daily run's failure never reached the checklist)."""

import subprocess

import pytest

from kiosk.db import settings
from tests.helpers import enter_staff


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder even root cannot write: a read-only tmpfs (root ignores permission bits)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("mounting a read-only tmpfs needs root")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def rows(screen):
    return [screen.list.item(i).text() for i in range(screen.list.count())]


def test_backup_now_into_a_read_only_folder_says_why_and_stays_in_staff_mode(window, db, read_only_folder):
    settings.put(db, "backup_folder", str(read_only_folder))
    enter_staff(window)
    window.present.closing_button.click()
    window.closing.backup_now.click()
    assert window.staff_mode and window.current() is window.closing
    assert window.closing.message.text().startswith("Varmuuskopio epäonnistui: Varmuuskopiokansioon ei voi kirjoittaa")
    listed = rows(window.closing)
    assert any(r.endswith(": EPÄONNISTUI") for r in listed)
    assert any("Varmuuskopiokansioon ei voi kirjoittaa" in r for r in listed)
    window.closing.back_button.click()
    assert window.current() is window.present
    assert window.present.backup_warning.isVisible()
    assert "Katso Sulkeminen" in window.present.backup_warning.text()


def test_a_good_backup_is_said_too_and_staff_home_stays_quiet(window, db, tmp_path):
    settings.put(db, "backup_folder", str(tmp_path / "usb"))
    enter_staff(window)
    assert not window.present.backup_warning.isVisible()
    window.present.closing_button.click()
    window.closing.backup_now.click()
    assert window.closing.message.text() == "Varmuuskopio tehty."
    window.closing.back_button.click()
    assert not window.present.backup_warning.isVisible()
